// Data-subject requests (GDPR Art. 15, 17, 20; CCPA): the audit subgraph's module for them.
import type { RedisClient } from '../../../lib/redis.js';
import type { SubjectDataProvider } from '../../../lib/compliance/subjectData.js';
import type { Config } from '../../../lib/config.js';
import { EventLog } from '../../../lib/events/EventLog.js';
import type { Logger } from '../../../lib/logger.js';
import type { AuditLog } from '../store/auditLog.js';
import { dsrAuditBindings } from './auditBindings.js';
import { DeadlineMonitor } from './DeadlineMonitor.js';
import { DsrService } from './DsrService.js';
import { DsrStore, type DeadlineFacts } from './DsrStore.js';
import { dsrResolvers } from './resolvers.js';
import { PackageBuilder } from './subjectPackage.js';

export type { DeadlineFacts } from './DsrStore.js';
export type { PackageSealer } from './subjectPackage.js';

export interface DsrModuleOptions {
  readonly redis: RedisClient;
  readonly config: Pick<
    Config,
    | 'REDIS_KEY_PREFIX'
    | 'EVENTS_RETENTION'
    | 'EVENTS_SUBSCRIBER_BUFFER'
    | 'DSR_DUE_SOON_DAYS'
    | 'DSR_CHECK_SECONDS'
    | 'DSR_PACKAGE_MAX_BYTES'
  >;
  readonly logger: Logger;
  /** The audit subgraph's log: records, the subject's events, crypto-shredding, subject keys. */
  readonly log: AuditLog;
  /** The other subgraphs' data about a subject, wired by runtime/subgraphFactories.ts. */
  readonly providers: readonly SubjectDataProvider[];
}

export function createDsrModule(options: DsrModuleOptions) {
  const { redis, config, log } = options;
  const logger = options.logger.child({ component: 'dsr' });
  const prefix = config.REDIS_KEY_PREFIX;
  const bindings = dsrAuditBindings(log);
  // compliance.dsr_* ride the tenant's platform event stream (subscriptions, webhooks).
  const events = EventLog.fromConfig(config, redis, logger);
  const store = new DsrStore(redis, prefix);
  const packages = new PackageBuilder({
    store,
    auditEvents: bindings.auditEvents,
    providers: options.providers,
    sealer: bindings.sealer,
    maxBytes: config.DSR_PACKAGE_MAX_BYTES,
  });
  const service = new DsrService({
    store,
    redis,
    prefix,
    logger,
    audit: log.trail,
    publish: (tenantId, type, data, publishedBy) => events.publish({ tenantId, type, data, publishedBy }),
    packages,
    erase: bindings.erase,
    eraseElsewhere: async (tenantId, subjectId) => {
      let erased = 0;
      for (const provider of options.providers)
        erased += provider.erase ? await provider.erase(tenantId, subjectId) : 0;
      return erased;
    },
    dueSoonDays: config.DSR_DUE_SOON_DAYS,
  });
  const monitor = new DeadlineMonitor({
    redis,
    prefix,
    service,
    logger,
    intervalSeconds: config.DSR_CHECK_SECONDS,
  });
  return {
    service,
    monitor,
    resolvers: dsrResolvers({ service, store, packages }),
    close: async () => {
      await monitor.close();
      await events.close();
    },
  };
}

/**
 * For the compliance control "data-subject requests answered in time": the tenant's open
 * requests, those open past their due time, and those answered after it.
 */
export function dsrDeadlineFacts(
  deps: { redis: RedisClient; prefix: string },
  tenantId: string,
  now = Date.now(),
): Promise<DeadlineFacts> {
  return new DsrStore(deps.redis, deps.prefix).deadlineFacts(tenantId, now);
}
