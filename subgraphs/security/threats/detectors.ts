import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { PLATFORM_TENANT } from '../../../lib/principal.js';
import { tenantKey } from '../../../lib/redis.js';
import type {
  ActivityEntry,
  ActivitySummary,
  AuthBlockReport,
  AuthFailureSummary,
} from '../../../lib/security/activity.js';
import { hourIn, type SecuritySettingsRecord } from '../settings.js';
import type { Detection } from './ThreatStore.js';

export interface DetectorOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly settings: (tenantId: string) => Promise<SecuritySettingsRecord>;
  /** Width of a baseline window, seconds. */
  readonly windowSeconds: number;
  /** Closed windows a principal needs before its baseline (and "new IP") counts. */
  readonly minWindows: number;
  /** Below these a window is never "far above" its baseline (noise floor). */
  readonly floors: {
    readonly requests: number;
    readonly recordsRead: number;
    readonly bytesDownloaded: number;
  };
}

/** Weight of the newest window in the moving baseline. */
const ALPHA = 0.3;
const SPRAY_WINDOW_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;
/** IPs and user agents remembered per principal; past it, nothing is "new" any more. */
const MAX_KNOWN = 1_000;
const STATE_TTL_SECONDS = 30 * 86_400;

type Metric = 'requests' | 'recordsRead' | 'bytesDownloaded';
const METRICS: readonly Metric[] = ['requests', 'recordsRead', 'bytesDownloaded'];

/** A window far above the principal's own baseline: what kind of threat each metric makes. */
const VOLUME: Record<Metric, Pick<Detection, 'type' | 'condition' | 'severity' | 'confidence'>> = {
  requests: { type: 'ANOMALOUS_BEHAVIOR', condition: 'request_rate', severity: 0.75, confidence: 0.7 },
  recordsRead: { type: 'DATA_EXFILTRATION', condition: 'read_volume', severity: 0.95, confidence: 0.8 },
  bytesDownloaded: {
    type: 'DATA_EXFILTRATION',
    condition: 'download_volume',
    severity: 0.95,
    confidence: 0.8,
  },
};

/**
 * The threat detectors (docs/SECURITY.md "Threat detection") over the activity stream: each
 * entry updates the state it concerns in Redis (a principal's moving baseline, known IPs and
 * user agents, recent exports; an IP's failing subjects) and yields the detections it crosses.
 * State is per tenant (hash-tagged) except password spraying, which is per client IP.
 */
export class Detectors {
  constructor(private readonly options: DetectorOptions) {}

  async process(entry: ActivityEntry): Promise<Detection[]> {
    switch (entry.kind) {
      case 'activity':
        return this.activity(entry);
      case 'auth_failures':
        return this.spray(entry);
      case 'auth_block':
        return [this.block(entry)];
    }
  }

  private key(tenantId: string, principal: string, what: string): string {
    return tenantKey(this.options.prefix, tenantId, 'security', 'baseline', what, principal);
  }

  private block(entry: AuthBlockReport): Detection {
    return {
      tenantId: entry.tenantId,
      tenantClaimed: entry.tenantId !== PLATFORM_TENANT,
      type: 'BRUTE_FORCE_ATTACK',
      condition: 'auth_failures',
      severity: 0.9,
      confidence: 0.9,
      principal: entry.credential ?? entry.ipRef,
      clientIp: entry.ip,
      evidence: {
        failures: entry.failures,
        blocked: entry.blocked,
        windowSeconds: entry.windowSeconds,
        blockedUntil: new Date(entry.until).toISOString(),
        userAgent: entry.userAgent,
        auditEventIds: entry.auditEventId ? [entry.auditEventId] : [],
        ...(entry.tenantId !== PLATFORM_TENANT ? { tenantClaimed: true } : {}),
      },
    };
  }

  /** ≥ threshold distinct subjects failing from one IP within 5 minutes. */
  private async spray(entry: AuthFailureSummary): Promise<Detection[]> {
    if (entry.credentials.length === 0) return [];
    const claimed = new Set(entry.credentials.map((c) => c.tenantId ?? PLATFORM_TENANT));
    // One tenant named by every credential: its trail and thresholds; otherwise the platform's.
    const tenantId = claimed.size === 1 ? ([...claimed][0] as string) : PLATFORM_TENANT;
    const settings = await this.options.settings(tenantId);
    // Keyed by the IP's reference: the address itself stays out of key names and threat principals.
    const key = `${this.options.prefix}security:spray:${entry.ipRef}`;
    const args: Array<string | number> = [];
    for (const { credential } of entry.credentials) args.push(entry.to, credential);
    const [, , [, distinct]] = (await this.options.redis
      .multi()
      .zadd(key, ...args)
      .zremrangebyscore(key, '-inf', entry.to - SPRAY_WINDOW_MS)
      .zcard(key)
      .pexpire(key, SPRAY_WINDOW_MS)
      .exec()) as [unknown, unknown, [null, number], unknown];
    if (distinct < settings.passwordSprayThreshold) return [];
    return [
      {
        tenantId,
        tenantClaimed: tenantId !== PLATFORM_TENANT,
        type: 'BRUTE_FORCE_ATTACK',
        condition: 'password_spray',
        severity: 0.9,
        confidence: 0.85,
        principal: entry.ipRef,
        clientIp: entry.ip,
        evidence: {
          distinctSubjects: distinct,
          threshold: settings.passwordSprayThreshold,
          windowSeconds: SPRAY_WINDOW_MS / 1000,
          failures: entry.failures,
          sample: entry.credentials.slice(0, 20).map((c) => c.credential),
          userAgent: entry.userAgent,
          auditEventIds: entry.auditEventIds ?? [],
          ...(tenantId !== PLATFORM_TENANT ? { tenantClaimed: true } : {}),
        },
      },
    ];
  }

  private async activity(entry: ActivitySummary): Promise<Detection[]> {
    const { redis } = this.options;
    const settings = await this.options.settings(entry.tenantId);
    const detections: Detection[] = [];
    const base = (
      detection: Pick<Detection, 'type' | 'condition' | 'severity' | 'confidence'>,
      evidence: Record<string, unknown>,
      clientIp: string | null = topKey(entry.ips),
    ): Detection => ({
      ...detection,
      tenantId: entry.tenantId,
      principal: entry.principal,
      clientIp,
      evidence,
    });

    const learned = await this.updateBaseline(entry, settings, (metric, current, baseline, windows) =>
      detections.push(
        base(VOLUME[metric], {
          metric,
          window: current,
          baseline: Math.round(baseline * 100) / 100,
          multiplier: settings.baselineMultiplier,
          floor: this.options.floors[metric],
          baselineWindows: windows,
          windowSeconds: this.options.windowSeconds,
        }),
      ),
    );

    for (const [what, values] of [
      ['ips', Object.keys(entry.ips)],
      ['user-agents', Object.keys(entry.userAgents)],
    ] as const) {
      const fresh = await this.remember(this.key(entry.tenantId, entry.principal, what), values);
      if (learned && fresh.length > 0) {
        detections.push(
          base(
            {
              type: 'ANOMALOUS_BEHAVIOR',
              condition: what === 'ips' ? 'new_ip' : 'new_user_agent',
              severity: 0.7,
              confidence: 0.6,
            },
            what === 'ips' ? { newIps: fresh } : { newUserAgents: fresh },
            what === 'ips' ? (fresh[0] ?? null) : topKey(entry.ips),
          ),
        );
      }
    }

    if (settings.detectOffHours && entry.requests > 0) {
      const hour = hourIn(settings.timeZone, entry.to);
      if (hour < settings.businessHoursStart || hour >= settings.businessHoursEnd) {
        detections.push(
          base(
            { type: 'ANOMALOUS_BEHAVIOR', condition: 'off_hours', severity: 0.7, confidence: 0.5 },
            {
              hour,
              timeZone: settings.timeZone,
              businessHours: `${settings.businessHoursStart}-${settings.businessHoursEnd}`,
              requests: entry.requests,
            },
          ),
        );
      }
    }

    if (entry.exportsCreated > 0) {
      const key = this.key(entry.tenantId, entry.principal, 'exports');
      const members: Array<string | number> = [];
      for (let i = 0; i < Math.min(entry.exportsCreated, 10_000); i += 1)
        members.push(entry.to, `${entry.to}:${randomUUID()}`);
      const [, , [, lastHour]] = (await redis
        .multi()
        .zadd(key, ...members)
        .zremrangebyscore(key, '-inf', entry.to - HOUR_MS)
        .zcard(key)
        .pexpire(key, HOUR_MS)
        .exec()) as [unknown, unknown, [null, number], unknown];
      if (lastHour >= settings.exportsPerHourThreshold) {
        detections.push(
          base(
            { type: 'DATA_EXFILTRATION', condition: 'export_volume', severity: 0.95, confidence: 0.9 },
            { exportsLastHour: lastHour, threshold: settings.exportsPerHourThreshold },
          ),
        );
      }
    }
    return detections;
  }

  /**
   * Folds the entry into the principal's current window; on a window boundary the closed window
   * (and any idle ones after it, as zeros) moves the baseline. Calls `far` for each metric the
   * current window has taken far above the baseline. Returns whether the baseline has learned.
   */
  private async updateBaseline(
    entry: ActivitySummary,
    settings: SecuritySettingsRecord,
    far: (metric: Metric, current: number, baseline: number, windows: number) => void,
  ): Promise<boolean> {
    const { redis, windowSeconds, minWindows, floors } = this.options;
    const key = this.key(entry.tenantId, entry.principal, 'volume');
    const raw = await redis.hgetall(key);
    const windowMs = windowSeconds * 1000;
    let start = Number(raw.start ?? entry.from);
    let windows = Number(raw.windows ?? 0);
    const current: Record<Metric, number> = { requests: 0, recordsRead: 0, bytesDownloaded: 0 };
    const baseline: Record<Metric, number> = { requests: 0, recordsRead: 0, bytesDownloaded: 0 };
    for (const m of METRICS) {
      current[m] = Number(raw[`cur:${m}`] ?? 0);
      baseline[m] = Number(raw[`base:${m}`] ?? 0);
    }
    const elapsed = Math.floor((entry.to - start) / windowMs);
    if (elapsed >= 1) {
      for (let i = 0; i < Math.min(elapsed, 50); i += 1) {
        for (const m of METRICS) {
          const closed = i === 0 ? current[m] : 0;
          baseline[m] = windows === 0 && i === 0 ? closed : ALPHA * closed + (1 - ALPHA) * baseline[m];
        }
        windows += 1;
      }
      start += elapsed * windowMs;
      for (const m of METRICS) current[m] = 0;
    }
    for (const m of METRICS) current[m] += entry[m];
    const learned = windows >= minWindows;
    if (learned) {
      for (const m of METRICS) {
        if (current[m] > floors[m] && current[m] > settings.baselineMultiplier * baseline[m])
          far(m, current[m], baseline[m], windows);
      }
    }
    const fields: Record<string, string> = { start: String(start), windows: String(windows) };
    for (const m of METRICS) {
      fields[`cur:${m}`] = String(current[m]);
      fields[`base:${m}`] = String(baseline[m]);
    }
    await redis.multi().hset(key, fields).expire(key, STATE_TTL_SECONDS).exec();
    return learned;
  }

  /** Adds `values` to a remembered set; returns those it did not hold before. */
  private async remember(key: string, values: readonly string[]): Promise<string[]> {
    if (values.length === 0) return [];
    const { redis } = this.options;
    const [known, size] = await Promise.all([redis.smismember(key, ...values), redis.scard(key)]);
    const fresh = values.filter((_, i) => known[i] === 0);
    if (fresh.length > 0 && size < MAX_KNOWN)
      await redis
        .multi()
        .sadd(key, ...fresh)
        .expire(key, STATE_TTL_SECONDS)
        .exec();
    return size < MAX_KNOWN ? fresh : [];
  }
}

function topKey(counts: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [key, n] of Object.entries(counts)) if (best === null || n > (counts[best] ?? 0)) best = key;
  return best;
}
