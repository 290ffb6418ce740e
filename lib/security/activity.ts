import type { RedisClient } from '../redis.js';
import type { Logger } from '../logger.js';
import { StreamBatch } from '../streamBatch.js';

/** Key of the platform's activity stream: what the gateway and the exports subgraph report, the security worker reads. */
export function activityStreamKey(prefix: string): string {
  return `${prefix}security:activity`;
}

/** One principal's activity between two flushes of one process (counts, not requests). */
export interface ActivitySummary {
  readonly kind: 'activity';
  readonly tenantId: string;
  /** `apikey:<id>` or a token subject. */
  readonly principal: string;
  readonly from: number;
  readonly to: number;
  readonly requests: number;
  /** Client IP → requests (at most 20 distinct per flush). */
  readonly ips: Record<string, number>;
  /** User agent → requests (at most 20 distinct per flush). */
  readonly userAgents: Record<string, number>;
  /** Objects returned by knowledge reads. */
  readonly recordsRead: number;
  readonly exportsCreated: number;
  readonly bytesDownloaded: number;
}

/** Failed authentications from one client IP between two flushes. */
export interface AuthFailureSummary {
  readonly kind: 'auth_failures';
  readonly ip: string;
  /** The IP's reference (lib/security/clientIpReference.ts): what the detectors key state and threats by. */
  readonly ipRef: string;
  readonly from: number;
  readonly to: number;
  readonly failures: number;
  /** Credentials that failed (`key:<prefix>`, `jwt:<sub>`), with the tenant each claimed. */
  readonly credentials: ReadonlyArray<{ readonly credential: string; readonly tenantId: string | null }>;
  readonly userAgent: string | null;
  /** Audit records of the failures (`login_failed`), at most 50: the detections' evidence. */
  readonly auditEventIds: readonly string[];
}

/** The gateway blocked an IP or a credential (brute force). */
export interface AuthBlockReport {
  readonly kind: 'auth_block';
  readonly tenantId: string;
  readonly blocked: string;
  readonly credential: string | null;
  readonly ip: string;
  /** The IP's reference (lib/security/clientIpReference.ts). */
  readonly ipRef: string;
  readonly userAgent: string | null;
  readonly failures: number;
  readonly windowSeconds: number;
  readonly until: number;
  readonly at: number;
  /** The block's audit record (`security_violation`), when it was written. */
  readonly auditEventId: string | null;
}

export type ActivityEntry = ActivitySummary | AuthFailureSummary | AuthBlockReport;

export interface ActivityUse {
  readonly tenantId: string;
  readonly principal: string;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
  readonly requests?: number;
  readonly recordsRead?: number;
  readonly exportsCreated?: number;
  readonly bytesDownloaded?: number;
}

const MAX_DISTINCT = 20;
/** Principals summarised per flush; beyond it, the flush happens early. */
const MAX_PRINCIPALS = 5_000;

function bump(map: Map<string, number>, raw: string | null | undefined, by: number): void {
  if (!raw) return;
  const key = raw.length > 300 ? raw.slice(0, 300) : raw;
  const count = map.get(key);
  if (count !== undefined) map.set(key, count + by);
  else if (map.size < MAX_DISTINCT) map.set(key, by);
}

/** A summary being gathered: counts by IP and user agent in Maps until it is sent. */
type Gathering = { -readonly [K in keyof ActivitySummary]: ActivitySummary[K] } & {
  byIp: Map<string, number>;
  byAgent: Map<string, number>;
};

/**
 * Coalesces what callers do into one summary per principal per flush and appends the summaries
 * to a bounded platform stream: the threat detectors read it (subgraphs/security/worker.ts), the
 * hot path pays a map update, never a Redis round trip per request.
 */
export class ActivityReporter {
  private activity = new Map<string, Gathering>();
  private failures = new Map<string, { -readonly [K in keyof AuthFailureSummary]: AuthFailureSummary[K] }>();
  private pending: ActivityEntry[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly batch: StreamBatch;

  constructor(
    private readonly options: {
      redis: RedisClient;
      prefix: string;
      logger: Logger;
      /** @default 5000 */
      flushMs: number;
      /** Entries kept in the stream (approximate trim). @default 100000 */
      retention?: number;
    },
  ) {
    this.batch = new StreamBatch({
      redis: options.redis,
      key: activityStreamKey(options.prefix),
      field: 'a',
      retention: options.retention ?? 100_000,
      logger: options.logger,
      lost: 'activity report failed',
    });
    this.timer = setInterval(() => void this.flush(), options.flushMs);
    this.timer.unref();
  }

  use(use: ActivityUse, now = Date.now()): void {
    const key = `${use.tenantId}\n${use.principal}`;
    let summary = this.activity.get(key);
    if (!summary) {
      if (this.activity.size >= MAX_PRINCIPALS) void this.flush();
      summary = {
        kind: 'activity',
        tenantId: use.tenantId,
        principal: use.principal,
        from: now,
        to: now,
        requests: 0,
        ips: {},
        userAgents: {},
        recordsRead: 0,
        exportsCreated: 0,
        bytesDownloaded: 0,
        byIp: new Map(),
        byAgent: new Map(),
      };
      this.activity.set(key, summary);
    }
    const requests = use.requests ?? 0;
    summary.to = now;
    summary.requests += requests;
    if (requests > 0) {
      bump(summary.byIp, use.ip, requests);
      bump(summary.byAgent, use.userAgent, requests);
    }
    summary.recordsRead += use.recordsRead ?? 0;
    summary.exportsCreated += use.exportsCreated ?? 0;
    summary.bytesDownloaded += use.bytesDownloaded ?? 0;
  }

  authFailure(
    failure: {
      ip: string;
      ipRef: string;
      credential: string | null;
      tenantId: string | null;
      userAgent: string | null;
      auditEventId: string | null;
    },
    now = Date.now(),
  ): void {
    let summary = this.failures.get(failure.ip);
    if (!summary) {
      summary = {
        kind: 'auth_failures',
        ip: failure.ip,
        ipRef: failure.ipRef,
        from: now,
        to: now,
        failures: 0,
        credentials: [],
        userAgent: failure.userAgent,
        auditEventIds: [],
      };
      this.failures.set(failure.ip, summary);
    }
    summary.to = now;
    summary.failures += 1;
    const audited = summary.auditEventIds as string[];
    if (failure.auditEventId && audited.length < 50) audited.push(failure.auditEventId);
    const credentials = summary.credentials as Array<AuthFailureSummary['credentials'][number]>;
    if (
      failure.credential &&
      credentials.length < 200 &&
      !credentials.some((c) => c.credential === failure.credential)
    )
      credentials.push({ credential: failure.credential, tenantId: failure.tenantId });
  }

  /** Blocks are rare and urgent: they go out with the next flush, whatever else is pending. */
  authBlock(block: Omit<AuthBlockReport, 'kind'>): void {
    this.pending.push({ kind: 'auth_block', ...block });
  }

  async flush(): Promise<void> {
    if (this.batch.pending) return this.batch.pending;
    const entries: ActivityEntry[] = [
      ...this.pending,
      ...this.failures.values(),
      ...[...this.activity.values()].map(({ byIp, byAgent, ...summary }): ActivitySummary => ({
        ...summary,
        ips: Object.fromEntries(byIp),
        userAgents: Object.fromEntries(byAgent),
      })),
    ];
    this.pending = [];
    this.failures = new Map();
    this.activity = new Map();
    // Lost summaries weaken detection for one window; requests are never held up for it.
    return this.batch.send(entries);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.batch.pending;
    await this.flush();
  }
}
