import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { scanKeyset } from '../../../lib/keysetScan.js';
import { eventStreamKey } from '../../../lib/events/EventLog.js';
import { validateEvent } from '../../../lib/events/validateEvent.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords, type TenantRecord } from '../../../lib/tenantRecords.js';
import type { AlertSeverity, AlertSource, AlertState } from '../generated/resolvers.js';
import type { Labels } from './rules.js';

export interface AlertRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly fingerprint: string;
  readonly source: AlertSource;
  readonly ruleId: string | null;
  readonly state: AlertState;
  readonly severity: AlertSeverity;
  readonly labels: Labels;
  readonly summary: string;
  readonly description: string | null;
  readonly value: number | null;
  readonly startsAt: string;
  readonly firedAt: string | null;
  readonly endsAt: string | null;
  readonly lastEvaluatedAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: string | null;
  readonly note: string | null;
  readonly silenced: boolean;
  /** When a firing alert's condition cleared, for keepFiringFor. */
  readonly clearedAt: string | null;
  /**
   * Notification channels, copied from the rule at each evaluation: a resolve still reaches the
   * channels that were paged after the rule is deleted. (Absent on alerts stored before.)
   */
  readonly channels?: readonly string[];
  /** Bumped by every write: writers compare-and-set on it, so no change is applied twice. */
  readonly version: number;
}

export interface SilenceRecord extends TenantRecord {
  readonly matchers: Labels;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly comment: string;
  readonly createdBy: string;
}

/** What a change tells subscribers and notification channels. */
export type AlertChange = 'pending' | 'firing' | 'acknowledged' | 'resolved' | 'updated';

/**
 * Writes one alert version, only if the stored version is the expected one (or, for a new alert,
 * if its fingerprint has no open alert): two monitors, or a monitor and a person acknowledging,
 * can never both apply a change. In the same step it announces the change on the tenant's alert
 * stream (Subscription.alerts) and, when notifying, appends the alert.* platform event to the
 * tenant's event stream, which webhooks deliver. KEYS: alerts, by-start, open, alert stream,
 * event stream (one tenant's, one slot). ARGV: id, expected version ('' = new), JSON, start ms,
 * fingerprint, '1' open / '0' closed, announcement, event ('' = none), stream retention.
 */
const APPLY_SCRIPT = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if ARGV[2] == '' then
  if current or redis.call('HEXISTS', KEYS[3], ARGV[5]) == 1 then return 0 end
else
  if not current or tostring(cjson.decode(current).version) ~= ARGV[2] then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
if ARGV[6] == '1' then redis.call('HSET', KEYS[3], ARGV[5], ARGV[1]) else redis.call('HDEL', KEYS[3], ARGV[5]) end
if ARGV[7] ~= '' then redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[9], '*', 'e', ARGV[7]) end
if ARGV[8] ~= '' then redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[9], '*', 'e', ARGV[8]) end
return 1
`;

type ApplyingRedis = RedisClient & { alertApply(numKeys: number, ...args: string[]): Promise<number> };

/** Rounds of 200 ids one `alerts` request examines at most. */
const SCAN_ROUNDS = 50;

export function alertStreamKey(prefix: string, tenantId: string): string {
  return tenantKey(prefix, tenantId, 'observability', 'alert-stream');
}

const PUBLISHER = 'system:monitor';

export class AlertStore {
  readonly silences: TenantRecords<SilenceRecord>;
  private readonly redis: ApplyingRedis;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    private readonly streamRetention: number,
  ) {
    this.redis = redis as ApplyingRedis;
    if (!('alertApply' in redis)) redis.defineCommand('alertApply', { lua: APPLY_SCRIPT });
    this.silences = new TenantRecords<SilenceRecord>(redis, prefix, 'observability:silences');
  }

  private key(tenantId: string, part: string): string {
    return tenantKey(this.prefix, tenantId, 'observability', part);
  }

  async get(tenantId: string, id: string): Promise<AlertRecord | null> {
    const raw = await this.redis.hget(this.key(tenantId, 'alerts'), id);
    return raw ? (JSON.parse(raw) as AlertRecord) : null;
  }

  /** The tenant's open (PENDING or FIRING) alerts by fingerprint. */
  async open(tenantId: string): Promise<Map<string, AlertRecord>> {
    const ids = Object.values(await this.redis.hgetall(this.key(tenantId, 'open')));
    if (ids.length === 0) return new Map();
    const raws = await this.redis.hmget(this.key(tenantId, 'alerts'), ...ids);
    const open = new Map<string, AlertRecord>();
    for (const raw of raws) {
      if (!raw) continue;
      const alert = JSON.parse(raw) as AlertRecord;
      open.set(alert.fingerprint, alert);
    }
    return open;
  }

  /** A fresh alert (version 1), for `create`. */
  draft(fields: Omit<AlertRecord, 'id' | 'version'>): AlertRecord {
    return { ...fields, id: randomUUID(), version: 1 };
  }

  /**
   * Applies `next` over `previous` (null: a new alert) and returns the stored version; null when
   * someone else changed the alert first (or a new alert's fingerprint is already open): re-read
   * and decide again.
   */
  async apply(
    previous: AlertRecord | null,
    next: AlertRecord,
    change: AlertChange,
    notify: { readonly event: boolean; readonly note?: string | null; readonly by?: string | null },
  ): Promise<AlertRecord | null> {
    const record: AlertRecord = previous ? { ...next, version: previous.version + 1 } : next;
    const now = new Date().toISOString();
    const announcement =
      change === 'updated'
        ? ''
        : JSON.stringify({
            id: randomUUID(),
            type: `alert.${change}`,
            tenantId: record.tenantId,
            occurredAt: now,
            data: record,
            publishedBy: PUBLISHER,
          });
    let event = '';
    if (notify.event && change !== 'updated' && change !== 'pending' && !record.silenced) {
      const data = {
        alertId: record.id,
        fingerprint: record.fingerprint,
        state: record.state,
        severity: record.severity,
        summary: record.summary,
        startsAt: record.startsAt,
        ...(record.ruleId ? { ruleId: record.ruleId } : {}),
        ...(record.value !== null ? { value: record.value } : {}),
        ...(record.endsAt ? { endsAt: record.endsAt } : {}),
        labels: record.labels,
        ...(notify.note ? { note: notify.note } : {}),
        ...(notify.by ? { by: notify.by } : {}),
      };
      const type = `alert.${change}`;
      validateEvent(type, data);
      event = JSON.stringify({
        id: randomUUID(),
        type,
        tenantId: record.tenantId,
        occurredAt: now,
        data,
        publishedBy: PUBLISHER,
      });
    }
    const open = record.state === 'PENDING' || record.state === 'FIRING';
    const applied = await this.redis.alertApply(
      5,
      this.key(record.tenantId, 'alerts'),
      this.key(record.tenantId, 'alerts-by-start'),
      this.key(record.tenantId, 'open'),
      alertStreamKey(this.prefix, record.tenantId),
      eventStreamKey(this.prefix, record.tenantId),
      record.id,
      previous ? String(previous.version) : '',
      JSON.stringify(record),
      String(Date.parse(record.startsAt)),
      record.fingerprint,
      open ? '1' : '0',
      announcement,
      event,
      String(this.streamRetention),
    );
    return applied === 1 ? record : null;
  }

  /** Newest first by startsAt; the cursor is the last alert's (startsAt, id). */
  async list(
    tenantId: string,
    filter: {
      states?: readonly AlertState[] | null;
      severities?: readonly AlertSeverity[] | null;
      ruleId?: string | null;
      from?: string | null;
      to?: string | null;
    },
    first: number,
    after: string | null,
  ): Promise<{ alerts: AlertRecord[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null }> {
    const page = await scanKeyset<AlertRecord>({
      redis: this.redis,
      indexKey: this.key(tenantId, 'alerts-by-start'),
      kind: 'alerts',
      owner: tenantId,
      first,
      after,
      min: filter.from ? String(Date.parse(filter.from)) : '-inf',
      max: filter.to ? `(${Date.parse(filter.to)}` : '+inf',
      rounds: SCAN_ROUNDS,
      load: async (ids) =>
        (await this.redis.hmget(this.key(tenantId, 'alerts'), ...ids)).map((raw) =>
          raw ? (JSON.parse(raw) as AlertRecord) : null,
        ),
      matches: (alert) =>
        (!filter.states?.length || filter.states.includes(alert.state)) &&
        (!filter.severities?.length || filter.severities.includes(alert.severity)) &&
        (!filter.ruleId || alert.ruleId === filter.ruleId),
    });
    return {
      alerts: page.items,
      cursors: page.cursors,
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor,
    };
  }
}

/** Every matcher equals one of the alert's labels, and the silence is in force now. */
export function silencedBy(silences: readonly SilenceRecord[], labels: Labels, now: number): boolean {
  return silences.some(
    (s) =>
      Date.parse(s.startsAt) <= now &&
      Date.parse(s.endsAt) > now &&
      Object.entries(s.matchers).every(([name, value]) => labels[name] === value),
  );
}
