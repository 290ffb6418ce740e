import type { RedisClient } from './redis.js';
import { decodeKeyset, encodeKeyset } from './cursors.js';

export interface KeysetScan<T> {
  readonly redis: RedisClient;
  /** The sorted set ordering the records (score: a time, member: the record's id). */
  readonly indexKey: string;
  /** Names the list in its cursors: a cursor of another list is CURSOR_INVALID. */
  readonly kind: string;
  /** The tenant (or view) the cursors belong to. */
  readonly owner: string;
  readonly first: number;
  readonly after: string | null;
  /** Score bounds (ZRANGE syntax: `(` makes one exclusive). @default -inf / +inf */
  readonly min?: string;
  readonly max?: string;
  /** The records of these ids (null for a vanished one), in order. */
  load(ids: readonly string[]): Promise<ReadonlyArray<T | null>>;
  matches(record: T): boolean;
  /** Batches of 200 read at most: the scan bound of one page. @default 25 (5,000 records) */
  readonly rounds?: number;
}

export interface KeysetResult<T> {
  readonly items: T[];
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  /**
   * Where the next page starts: after the last item, or, when the scan bound stopped the page,
   * after the last record examined (a sparse filter can always be walked further).
   */
  readonly endCursor: string | null;
}

/**
 * A filtered page, highest score first, with keyset cursors (score, id): records added meanwhile
 * never shift or repeat a page, unlike offsets. Equal scores come back by id descending, so a page
 * resumes after the cursor by skipping, at the cursor's score, every id not below the cursor's.
 * AlertStore, ErrorGroupStore and TenantRecords page with it.
 */
export async function scanKeyset<T>(scan: KeysetScan<T>): Promise<KeysetResult<T>> {
  let max = scan.max ?? '+inf';
  let afterId: string | null = null;
  if (scan.after) {
    const [score, id] = decodeKeyset(scan.kind, scan.owner, scan.after, 2);
    max = score as string;
    afterId = id as string;
  }
  const min = scan.min ?? '-inf';
  const rounds = scan.rounds ?? 25;
  const items: T[] = [];
  const cursors: string[] = [];
  let offset = 0;
  let hasNextPage = false;
  let lastScanned: string | null = null;
  for (let round = 0; round < rounds && !hasNextPage; round += 1) {
    const batch = await scan.redis.zrevrangebyscore(
      scan.indexKey,
      max,
      min,
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
      if (afterId !== null && batch[i + 1] === max && id >= afterId) continue;
      ids.push(id);
      scores.push(batch[i + 1] as string);
    }
    const records = ids.length > 0 ? await scan.load(ids) : [];
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i];
      const position = encodeKeyset(scan.kind, scan.owner, [scores[i] as string, ids[i] as string]);
      if (record && scan.matches(record)) {
        if (items.length === scan.first) {
          hasNextPage = true;
          break;
        }
        items.push(record);
        cursors.push(position);
      }
      lastScanned = position;
    }
    // Scanned as far as one page may, with more left: say so, from the last record examined.
    if (round === rounds - 1 && batch.length === 400 && !hasNextPage)
      return { items, cursors, hasNextPage: true, endCursor: lastScanned };
  }
  return { items, cursors, hasNextPage, endCursor: cursors.at(-1) ?? null };
}
