import type { RedisClient } from '../../lib/redis.js';
import type { ApiKeyFact, EncryptionKeyFact, SecurityEvidence } from '../../lib/compliance/evidence.js';
import { newest } from '../../lib/crypto/keyInfo.js';
import { KeyStore } from '../../lib/crypto/keyStore.js';
import { ApiKeyStore, type ApiKeyRecord } from './apiKeys/ApiKeyStore.js';
import { statusOf } from './views.js';

/** Active keys one evaluation weighs at most; beyond it the facts say they were cut. */
const MAX_ACTIVE_KEYS = 10_000;

export interface SecurityEvidenceOptions {
  /** @default 10000 */
  readonly maxActiveKeys?: number;
}

/**
 * The security subgraph's facts for compliance (lib/compliance/evidence.ts): API key metadata
 * with last use and, for keys made by a key, the creator's scopes; data-encryption keys' enabled
 * versions. Read-only: nothing here creates a key or touches a secret.
 */
export function createSecurityEvidence(
  redis: RedisClient,
  prefix: string,
  options: SecurityEvidenceOptions = {},
): SecurityEvidence {
  const apiKeys = new ApiKeyStore(redis, prefix);
  const keys = new KeyStore(redis, prefix);
  const maxActive = options.maxActiveKeys ?? MAX_ACTIVE_KEYS;
  return {
    async apiKeys(tenantId) {
      // Every page: the oldest active keys are the ones the age controls are about, and revoked
      // keys in between must not push them out of a newest-N window.
      const now = Date.now();
      const records: ApiKeyRecord[] = [];
      let truncated = false;
      let after: string | null = null;
      for (;;) {
        const page = await apiKeys.records.page(tenantId, {
          first: 500,
          after,
          matches: (r) => statusOf(r, now) === 'ACTIVE',
        });
        records.push(...page.items);
        if (records.length > maxActive) {
          records.length = maxActive;
          truncated = true;
          break;
        }
        if (!page.hasNextPage || !page.endCursor) break;
        after = page.endCursor;
      }
      const byId = new Map(records.map((r) => [r.id, r]));
      // A creating key may be revoked since: its scopes are still the bar for what it made.
      const creatorIds = [
        ...new Set(
          records
            .filter((r) => r.createdBy.startsWith('apikey:'))
            .map((r) => r.createdBy.slice('apikey:'.length))
            .filter((id) => !byId.has(id)),
        ),
      ];
      const creators = new Map(
        (await Promise.all(creatorIds.map((id) => apiKeys.records.get(tenantId, id))))
          .filter((r): r is ApiKeyRecord => r !== null)
          .map((r) => [r.id, r]),
      );
      const used = await apiKeys.lastUsed(
        tenantId,
        records.map((r) => r.id),
      );
      const creatorScopes = (record: ApiKeyRecord) => {
        const id = record.createdBy.startsWith('apikey:') ? record.createdBy.slice('apikey:'.length) : null;
        const creator = id ? (byId.get(id) ?? creators.get(id)) : undefined;
        return creator ? [...creator.scopes] : null;
      };
      const facts = records.map((record): ApiKeyFact => ({
        id: record.id,
        name: record.name,
        scopes: [...record.scopes],
        createdBy: record.createdBy,
        creatorScopes: creatorScopes(record),
        createdAt: record.createdAt,
        rotatedAt: record.rotatedAt,
        lastUsedAt: used.get(record.id) ?? null,
        active: true,
      }));
      return { keys: facts, truncated };
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
