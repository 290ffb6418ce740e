import type { Redis } from 'ioredis';
import { tenantKey } from './redis.js';

/** A stored record: every record belongs to one tenant and has an id and a creation time. */
export interface TenantRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly createdAt: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Cursor of each item: pass as `after` to continue right after it. */
  readonly cursors: string[];
  readonly nextCursor: string | null;
  readonly totalCount: number;
}

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

  /** Newest first; `after` is the opaque cursor of the previous page. */
  async list(tenantId: string, first: number, after?: string | null): Promise<Page<T>> {
    const start = after ? Number.parseInt(Buffer.from(after, 'base64url').toString('utf8'), 10) + 1 : 0;
    const offset = Number.isFinite(start) && start > 0 ? start : 0;
    const [ids, total] = await Promise.all([
      this.redis.zrevrange(this.indexKey(tenantId), offset, offset + first - 1),
      this.redis.zcard(this.indexKey(tenantId)),
    ]);
    const found = await this.getMany(tenantId, ids);
    const records: T[] = [];
    const cursors: string[] = [];
    found.forEach((record, i) => {
      if (!record) return;
      records.push(record);
      cursors.push(Buffer.from(String(offset + i)).toString('base64url'));
    });
    const last = offset + ids.length - 1;
    return {
      items: records,
      cursors,
      totalCount: total,
      nextCursor: last + 1 < total ? Buffer.from(String(last)).toString('base64url') : null,
    };
  }
}
