import type { RedisClient } from '../../lib/redis.js';
import type { IntegrationsEvidence, WebhookSecretFact } from '../../lib/compliance/evidence.js';
import { Keyring } from '../../lib/crypto/keyring.js';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import { SECRET_OVERLAP_MS, WebhookStore, type WebhookRecord } from './webhookStore.js';

/** ENVELOPE values name their data-key version; LEGACY ones were sealed under a KEK directly. */
function storageOf(record: WebhookRecord): WebhookSecretFact['storage'] {
  const secret = record.secret as unknown;
  if (!secret || typeof secret !== 'object' || !('ciphertext' in secret)) return 'PLAIN';
  return 'version' in secret ? 'ENVELOPE' : 'LEGACY';
}

/**
 * The integrations subgraph's facts for compliance (lib/compliance/evidence.ts): when each
 * endpoint's signing secret was set (a rotation keeps the old one for SECRET_OVERLAP_MS, so it
 * was set that long before the overlap ends) and how it is stored. Nothing is decrypted.
 */
export function createIntegrationsEvidence(
  redis: RedisClient,
  config: Pick<Config, 'REDIS_KEY_PREFIX' | 'SECRETS_ENCRYPTION_KEYS'>,
  logger: Logger,
): IntegrationsEvidence {
  // The store's reads used here never open a secret; the keyring is only its constructor's due.
  const keyring = new Keyring(redis, config.REDIS_KEY_PREFIX, config.SECRETS_ENCRYPTION_KEYS, logger);
  const webhooks = new WebhookStore(redis, config.REDIS_KEY_PREFIX, keyring);
  return {
    async webhookSecrets(tenantId) {
      return (await webhooks.all(tenantId)).map(({ record }): WebhookSecretFact => ({
        id: record.id,
        secretSetAt: record.previousSecretExpiresAt
          ? new Date(Date.parse(record.previousSecretExpiresAt) - SECRET_OVERLAP_MS).toISOString()
          : record.createdAt,
        storage: storageOf(record),
      }));
    },
    close: () => keyring.close(),
  };
}
