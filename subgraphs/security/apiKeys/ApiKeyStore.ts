import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords, type TenantRecord } from '../../../lib/tenantRecords.js';

export interface RateLimitSetting {
  readonly points: number;
  readonly windowSeconds: number;
}

export interface ApiKeyRecord extends TenantRecord {
  readonly name: string;
  /** Shown for recognising the key; the key itself is shown once. */
  readonly prefix: string;
  readonly secretHash: string;
  readonly scopes: readonly string[];
  readonly createdBy: string;
  readonly revokedAt: string | null;
  readonly expiresAt: string | null;
  readonly rateLimit: RateLimitSetting | null;
  /** Only registered documents (absent on keys made before the flag existed: false). */
  readonly trustedDocumentsOnly?: boolean;
  readonly rotatedAt: string | null;
  /** The secret replaced by the last rotation, valid until `previousValidUntil`. */
  readonly previousSecretHash: string | null;
  readonly previousValidUntil: string | null;
  /** Refused until then (API_KEY_SUSPENDED); absent on keys never suspended. */
  readonly suspendedUntil?: string | null;
  readonly suspensionReason?: string | null;
}

/** What the gateway needs of a key to authenticate a request with it. */
export interface KeyReference {
  readonly tenantId: string;
  readonly id: string;
}

/** A change every gateway must see within a second: its cached verdicts and sockets depend on it. */
export interface ApiKeyChange {
  readonly tenantId: string;
  readonly id: string;
  readonly reason: 'revoked' | 'rotated' | 'suspended' | 'reinstated';
}

/**
 * API keys in Redis: each tenant's records (TenantRecords), a hash → key index (global: a key
 * names its tenant only through it), last-use times written apart from the records so that
 * coalesced touches never race an update, and a channel announcing revocations and rotations.
 */
export class ApiKeyStore {
  readonly records: TenantRecords<ApiKeyRecord>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.records = new TenantRecords<ApiKeyRecord>(redis, prefix, 'security:api-keys');
  }

  get changeChannel(): string {
    return `${this.prefix}security:api-key-changes`;
  }

  private indexKey(hash: string): string {
    return `${this.prefix}security:api-key-hash:${hash}`;
  }

  private lastUsedKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'security', 'api-keys', 'last-used');
  }

  /** Stores a new key; the index entry goes first so a stored record is always reachable. */
  async create(record: ApiKeyRecord): Promise<ApiKeyRecord> {
    await this.redis.set(this.indexKey(record.secretHash), `${record.tenantId}\n${record.id}`);
    return this.records.put(record);
  }

  /** Replaces the secret; the old one stays indexed until the overlap ends. */
  async rotate(
    record: ApiKeyRecord,
    secret: { hash: string; prefix: string },
    overlapSeconds: number,
    now: Date,
  ): Promise<ApiKeyRecord> {
    const newHash = secret.hash;
    const rotated: ApiKeyRecord = {
      ...record,
      secretHash: newHash,
      prefix: secret.prefix,
      rotatedAt: now.toISOString(),
      previousSecretHash: overlapSeconds > 0 ? record.secretHash : null,
      previousValidUntil:
        overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000).toISOString() : null,
    };
    await this.redis.set(this.indexKey(newHash), `${record.tenantId}\n${record.id}`);
    await this.records.put(rotated);
    if (overlapSeconds > 0) await this.redis.expire(this.indexKey(record.secretHash), overlapSeconds);
    else await this.redis.del(this.indexKey(record.secretHash));
    await this.announce({ tenantId: record.tenantId, id: record.id, reason: 'rotated' });
    return rotated;
  }

  async revoke(record: ApiKeyRecord, now: Date): Promise<ApiKeyRecord> {
    if (record.revokedAt) return record;
    const revoked: ApiKeyRecord = { ...record, revokedAt: now.toISOString() };
    await this.records.put(revoked);
    const hashes = [record.secretHash, record.previousSecretHash].filter((h): h is string => Boolean(h));
    await this.redis.del(...hashes.map((h) => this.indexKey(h)));
    await this.announce({ tenantId: record.tenantId, id: record.id, reason: 'revoked' });
    return revoked;
  }

  /** Refuses the key until `until` on every gateway (their cached verdicts drop by channel). */
  async suspend(record: ApiKeyRecord, until: Date, reason: string): Promise<ApiKeyRecord> {
    const suspended: ApiKeyRecord = {
      ...record,
      suspendedUntil: until.toISOString(),
      suspensionReason: reason.slice(0, 500),
    };
    await this.records.put(suspended);
    await this.announce({ tenantId: record.tenantId, id: record.id, reason: 'suspended' });
    return suspended;
  }

  async reinstate(record: ApiKeyRecord): Promise<ApiKeyRecord> {
    const reinstated: ApiKeyRecord = { ...record, suspendedUntil: null, suspensionReason: null };
    await this.records.put(reinstated);
    await this.announce({ tenantId: record.tenantId, id: record.id, reason: 'reinstated' });
    return reinstated;
  }

  private async announce(change: ApiKeyChange): Promise<void> {
    await this.redis.publish(this.changeChannel, JSON.stringify(change));
  }

  async lookup(hash: string): Promise<KeyReference | null> {
    const value = await this.redis.get(this.indexKey(hash));
    if (!value) return null;
    const [tenantId, id] = value.split('\n');
    return tenantId && id ? { tenantId, id } : null;
  }

  /** Last-use times by key id, as coalesced by the gateways. */
  async lastUsed(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const values = await this.redis.hmget(this.lastUsedKey(tenantId), ...ids);
    return new Map(ids.flatMap((id, i) => (values[i] ? [[id, values[i] as string]] : [])));
  }

  /** Writes many keys' last-use times in one round trip per tenant. */
  async recordUse(
    uses: ReadonlyMap<string, { readonly tenantId: string; readonly at: number }>,
  ): Promise<void> {
    const byTenant = new Map<string, string[]>();
    for (const [id, { tenantId, at }] of uses) {
      const fields = byTenant.get(tenantId) ?? [];
      fields.push(id, new Date(at).toISOString());
      byTenant.set(tenantId, fields);
    }
    await Promise.all(
      [...byTenant].map(([tenantId, fields]) => this.redis.hset(this.lastUsedKey(tenantId), ...fields)),
    );
  }
}
