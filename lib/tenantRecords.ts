import type { Redis } from 'ioredis';
import { decodeKeyset, encodeKeyset } from './cursors.js';
import { tenantKey } from './redis.js';

/** A stored record: every record belongs to one tenant and has an id and a creation time. */
export interface TenantRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly createdAt: string;
}

/** A filtered page with keyset cursors; `hasNextPage` may be true at the scan bound with fewer items. */
export interface KeysetPage<T> {
  readonly items: T[];
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  /**
   * Where the next page starts: the last item's cursor, or, when the scan bound stopped the page,
   * the last record scanned (a sparse filter can always be walked further).
   */
  readonly endCursor: string | null;
  /** Every record of the kind in the tenant, unfiltered. */
  readonly totalCount: number;
}

const COMPARE_AND_SET = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return 0 end
local revision = cjson.decode(current).revision or 0
if revision ~= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`;

/** Records a filtered page reads at most before it stops and says there may be more. */
const SCAN_LIMIT = 5_000;

/**
 * JSON records of one kind in Redis, walled by tenant: one hash of id → JSON and one sorted set
 * ordered by creation time per tenant. The tenant is an argument of every call, never a field
 * read back from the caller, so a record id from another tenant simply is not found.
 */
export class TenantRecords<T extends TenantRecord> {
  constructor(
    private readonly redis: Redis,
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
   * Newest first, filtered by `matches`, with keyset cursors (creation time, id): records created
   * meanwhile never shift or repeat a page, unlike `list`'s offsets. Reads at most SCAN_LIMIT
   * records per page.
   */
  async page(
    tenantId: string,
    options: { first: number; after: string | null; matches: (record: T) => boolean },
  ): Promise<KeysetPage<T>> {
    const kind = `records:${this.kind}`;
    let max = '+inf';
    let afterId: string | null = null;
    if (options.after) {
      const [score, id] = decodeKeyset(kind, tenantId, options.after, 2);
      max = String(score);
      afterId = id ?? null;
    }
    const indexKey = this.indexKey(tenantId);
    const items: T[] = [];
    const cursors: string[] = [];
    let scanned = 0;
    let hasNextPage = false;
    let lastScanned: string | null = null;
    let more = false;
    let passedAfter = afterId === null;
    const totalCount = await this.redis.zcard(indexKey);
    // Equal scores come back by id descending, so skipping through the cursor's own id resumes
    // exactly after it.
    let offset = 0;
    while (scanned < SCAN_LIMIT && !hasNextPage) {
      const batch = await this.redis.zrevrangebyscore(
        indexKey,
        max,
        '-inf',
        'WITHSCORES',
        'LIMIT',
        offset,
        200,
      );
      if (batch.length === 0) break;
      offset += batch.length / 2;
      const ids: string[] = [];
      const scores: string[] = [];
      for (let i = 0; i < batch.length; i += 2) {
        const id = batch[i] as string;
        if (!passedAfter && batch[i + 1] === max) {
          if (id === afterId) passedAfter = true;
          continue;
        }
        passedAfter = true;
        ids.push(id);
        scores.push(batch[i + 1] as string);
      }
      const found = await this.getMany(tenantId, ids);
      for (let i = 0; i < found.length; i += 1) {
        const record = found[i];
        if (record && options.matches(record)) {
          if (items.length === options.first) {
            hasNextPage = true;
            break;
          }
          items.push(record);
          cursors.push(encodeKeyset(kind, tenantId, [scores[i] as string, record.id]));
        }
        scanned += 1;
        lastScanned = encodeKeyset(kind, tenantId, [scores[i] as string, ids[i] as string]);
      }
      more = batch.length === 400;
      if (!more) break;
    }
    if (hasNextPage) return { items, cursors, hasNextPage, totalCount, endCursor: cursors.at(-1) ?? null };
    // Stopped by the scan bound with records left: resume after the last one scanned.
    if (scanned >= SCAN_LIMIT && more)
      return { items, cursors, hasNextPage: true, totalCount, endCursor: lastScanned };
    return { items, cursors, hasNextPage: false, totalCount, endCursor: cursors.at(-1) ?? null };
  }
}
