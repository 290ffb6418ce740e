import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import { defineAuditScripts, type AppendingRedis } from './auditScripts.js';
import { chainHash, type AuditEntry, type ReadableEntry } from './entry.js';
import { nodesRead, type NodeSource } from './merkle.js';
import type { PersonalFields } from './personalFields.js';
import type { AuditSegments, SegmentSession } from './segments.js';

// The read side of a tenant's audit log (AuditTrail adds appending): its keys, ranges from Redis
// and segments, the Merkle tree's stored nodes, the chain check.

export const GENESIS = '0'.repeat(64);
const NODE_BYTES = 32;

export interface AuditReadOptions {
  /** Seals personal fields under subject keys (crypto-shredding); without it they stay in clear. */
  personal?: PersonalFields;
  /** Where events older than the hot window live once sealed; without it nothing was trimmed. */
  segments?: AuditSegments;
}

export class AuditTrailReader {
  /** Each tenant's trimmed mark as last seen: ranges are read assuming it, and checked (rawRange). */
  private readonly trimmedSeen = new Map<string, number>();
  protected readonly redis: AppendingRedis;

  constructor(
    redis: RedisClient,
    protected readonly prefix: string,
    protected readonly options: AuditReadOptions = {},
  ) {
    this.redis = defineAuditScripts(redis);
  }

  listKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'events');
  }

  protected headKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'head');
  }

  protected idsKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'ids');
  }

  levelKey(tenantId: string, level: number): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'tree', String(level));
  }

  /** Entries as readers see them: personal fields opened, or nulled and flagged once erased. */
  async readable(tenantId: string, entries: readonly AuditEntry[]): Promise<ReadableEntry[]> {
    const personal = this.options.personal;
    if (!personal) {
      if (entries.some((entry) => entry.personal))
        throw new Error('audit trail read without its personal-field keys');
      return entries.map((entry) => ({ entry, details: entry.details, personalDataErased: false }));
    }
    const opened = await personal.openMany(tenantId, entries);
    return entries.map((entry, i) => {
      const { details, erased } = opened[i] as { details: AuditEntry['details']; erased: boolean };
      return { entry, details, personalDataErased: erased };
    });
  }

  /** Events stored (in Redis and in segments): the position after the newest. */
  async count(tenantId: string): Promise<number> {
    const [length, trimmed] = await Promise.all([
      this.redis.llen(this.listKey(tenantId)),
      this.redis.hget(this.headKey(tenantId), 'trimmed'),
    ]);
    return length + Number(trimmed ?? 0);
  }

  /**
   * The first position still stored: positions before it were deleted past retention (their
   * leaves stay in the tree, so proofs of what remains still verify).
   */
  async firstPosition(tenantId: string): Promise<number> {
    return Number((await this.redis.hget(this.headKey(tenantId), 'deleted')) ?? 0);
  }

  /** How far the list was trimmed into segments, and how far retention deleted. */
  async marks(tenantId: string): Promise<{ trimmed: number; deleted: number }> {
    const [trimmed, deleted] = await this.redis.hmget(this.headKey(tenantId), 'trimmed', 'deleted');
    return { trimmed: Number(trimmed ?? 0), deleted: Number(deleted ?? 0) };
  }

  /** Tree size as the head records it (a truncated event list does not shrink it). */
  async headSize(tenantId: string): Promise<number> {
    return Number((await this.redis.hget(this.headKey(tenantId), 'sequence')) ?? 0);
  }

  /** Entries by position from the newest: offset 0 is the latest. */
  async newest(tenantId: string, offset: number, limit: number): Promise<AuditEntry[]> {
    const raws = await this.redis.lrange(this.listKey(tenantId), -(offset + limit), -(offset + 1));
    return raws.map((r) => JSON.parse(r) as AuditEntry).reverse();
  }

  /** Entries at positions [start, stop] (0-based, oldest first). */
  async range(tenantId: string, start: number, stop: number): Promise<AuditEntry[]> {
    return (await this.rawRange(tenantId, start, stop)).map((r) => JSON.parse(r) as AuditEntry);
  }

  /** The sequence of an event id, or null. */
  async sequenceOf(tenantId: string, id: string): Promise<number | null> {
    const value = await this.redis.hget(this.idsKey(tenantId), id);
    return value === null ? null : Number(value);
  }

  /**
   * Runs a Merkle computation (root, proof) over the stored tree: the nodes it reads are found
   * first, then fetched in one script call.
   */
  async withTree<T>(tenantId: string, compute: (source: NodeSource) => T): Promise<T> {
    const wanted = new Map<string, [number, number]>();
    for (const [level, index] of nodesRead(compute)) wanted.set(`${level}/${index}`, [level, index]);
    const levels = [...new Set([...wanted.values()].map(([level]) => level))];
    const args = [...wanted.values()].flatMap(([level, index]) => [
      String(levels.indexOf(level) + 1),
      String(index * NODE_BYTES),
    ]);
    const values =
      wanted.size === 0
        ? []
        : await this.redis.auditNodesV1Buffer(
            levels.length,
            ...levels.map((level) => this.levelKey(tenantId, level)),
            ...args,
          );
    const nodes = new Map<string, Buffer>();
    [...wanted.keys()].forEach((key, i) => {
      const node = values[i];
      if (!node || node.length !== NODE_BYTES) throw new Error(`audit tree node ${key} is missing`);
      nodes.set(key, node);
    });
    return compute({ node: (level, index) => nodes.get(`${level}/${index}`) as Buffer });
  }

  /** The stored leaf hashes (level 0) of positions [start, start + count). */
  async storedLeaves(tenantId: string, start: number, count: number): Promise<Buffer> {
    if (count <= 0) return Buffer.alloc(0);
    return this.redis.getrangeBuffer(
      this.levelKey(tenantId, 0),
      start * NODE_BYTES,
      (start + count) * NODE_BYTES - 1,
    );
  }

  /**
   * Stored texts at positions [start, stop], as written (verification hashes them as they are):
   * from segments below the trimmed mark, from Redis above it. Positions deleted past retention
   * are left out.
   */
  async rawRange(tenantId: string, start: number, stop: number, session?: SegmentSession): Promise<string[]> {
    if (stop < start) return [];
    // The list holds positions from the head's `trimmed` on. Read the range at the mark last seen
    // and the mark itself in one MULTI: if the mark moved, read again at the new one.
    let trimmed = this.trimmedSeen.get(tenantId) ?? 0;
    let hot: string[] = [];
    for (;;) {
      const from = Math.max(start - trimmed, 0);
      const to = stop - trimmed;
      const multi = this.redis.multi().hget(this.headKey(tenantId), 'trimmed');
      if (to >= 0) multi.lrange(this.listKey(tenantId), from, to);
      const results = (await multi.exec()) ?? [];
      for (const [error] of results) if (error) throw error;
      const mark = Number((results[0]?.[1] as string | null) ?? 0);
      this.trimmedSeen.set(tenantId, mark);
      if (mark === trimmed) {
        hot = to >= 0 ? ((results[1]?.[1] as string[] | undefined) ?? []) : [];
        break;
      }
      trimmed = mark;
    }
    if (start >= trimmed) return hot;
    if (!this.options.segments) throw new Error('audit trail trimmed, but read without its segments');
    const cold = await this.options.segments.read(tenantId, start, Math.min(stop, trimmed - 1), session);
    return [...cold, ...hot];
  }

  /** The stored texts oldest first, in pages (read fresh from segments), the next page prefetched. */
  async *rawTextPages(tenantId: string, pageSize = 1000): AsyncGenerator<string[]> {
    const [total, first] = await Promise.all([this.count(tenantId), this.firstPosition(tenantId)]);
    // Segments are read from their files as this pass reaches them (see AuditSegments.read).
    const session: SegmentSession = new Map();
    const read = (start: number) =>
      this.rawRange(tenantId, start, Math.min(start + pageSize, total) - 1, session);
    let next = total > first ? read(first) : null;
    for (let start = first; next; start += pageSize) {
      const texts = await next;
      next = start + pageSize < total ? read(start + pageSize) : null;
      yield texts;
    }
  }

  /**
   * The tenant's entries oldest first, in pages, up to the newest entry when called: entries
   * appended meanwhile are not read, so a reader always ends.
   */
  async *pages(tenantId: string, pageSize = 1000): AsyncGenerator<AuditEntry[]> {
    const [total, first] = await Promise.all([this.count(tenantId), this.firstPosition(tenantId)]);
    for (let start = first; start < total; start += pageSize) {
      const stop = Math.min(start + pageSize, total) - 1;
      yield await this.range(tenantId, start, stop);
    }
  }

  /** Recomputes the whole chain in pages; reports the first entry that does not match. */
  async verify(
    tenantId: string,
    pageSize = 1000,
  ): Promise<{ valid: boolean; checked: number; brokenAt: number | null }> {
    const first = await this.firstPosition(tenantId);
    // Past retention the chain starts at the first kept event: its link back cannot be checked.
    let previous: string | null = first === 0 ? GENESIS : null;
    let checked = 0;
    for await (const page of this.pages(tenantId, pageSize)) {
      for (const { hash, ...rest } of page) {
        checked += 1;
        const linked = previous === null || rest.previousHash === previous;
        if (!linked || chainHash(rest) !== hash || rest.sequence !== first + checked) {
          return { valid: false, checked, brokenAt: first + checked };
        }
        previous = hash;
      }
    }
    return { valid: true, checked, brokenAt: null };
  }
}
