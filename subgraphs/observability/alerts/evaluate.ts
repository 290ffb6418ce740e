import type { Logger } from '../../../lib/logger.js';
import type { MetricStore } from '../../../lib/metrics/MetricStore.js';
import type { TenantRecords } from '../../../lib/tenantRecords.js';
import {
  silencedBy,
  type AlertChange,
  type AlertRecord,
  type AlertStore,
  type SilenceRecord,
} from './AlertStore.js';
import { alertLabels, fingerprint, holds, render, withDefaults, type AlertRuleRecord } from './rules.js';

export interface EvaluationDeps {
  readonly rules: TenantRecords<AlertRuleRecord>;
  readonly alerts: AlertStore;
  readonly metrics: MetricStore;
  readonly logger: Logger;
  /** Where each rule's last evaluation (time, value) is kept, apart from the rule record. */
  recordEvaluations(
    tenantId: string,
    values: ReadonlyMap<string, { at: string; value: number | null }>,
  ): Promise<void>;
  /** Hands an applied transition to the notification channels (once: only its applier calls). */
  notify?(alert: AlertRecord, change: AlertChange): Promise<void>;
}

export interface TenantEvaluation {
  readonly rules: number;
  readonly transitions: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One evaluation of one tenant's rules at `now`, Prometheus-style: a condition that holds opens
 * a PENDING alert (FIRING at once when `for` is 0), which fires once it has held for `for`
 * seconds; a firing alert whose condition cleared resolves after `keepFiringFor`. Each
 * transition is one compare-and-set write (AlertStore.apply), so a transition is applied, and
 * notified, once however many monitors run.
 */
export async function evaluateTenant(
  deps: EvaluationDeps,
  tenantId: string,
  now: number,
): Promise<TenantEvaluation> {
  const [{ items }, open, silencePage] = await Promise.all([
    deps.rules.list(tenantId, 1000),
    deps.alerts.open(tenantId),
    deps.alerts.silences.list(tenantId, 500),
  ]);
  const silences: SilenceRecord[] = silencePage.items;
  const rules = items.map(withDefaults);
  const evaluations = new Map<string, { at: string; value: number | null }>();
  const seen = new Set<string>();
  let transitions = 0;
  // Every rule's window is read at once (the reads share the connection's pipeline); the state
  // steps then run in order.
  const enabled = rules.filter((rule) => rule.enabled);
  const values = await Promise.all(
    enabled.map((rule) =>
      deps.metrics
        .aggregate(tenantId, rule.metric, rule.labelFilter, rule.aggregation, rule.window, now)
        .catch((error: unknown) => {
          deps.logger.warn({ err: error, tenantId, ruleId: rule.id }, 'rule evaluation failed');
          return undefined;
        }),
    ),
  );
  for (const [i, rule] of enabled.entries()) {
    const labels = alertLabels(rule);
    const fp = fingerprint(rule.id, labels);
    seen.add(fp);
    const value = values[i];
    if (value === undefined) continue;
    evaluations.set(rule.id, { at: iso(now), value });
    const condition = value !== null && holds(rule.comparison, value, rule.threshold);
    const alert = open.get(fp) ?? null;
    const silenced = silencedBy(silences, labels, now);
    const changed = await step(deps.alerts, rule, alert, {
      condition,
      value,
      now,
      silenced,
      labels,
      fp,
      tenantId,
    });
    if (changed) {
      transitions += 1;
      await deps
        .notify?.(changed.alert, changed.change)
        .catch((error: unknown) =>
          deps.logger.warn({ err: error, tenantId, alertId: changed.alert.id }, 'notification not queued'),
        );
    }
  }
  // Alerts of rules deleted or disabled since: resolved, as Alertmanager resolves vanished ones.
  for (const [fp, alert] of open) {
    if (seen.has(fp) || alert.source !== 'RULE') continue;
    const resolved: AlertRecord = {
      ...alert,
      state: 'RESOLVED',
      endsAt: iso(now),
      note: 'rule removed or disabled',
    };
    const stored = await deps.alerts.apply(alert, resolved, 'resolved', { event: true });
    if (stored) {
      transitions += 1;
      await deps.notify?.(stored, 'resolved').catch(() => undefined);
    }
  }
  if (evaluations.size > 0) await deps.recordEvaluations(tenantId, evaluations);
  return { rules: rules.length, transitions };
}

interface Observation {
  readonly condition: boolean;
  readonly value: number | null;
  readonly now: number;
  readonly silenced: boolean;
  readonly labels: Record<string, string>;
  readonly fp: string;
  readonly tenantId: string;
}

type Step = { readonly alert: AlertRecord; readonly change: AlertChange } | null;

/** One rule's state machine step: the transition applied (not a mere value update), if any. */
async function step(
  store: AlertStore,
  rule: AlertRuleRecord,
  alert: AlertRecord | null,
  o: Observation,
): Promise<Step> {
  const applied = async (
    previous: AlertRecord | null,
    next: AlertRecord,
    change: AlertChange,
    event: boolean,
  ): Promise<Step> => {
    const stored = await store.apply(previous, next, change, { event });
    return stored ? { alert: stored, change } : null;
  };
  const at = iso(o.now);
  const summary = render(rule.summary, rule, o.value, o.labels);
  const description = rule.description ? render(rule.description, rule, o.value, o.labels) : null;
  if (!alert) {
    if (!o.condition) return null;
    const firing = rule.for === 0;
    const created = store.draft({
      tenantId: o.tenantId,
      fingerprint: o.fp,
      source: 'RULE',
      ruleId: rule.id,
      state: firing ? 'FIRING' : 'PENDING',
      severity: rule.severity,
      labels: o.labels,
      summary,
      description,
      value: o.value,
      startsAt: at,
      firedAt: firing ? at : null,
      endsAt: null,
      lastEvaluatedAt: at,
      acknowledgedAt: null,
      acknowledgedBy: null,
      note: null,
      silenced: o.silenced,
      clearedAt: null,
      channels: rule.channels,
    });
    return applied(null, created, firing ? 'firing' : 'pending', true);
  }
  const base = {
    ...alert,
    value: o.value,
    lastEvaluatedAt: at,
    silenced: o.silenced,
    summary,
    description,
    channels: rule.channels,
  };
  // A steady condition writes nothing: 10,000 firing alerts must not mean 10,000 writes a cycle.
  // (The rule's own last evaluation is recorded apart, once per tenant per cycle.)
  const update = async (next: AlertRecord) => {
    const same =
      next.value === alert.value &&
      next.silenced === alert.silenced &&
      next.clearedAt === alert.clearedAt &&
      next.summary === alert.summary &&
      (next.channels ?? []).join() === (alert.channels ?? []).join();
    if (!same) await store.apply(alert, next, 'updated', { event: false });
  };
  if (alert.state === 'PENDING') {
    if (!o.condition) {
      // Never fired: it ends quietly (subscribers see it; nothing is notified).
      return applied(alert, { ...base, state: 'RESOLVED', endsAt: at }, 'resolved', false);
    }
    if (o.now - Date.parse(alert.startsAt) >= rule.for * 1000)
      return applied(alert, { ...base, state: 'FIRING', firedAt: at }, 'firing', true);
    await update(base);
    return null;
  }
  // FIRING (acknowledged or not). A silence that ended while it fires: notified as firing now,
  // as Alertmanager does once the silence no longer matches.
  if (o.condition && alert.silenced && !o.silenced)
    return applied(alert, { ...base, clearedAt: null }, 'firing', true);
  if (o.condition) {
    await update({ ...base, clearedAt: null });
    return null;
  }
  const clearedAt = alert.clearedAt ?? at;
  if (o.now - Date.parse(clearedAt) >= rule.keepFiringFor * 1000)
    return applied(alert, { ...base, state: 'RESOLVED', endsAt: at, clearedAt }, 'resolved', true);
  await update({ ...base, clearedAt });
  return null;
}
