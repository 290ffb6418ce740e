// Sealed audit segments: a tenant's events older than the hot window, moved out of Redis into
// gzip JSON Lines files, each with the checkpoint that was current when it was sealed.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import type { SegmentStore } from './segmentStores/SegmentStore.js';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** One segment as the index names it. Positions are 0-based (sequence − 1), both ends included. */
export interface SegmentInfo {
  readonly file: string;
  readonly first: number;
  readonly last: number;
  /** occurredAt of its newest event: the segment is deleted once that is past retention. */
  readonly newestAt: string;
  /** Hex SHA-256 of the gzip file, as written. */
  readonly sha256: string;
}

/** A signed checkpoint as a segment carries it (checkpoints.ts `Checkpoint`, kept apart: no cycle). */
export interface SegmentCheckpoint {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly note: string;
  readonly keyId: string;
  readonly createdAt: string;
}

/** The first line of a segment file. */
export interface SegmentHeader {
  readonly tenantId: string;
  readonly first: number;
  readonly last: number;
  /** The tenant's latest signed checkpoint when the segment was sealed (covers every event in it). */
  readonly checkpoint: SegmentCheckpoint | null;
}

/** Segments one reading pass has decoded (file → texts). */
export type SegmentSession = Map<string, string[]>;

/** Decoded segments kept in memory: paging reads the same one many times in a row. */
const CACHED = 4;

/**
 * Segment files in a SegmentStore (a directory or an S3 bucket) and, per tenant, an index in Redis
 * (a sorted set by first position). Files are stored whole before the index names them, and the
 * trail trims Redis only after that, so every position below the trimmed mark is in a segment
 * until retention deletes it.
 */
export class AuditSegments {
  private readonly cache = new Map<string, string[]>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly store: SegmentStore,
  ) {}

  private indexKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'segments');
  }

  async list(tenantId: string): Promise<SegmentInfo[]> {
    const members = await this.redis.zrange(this.indexKey(tenantId), 0, -1);
    return members.map((m) => JSON.parse(m) as SegmentInfo);
  }

  /** Writes `texts` (positions first…) as one segment and indexes it. */
  async write(
    tenantId: string,
    first: number,
    texts: readonly string[],
    newestAt: string,
    checkpoint: SegmentCheckpoint | null,
  ): Promise<SegmentInfo> {
    const last = first + texts.length - 1;
    const header: SegmentHeader = { tenantId, first, last, checkpoint };
    const body = await gzipped(Buffer.from([JSON.stringify(header), ...texts].join('\n') + '\n', 'utf8'));
    const file = `${String(first).padStart(12, '0')}-${String(last).padStart(12, '0')}.jsonl.gz`;
    await this.store.put(tenantId, file, body);
    const info: SegmentInfo = {
      file,
      first,
      last,
      newestAt,
      sha256: createHash('sha256').update(body).digest('hex'),
    };
    await this.redis.zadd(this.indexKey(tenantId), first, JSON.stringify(info));
    return info;
  }

  /** The stored texts of positions [start, stop] that segments still hold, in order. */
  /**
   * With `session` (a map the caller keeps for one pass, verification's), each segment is read
   * from its file when the pass first reaches it, never from a copy made before the pass.
   */
  async read(tenantId: string, start: number, stop: number, session?: SegmentSession): Promise<string[]> {
    if (stop < start) return [];
    // Segments never overlap: the ones starting at or before `stop`, from the one holding `start`.
    const members = await this.redis.zrangebyscore(this.indexKey(tenantId), '-inf', stop);
    const out: string[] = [];
    for (const info of members.map((m) => JSON.parse(m) as SegmentInfo)) {
      if (info.last < start) continue;
      const texts = session
        ? await this.inSession(tenantId, info, session)
        : await this.texts(tenantId, info);
      const from = Math.max(start, info.first) - info.first;
      const to = Math.min(stop, info.last) - info.first;
      out.push(...texts.slice(from, to + 1));
    }
    return out;
  }

  /** A segment's header (its checkpoint) and texts, as stored. */
  async open(tenantId: string, info: SegmentInfo): Promise<{ header: SegmentHeader; texts: string[] }> {
    const body = await this.store.get(tenantId, info.file);
    if (!body) throw new Error(`audit segment ${this.store.location(tenantId, info.file)} is missing`);
    const lines = (await gunzipped(body)).toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    const [header, ...texts] = lines;
    return { header: JSON.parse(header ?? 'null') as SegmentHeader, texts };
  }

  private async inSession(tenantId: string, info: SegmentInfo, session: SegmentSession): Promise<string[]> {
    const known = session.get(info.file);
    if (known) return known;
    const { texts } = await this.open(tenantId, info);
    // A pass moves forward: only the segment it is in is kept.
    session.clear();
    session.set(info.file, texts);
    return texts;
  }

  private async texts(tenantId: string, info: SegmentInfo): Promise<string[]> {
    const key = `${tenantId}\n${info.file}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const { texts } = await this.open(tenantId, info);
    this.cache.set(key, texts);
    if (this.cache.size > CACHED) this.cache.delete(this.cache.keys().next().value as string);
    return texts;
  }

  /** Deletes a segment: its index entry first, so no reader looks for the file afterwards. */
  async remove(tenantId: string, info: SegmentInfo): Promise<void> {
    await this.redis.zrem(this.indexKey(tenantId), JSON.stringify(info));
    this.cache.delete(`${tenantId}\n${info.file}`);
    await this.store.delete(tenantId, info.file);
  }

  /** Releases the store's connections (S3). */
  close(): void {
    this.store.close();
  }
}
