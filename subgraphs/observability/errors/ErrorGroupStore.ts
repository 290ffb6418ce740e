import type { RedisClient } from '../../../lib/redis.js';
import type { Config } from '../../../lib/config.js';
import { scanKeyset } from '../../../lib/keysetScan.js';
import type { ErrorLevel } from '../../../lib/errorTracking/ErrorReporter.js';
import { tenantKey } from '../../../lib/redis.js';
import type { ErrorGroupStatus } from '../generated/resolvers.js';
import { CLEAR_ALERTING_SCRIPT, DECIDE_SCRIPT, RECORD_SCRIPT } from './errorGroupScripts.js';

/**
 * One fingerprint in one view: a tenant's (what its requests and jobs caused) or the platform's
 * (PLATFORM_TENANT: everything, for operators). Times are epoch ms; maps hold counts.
 */
export interface ErrorGroupRecord {
  readonly fingerprint: string;
  readonly type: string;
  /** The most severe level it was captured at. */
  readonly level: ErrorLevel;
  /** The latest occurrence's message: the real one in the platform's view, the shown one in a tenant's. */
  readonly message: string;
  /** The platform's view only. */
  readonly normalizedMessage?: string;
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly count: number;
  /** Window start → occurrences. */
  readonly windows: Readonly<Record<string, number>>;
  readonly operations: Readonly<Record<string, number>>;
  readonly subgraphs: Readonly<Record<string, number>>;
  readonly status: ErrorGroupStatus;
  readonly resolvedAt?: number;
  readonly resolvedBy?: string;
  readonly regressedAt?: number;
  readonly ignoredUntil?: number;
  readonly ignoredRemaining?: number;
  /** 1 from the moment its threshold was crossed until its alert is resolved. */
  readonly alerting: 0 | 1;
  /** Bumped by every write: the sweep compares-and-sets on it. */
  readonly version: number;
}

/** An occurrence as a view keeps it: a tenant's holds no real message, frames or stack. */
export interface StoredOccurrence {
  readonly id: string;
  readonly at: number;
  readonly tenantId: string | null;
  readonly operation: string | null;
  readonly subgraph: string | null;
  readonly requestId: string | null;
  readonly type: string;
  readonly message: string;
  readonly normalizedMessage: string | null;
  readonly frames: readonly string[] | null;
  readonly stack: string | null;
  readonly count: number;
}

/** What one occurrence brings to one view. */
export interface ViewOccurrence {
  readonly fingerprint: string;
  readonly type: string;
  readonly level: ErrorLevel;
  readonly message: string;
  readonly normalizedMessage: string | null;
  readonly operation: string | null;
  readonly subgraph: string | null;
  readonly count: number;
  readonly at: number;
  readonly stored: StoredOccurrence;
}

export interface ErrorGroupFilter {
  readonly statuses?: readonly ErrorGroupStatus[] | null;
  readonly levels?: readonly ErrorLevel[] | null;
  readonly subgraph?: string | null;
  readonly operation?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface ErrorTrackingSettings {
  readonly windowMs: number;
  readonly thresholds: Readonly<Record<ErrorLevel, number>>;
  /** How long a group is kept after it was last seen. */
  readonly retentionMs: number;
}

export function errorTrackingSettings(config: Config): ErrorTrackingSettings {
  return {
    windowMs: config.ERROR_TRACKING_WINDOW_SECONDS * 1000,
    thresholds: {
      CRITICAL: config.ERROR_TRACKING_CRITICAL_THRESHOLD,
      HIGH: config.ERROR_TRACKING_HIGH_THRESHOLD,
      MEDIUM: config.ERROR_TRACKING_MEDIUM_THRESHOLD,
    },
    retentionMs: config.ERROR_TRACKING_RETENTION_DAYS * 86_400_000,
  };
}

/** Recent occurrences a group keeps. */
export const OCCURRENCES_KEPT = 50;
/** Windows a group keeps: one day's. */
const WINDOWS_SPAN_MS = 86_400_000;
/** Rounds of 200 groups one page examines at most. */
const SCAN_ROUNDS = 25;

type ScriptedRedis = RedisClient & {
  errorGroupRecord(...args: string[]): Promise<[number, string?]>;
  errorGroupDecide(...args: string[]): Promise<[string, number] | null>;
  errorGroupClearAlerting(...args: string[]): Promise<number>;
};

/** cjson writes an empty map as `{}` and an absent field as nothing: both read back as maps. */
function parse(raw: string): ErrorGroupRecord {
  const group = JSON.parse(raw) as ErrorGroupRecord;
  return {
    ...group,
    windows: group.windows ?? {},
    operations: group.operations ?? {},
    subgraphs: group.subgraphs ?? {},
  };
}

/** The status a reader sees: an ignore whose time has passed is over even before the next occurrence. */
export function effectiveStatus(group: ErrorGroupRecord, now: number): ErrorGroupStatus {
  if (group.status === 'IGNORED' && group.ignoredUntil !== undefined && group.ignoredUntil <= now)
    return 'UNRESOLVED';
  return group.status;
}

/** Occurrences in the sliding window ending now (the record script's estimate). */
export function windowEstimate(group: ErrorGroupRecord, windowMs: number, now: number): number {
  const start = now - (now % windowMs);
  const current = group.windows[String(start)] ?? 0;
  const previous = group.windows[String(start - windowMs)] ?? 0;
  return current + previous * (1 - (now - start) / windowMs);
}

/** Error groups per view in Redis: one hash of records and one sorted set by last seen per owner. */
export class ErrorGroupStore {
  private readonly redis: ScriptedRedis;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    readonly settings: ErrorTrackingSettings,
  ) {
    this.redis = redis as ScriptedRedis;
    if (!('errorGroupRecord' in redis)) {
      redis.defineCommand('errorGroupRecord', { numberOfKeys: 3, lua: RECORD_SCRIPT });
      redis.defineCommand('errorGroupDecide', { numberOfKeys: 1, lua: DECIDE_SCRIPT });
      redis.defineCommand('errorGroupClearAlerting', { numberOfKeys: 1, lua: CLEAR_ALERTING_SCRIPT });
    }
  }

  private key(owner: string, ...parts: string[]): string {
    return tenantKey(this.prefix, owner, 'observability', ...parts);
  }

  /** Views with a group whose alert is open or opening (`owner\nfingerprint`), for the sweep. */
  private get alertingKey(): string {
    return `${this.prefix}observability:error-alerting`;
  }

  /** Views that hold groups, for the retention trim. */
  private get ownersKey(): string {
    return `${this.prefix}observability:error-owners`;
  }

  async record(owner: string, o: ViewOccurrence): Promise<{ fired: ErrorGroupRecord | null }> {
    const { settings } = this;
    const [fire, encoded] = await this.redis.errorGroupRecord(
      this.key(owner, 'error-groups'),
      this.key(owner, 'error-groups-by-last-seen'),
      this.key(owner, 'error-occurrences', o.fingerprint),
      o.fingerprint,
      String(o.at),
      String(o.count),
      o.type,
      o.level,
      o.message,
      o.normalizedMessage ?? '',
      o.operation ?? '',
      o.subgraph ?? '',
      JSON.stringify(o.stored),
      String(settings.windowMs),
      String(Math.max(2, Math.ceil(WINDOWS_SPAN_MS / settings.windowMs))),
      String(settings.thresholds.CRITICAL),
      String(settings.thresholds.HIGH),
      String(settings.thresholds.MEDIUM),
      String(OCCURRENCES_KEPT),
      String(settings.retentionMs),
    );
    return { fired: fire === 1 && encoded ? parse(encoded) : null };
  }

  async get(owner: string, fingerprint: string): Promise<ErrorGroupRecord | null> {
    const raw = await this.redis.hget(this.key(owner, 'error-groups'), fingerprint);
    return raw ? parse(raw) : null;
  }

  async occurrences(owner: string, fingerprint: string, first: number): Promise<StoredOccurrence[]> {
    const raws = await this.redis.lrange(this.key(owner, 'error-occurrences', fingerprint), 0, first - 1);
    return raws.map((raw) => JSON.parse(raw) as StoredOccurrence);
  }

  /** Resolves or ignores a group; null when the view has no such group. */
  async decide(
    owner: string,
    fingerprint: string,
    decision:
      | { action: 'resolve'; by: string }
      | { action: 'ignore'; until: number | null; remaining: number | null },
    now: number,
  ): Promise<{ group: ErrorGroupRecord; wasAlerting: boolean } | null> {
    const result = await this.redis.errorGroupDecide(
      this.key(owner, 'error-groups'),
      fingerprint,
      decision.action,
      String(now),
      decision.action === 'resolve' ? decision.by : '',
      decision.action === 'ignore' && decision.until !== null ? String(decision.until) : '',
      decision.action === 'ignore' && decision.remaining !== null ? String(decision.remaining) : '',
    );
    return result ? { group: parse(result[0]), wasAlerting: result[1] === 1 } : null;
  }

  /** False when the group changed since `version` was read: decide again. */
  async clearAlerting(owner: string, fingerprint: string, version: number): Promise<boolean> {
    return (
      (await this.redis.errorGroupClearAlerting(
        this.key(owner, 'error-groups'),
        fingerprint,
        String(version),
      )) === 1
    );
  }

  async markAlerting(owner: string, fingerprint: string): Promise<void> {
    await this.redis.sadd(this.alertingKey, `${owner}\n${fingerprint}`);
  }

  async unmarkAlerting(owner: string, fingerprint: string): Promise<void> {
    await this.redis.srem(this.alertingKey, `${owner}\n${fingerprint}`);
  }

  async alerting(): Promise<Array<{ owner: string; fingerprint: string }>> {
    return (await this.redis.smembers(this.alertingKey)).map((member) => {
      const [owner = '', fingerprint = ''] = member.split('\n');
      return { owner, fingerprint };
    });
  }

  async addOwners(owners: readonly string[]): Promise<void> {
    if (owners.length > 0) await this.redis.sadd(this.ownersKey, ...owners);
  }

  /** Forgets every view's groups last seen before `cutoff`; returns how many went. */
  async trim(cutoff: number): Promise<number> {
    let removed = 0;
    for (const owner of await this.redis.smembers(this.ownersKey)) {
      const index = this.key(owner, 'error-groups-by-last-seen');
      const old = await this.redis.zrangebyscore(index, '-inf', `(${cutoff}`, 'LIMIT', 0, 1000);
      if (old.length > 0) {
        const pipeline = this.redis
          .pipeline()
          .hdel(this.key(owner, 'error-groups'), ...old)
          .zrem(index, ...old);
        for (const fingerprint of old) pipeline.del(this.key(owner, 'error-occurrences', fingerprint));
        await pipeline.exec();
        removed += old.length;
      }
      if ((await this.redis.zcard(index)) === 0) await this.redis.srem(this.ownersKey, owner);
    }
    return removed;
  }

  /** Last seen first; the cursor is the last group's (lastSeen, fingerprint). */
  async list(
    owner: string,
    filter: ErrorGroupFilter,
    first: number,
    after: string | null,
    now: number,
  ): Promise<{
    groups: ErrorGroupRecord[];
    cursors: string[];
    hasNextPage: boolean;
    endCursor: string | null;
  }> {
    const page = await scanKeyset<ErrorGroupRecord>({
      redis: this.redis,
      indexKey: this.key(owner, 'error-groups-by-last-seen'),
      kind: 'error-groups',
      owner,
      first,
      after,
      min: filter.from ? String(Date.parse(filter.from)) : '-inf',
      max: filter.to ? `(${Date.parse(filter.to)}` : '+inf',
      rounds: SCAN_ROUNDS,
      load: async (ids) =>
        (await this.redis.hmget(this.key(owner, 'error-groups'), ...ids)).map((raw) =>
          raw ? parse(raw) : null,
        ),
      matches: (group) =>
        (!filter.statuses?.length || filter.statuses.includes(effectiveStatus(group, now))) &&
        (!filter.levels?.length || filter.levels.includes(group.level)) &&
        (!filter.subgraph || group.subgraphs[filter.subgraph] !== undefined) &&
        (!filter.operation || group.operations[filter.operation] !== undefined),
    });
    return {
      groups: page.items,
      cursors: page.cursors,
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor,
    };
  }
}
