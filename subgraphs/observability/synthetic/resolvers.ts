import { randomUUID } from 'node:crypto';
import { PlatformError } from '../../../lib/errors.js';
import type { MetricStore } from '../../../lib/metrics/MetricStore.js';
import type { TenantRecords } from '../../../lib/tenantRecords.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.js';
import type { ChannelRecord } from '../notify/channels.js';
import { toAlert } from '../views.js';
import {
  checkFromInput,
  MAX_CHECKS,
  SYNTHETIC_METRICS,
  updatedCheck,
  type SyntheticCheckRecord,
} from './checks.js';
import type { SyntheticAlerts } from './syntheticAlerts.js';
import type { SyntheticStore } from './SyntheticStore.js';
import { toSyntheticCheck, toSyntheticResult } from './views.js';

/** How long runSyntheticCheck waits beyond the check's timeout for the monitor to take it. */
const DISPATCH_SLACK_MS = 10_000;
const POLL_MS = 100;
const MAX_RESULTS_PAGE = 200;

/**
 * syntheticChecks, syntheticCheck, create/update/delete/runSyntheticCheck and the SyntheticCheck
 * fields. The API never runs a check itself: the monitor leader does (runSyntheticCheck asks it
 * to and waits for that run's result), so every run has the same credential, path and record.
 */
export function syntheticResolvers(o: {
  store: SyntheticStore;
  alerts: SyntheticAlerts;
  channels: TenantRecords<ChannelRecord>;
  /** The check's series, dropped from the metrics index when it is deleted. */
  metrics: Pick<MetricStore, 'forget'>;
  minIntervalSeconds: number;
}): {
  Query: Pick<QueryResolvers, 'syntheticChecks' | 'syntheticCheck'>;
  Mutation: Pick<
    MutationResolvers,
    'createSyntheticCheck' | 'updateSyntheticCheck' | 'deleteSyntheticCheck' | 'runSyntheticCheck'
  >;
  SyntheticCheck: NonNullable<Resolvers['SyntheticCheck']>;
} {
  const { store, alerts } = o;

  const owned = async (tenantId: string, id: string): Promise<SyntheticCheckRecord> => {
    const record = await store.checks.get(tenantId, id);
    if (!record) throw new PlatformError('NOT_FOUND', 'No such synthetic check', { field: 'id' });
    return record;
  };

  const knownChannels = async (tenantId: string, channels: readonly string[]) => {
    const found = await o.channels.getMany(tenantId, channels);
    const missing = channels.filter((_, i) => !found[i]);
    if (missing.length > 0)
      throw new PlatformError('BAD_USER_INPUT', `No such notification channel: ${missing.join(', ')}`, {
        field: 'channels',
      });
  };

  /** Enabled: runs within about a second with what changed; disabled: leaves the schedule, alert resolved. */
  const scheduleOrStop = async (record: SyntheticCheckRecord) => {
    if (record.enabled) await store.schedule(record.tenantId, record.id, Date.now());
    else {
      await store.unschedule(record.tenantId, record.id);
      await alerts.clear(record.tenantId, record.id, Date.now());
    }
  };

  const last = (check: { tenantId: string; id: string }) => store.last(check.tenantId, check.id);

  return {
    Query: {
      syntheticChecks: async (_root, _args, { principal }) =>
        (await store.checks.list(principal.tenantId, MAX_CHECKS)).items.map(toSyntheticCheck),
      syntheticCheck: async (_root, { id }, { principal }) => {
        const record = await store.checks.get(principal.tenantId, id);
        return record ? toSyntheticCheck(record) : null;
      },
    },
    Mutation: {
      createSyntheticCheck: async (_root, { input }, { principal }) => {
        const record = checkFromInput(
          input,
          {
            id: randomUUID(),
            tenantId: principal.tenantId,
            createdAt: new Date().toISOString(),
            createdBy: principal.subject,
          },
          principal.scopes,
          o.minIntervalSeconds,
        );
        // The monitor runs at most this many per tenant: more are refused.
        if ((await store.checks.list(principal.tenantId, 1)).totalCount >= MAX_CHECKS)
          throw new PlatformError('BAD_USER_INPUT', `At most ${MAX_CHECKS} synthetic checks per tenant`, {
            field: 'input',
          });
        await knownChannels(principal.tenantId, record.channels);
        await store.checks.put(record);
        await scheduleOrStop(record);
        return toSyntheticCheck(record);
      },
      updateSyntheticCheck: async (_root, { id, input }, { principal }) => {
        const current = await owned(principal.tenantId, id);
        const record = updatedCheck(
          current,
          input,
          principal.scopes,
          o.minIntervalSeconds,
          new Date().toISOString(),
        );
        await knownChannels(principal.tenantId, record.channels);
        await store.checks.put(record);
        await scheduleOrStop(record);
        return toSyntheticCheck(record);
      },
      deleteSyntheticCheck: async (_root, { id }, { principal }) => {
        const existed = await store.checks.delete(principal.tenantId, id);
        if (!existed) return false;
        await store.unschedule(principal.tenantId, id);
        await store.deleteResults(principal.tenantId, id);
        await Promise.all(
          SYNTHETIC_METRICS.map((name) => o.metrics.forget(principal.tenantId, name, { check: id })),
        );
        await alerts.clear(principal.tenantId, id, Date.now());
        return true;
      },
      runSyntheticCheck: async (_root, { id }, { principal }) => {
        const record = await owned(principal.tenantId, id);
        const position = await store.position(record.tenantId, record.id);
        await store.requestRun(record.tenantId, record.id);
        const deadline = Date.now() + record.timeoutMs + DISPATCH_SLACK_MS;
        while (Date.now() < deadline) {
          const [result] = await store.manualAfter(record.tenantId, record.id, position);
          if (result) return toSyntheticResult(result);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
        throw new PlatformError(
          'SERVICE_UNAVAILABLE',
          'No monitor ran the check in time (is the monitor role running?); it runs once one does',
          { dependency: 'monitor', retryable: true },
        );
      },
    },
    SyntheticCheck: {
      status: async (check) => {
        const result = await last(check);
        return result ? (result.success ? 'PASSING' : 'FAILING') : 'UNKNOWN';
      },
      lastResult: async (check) => {
        const result = await last(check);
        return result ? toSyntheticResult(result) : null;
      },
      nextRunAt: async (check) => {
        if (!check.enabled) return null;
        const at = await store.nextRunAt(check.tenantId, check.id);
        // 0: asked for now (runSyntheticCheck).
        return at === null ? null : new Date(Math.max(at, Date.now())).toISOString();
      },
      results: async (check, { first, after }) => {
        const size = first ?? 20;
        if (size < 1 || size > MAX_RESULTS_PAGE)
          throw new PlatformError('BAD_USER_INPUT', `first must be 1 to ${MAX_RESULTS_PAGE}`, {
            field: 'first',
          });
        const page = await store.results(check.tenantId, check.id, size, after ?? null);
        return {
          edges: page.items.map((r, i) => ({
            node: toSyntheticResult(r),
            cursor: page.cursors[i] as string,
          })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
        };
      },
      alert: async (check) => {
        const record = await alerts.open(check.tenantId, check.id);
        return record ? toAlert(record) : null;
      },
    },
  };
}
