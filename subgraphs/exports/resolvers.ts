import { currentTraceparent } from '../../lib/telemetry/tracing.js';
import { PlatformError } from '../../lib/errors.js';
import type { ExportDestinationKind, ExportJobFilter, Resolvers } from './generated/resolvers.js';
import { isExpired, isFinal, queuedJob, type ExportJobRecord } from './jobs/ExportJobRecord.js';
import type { ExportJobRemover } from './jobs/ExportJobRemover.js';
import type { ExportQueueData } from './jobs/exportQueue.js';
import type { JobFilter, JobStore } from './jobs/JobStore.js';
import type { JobWatcher } from './jobs/JobWatcher.js';
import { toJob, type UrlSigning } from './jobs/toJob.js';
import { destinationPrefix, validateCreateInput } from './jobs/validateInput.js';

export interface ResolverDeps {
  store: JobStore;
  watcher: JobWatcher;
  enqueue(data: ExportQueueData): Promise<void>;
  dequeue(exportId: string): Promise<void>;
  newId(): string;
  signing: UrlSigning;
  customQueryEnabled: boolean;
  /** EXPORTS_RETENTION_HOURS in ms: jobs past it are hidden even before the sweeper deletes them. */
  retentionMs: number;
  remover: ExportJobRemover;
  /** Destination kinds createExport accepts (availableDestinations). */
  destinations: readonly ExportDestinationKind[];
}

const MAX_PAGE = 100;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (size < 0 || size > MAX_PAGE) {
    throw new PlatformError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE}`, {
      field: 'first',
      max: MAX_PAGE,
    });
  }
  return size;
}

function instant(value: string | null | undefined, field: string): number | null {
  if (value == null) return null;
  // graphql-scalars' DateTime hands resolvers a Date (codegen types it as string): new Date takes both.
  const ms = new Date(value).getTime();
  if (Number.isNaN(ms)) {
    throw new PlatformError('BAD_USER_INPUT', `${field} is not an ISO-8601 date-time`, { field });
  }
  return ms;
}

function jobFilter(filter: ExportJobFilter | null | undefined): JobFilter {
  return {
    status: filter?.status,
    type: filter?.type,
    format: filter?.format,
    packageId: filter?.packageId,
    createdAfter: instant(filter?.createdAfter, 'filter.createdAfter'),
    createdBefore: instant(filter?.createdBefore, 'filter.createdBefore'),
  };
}

/** Every read and write takes the tenant from the gateway-signed principal, never from arguments. */
export function createResolvers(deps: ResolverDeps): Resolvers {
  const { store, signing } = deps;
  const job = (record: ExportJobRecord) => toJob(record, signing, deps.retentionMs);
  const visible = (record: ExportJobRecord) => !isExpired(record, deps.retentionMs);
  const find = async (tenantId: string, id: string): Promise<ExportJobRecord | null> => {
    const record = await store.get(tenantId, id);
    return record && visible(record) ? record : null;
  };
  return {
    Query: {
      exportJobs: async (_root, { first, after, filter }, { principal }) => {
        const page = await store.list(
          principal.tenantId,
          pageSize(first),
          after ?? null,
          jobFilter(filter),
          visible,
        );
        return {
          edges: page.items.map((i) => ({ cursor: i.cursor, node: job(i.record) })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: Boolean(after),
            startCursor: page.items[0]?.cursor ?? null,
            endCursor: page.endCursor,
          },
          totalCount: page.totalCount,
        };
      },
      exportJob: async (_root, { id }, { principal }) => {
        const record = await find(principal.tenantId, id);
        return record ? job(record) : null;
      },
    },
    Mutation: {
      createExport: async (_root, { input }, { principal }) => {
        const params = validateCreateInput(input, {
          customQueryEnabled: deps.customQueryEnabled,
          destinations: deps.destinations,
          scopes: principal.scopes,
        });
        const record = await store.create(
          queuedJob({
            id: deps.newId(),
            tenantId: principal.tenantId,
            type: input.type,
            format: input.format,
            destination: input.destination?.kind ?? 'LOCAL',
            destinationPrefix: destinationPrefix(input),
            requestedBy: principal.subject,
            packageId: input.packageId ?? null,
            query: input.query ?? null,
            paramsJson: JSON.stringify(params),
          }),
        );
        try {
          const traceparent = currentTraceparent();
          await deps.enqueue({
            tenantId: record.tenantId,
            exportId: record.id,
            ...(traceparent ? { traceparent } : {}),
          });
        } catch (error) {
          // Never leave a job QUEUED that no queue holds.
          await store.transition(record.tenantId, record.id, ['QUEUED'], {
            status: 'FAILED',
            error: { code: 'EXPORT_FAILED', message: 'The export could not be queued' },
            completedAt: new Date().toISOString(),
          });
          throw error;
        }
        return job(record);
      },
      cancelExport: async (_root, { id }, { principal }) => {
        const result = await store.transition(principal.tenantId, id, ['QUEUED', 'PROCESSING'], {
          status: 'CANCELLED',
          completedAt: new Date().toISOString(),
        });
        if (!result || (!result.applied && !visible(result.record))) throw notFound();
        if (!result.applied) {
          throw new PlatformError('EXPORT_NOT_CANCELLABLE', `The export is already ${result.record.status}`, {
            field: 'id',
            status: result.record.status,
          });
        }
        await deps.dequeue(id);
        return job(result.record);
      },
      deleteExport: async (_root, { id }, { principal }) => {
        const record = await find(principal.tenantId, id);
        if (!record) throw notFound();
        // Final states never change, so what this read saw still holds when the file goes.
        if (!isFinal(record.status)) {
          throw new PlatformError(
            'EXPORT_NOT_DELETABLE',
            `The export is ${record.status}: cancel it first, then delete it`,
            { field: 'id', status: record.status },
          );
        }
        await deps.remover.remove(record);
        return record.id;
      },
    },
    Subscription: {
      exportJobUpdated: {
        subscribe: async (_root, { id }, { principal }) => {
          if (!(await find(principal.tenantId, id))) throw notFound();
          return deps.watcher.watch(principal.tenantId, id);
        },
        resolve: (record: ExportJobRecord) => job(record),
      },
    },
    ExportJob: {
      __resolveReference: async (ref, { principal }) => {
        const record = await find(principal.tenantId, ref.id);
        return record ? job(record) : null;
      },
    },
  };
}

/** Unknown, another tenant's and expired jobs get the same answer: the wall reveals nothing. */
function notFound(): PlatformError {
  return new PlatformError('NOT_FOUND', 'Export job not found', { field: 'id' });
}
