import type { RedisClient } from '../../../lib/redis.js';
import type { Config } from '../../../lib/config.js';
import { AuditTrail } from './AuditTrail.js';
import { AuditCheckpoints, signingKeys } from './checkpoints.js';

export interface AuditLog {
  readonly trail: AuditTrail;
  readonly checkpoints: AuditCheckpoints;
}

/** The audit log as configured: every process (gateway, audit subgraph, workers) builds it alike. */
export function createAuditLog(
  redis: RedisClient,
  config: Pick<
    Config,
    | 'REDIS_KEY_PREFIX'
    | 'EVENTS_RETENTION'
    | 'AUDIT_SIGNING_KEYS'
    | 'INTERNAL_SIGNING_KEY'
    | 'AUDIT_ORIGIN'
    | 'AUDIT_CHECKPOINT_EVERY'
    | 'AUDIT_PUBLISHED_ACTIONS'
  >,
): AuditLog {
  let checkpoints: AuditCheckpoints | null = null;
  const trail = new AuditTrail(redis, config.REDIS_KEY_PREFIX, {
    streamRetention: config.EVENTS_RETENTION,
    publishedActions: config.AUDIT_PUBLISHED_ACTIONS.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    onAppended: (tenantId, size) => checkpoints?.onAppended(tenantId, size),
  });
  checkpoints = new AuditCheckpoints(redis, config.REDIS_KEY_PREFIX, trail, {
    keys: signingKeys(config.AUDIT_SIGNING_KEYS, config.INTERNAL_SIGNING_KEY),
    origin: config.AUDIT_ORIGIN,
    every: config.AUDIT_CHECKPOINT_EVERY,
  });
  return { trail, checkpoints };
}
