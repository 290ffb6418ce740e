import type { RedisClient } from '../../lib/redis.js';
import type { ApiKeyFact, EncryptionKeyFact, SecurityEvidence } from '../../lib/compliance/evidence.js';
import { newest } from '../../lib/crypto/keyInfo.js';
import { KeyStore } from '../../lib/crypto/keyStore.js';
import { ApiKeyStore, type ApiKeyRecord } from './apiKeys/ApiKeyStore.js';
import { statusOf } from './views.js';

/** Most keys of a tenant compliance looks at (the management API lists as many). */
const MAX_KEYS = 1000;

/**
 * The security subgraph's facts for compliance (lib/compliance/evidence.ts): API key metadata
 * with last use and, for keys made by a key, the creator's scopes; data-encryption keys' enabled
 * versions. Read-only: nothing here creates a key or touches a secret.
 */
export function createSecurityEvidence(redis: RedisClient, prefix: string): SecurityEvidence {
  const apiKeys = new ApiKeyStore(redis, prefix);
  const keys = new KeyStore(redis, prefix);
  return {
    async apiKeys(tenantId) {
      const records = (await apiKeys.records.list(tenantId, MAX_KEYS)).items;
      const byId = new Map(records.map((r) => [r.id, r]));
      const used = await apiKeys.lastUsed(
        tenantId,
        records.map((r) => r.id),
      );
      const now = Date.now();
      const creatorScopes = (record: ApiKeyRecord) => {
        const creator = record.createdBy.startsWith('apikey:')
          ? byId.get(record.createdBy.slice('apikey:'.length))
          : undefined;
        return creator ? [...creator.scopes] : null;
      };
      return records.map((record): ApiKeyFact => ({
        id: record.id,
        name: record.name,
        scopes: [...record.scopes],
        createdBy: record.createdBy,
        creatorScopes: creatorScopes(record),
        createdAt: record.createdAt,
        rotatedAt: record.rotatedAt,
        lastUsedAt: used.get(record.id) ?? null,
        active: statusOf(record, now) === 'ACTIVE',
      }));
    },
    async encryptionKeys(tenantId) {
      return (await keys.all(tenantId)).map(({ value: key }): EncryptionKeyFact => {
        const version = newest(key);
        return {
          id: key.id,
          purpose: key.purpose,
          version: version.version,
          status: key.destroyedAt ? 'DESTROYED' : 'ENABLED',
          versionCreatedAt: version.createdAt,
        };
      });
    },
  };
}
