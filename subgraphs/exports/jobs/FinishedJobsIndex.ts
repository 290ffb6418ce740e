import type { RedisClient } from '../../../lib/redis.js';

/** One job, across tenants. */
export interface JobRef {
  tenantId: string;
  id: string;
}

// Takes up to ARGV[3] entries due at ARGV[1] and pushes each to ARGV[2] in the same step: two
// sweepers never hold the same entry, and one that dies mid-way lets it come due again.
const CLAIM = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], 'XX', ARGV[2], member) end
return due
`;

/**
 * Every tenant's finished jobs in one sorted set scored by completion time (ms), so retention
 * finds expired jobs without visiting tenants. The set holds no tenant hash tag and is never
 * touched in the same script as a tenant's keys, which keeps both legal under Redis Cluster; an
 * entry is therefore written just before the transition it announces and may name a job that
 * did not finish (the sweeper checks the record and drops or re-dates the entry).
 */
export class FinishedJobsIndex {
  private readonly key: string;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.key = `${prefix}exports:finished`;
  }

  /** Records a completion; an earlier time already recorded for the job is kept (LT). */
  async add(ref: JobRef, completedAtMs: number): Promise<void> {
    await this.redis.zadd(this.key, 'LT', completedAtMs, member(ref));
  }

  /**
   * Claims up to `limit` entries scored at or before `dueScore` by moving them to `leaseScore`
   * (later than any sweeper's due score until the lease runs out). Returns the claimed jobs.
   */
  async claim(dueScore: number, leaseScore: number, limit: number): Promise<JobRef[]> {
    const members = (await this.redis.eval(CLAIM, 1, this.key, dueScore, leaseScore, limit)) as string[];
    const refs: JobRef[] = [];
    for (const raw of members) {
      const ref = parseMember(raw);
      if (ref) refs.push(ref);
      else await this.redis.zrem(this.key, raw);
    }
    return refs;
  }

  /** Re-dates an entry that is still there (XX: never resurrects one deleted meanwhile). */
  async reschedule(ref: JobRef, score: number): Promise<void> {
    await this.redis.zadd(this.key, 'XX', score, member(ref));
  }

  async remove(ref: JobRef): Promise<void> {
    await this.redis.zrem(this.key, member(ref));
  }

  /** The entry's score, or null without one (tests, diagnostics). */
  async scoreOf(ref: JobRef): Promise<number | null> {
    const score = await this.redis.zscore(this.key, member(ref));
    return score === null ? null : Number(score);
  }
}

function member(ref: JobRef): string {
  return JSON.stringify([ref.tenantId, ref.id]);
}

function parseMember(raw: string): JobRef | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { tenantId: value[0], id: value[1] };
    }
  } catch {
    // Not ours: dropped by the caller.
  }
  return null;
}
