import type { RedisClient } from '../../../lib/redis.js';
import { decodeKeyset, encodeKeyset } from '../../../lib/cursors.js';
import { PlatformError } from '../../../lib/errors.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords } from '../../../lib/tenantRecords.js';
import type { FailureRecord } from './assertions.js';
import type { SyntheticCheckRecord } from './checks.js';

/** One run as kept in the check's history. */
export interface StoredResult {
  /** The history stream's entry id. */
  readonly id: string;
  /** When the run started (ISO). */
  readonly at: string;
  readonly success: boolean;
  readonly durationMs: number;
  readonly failures: readonly FailureRecord[];
  readonly errorCodes: readonly string[];
  /** Asked for by runSyntheticCheck (not by the schedule). */
  readonly manual: boolean;
}

/** A due check the scheduler took: its score was its planned run time (0: asked for now). */
export interface Claim {
  readonly tenantId: string;
  readonly checkId: string;
  readonly plannedAt: number;
  readonly manual: boolean;
}

/** Runs kept per check, newest; older ones are trimmed as new ones arrive. */
export const RESULTS_KEPT = 1_000;

/**
 * Takes up to ARGV[2] members due by ARGV[1] and holds them until ARGV[3] (so no other dispatch
 * takes them while they run, and a crashed run is taken again after the hold), with whether a
 * manual run was asked for. KEYS: due index, manual-run set. Returns member, score, manual flag…
 */
const CLAIM = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2]))
local out = {}
for i = 1, #due, 2 do
  redis.call('ZADD', KEYS[1], 'XX', ARGV[3], due[i])
  out[#out + 1] = due[i]
  out[#out + 1] = due[i + 1]
  out[#out + 1] = redis.call('SREM', KEYS[2], due[i])
end
return out
`;

type ClaimingRedis = RedisClient & {
  syntheticClaim(
    due: string,
    manual: string,
    now: string,
    limit: string,
    until: string,
  ): Promise<Array<string | number>>;
};

const member = (tenantId: string, checkId: string) => `${tenantId}\n${checkId}`;
const CURSOR_KIND = 'synthetic-results';

/**
 * Synthetic checks in Redis: the checks (tenant records), each check's run history (a stream of
 * the last RESULTS_KEPT runs, newest read first), and the monitor's due index (a sorted set of
 * `tenant\ncheckId` by next run time, one for the platform) with the set of manual run requests.
 */
export class SyntheticStore {
  readonly checks: TenantRecords<SyntheticCheckRecord>;
  private readonly redis: ClaimingRedis;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.redis = redis as ClaimingRedis;
    if (!('syntheticClaim' in redis)) redis.defineCommand('syntheticClaim', { numberOfKeys: 2, lua: CLAIM });
    this.checks = new TenantRecords<SyntheticCheckRecord>(redis, prefix, 'observability:synthetic-checks');
  }

  private get dueKey(): string {
    return `${this.prefix}observability:synthetic-due`;
  }

  /**
   * Named after the due index as its hash tag, so the claim script and the transactions that
   * touch both stay in one Redis Cluster slot (the due index keeps its name).
   */
  private get manualKey(): string {
    return `{${this.dueKey}}:manual`;
  }

  private resultsKey(tenantId: string, checkId: string): string {
    return tenantKey(this.prefix, tenantId, 'observability', 'synthetic-results', checkId);
  }

  /** The check runs next at `atMs` (the monitor picks it up within a second of that). */
  async schedule(tenantId: string, checkId: string, atMs: number): Promise<void> {
    await this.redis.zadd(this.dueKey, atMs, member(tenantId, checkId));
  }

  /** After a run: the next time, unless the check left the index meanwhile (deleted, disabled). */
  async reschedule(tenantId: string, checkId: string, atMs: number): Promise<void> {
    await this.redis.zadd(this.dueKey, 'XX', atMs, member(tenantId, checkId));
  }

  async unschedule(tenantId: string, checkId: string): Promise<void> {
    await this.redis
      .multi()
      .zrem(this.dueKey, member(tenantId, checkId))
      .srem(this.manualKey, member(tenantId, checkId))
      .exec();
  }

  async nextRunAt(tenantId: string, checkId: string): Promise<number | null> {
    const score = await this.redis.zscore(this.dueKey, member(tenantId, checkId));
    return score === null ? null : Number(score);
  }

  /** Asks the monitor to run the check at its next dispatch, even when disabled. */
  async requestRun(tenantId: string, checkId: string): Promise<void> {
    await this.redis
      .multi()
      .sadd(this.manualKey, member(tenantId, checkId))
      .zadd(this.dueKey, 0, member(tenantId, checkId))
      .exec();
  }

  /** Takes up to `limit` checks due by `now`, holding them until `holdUntil`. */
  async claim(now: number, limit: number, holdUntil: number): Promise<Claim[]> {
    const raw = await this.redis.syntheticClaim(
      this.dueKey,
      this.manualKey,
      String(now),
      String(limit),
      String(holdUntil),
    );
    const claims: Claim[] = [];
    for (let i = 0; i < raw.length; i += 3) {
      const text = String(raw[i]);
      const newline = text.indexOf('\n');
      claims.push({
        tenantId: text.slice(0, newline),
        checkId: text.slice(newline + 1),
        plannedAt: Number(raw[i + 1]),
        manual: Number(raw[i + 2]) === 1,
      });
    }
    return claims;
  }

  async append(tenantId: string, checkId: string, result: Omit<StoredResult, 'id'>): Promise<StoredResult> {
    const id = await this.redis.xadd(
      this.resultsKey(tenantId, checkId),
      'MAXLEN',
      String(RESULTS_KEPT),
      '*',
      'r',
      JSON.stringify(result),
    );
    return { ...result, id: id as string };
  }

  private static parse(entries: Array<[string, string[]]>): StoredResult[] {
    return entries.map(([id, fields]) => ({
      ...(JSON.parse(fields[1] as string) as Omit<StoredResult, 'id'>),
      id,
    }));
  }

  async last(tenantId: string, checkId: string): Promise<StoredResult | null> {
    const entries = await this.redis.xrevrange(this.resultsKey(tenantId, checkId), '+', '-', 'COUNT', 1);
    return SyntheticStore.parse(entries)[0] ?? null;
  }

  /** The id of the newest entry, or '0-0': later manual runs are the ones asked for after it. */
  async position(tenantId: string, checkId: string): Promise<string> {
    return (await this.last(tenantId, checkId))?.id ?? '0-0';
  }

  /** Manual runs recorded after `position`, oldest first. */
  async manualAfter(tenantId: string, checkId: string, position: string): Promise<StoredResult[]> {
    const entries = await this.redis.xrange(
      this.resultsKey(tenantId, checkId),
      `(${position}`,
      '+',
      'COUNT',
      20,
    );
    return SyntheticStore.parse(entries).filter((r) => r.manual);
  }

  /** Newest first; the cursor names the tenant and check (CURSOR_INVALID for another's). */
  async results(
    tenantId: string,
    checkId: string,
    first: number,
    after: string | null,
  ): Promise<{ items: StoredResult[]; cursors: string[]; hasNextPage: boolean }> {
    let end = '+';
    if (after) {
      const [owner, id] = decodeKeyset(CURSOR_KIND, tenantId, after, 2);
      if (owner !== checkId || !/^\d+-\d+$/.test(id as string))
        throw new PlatformError('CURSOR_INVALID', 'This cursor belongs to another check', { field: 'after' });
      end = `(${id}`;
    }
    const entries = await this.redis.xrevrange(
      this.resultsKey(tenantId, checkId),
      end,
      '-',
      'COUNT',
      first + 1,
    );
    const items = SyntheticStore.parse(entries.slice(0, first));
    return {
      items,
      cursors: items.map((r) => encodeKeyset(CURSOR_KIND, tenantId, [checkId, r.id])),
      hasNextPage: entries.length > first,
    };
  }

  async deleteResults(tenantId: string, checkId: string): Promise<void> {
    await this.redis.del(this.resultsKey(tenantId, checkId));
  }
}
