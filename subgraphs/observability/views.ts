import type { AlertRecord, SilenceRecord } from './alerts/AlertStore.js';
import { withDefaults, type AlertRuleRecord, type Labels } from './alerts/rules.js';
import type { HealthTransition } from './health/health.js';
import type { ChannelRecord } from './notify/channels.js';
import type { Alert, AlertRule, Label, NotificationChannel, Silence } from './generated/resolvers.js';

/** An alert as resolvers return it: `rule` resolves from `ruleId` (null once the rule is deleted). */
export type AlertView = Omit<Alert, 'rule'> & { ruleId: string | null };

// Stored records → the API's types. Secrets never pass: a channel shows its target only.

export const toLabels = (labels: Labels): Label[] =>
  Object.keys(labels)
    .sort()
    .map((name) => ({ name, value: labels[name] as string }));

export function toRule(record: AlertRuleRecord, last?: { at: string; value: number | null }): AlertRule {
  const rule = withDefaults(record);
  return {
    id: rule.id,
    name: rule.name,
    metric: rule.metric,
    aggregation: rule.aggregation,
    window: rule.window,
    labelFilter: toLabels(rule.labelFilter),
    comparison: rule.comparison,
    threshold: rule.threshold,
    for: rule.for,
    keepFiringFor: rule.keepFiringFor,
    severity: rule.severity,
    labels: toLabels(rule.labels),
    summary: rule.summary,
    description: rule.description,
    channels: [...rule.channels],
    enabled: rule.enabled,
    createdAt: rule.createdAt,
    createdBy: { subject: rule.createdBy },
    lastEvaluatedAt: last?.at ?? null,
    lastValue: last?.value ?? null,
  };
}

export function toAlert(record: AlertRecord, cursor: string | null = null): AlertView {
  return {
    id: record.id,
    fingerprint: record.fingerprint,
    source: record.source,
    ruleId: record.ruleId,
    state: record.state,
    severity: record.severity,
    labels: toLabels(record.labels),
    summary: record.summary,
    description: record.description,
    value: record.value,
    startsAt: record.startsAt,
    firedAt: record.firedAt,
    endsAt: record.endsAt,
    lastEvaluatedAt: record.lastEvaluatedAt,
    acknowledgedAt: record.acknowledgedAt,
    acknowledgedBy: record.acknowledgedBy ? { subject: record.acknowledgedBy } : null,
    note: record.note,
    silenced: record.silenced,
    cursor,
  };
}

export function silenceStatus(record: SilenceRecord, now: number): string {
  if (Date.parse(record.endsAt) <= now) return 'EXPIRED';
  return Date.parse(record.startsAt) > now ? 'PENDING' : 'ACTIVE';
}

export function toSilence(record: SilenceRecord): Silence {
  return {
    id: record.id,
    matchers: toLabels(record.matchers),
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    comment: record.comment,
    createdBy: { subject: record.createdBy },
    createdAt: record.createdAt,
    status: silenceStatus(record, Date.now()),
  };
}

export function toChannel(record: ChannelRecord): NotificationChannel {
  return {
    id: record.id,
    name: record.name,
    type: record.type,
    target: record.target,
    createdAt: record.createdAt,
    createdBy: { subject: record.createdBy },
  };
}

export type HealthTransitionView = {
  component: string;
  status: HealthTransition['status'];
  previousStatus: HealthTransition['status'] | null;
  observedValue: number | null;
  reason: string;
  at: string;
  cursor: string | null;
};

export function toTransition(
  data: HealthTransition & { name?: string },
  cursor: string | null,
): HealthTransitionView {
  return {
    component: data.component,
    status: data.status,
    previousStatus: data.previousStatus ?? null,
    observedValue: data.observedValue ?? null,
    reason: data.reason,
    at: data.at,
    cursor,
  };
}
