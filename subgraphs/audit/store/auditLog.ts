import type { RedisClient } from '../../../lib/redis.js';
import type { Config } from '../../../lib/config.js';
import { keyAccessRecord } from '../../../lib/crypto/keyAccess.js';
import { Keyring } from '../../../lib/crypto/keyring.js';
import { createLogger, type Logger } from '../../../lib/logger.js';
import { AuditTrail } from './AuditTrail.js';
import { AuditCheckpoints, signingKeys } from './checkpoints.js';
import { PersonalFields, type AuditErasure } from './personalFields.js';
import { AuditSealer } from './sealer.js';
import { AuditSegments } from './segments.js';
import { createSegmentStore, type SegmentStoreConfig } from './segmentStores/createSegmentStore.js';

export interface AuditLog {
  readonly trail: AuditTrail;
  readonly checkpoints: AuditCheckpoints;
  readonly personal: PersonalFields;
  /** Retention beyond Redis: sealing into segments, deletion past retention, tenant overrides. */
  readonly sealer: AuditSealer;
  /** The tenant keyring the personal fields' subject keys are sealed with (built on first use). */
  keyring(): Keyring;
  /** Flushes key-use records, closes the keyring's change channel and the segment store's connections. */
  close(): Promise<void>;
}

export type AuditLogConfig = Pick<
  Config,
  | 'REDIS_KEY_PREFIX'
  | 'EVENTS_RETENTION'
  | 'AUDIT_SIGNING_KEYS'
  | 'INTERNAL_SIGNING_KEY'
  | 'AUDIT_ORIGIN'
  | 'AUDIT_CHECKPOINT_EVERY'
  | 'AUDIT_PUBLISHED_ACTIONS'
  | 'SECRETS_ENCRYPTION_KEYS'
  | 'ENCRYPTION_KEY_CACHE_MS'
  | 'ENCRYPTION_KEY_ROTATION_DAYS'
  | 'ENCRYPTION_KEY_AUDIT_FLUSH_MS'
  | 'AUDIT_RETENTION_DAYS'
  | 'AUDIT_MIN_RETENTION_DAYS'
  | 'AUDIT_HOT_DAYS'
  | 'AUDIT_SEGMENT_MAX_EVENTS'
> &
  SegmentStoreConfig;

/** The audit log as configured: every process (gateway, audit subgraph, workers) builds it alike. */
export function createAuditLog(
  redis: RedisClient,
  config: AuditLogConfig,
  logger?: Logger,
  options: { now?: () => number } = {},
): AuditLog {
  let checkpoints: AuditCheckpoints | null = null;
  let keyring: Keyring | null = null;
  let trail: AuditTrail | null = null;
  // Built on first use: most processes only append records without personal fields.
  const keyringOf = (): Keyring =>
    (keyring ??= new Keyring(
      redis,
      config.REDIS_KEY_PREFIX,
      config.SECRETS_ENCRYPTION_KEYS,
      logger ?? createLogger('warn', 'audit'),
      {
        cacheMs: config.ENCRYPTION_KEY_CACHE_MS,
        rotationDays: config.ENCRYPTION_KEY_ROTATION_DAYS,
        accessFlushMs: config.ENCRYPTION_KEY_AUDIT_FLUSH_MS,
        // The summary has no personal field, so recording it seals nothing (no loop).
        onAccess: (access) => trail?.append(keyAccessRecord(access, 'audit')).catch(() => undefined),
      },
    ));
  const segments = new AuditSegments(redis, config.REDIS_KEY_PREFIX, createSegmentStore(config));
  const personal = new PersonalFields(
    redis,
    config.REDIS_KEY_PREFIX,
    keyringOf,
    config.ENCRYPTION_KEY_CACHE_MS,
  );
  trail = new AuditTrail(redis, config.REDIS_KEY_PREFIX, {
    streamRetention: config.EVENTS_RETENTION,
    publishedActions: config.AUDIT_PUBLISHED_ACTIONS.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    onAppended: (tenantId, size) => checkpoints?.onAppended(tenantId, size),
    personal,
    segments,
    ...(options.now ? { now: options.now } : {}),
  });
  checkpoints = new AuditCheckpoints(redis, config.REDIS_KEY_PREFIX, trail, {
    keys: signingKeys(config.AUDIT_SIGNING_KEYS, config.INTERNAL_SIGNING_KEY),
    origin: config.AUDIT_ORIGIN,
    every: config.AUDIT_CHECKPOINT_EVERY,
  });
  const sealer = new AuditSealer({
    redis,
    prefix: config.REDIS_KEY_PREFIX,
    trail,
    checkpoints,
    segments,
    hotDays: config.AUDIT_HOT_DAYS,
    retentionDays: config.AUDIT_RETENTION_DAYS,
    minRetentionDays: config.AUDIT_MIN_RETENTION_DAYS,
    maxSegmentEvents: config.AUDIT_SEGMENT_MAX_EVENTS,
    logger: logger ?? createLogger('warn', 'audit'),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    trail,
    checkpoints,
    personal,
    sealer,
    keyring: keyringOf,
    close: async () => {
      await keyring?.close();
      segments.close();
    },
  };
}

/**
 * Crypto-shreds a subject's personal fields (IP, user agent, free text) in the tenant's trail and
 * records the erasure itself, with no personal data (`auditSubject.erase`, event type
 * `data_erased`). Proofs and checkpoints keep verifying: leaves are over the sealed form.
 */
export async function eraseAuditSubject(
  log: AuditLog,
  tenantId: string,
  subjectId: string,
  options: { actor?: string } = {},
): Promise<AuditErasure> {
  const erasure = await log.personal.erase(tenantId, subjectId);
  await log.trail.append({
    tenantId,
    actor: options.actor ?? 'system:audit',
    action: 'auditSubject.erase',
    eventType: 'data_erased',
    resource: subjectId,
    resourceType: 'auditSubject',
    outcome: 'SUCCESS',
    details: { eventsAffected: erasure.eventsAffected, keyDestroyed: erasure.keyDestroyed },
  });
  return erasure;
}

/**
 * A trail that only reads (the AUDIT_LOG export's process): entries with their personal fields
 * opened through the keyring made from `keks`, archived ones read back from the segment store.
 */
export function createAuditReader(
  redis: RedisClient,
  prefix: string,
  keks: Config['SECRETS_ENCRYPTION_KEYS'],
  segmentStore: SegmentStoreConfig,
  logger: Logger = createLogger('warn', 'audit'),
): { trail: AuditTrail; close(): Promise<void> } {
  const keyring = new Keyring(redis, prefix, keks, logger, {});
  const personal = new PersonalFields(redis, prefix, () => keyring, 30_000);
  const segments = new AuditSegments(redis, prefix, createSegmentStore(segmentStore));
  return {
    trail: new AuditTrail(redis, prefix, { personal, segments }),
    close: async () => {
      await keyring.close();
      segments.close();
    },
  };
}
