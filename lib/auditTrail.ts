import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { tenantKey } from './redis.js';

export interface AuditEntryInput {
  readonly tenantId: string;
  readonly actor: string;
  readonly action: string;
  readonly resource: string | null;
  readonly outcome: 'SUCCESS' | 'FAILURE';
  /** The security framework's event type (user_login, login_failed, permission_denied, …). */
  readonly eventType?: string;
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
 * Appends a chained batch only if the chain head is still the one the batch was chained to.
 * KEYS: list, head (one tenant, one hash slot). ARGV: expected sequence, new sequence, new hash,
 * entries… Redis has no SHA-256 in Lua, so hashes are computed by the caller and the head check
 * keeps concurrent writers from forking the chain.
 */
const APPEND_SCRIPT = `
local seq = tonumber(redis.call('HGET', KEYS[2], 'sequence') or '0')
if seq ~= tonumber(ARGV[1]) then return 0 end
for i = 4, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('HSET', KEYS[2], 'sequence', ARGV[2], 'hash', ARGV[3])
return 1
`;

interface PendingAppend {
  readonly input: AuditEntryInput;
  resolve(entry: AuditEntry): void;
  reject(error: unknown): void;
}

type AppendingRedis = Redis & {
  auditAppend(list: string, head: string, ...args: string[]): Promise<number>;
};

/** Most entries one script call appends. */
const BATCH = 500;
/** A batch that keeps losing the head to other writers gives up after this long. */
const APPEND_DEADLINE_MS = 5_000;

/**
 * A per-tenant, append-only, hash-chained audit log in Redis. In one process, appends of a tenant
 * queue behind each other and leave in batches (one script call each), so a burst of concurrent
 * mutations never races itself; across processes, the script's head check makes a writer that
 * lost the race rechain and retry until it lands. No connection is opened per append.
 */
export class AuditTrail {
  private readonly queues = new Map<string, PendingAppend[]>();
  private readonly redis: AppendingRedis;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    if (!('auditAppend' in redis))
      redis.defineCommand('auditAppend', { numberOfKeys: 2, lua: APPEND_SCRIPT });
    this.redis = redis as AppendingRedis;
  }

  private listKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'events');
  }

  private headKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'head');
  }

  /** Resolves once the entry is stored; rejects when it could not be (the caller decides what fails). */
  append(input: AuditEntryInput): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(input.tenantId);
      if (queue) {
        queue.push({ input, resolve, reject });
        return;
      }
      queue = [{ input, resolve, reject }];
      this.queues.set(input.tenantId, queue);
      void this.drain(input.tenantId, queue);
    });
  }

  private async drain(tenantId: string, queue: PendingAppend[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, BATCH);
      try {
        const entries = await this.appendBatch(
          tenantId,
          batch.map((p) => p.input),
        );
        batch.forEach((pending, i) => pending.resolve(entries[i] as AuditEntry));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.queues.delete(tenantId);
  }

  private async appendBatch(tenantId: string, inputs: readonly AuditEntryInput[]): Promise<AuditEntry[]> {
    const deadline = Date.now() + APPEND_DEADLINE_MS;
    const list = this.listKey(tenantId);
    const headKey = this.headKey(tenantId);
    for (let attempt = 0; ; attempt += 1) {
      const head = await this.redis.hmget(headKey, 'sequence', 'hash');
      const start = Number(head[0] ?? 0);
      let previousHash = head[1] ?? GENESIS;
      const occurredAt = new Date().toISOString();
      const entries = inputs.map((input, i) => {
        const base = { ...input, id: randomUUID(), sequence: start + i + 1, occurredAt, previousHash };
        const entry: AuditEntry = { ...base, hash: chainHash(base) };
        previousHash = entry.hash;
        return entry;
      });
      const landed = await this.redis.auditAppend(
        list,
        headKey,
        String(start),
        String(start + entries.length),
        previousHash,
        ...entries.map((e) => JSON.stringify(e)),
      );
      if (landed === 1) return entries;
      if (Date.now() > deadline) {
        throw new Error(`audit append: chain head kept moving for ${APPEND_DEADLINE_MS} ms`);
      }
      // Another process appended first: back off a little (jittered) and chain onto its head.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 + attempt * 5)));
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
