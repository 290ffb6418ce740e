/**
 * The metrics alert rules and `Query.metrics` can see (docs/OBSERVABILITY.md). Tenant metrics are
 * recorded per tenant; platform metrics (process resources, dependencies, queues) once for the
 * platform and readable by every tenant, like a status page. Label values are bounded by
 * construction (operation types, error codes, catalogue event types, roles): never request or
 * object ids. The one id label, synthetic checks' `check`, is bounded by the 100 checks a tenant
 * may have.
 */
export type MetricKind = 'counter' | 'gauge' | 'histogram';
export type MetricScope = 'tenant' | 'platform';

export interface MetricDefinition {
  readonly name: string;
  readonly kind: MetricKind;
  readonly scope: MetricScope;
  readonly unit: string;
  readonly description: string;
  readonly labels: readonly string[];
  /** Gauges reported by several processes: added up (subscriptions) or the worst taken (memory). */
  readonly combine?: 'sum' | 'max';
}

const metric = (definition: MetricDefinition) => definition;

export const METRICS: readonly MetricDefinition[] = [
  metric({
    name: 'graphql_operations_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'operations',
    description: 'Operations executed for the tenant, by type and transport.',
    labels: ['operation_type', 'transport'],
  }),
  metric({
    name: 'graphql_errors_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'errors',
    description: 'Errors returned to the tenant, by extensions.code.',
    labels: ['code'],
  }),
  metric({
    name: 'graphql_operation_duration_ms',
    kind: 'histogram',
    scope: 'tenant',
    unit: 'ms',
    description: 'Gateway time per query or mutation.',
    labels: ['operation_type'],
  }),
  metric({
    name: 'webhook_deliveries_succeeded_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'deliveries',
    description: 'Webhook deliveries the endpoint accepted.',
    labels: [],
  }),
  metric({
    name: 'webhook_deliveries_failed_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'attempts',
    description: 'Webhook delivery attempts that failed (each retry counts).',
    labels: [],
  }),
  metric({
    name: 'webhook_endpoints_disabled_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'endpoints',
    description: 'Webhook endpoints disabled for failing or answering 410.',
    labels: [],
  }),
  metric({
    name: 'exports_completed_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'exports',
    description: 'Export jobs that completed.',
    labels: ['format'],
  }),
  metric({
    name: 'exports_failed_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'exports',
    description: 'Export jobs that failed.',
    labels: ['format'],
  }),
  metric({
    name: 'events_published_total',
    kind: 'counter',
    scope: 'tenant',
    unit: 'events',
    description: 'Platform events published, by catalogue type.',
    labels: ['type'],
  }),
  metric({
    name: 'subscriptions_open',
    kind: 'gauge',
    scope: 'tenant',
    unit: 'subscriptions',
    description: 'Subscriptions open on all gateways.',
    labels: [],
    combine: 'sum',
  }),
  metric({
    name: 'synthetic_check_success',
    kind: 'gauge',
    scope: 'tenant',
    unit: 'boolean',
    description: 'Whether a synthetic check’s last run in the bucket passed (1) or failed (0).',
    labels: ['check'],
  }),
  metric({
    name: 'synthetic_check_duration_ms',
    kind: 'gauge',
    scope: 'tenant',
    unit: 'ms',
    description:
      'How long a synthetic check’s last run in the bucket took (the round trip, for SUBSCRIPTION_ROUND_TRIP).',
    labels: ['check'],
  }),
  metric({
    name: 'process_memory_percent',
    kind: 'gauge',
    scope: 'platform',
    unit: 'percent',
    description: 'Resident memory of the busiest process of a role, as a share of its limit.',
    labels: ['role'],
    combine: 'max',
  }),
  metric({
    name: 'process_cpu_percent',
    kind: 'gauge',
    scope: 'platform',
    unit: 'percent',
    description: 'CPU of the busiest process of a role (100 = one core).',
    labels: ['role'],
    combine: 'max',
  }),
  metric({
    name: 'event_loop_delay_ms',
    kind: 'gauge',
    scope: 'platform',
    unit: 'ms',
    description: 'p99 event-loop delay of the slowest process of a role.',
    labels: ['role'],
    combine: 'max',
  }),
  metric({
    name: 'dependency_latency_ms',
    kind: 'gauge',
    scope: 'platform',
    unit: 'ms',
    description: 'Round trip to a dependency as the monitor measures it.',
    labels: ['dependency'],
    combine: 'max',
  }),
];

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

export function metricDefinition(name: string): MetricDefinition | undefined {
  return BY_NAME.get(name);
}

/** Upper bounds (ms) of histogram buckets; the last bucket is everything above. */
export const HISTOGRAM_BUCKETS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000] as const;
