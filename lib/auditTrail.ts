import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { tenantKey } from './redis.js';

export interface AuditEntryInput {
  readonly tenantId: string;
  readonly actor: string;
  readonly action: string;
  readonly resource: string | null;
  readonly outcome: 'SUCCESS' | 'FAILURE';
  readonly details: Record<string, unknown> | null;
}

export interface AuditEntry extends AuditEntryInput {
  readonly id: string;
  readonly sequence: number;
  readonly occurredAt: string;
  readonly previousHash: string;
  readonly hash: string;
}

const GENESIS = '0'.repeat(64);

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** sha256(previousHash + canonical(entry without its hash)): editing any entry breaks every later link. */
export function chainHash(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(`${entry.previousHash}\n${canonical(entry)}`)
    .digest('hex');
}

/**
 * A per-tenant, append-only, hash-chained audit log in Redis. Appends are serialised per tenant
 * with WATCH on the chain head, so concurrent writers (several gateways) never fork the chain.
 */
export class AuditTrail {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private listKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'events');
  }

  private headKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'head');
  }

  async append(input: AuditEntryInput): Promise<AuditEntry> {
    // A dedicated connection: WATCH state is per connection and must not leak to other callers.
    const conn = this.redis.duplicate();
    try {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        await conn.watch(this.headKey(input.tenantId));
        const head = await conn.hmget(this.headKey(input.tenantId), 'sequence', 'hash');
        const sequence = Number(head[0] ?? 0) + 1;
        const base = {
          ...input,
          id: randomUUID(),
          sequence,
          occurredAt: new Date().toISOString(),
          previousHash: head[1] ?? GENESIS,
        };
        const entry: AuditEntry = { ...base, hash: chainHash(base) };
        const result = await conn
          .multi()
          .rpush(this.listKey(input.tenantId), JSON.stringify(entry))
          .hset(this.headKey(input.tenantId), 'sequence', String(sequence), 'hash', entry.hash)
          .exec();
        if (result) return entry;
      }
      throw new Error('audit append: too much contention on the chain head');
    } finally {
      conn.disconnect();
    }
  }

  async count(tenantId: string): Promise<number> {
    return this.redis.llen(this.listKey(tenantId));
  }

  /** Entries by position from the newest: offset 0 is the latest. */
  async newest(tenantId: string, offset: number, limit: number): Promise<AuditEntry[]> {
    const raws = await this.redis.lrange(this.listKey(tenantId), -(offset + limit), -(offset + 1));
    return raws.map((r) => JSON.parse(r) as AuditEntry).reverse();
  }

  /**
   * The tenant's entries oldest first, in pages, up to the newest entry when called: entries
   * appended meanwhile are not read, so a reader always ends.
   */
  async *pages(tenantId: string, pageSize = 1000): AsyncGenerator<AuditEntry[]> {
    const total = await this.count(tenantId);
    for (let start = 0; start < total; start += pageSize) {
      const stop = Math.min(start + pageSize, total) - 1;
      const raws = await this.redis.lrange(this.listKey(tenantId), start, stop);
      yield raws.map((raw) => JSON.parse(raw) as AuditEntry);
    }
  }

  /** Recomputes the whole chain in pages; reports the first entry that does not match. */
  async verify(
    tenantId: string,
    pageSize = 1000,
  ): Promise<{ valid: boolean; checked: number; brokenAt: number | null }> {
    let previous = GENESIS;
    let checked = 0;
    for await (const page of this.pages(tenantId, pageSize)) {
      for (const { hash, ...rest } of page) {
        checked += 1;
        if (rest.previousHash !== previous || chainHash(rest) !== hash || rest.sequence !== checked) {
          return { valid: false, checked, brokenAt: checked };
        }
        previous = hash;
      }
    }
    return { valid: true, checked, brokenAt: null };
  }
}
