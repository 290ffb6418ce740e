import { randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords, type TenantRecord } from '../../lib/tenantRecords.js';
import type { ExportFormat, ExportJob, ExportStatus, ExportType, Resolvers } from './generated/resolvers.js';

interface ExportJobRecord extends TenantRecord {
  type: ExportType;
  format: ExportFormat;
  status: ExportStatus;
  requestedBy: string;
  packageId: string | null;
}

const MAX_PAGE = 200;

function toJob(record: ExportJobRecord): ExportJob {
  return {
    id: record.id,
    type: record.type,
    format: record.format,
    status: record.status,
    createdAt: record.createdAt,
    requestedBy: { subject: record.requestedBy },
    package: record.packageId ? { packageId: record.packageId } : null,
  };
}

export function createExportsSubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const jobs = new TenantRecords<ExportJobRecord>(deps.redis, deps.config.REDIS_KEY_PREFIX, 'exports:jobs');

  const resolvers: Resolvers = {
    Query: {
      exportJobs: async (_root, { first }, { principal }) => {
        const limit = Math.min(Math.max(first ?? 20, 1), MAX_PAGE);
        return (await jobs.list(principal.tenantId, limit)).items.map(toJob);
      },
      exportJob: async (_root, { id }, { principal }) => {
        const record = await jobs.get(principal.tenantId, id);
        return record ? toJob(record) : null;
      },
    },
    Mutation: {
      createExport: async (_root, { input }, { principal }) => {
        if (input.type === 'DOCUMENT_PACKAGE' && !input.packageId) {
          throw new PlatformError('BAD_USER_INPUT', 'DOCUMENT_PACKAGE exports need packageId', {
            field: 'packageId',
          });
        }
        const record = await jobs.put({
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: new Date().toISOString(),
          type: input.type,
          format: input.format,
          status: 'QUEUED',
          requestedBy: principal.subject,
          packageId: input.packageId ?? null,
        });
        return toJob(record);
      },
    },
    ExportJob: {
      __resolveReference: async (ref, { principal }) => {
        const record = await jobs.get(principal.tenantId, ref.id);
        return record ? toJob(record) : null;
      },
    },
  };

  return { name: 'exports', schema: buildFederatedSchema(readSchema(import.meta.url), resolvers) };
}
