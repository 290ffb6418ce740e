import type { RedisClient } from '../redis.js';
import type { AuditRecorder } from '../auditRecorder.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { keyAccessRecord } from './keyAccess.js';
import { Keyring } from './keyring.js';

/**
 * The keyring as configured, its key use audited: one `encryptionKey.access` record (event type
 * `encryption_key_accessed`) per key per ENCRYPTION_KEY_AUDIT_FLUSH_MS with the counts, never one
 * per decryption. `component` names the process part using it (`webhooks`, `integrations`, …),
 * recorded as the actor `system:<component>`, through `audit` (the audit store's recorder, given by
 * the caller: lib does not reach into the audit subgraph).
 */
export function createKeyring(
  deps: { config: Config; redis: RedisClient; logger: Logger },
  component: string,
  audit: AuditRecorder,
): Keyring {
  const { config, redis, logger } = deps;
  return new Keyring(redis, config.REDIS_KEY_PREFIX, config.SECRETS_ENCRYPTION_KEYS, logger, {
    cacheMs: config.ENCRYPTION_KEY_CACHE_MS,
    rotationDays: config.ENCRYPTION_KEY_ROTATION_DAYS,
    accessFlushMs: config.ENCRYPTION_KEY_AUDIT_FLUSH_MS,
    onAccess: (access) =>
      audit
        .append(keyAccessRecord(access, component))
        .catch((error: unknown) =>
          logger.warn({ err: error, keyId: access.keyId }, 'key access audit record failed'),
        ),
  });
}
