import type { RedisClient } from '../redis.js';
import { tenantKey } from '../redis.js';
import type { KeyPurpose, WrappedDek } from './envelope.js';
import { ENSURE, LOCK_RELEASE, LOCK_RENEW, REPLACE, RETIRE } from './keyScripts.js';

/** One version of a data-encryption key, as stored: its DEK wrapped by a KEK, never in clear. */
export interface StoredVersion {
  readonly version: number;
  readonly createdAt: string;
  /** The KEK that wraps it (or wrapped it last, once the material is gone). */
  readonly kekId: string;
  /** Null once retired or destroyed: the material is gone for good. */
  readonly wrapped: WrappedDek | null;
}

/** A tenant's data-encryption key for one purpose (metadata and wrapped versions). */
export interface StoredKey {
  readonly id: string;
  readonly tenantId: string;
  readonly purpose: KeyPurpose;
  readonly createdAt: string;
  readonly rotatedAt: string | null;
  readonly nextRotationAt: string;
  readonly minDecryptVersion: number;
  readonly destroyedAt: string | null;
  /** Oldest first; the last is the newest, what new values are sealed with. */
  readonly versions: readonly StoredVersion[];
}

/** A rewrap sweep's state: the public progress and where the owning sweeper stands. */
export interface RewrapState {
  readonly targetVersion: number;
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /**
   * count: a read-only pass finding values below the target (the first, and after each rewrap
   * pass a verifying one); rewrap: a pass moving them.
   */
  readonly phase: 'count' | 'rewrap';
  /** HSCAN cursor of the current pass over the owner's records. */
  readonly cursor: string;
  /** The next pass starts no earlier (ms): writes that read a value before it was moved land first. */
  readonly notBefore: number;
  /** Rewrap passes so far. */
  readonly rounds: number;
  /** Values the current count pass found below the target, and the last rewrap pass failed. */
  readonly found: number;
  readonly lastFailed: number;
  /** Values per version the current count pass saw, and the usage counters when it began. */
  readonly observed: Readonly<Record<string, number>>;
  readonly baseline: Readonly<Record<string, number>>;
  /** Legacy (pre-envelope) values the current count pass saw. */
  readonly legacySeen: number;
}

export interface Raw<T> {
  readonly value: T;
  /** The stored JSON, for compare-and-set. */
  readonly raw: string;
}

type KeyRedis = RedisClient & {
  keyringEnsure(...args: string[]): Promise<[string, number]>;
  keyringReplace(...args: string[]): Promise<number>;
  keyringRetire(...args: string[]): Promise<Array<number | string>>;
  keyringLock(...args: string[]): Promise<number>;
  keyringUnlock(...args: string[]): Promise<number>;
};

export function usageField(keyId: string, version: number): string {
  return `${keyId}:${version}`;
}

/**
 * Where key records live: every key of a tenant under its `{t:<tenant>}` hash tag (one Redis
 * Cluster slot, so the scripts above are legal there), plus a platform set of tenants that have
 * keys, for the maintenance cycle.
 */
export class KeyStore {
  private readonly redis: KeyRedis;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    if (!('keyringEnsure' in redis)) {
      redis.defineCommand('keyringEnsure', { numberOfKeys: 3, lua: ENSURE });
      redis.defineCommand('keyringReplace', { numberOfKeys: 1, lua: REPLACE });
      redis.defineCommand('keyringRetire', { numberOfKeys: 3, lua: RETIRE });
      redis.defineCommand('keyringLock', { numberOfKeys: 1, lua: LOCK_RENEW });
      redis.defineCommand('keyringUnlock', { numberOfKeys: 1, lua: LOCK_RELEASE });
    }
    this.redis = redis as KeyRedis;
  }

  private key(tenantId: string, ...parts: string[]): string {
    return tenantKey(this.prefix, tenantId, 'security', 'keys', ...parts);
  }

  /** keyId → StoredKey JSON. */
  recordsKey(tenantId: string): string {
    return this.key(tenantId);
  }

  private currentKey(tenantId: string): string {
    return this.key(tenantId, 'current');
  }

  private usageKey(tenantId: string): string {
    return this.key(tenantId, 'usage');
  }

  private rewrapKey(tenantId: string): string {
    return this.key(tenantId, 'rewrap');
  }

  private lockKey(tenantId: string, purpose: KeyPurpose): string {
    return this.key(tenantId, 'rewrap-lock', purpose);
  }

  /** Purposes whose pre-envelope values a complete sweep found none of (any more). */
  private legacyDoneKey(tenantId: string): string {
    return this.key(tenantId, 'legacy-done');
  }

  /** Purposes whose key was destroyed: their pre-envelope values are refused too. */
  private legacyShreddedKey(tenantId: string): string {
    return this.key(tenantId, 'legacy-shredded');
  }

  tenantsKey(): string {
    return `${this.prefix}security:key-tenants`;
  }

  /** Live keys by `nextRotationAt` (ms), member `<tenant>\n<key id>`: what the maintenance cycle rotates. */
  private rotationsKey(): string {
    return `${this.prefix}security:key-rotations`;
  }

  /** Tenants with a DEK version that was wrapped by the KEK `kekId` (the maintenance cycle empties it). */
  private wrappedKey(kekId: string): string {
    return `${this.prefix}security:key-wrapped:${kekId}`;
  }

  /** Called after wrapping a DEK version of the tenant with `kekId`. */
  async noteWrapped(kekId: string, tenantId: string): Promise<void> {
    await this.redis.sadd(this.wrappedKey(kekId), tenantId);
  }

  /** Takes the tenant off `kekId`'s set; true when it was on it. */
  async takeWrapped(kekId: string, tenantId: string): Promise<boolean> {
    return (await this.redis.srem(this.wrappedKey(kekId), tenantId)) === 1;
  }

  /** Tenants noted under `kekId`, a page at a time. */
  async *wrappedTenants(kekId: string): AsyncGenerator<string[]> {
    let cursor = '0';
    do {
      const [next, members] = await this.redis.sscan(this.wrappedKey(kekId), cursor, 'COUNT', 500);
      cursor = next;
      if (members.length > 0) yield members;
    } while (cursor !== '0');
  }

  /** Pub/sub channel of key changes (rotated, retired, destroyed, rewrapped). */
  channel(): string {
    return `${this.prefix}security:keys:changed`;
  }

  async ensure(
    tenantId: string,
    purpose: KeyPurpose,
    candidate: StoredKey,
    countEncryption: boolean,
  ): Promise<Raw<StoredKey> & { created: boolean }> {
    const [raw, created] = await this.redis.keyringEnsure(
      this.recordsKey(tenantId),
      this.currentKey(tenantId),
      this.usageKey(tenantId),
      purpose,
      candidate.id,
      JSON.stringify(candidate),
      countEncryption ? '1' : '0',
    );
    const value = JSON.parse(raw) as StoredKey;
    if (created === 1) {
      await this.redis.sadd(this.tenantsKey(), tenantId);
      await this.noteWrapped(value.versions[0]?.kekId ?? '', tenantId);
      await this.scheduleRotation(value);
    }
    return { value, raw, created: created === 1 };
  }

  /** The purpose's current key, destroyed or not; null before the first one exists. */
  async current(tenantId: string, purpose: KeyPurpose): Promise<Raw<StoredKey> | null> {
    const id = await this.redis.hget(this.currentKey(tenantId), purpose);
    return id ? this.get(tenantId, id) : null;
  }

  async get(tenantId: string, keyId: string): Promise<Raw<StoredKey> | null> {
    const raw = await this.redis.hget(this.recordsKey(tenantId), keyId);
    return raw ? { value: JSON.parse(raw) as StoredKey, raw } : null;
  }

  async all(tenantId: string): Promise<Array<Raw<StoredKey>>> {
    const raws = await this.redis.hvals(this.recordsKey(tenantId));
    return raws.map((raw) => ({ value: JSON.parse(raw) as StoredKey, raw }));
  }

  async replace(tenantId: string, keyId: string, expectedRaw: string, next: StoredKey): Promise<boolean> {
    const replaced = await this.redis.keyringReplace(
      this.recordsKey(tenantId),
      keyId,
      expectedRaw,
      JSON.stringify(next),
    );
    return replaced === 1;
  }

  async retire(
    tenantId: string,
    keyId: string,
    expectedRaw: string,
    next: StoredKey,
    retiredVersions: readonly number[],
  ): Promise<
    { outcome: 'retired' | 'changed' | 'rewrapping' } | { outcome: 'in-use'; inUse: Record<string, number> }
  > {
    const result = await this.redis.keyringRetire(
      this.recordsKey(tenantId),
      this.usageKey(tenantId),
      this.rewrapKey(tenantId),
      keyId,
      expectedRaw,
      JSON.stringify(next),
      ...retiredVersions.map((v) => usageField(keyId, v)),
    );
    const status = Number(result[0]);
    if (status === 1) return { outcome: 'retired' };
    if (status === 0) return { outcome: 'changed' };
    if (status === -1) return { outcome: 'rewrapping' };
    const inUse: Record<string, number> = {};
    for (let i = 1; i < result.length; i += 2) {
      inUse[String(result[i]).slice(keyId.length + 1)] = Number(result[i + 1]);
    }
    return { outcome: 'in-use', inUse };
  }

  /** Values counted per version of each of the tenant's keys: keyId → version → count. */
  async usage(tenantId: string): Promise<Map<string, Map<number, number>>> {
    const raw = await this.redis.hgetall(this.usageKey(tenantId));
    const out = new Map<string, Map<number, number>>();
    for (const [field, count] of Object.entries(raw)) {
      const cut = field.lastIndexOf(':');
      const keyId = field.slice(0, cut);
      const versions = out.get(keyId) ?? new Map<number, number>();
      versions.set(Number(field.slice(cut + 1)), Number(count));
      out.set(keyId, versions);
    }
    return out;
  }

  async addUsage(tenantId: string, keyId: string, deltas: ReadonlyMap<number, number>): Promise<void> {
    const tx = this.redis.multi();
    let any = false;
    for (const [version, delta] of deltas) {
      if (delta === 0) continue;
      tx.hincrby(this.usageKey(tenantId), usageField(keyId, version), delta);
      any = true;
    }
    if (any) await tx.exec();
  }

  async rewrapStates(tenantId: string): Promise<Map<string, RewrapState>> {
    const raw = await this.redis.hgetall(this.rewrapKey(tenantId));
    return new Map(Object.entries(raw).map(([id, text]) => [id, JSON.parse(text) as RewrapState]));
  }

  async rewrapState(tenantId: string, keyId: string): Promise<RewrapState | null> {
    const raw = await this.redis.hget(this.rewrapKey(tenantId), keyId);
    return raw ? (JSON.parse(raw) as RewrapState) : null;
  }

  async saveRewrapState(tenantId: string, keyId: string, state: RewrapState): Promise<void> {
    await this.redis.hset(this.rewrapKey(tenantId), keyId, JSON.stringify(state));
  }

  /** Takes or renews the purpose's sweep lock; false while another sweeper holds it. */
  async lock(tenantId: string, purpose: KeyPurpose, token: string, ms: number): Promise<boolean> {
    return (await this.redis.keyringLock(this.lockKey(tenantId, purpose), token, String(ms))) === 1;
  }

  async unlock(tenantId: string, purpose: KeyPurpose, token: string): Promise<void> {
    await this.redis.keyringUnlock(this.lockKey(tenantId, purpose), token);
  }

  async legacyFlags(tenantId: string, purpose: KeyPurpose): Promise<{ done: boolean; shredded: boolean }> {
    const [done, shredded] = await Promise.all([
      this.redis.sismember(this.legacyDoneKey(tenantId), purpose),
      this.redis.sismember(this.legacyShreddedKey(tenantId), purpose),
    ]);
    return { done: done === 1, shredded: shredded === 1 };
  }

  async markLegacyDone(tenantId: string, purpose: KeyPurpose): Promise<void> {
    await this.redis.sadd(this.legacyDoneKey(tenantId), purpose);
  }

  async markLegacyShredded(tenantId: string, purpose: KeyPurpose): Promise<void> {
    await this.redis.sadd(this.legacyShreddedKey(tenantId), purpose);
  }

  async scheduleRotation(key: StoredKey): Promise<void> {
    const member = `${key.tenantId}\n${key.id}`;
    if (key.destroyedAt) await this.redis.zrem(this.rotationsKey(), member);
    else await this.redis.zadd(this.rotationsKey(), Date.parse(key.nextRotationAt), member);
  }

  /** Keys whose rotation is due by `now`, at most `limit`. */
  async dueRotations(now: number, limit: number): Promise<Array<{ tenantId: string; keyId: string }>> {
    const members = await this.redis.zrangebyscore(this.rotationsKey(), '-inf', now, 'LIMIT', 0, limit);
    return members.map((m) => {
      const cut = m.lastIndexOf('\n');
      return { tenantId: m.slice(0, cut), keyId: m.slice(cut + 1) };
    });
  }

  async dropRotation(tenantId: string, keyId: string): Promise<void> {
    await this.redis.zrem(this.rotationsKey(), `${tenantId}\n${keyId}`);
  }

  /** Tenants that have keys, a page at a time. */
  async *tenants(): AsyncGenerator<string[]> {
    let cursor = '0';
    do {
      const [next, members] = await this.redis.sscan(this.tenantsKey(), cursor, 'COUNT', 500);
      cursor = next;
      if (members.length > 0) yield members;
    } while (cursor !== '0');
  }

  async publish(message: KeyChange): Promise<void> {
    await this.redis.publish(this.channel(), JSON.stringify(message));
  }
}

/** What every process hears when a key changes, so it drops what it cached of it. */
export interface KeyChange {
  readonly tenantId: string;
  readonly keyId: string;
  readonly purpose: KeyPurpose;
  readonly change: 'rotated' | 'retired' | 'destroyed' | 'rewrapped';
}
