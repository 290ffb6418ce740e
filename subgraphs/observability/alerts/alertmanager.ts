import { createHash } from 'node:crypto';
import { PlatformError } from '../../../lib/errors.js';
import type { AlertSeverity } from '../generated/resolvers.js';
import type { AlertChange, AlertRecord, AlertStore } from './AlertStore.js';
import type { Labels } from './rules.js';

/** One alert of Alertmanager's webhook payload (version "4"), or a platform alert signal. */
export interface ExternalAlert {
  readonly status: 'firing' | 'resolved';
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly fingerprint: string;
  /** Notification channels a new alert is paged to (a synthetic check's); none otherwise. */
  readonly channels?: readonly string[];
}

const SEVERITIES: Record<string, AlertSeverity> = {
  critical: 'CRITICAL',
  page: 'CRITICAL',
  error: 'ERROR',
  high: 'ERROR',
  warning: 'WARNING',
  warn: 'WARNING',
  info: 'INFO',
  none: 'INFO',
};
const MAX_ALERTS = 1000;

function bad(message: string): never {
  throw new PlatformError('BAD_USER_INPUT', message, { field: 'payload' });
}

function stringMap(value: unknown, what: string): Labels {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) bad(`${what} must be an object of strings`);
  const out: Labels = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') bad(`${what}.${k} must be a string`);
    out[k] = v.slice(0, 1000);
  }
  return out;
}

function time(value: unknown, what: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) bad(`${what} must be an RFC 3339 time`);
  // Alertmanager sends 0001-01-01T00:00:00Z for "no end".
  return ms <= 0 ? null : new Date(ms).toISOString();
}

/** Checks the payload's shape; BAD_USER_INPUT says what is wrong. */
export function parseAlertmanagerPayload(payload: unknown): ExternalAlert[] {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) bad('the payload must be an object');
  const body = payload as Record<string, unknown>;
  if (body.version !== '4') bad('only Alertmanager webhook payload version "4" is understood');
  if (!Array.isArray(body.alerts)) bad('alerts must be an array');
  if (body.alerts.length > MAX_ALERTS) bad(`at most ${MAX_ALERTS} alerts per payload`);
  return body.alerts.map((raw, i) => {
    if (!raw || typeof raw !== 'object') bad(`alerts[${i}] must be an object`);
    const alert = raw as Record<string, unknown>;
    if (alert.status !== 'firing' && alert.status !== 'resolved')
      bad(`alerts[${i}].status must be firing or resolved`);
    const labels = stringMap(alert.labels, `alerts[${i}].labels`);
    const fingerprint =
      typeof alert.fingerprint === 'string' && /^[0-9a-zA-Z]{1,64}$/.test(alert.fingerprint)
        ? alert.fingerprint
        : createHash('sha256')
            .update(
              Object.keys(labels)
                .sort()
                .map((k) => `${k}=${labels[k]}`)
                .join('\n'),
            )
            .digest('hex')
            .slice(0, 16);
    return {
      status: alert.status,
      labels,
      annotations: stringMap(alert.annotations, `alerts[${i}].annotations`),
      startsAt: time(alert.startsAt, `alerts[${i}].startsAt`) ?? new Date().toISOString(),
      endsAt: time(alert.endsAt, `alerts[${i}].endsAt`),
      fingerprint,
    };
  });
}

/**
 * Applies external alerts to the tenant's alerts: a firing one opens (FIRING) or refreshes the
 * open alert of its fingerprint, a resolved one resolves it. Repeats change nothing, as
 * Alertmanager re-sends firing groups every repeat interval.
 */
export async function ingestExternalAlerts(
  store: AlertStore,
  tenantId: string,
  alerts: readonly ExternalAlert[],
  notify: (alert: AlertRecord, change: AlertChange) => Promise<void>,
  /** EXTERNAL for Alertmanager; a subgraph's signals (lib/alertSignals) carry their own source. */
  source: Exclude<AlertRecord['source'], 'RULE'> = 'EXTERNAL',
): Promise<number> {
  const open = await store.open(tenantId);
  let changed = 0;
  for (const external of alerts) {
    const fingerprint = `${source === 'EXTERNAL' ? 'am' : source.toLowerCase()}-${external.fingerprint}`;
    const current = open.get(fingerprint) ?? null;
    const severity = SEVERITIES[(external.labels.severity ?? '').toLowerCase()] ?? 'WARNING';
    const summary = external.annotations.summary ?? external.labels.alertname ?? 'external alert';
    const now = new Date().toISOString();
    let stored: AlertRecord | null = null;
    let change: AlertChange = 'updated';
    if (external.status === 'firing' && !current) {
      change = 'firing';
      stored = await store.apply(
        null,
        store.draft({
          tenantId,
          fingerprint,
          source,
          ruleId: null,
          state: 'FIRING',
          severity,
          labels: external.labels,
          summary,
          description: external.annotations.description ?? null,
          value: null,
          startsAt: external.startsAt,
          firedAt: now,
          endsAt: null,
          lastEvaluatedAt: now,
          acknowledgedAt: null,
          acknowledgedBy: null,
          note: null,
          silenced: false,
          clearedAt: null,
          ...(external.channels?.length ? { channels: external.channels } : {}),
        }),
        change,
        { event: true },
      );
    } else if (external.status === 'resolved' && current) {
      change = 'resolved';
      stored = await store.apply(
        current,
        { ...current, state: 'RESOLVED', endsAt: external.endsAt ?? now, lastEvaluatedAt: now },
        change,
        { event: true },
      );
    }
    if (stored) {
      changed += 1;
      open.set(fingerprint, stored);
      await notify(stored, change);
    }
  }
  return changed;
}
