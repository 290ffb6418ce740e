import { decodeKeyset, encodeKeyset } from '../../../lib/cursors.js';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords } from '../../../lib/tenantRecords.js';
import { PlatformError } from '../../../lib/errors.js';
import { isFinal, type ExportJobRecord, type ExportStatus, type JobPatch } from './ExportJobRecord.js';
import { FinishedJobsIndex } from './FinishedJobsIndex.js';

// Check-and-set in one step: a cancel and a worker's completion can race, and exactly one must win.
// The new record is published on the job's channel in the same step, so watchers never miss a change.
const TRANSITION = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return nil end
local rec = cjson.decode(raw)
if ARGV[2] ~= '' and not string.find(',' .. ARGV[2] .. ',', ',' .. rec.status .. ',', 1, true) then
  return {0, raw}
end
for k, v in pairs(cjson.decode(ARGV[3])) do rec[k] = v end
rec.version = (tonumber(rec.version) or 0) + 1
local out = cjson.encode(rec)
redis.call('HSET', KEYS[1], ARGV[1], out)
redis.call('PUBLISH', KEYS[2], out)
return {1, out}
`;

export interface TransitionResult {
  applied: boolean;
  record: ExportJobRecord;
}

export interface JobFilter {
  status?: readonly string[] | null;
  type?: readonly string[] | null;
  format?: readonly string[] | null;
  packageId?: string | null;
  /** Exclusive bounds on creation time, ms. */
  createdAfter?: number | null;
  createdBefore?: number | null;
}

export interface JobPage {
  /** Each match with the cursor that continues right after it. */
  items: Array<{ record: ExportJobRecord; cursor: string }>;
  hasNextPage: boolean;
  /** Where the next page starts: the last item's cursor, or where a bounded scan stopped. */
  endCursor: string | null;
  totalCount: number | null;
}

const SCAN_PAGE = 200;
// A filtered page scans at most this many records, so a rare status cannot make a request unbounded.
const SCAN_LIMIT = 5_000;

/** Export job records: TenantRecords' layout plus atomic status transitions and change channels. */
export class JobStore {
  private readonly records: TenantRecords<ExportJobRecord>;
  /** Finished jobs of every tenant by completion time, for retention. */
  readonly finished: FinishedJobsIndex;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.records = new TenantRecords(redis, prefix, 'exports:jobs');
    this.finished = new FinishedJobsIndex(redis, prefix);
  }

  /** Channel on which every change of one job is published as its full JSON record. */
  channel(tenantId: string, id: string): string {
    return tenantKey(this.prefix, tenantId, 'exports:job', id);
  }

  create(record: ExportJobRecord): Promise<ExportJobRecord> {
    return this.records.put(record);
  }

  get(tenantId: string, id: string): Promise<ExportJobRecord | null> {
    return this.records.get(tenantId, id);
  }

  /** Deletes the record and its index entries (its file is the caller's: ExportJobRemover). */
  async remove(tenantId: string, id: string): Promise<void> {
    await this.records.delete(tenantId, id);
    await this.finished.remove({ tenantId, id });
  }

  /**
   * Applies `patch` if the job's status is one of `from` (any status when empty). Returns null
   * when the job does not exist in this tenant.
   */
  async transition(
    tenantId: string,
    id: string,
    from: readonly ExportStatus[],
    patch: JobPatch,
  ): Promise<TransitionResult | null> {
    const finishing = patch.status !== undefined && isFinal(patch.status);
    const change = finishing
      ? { ...patch, completedAt: patch.completedAt ?? new Date().toISOString() }
      : patch;
    if (finishing) {
      // Announced before the transition (see FinishedJobsIndex), and only when it can apply, so
      // cancels of unknown or finished jobs add nothing.
      const current = await this.records.get(tenantId, id);
      if (current && (from.length === 0 || from.includes(current.status))) {
        await this.finished.add({ tenantId, id }, Date.parse(change.completedAt as string));
      }
    }
    const result = (await this.redis.eval(
      TRANSITION,
      2,
      tenantKey(this.prefix, tenantId, 'exports:jobs'),
      this.channel(tenantId, id),
      id,
      from.join(','),
      JSON.stringify(change),
    )) as [number, string] | null;
    if (!result) return null;
    return { applied: result[0] === 1, record: JSON.parse(result[1]) as ExportJobRecord };
  }

  /**
   * Newest first, filtered; `after` is the cursor of the previous page. Cursors are positions in
   * the creation index (time, id), not offsets, so jobs created or deleted between two pages
   * neither repeat nor skip an item. Records `visible` refuses (expired) are skipped.
   */
  async list(
    tenantId: string,
    first: number,
    after: string | null,
    filter: JobFilter,
    visible: (record: ExportJobRecord) => boolean = () => true,
  ): Promise<JobPage> {
    const attributeFiltered = Boolean(
      filter.status?.length || filter.type?.length || filter.format?.length || filter.packageId,
    );
    const matches = (r: ExportJobRecord): boolean =>
      (!filter.status?.length || filter.status.includes(r.status)) &&
      (!filter.type?.length || filter.type.includes(r.type)) &&
      (!filter.format?.length || filter.format.includes(r.format)) &&
      (!filter.packageId || r.packageId === filter.packageId);
    const index = tenantKey(this.prefix, tenantId, 'exports:jobs', 'by-created');
    const min = filter.createdAfter != null ? `(${filter.createdAfter}` : '-inf';
    const upper = filter.createdBefore != null ? `(${filter.createdBefore}` : '+inf';
    // Scan state: members at or below `bound`, skipping the `skip` already seen at score `bound`.
    let bound = upper;
    let skip = 0;
    const position = after ? decodeCursor(tenantId, after) : null;
    if (position && (filter.createdBefore == null || position.score < filter.createdBefore)) {
      bound = String(position.score);
      skip = await this.seenAtScore(index, position);
    }
    const items: JobPage['items'] = [];
    let hasNextPage = false;
    let stoppedAt: string | null = null;
    let scanned = 0;
    scan: for (;;) {
      if (scanned >= SCAN_LIMIT) {
        hasNextPage = true;
        break;
      }
      // One more than the page: finding it is how hasNextPage is known without a count.
      const size = attributeFiltered ? SCAN_PAGE : first + 1 - items.length;
      const window = await this.redis.zrevrangebyscore(index, bound, min, 'WITHSCORES', 'LIMIT', skip, size);
      const ids = window.filter((_, i) => i % 2 === 0);
      const records = await this.records.getMany(tenantId, ids);
      for (const [i, record] of records.entries()) {
        const id = ids[i] as string;
        const score = Number(window[2 * i + 1]);
        if (record && visible(record) && matches(record)) {
          if (items.length === first) {
            hasNextPage = true;
            break scan;
          }
          items.push({ record, cursor: encodeCursor(tenantId, { score, id }) });
        }
        if (String(score) === bound) skip++;
        else [bound, skip] = [String(score), 1];
        scanned++;
        stoppedAt = encodeCursor(tenantId, { score, id });
      }
      if (ids.length < size) break;
    }
    const last = items[items.length - 1]?.cursor ?? null;
    return {
      items,
      hasNextPage,
      endCursor: hasNextPage && items.length < first ? stoppedAt : last,
      totalCount: attributeFiltered ? null : await this.redis.zcount(index, min, upper),
    };
  }

  /** Members at the cursor's score that come before it (ties are ordered by id, descending). */
  private async seenAtScore(index: string, position: JobCursor): Promise<number> {
    const tied = await this.redis.zrangebyscore(index, position.score, position.score);
    return tied.filter((id) => Buffer.compare(Buffer.from(id), Buffer.from(position.id)) >= 0).length;
  }
}

interface JobCursor {
  score: number;
  id: string;
}

/** The platform's keyset cursor (lib/cursors): a cursor of another tenant is CURSOR_INVALID. */
function encodeCursor(tenantId: string, position: JobCursor): string {
  return encodeKeyset('exports', tenantId, [String(position.score), position.id]);
}

function decodeCursor(tenantId: string, cursor: string): JobCursor {
  const [score, id] = decodeKeyset('exports', tenantId, cursor, 2);
  if (!/^\d{1,16}$/.test(score as string) || !/^[\w-]{0,64}$/.test(id as string))
    throw new PlatformError('CURSOR_INVALID', 'Not a cursor this API issued', { field: 'after' });
  return { score: Number(score), id: id as string };
}
