import type { RedisClient } from './redis.js';
import { scanKeyset, type KeysetResult } from './keysetScan.js';
import { tenantKey } from './redis.js';

/** A stored record: every record belongs to one tenant and has an id and a creation time. */
export interface TenantRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly createdAt: string;
}

/** A filtered page with keyset cursors (lib/keysetScan), and how many records the tenant has. */
export interface KeysetPage<T> extends KeysetResult<T> {
  /** Every record of the kind in the tenant, unfiltered. */
  readonly totalCount: number;
}

/** A page as the GraphQL connections of tenant records answer it (edges, totalCount, page flags). */
export function toConnection<T, N>(page: KeysetPage<T>, node: (record: T) => N) {
  return {
    edges: page.items.map((record, i) => ({ node: node(record), cursor: page.cursors[i] as string })),
    totalCount: page.totalCount,
    hasNextPage: page.hasNextPage,
    endCursor: page.endCursor,
  };
}

const COMPARE_AND_SET = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return 0 end
local revision = cjson.decode(current).revision or 0
if revision ~= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`;

/**
 * JSON records of one kind in Redis, walled by tenant: one hash of id → JSON and one sorted set
 * ordered by creation time per tenant. The tenant is an argument of every call, never a field
 * read back from the caller, so a record id from another tenant simply is not found.
 */
export class TenantRecords<T extends TenantRecord> {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly kind: string,
  ) {}

  private hashKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, this.kind);
  }

  private indexKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, this.kind, 'by-created');
  }

  async put(record: T): Promise<T> {
    await this.redis
      .multi()
      .hset(this.hashKey(record.tenantId), record.id, JSON.stringify(record))
      .zadd(this.indexKey(record.tenantId), Date.parse(record.createdAt), record.id)
      .exec();
    return record;
  }

  /**
   * Writes `next` only if the stored record still has revision `expected` (a record without one
   * counts as 0): concurrent writers retry on the fresh record instead of overwriting each other.
   * The index is untouched: the record exists already.
   */
  async compareAndSet(tenantId: string, id: string, expected: number, next: T): Promise<boolean> {
    return (
      Number(
        await this.redis.eval(
          COMPARE_AND_SET,
          1,
          this.hashKey(tenantId),
          id,
          String(expected),
          JSON.stringify(next),
        ),
      ) === 1
    );
  }

  async get(tenantId: string, id: string): Promise<T | null> {
    const raw = await this.redis.hget(this.hashKey(tenantId), id);
    return raw ? (JSON.parse(raw) as T) : null;
  }

  async getMany(tenantId: string, ids: readonly string[]): Promise<Array<T | null>> {
    if (ids.length === 0) return [];
    const raws = await this.redis.hmget(this.hashKey(tenantId), ...ids);
    return raws.map((raw) => (raw ? (JSON.parse(raw) as T) : null));
  }

  async delete(tenantId: string, id: string): Promise<boolean> {
    const results = await this.redis
      .multi()
      .hdel(this.hashKey(tenantId), id)
      .zrem(this.indexKey(tenantId), id)
      .exec();
    return Number(results?.[0]?.[1] ?? 0) > 0;
  }

  /**
   * The newest `first` records (internal reads: a tenant's rules, channels, silences). Pages a
   * client walks use `page`, whose keyset cursors never shift when records are added.
   */
  async list(tenantId: string, first: number): Promise<{ items: T[]; totalCount: number }> {
    const [ids, total] = await Promise.all([
      this.redis.zrevrange(this.indexKey(tenantId), 0, first - 1),
      this.redis.zcard(this.indexKey(tenantId)),
    ]);
    const found = await this.getMany(tenantId, ids);
    return { items: found.filter((record): record is T => record !== null), totalCount: total };
  }

  /**
   * Newest first, filtered by `matches`, with keyset cursors (creation time, id; lib/keysetScan):
   * records created meanwhile never shift or repeat a page. Reads at most 5,000 records per page.
   */
  async page(
    tenantId: string,
    options: { first: number; after: string | null; matches: (record: T) => boolean },
  ): Promise<KeysetPage<T>> {
    const [totalCount, page] = await Promise.all([
      this.redis.zcard(this.indexKey(tenantId)),
      scanKeyset<T>({
        redis: this.redis,
        indexKey: this.indexKey(tenantId),
        kind: `records:${this.kind}`,
        owner: tenantId,
        first: options.first,
        after: options.after,
        load: (ids) => this.getMany(tenantId, ids),
        matches: options.matches,
      }),
    ]);
    return { ...page, totalCount };
  }
}
