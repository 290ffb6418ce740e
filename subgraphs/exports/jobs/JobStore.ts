import type { Redis } from 'ioredis';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords } from '../../../lib/tenantRecords.js';
import type { ExportJobRecord, ExportStatus, JobPatch } from './ExportJobRecord.js';

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
}

export interface JobPage {
  /** Each match with the cursor that continues right after it. */
  items: Array<{ record: ExportJobRecord; cursor: string }>;
  /** Index position to continue after; null at the end. */
  nextCursor: string | null;
  totalCount: number | null;
}

const SCAN_PAGE = 200;
// A filtered page scans at most this many records, so a rare status cannot make a request unbounded.
const SCAN_LIMIT = 5_000;

/** Export job records: TenantRecords' layout plus atomic status transitions and change channels. */
export class JobStore {
  private readonly records: TenantRecords<ExportJobRecord>;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.records = new TenantRecords(redis, prefix, 'exports:jobs');
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
    const result = (await this.redis.eval(
      TRANSITION,
      2,
      tenantKey(this.prefix, tenantId, 'exports:jobs'),
      this.channel(tenantId, id),
      id,
      from.join(','),
      JSON.stringify(patch),
    )) as [number, string] | null;
    if (!result) return null;
    return { applied: result[0] === 1, record: JSON.parse(result[1]) as ExportJobRecord };
  }

  /** Newest first, filtered; `after` is the cursor of the previous page. */
  async list(
    tenantId: string,
    first: number,
    after: string | null,
    filter: JobFilter | null,
  ): Promise<JobPage> {
    const matches = (r: ExportJobRecord): boolean =>
      (!filter?.status?.length || filter.status.includes(r.status)) &&
      (!filter?.type?.length || filter.type.includes(r.type)) &&
      (!filter?.format?.length || filter.format.includes(r.format));
    const filtered = Boolean(filter?.status?.length || filter?.type?.length || filter?.format?.length);
    const index = tenantKey(this.prefix, tenantId, 'exports:jobs', 'by-created');
    let offset = after ? decodeCursor(after) : 0;
    const items: JobPage['items'] = [];
    let scanned = 0;
    let exhausted = false;
    while (items.length < first && scanned < SCAN_LIMIT) {
      const size = filtered ? SCAN_PAGE : first - items.length;
      const ids = await this.redis.zrevrange(index, offset, offset + size - 1);
      const records = await this.records.getMany(tenantId, ids);
      for (const [i, record] of records.entries()) {
        if (record && matches(record)) items.push({ record, cursor: encodeCursor(offset + i + 1) });
        if (items.length === first) {
          offset += i + 1;
          scanned += i + 1;
          break;
        }
        if (i === records.length - 1) {
          offset += records.length;
          scanned += records.length;
        }
      }
      if (items.length === first) break;
      if (ids.length < size) {
        exhausted = true;
        break;
      }
    }
    const total = await this.redis.zcard(index);
    const more = !exhausted && offset < total;
    return {
      items,
      nextCursor: more ? encodeCursor(offset) : null,
      totalCount: filtered ? null : total,
    };
  }
}

function encodeCursor(position: number): string {
  return Buffer.from(String(position)).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const value = Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}
