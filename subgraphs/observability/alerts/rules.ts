import { createHash } from 'node:crypto';
import { PlatformError } from '../../../lib/errors.js';
import { aggregationFits, type Aggregation } from '../../../lib/metrics/MetricStore.js';
import { METRICS, metricDefinition } from '../../../lib/metrics/catalogue.js';
import type { TenantRecord } from '../../../lib/tenantRecords.js';
import type { AlertSeverity, Comparison, CreateAlertRuleInput, LabelInput } from '../generated/resolvers.js';

export type Labels = Record<string, string>;

export interface AlertRuleRecord extends TenantRecord {
  readonly name: string;
  readonly metric: string;
  readonly aggregation: Aggregation;
  readonly window: number;
  readonly labelFilter: Labels;
  readonly comparison: Comparison;
  readonly threshold: number;
  readonly for: number;
  readonly keepFiringFor: number;
  readonly severity: AlertSeverity;
  readonly labels: Labels;
  readonly summary: string;
  readonly description: string | null;
  readonly channels: readonly string[];
  readonly enabled: boolean;
  readonly createdBy: string;
  /** Absent on rules made before aggregation windows existed. */
  readonly lastEvaluatedAt?: string | null;
  readonly lastValue?: number | null;
}

export const SEVERITY_RANK: Record<AlertSeverity, number> = { INFO: 0, WARNING: 1, ERROR: 2, CRITICAL: 3 };

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,62}$/;
const DAY_SECONDS = 86_400;

function bad(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new PlatformError('BAD_USER_INPUT', message, { field, ...extra });
}

function labelsOf(field: string, input: readonly LabelInput[] | null | undefined): Labels {
  const labels: Labels = {};
  for (const { name, value } of input ?? []) {
    if (!LABEL_NAME.test(name)) bad(field, `${field}: label name "${name}" must match ${LABEL_NAME.source}`);
    if (value.length > 200) bad(field, `${field}: label values are at most 200 characters`);
    labels[name] = value;
  }
  if (Object.keys(labels).length > 20) bad(field, `${field}: at most 20 labels`);
  return labels;
}

function seconds(field: string, value: number | null | undefined, fallback: number, min: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > 7 * DAY_SECONDS)
    bad(field, `${field} must be a whole number of seconds from ${min} to ${7 * DAY_SECONDS}`);
  return n;
}

/** Checks a rule as given; BAD_USER_INPUT names the field (an unknown metric lists the catalogue). */
export function ruleFromInput(
  input: CreateAlertRuleInput,
  base: { id: string; tenantId: string; createdAt: string; createdBy: string },
  /** The metrics bucket width: no window is shorter. */
  resolutionSeconds = 60,
): AlertRuleRecord {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) bad('name', 'name must be 1 to 200 characters');
  const definition = metricDefinition(input.metric);
  if (!definition) {
    bad('metric', `metric "${input.metric}" is not in the catalogue (Query.metricCatalogue)`, {
      known: METRICS.map((m) => m.name),
    });
  }
  const aggregation = (input.aggregation ?? 'SUM') as Aggregation;
  if (!aggregationFits(definition.kind, aggregation))
    bad('aggregation', `${aggregation} does not apply to ${definition.kind} ${definition.name}`);
  if (!Number.isFinite(input.threshold)) bad('threshold', 'threshold must be a finite number');
  const labelFilter = labelsOf('labelFilter', input.labelFilter);
  for (const label of Object.keys(labelFilter))
    if (!definition.labels.includes(label))
      bad(
        'labelFilter',
        `${definition.name} has no label "${label}" (it has: ${definition.labels.join(', ') || 'none'})`,
      );
  const summary = (input.summary ?? `${name}: {{metric}} is {{value}} (threshold {{threshold}})`).trim();
  if (summary.length === 0 || summary.length > 500) bad('summary', 'summary must be 1 to 500 characters');
  if (input.description && input.description.length > 4000)
    bad('description', 'description is at most 4000 characters');
  const channels = [...new Set(input.channels ?? [])];
  if (channels.length > 10) bad('channels', 'at most 10 channels per rule');
  return {
    ...base,
    name,
    metric: definition.name,
    aggregation,
    window: seconds('window', input.window, Math.max(300, resolutionSeconds), resolutionSeconds),
    labelFilter,
    comparison: input.comparison,
    threshold: input.threshold,
    for: seconds('for', input.for, 0, 0),
    keepFiringFor: seconds('keepFiringFor', input.keepFiringFor, 0, 0),
    severity: input.severity ?? 'WARNING',
    labels: labelsOf('labels', input.labels),
    summary,
    description: input.description ?? null,
    channels,
    enabled: input.enabled ?? true,
    lastEvaluatedAt: null,
    lastValue: null,
  };
}

/** Rules stored before windows and severities existed read with today's defaults. */
export function withDefaults(record: AlertRuleRecord): AlertRuleRecord {
  return {
    ...record,
    aggregation: record.aggregation ?? 'SUM',
    window: record.window ?? 300,
    labelFilter: record.labelFilter ?? {},
    for: record.for ?? 0,
    keepFiringFor: record.keepFiringFor ?? 0,
    severity: record.severity ?? 'WARNING',
    labels: record.labels ?? {},
    summary: record.summary ?? `${record.name}: {{metric}} is {{value}}`,
    description: record.description ?? null,
    channels: record.channels ?? [],
  };
}

export function holds(comparison: Comparison, value: number, threshold: number): boolean {
  switch (comparison) {
    case 'GREATER_THAN':
      return value > threshold;
    case 'LESS_THAN':
      return value < threshold;
    case 'GREATER_OR_EQUAL':
      return value >= threshold;
    case 'LESS_OR_EQUAL':
      return value <= threshold;
    case 'EQUAL':
      return value === threshold;
    case 'NOT_EQUAL':
      return value !== threshold;
  }
}

/** The labels an alert of this rule carries: the rule's, plus its name and severity. */
export function alertLabels(rule: AlertRuleRecord): Labels {
  return { ...rule.labels, alertname: rule.name, severity: rule.severity };
}

/** SHA-256 over the rule and its sorted labels: one condition, one fingerprint. */
export function fingerprint(ruleId: string, labels: Labels): string {
  const text = [
    ruleId,
    ...Object.keys(labels)
      .sort()
      .map((k) => `${k}=${labels[k]}`),
  ].join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function formatValue(value: number | null): string {
  if (value === null) return 'no data';
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/\.?0+$/, '');
}

/** `{{value}}`, `{{threshold}}`, `{{metric}}`, `{{name}}`, `{{labels.x}}` filled in. */
export function render(
  template: string,
  rule: AlertRuleRecord,
  value: number | null,
  labels: Labels,
): string {
  return template.replace(/\{\{\s*([a-zA-Z_.]+)\s*\}\}/g, (whole, key: string) => {
    if (key === 'value') return formatValue(value);
    if (key === 'threshold') return formatValue(rule.threshold);
    if (key === 'metric') return rule.metric;
    if (key === 'name') return rule.name;
    if (key.startsWith('labels.')) return labels[key.slice(7)] ?? '';
    return whole;
  });
}
