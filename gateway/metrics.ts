import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The gateway's Prometheus metrics, served at GET /metrics. One registry per gateway instance. */
export class GatewayMetrics {
  readonly registry = new Registry();

  readonly operations = new Counter({
    name: 'gateway_operations_total',
    help: 'GraphQL operations by type, transport and outcome',
    labelNames: ['type', 'transport', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'gateway_operation_duration_seconds',
    help: 'Time from request to response, by operation type',
    labelNames: ['type', 'transport'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'gateway_errors_total',
    help: 'GraphQL errors sent to clients, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly subgraphFetches = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Gateway to subgraph fetches, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly rejected = new Counter({
    name: 'gateway_rejected_requests_total',
    help: 'Requests refused before execution, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly wsConnections = new Gauge({
    name: 'gateway_ws_connections',
    help: 'Open graphql-ws connections',
    registers: [this.registry],
  });

  readonly subscriptionsActive = new Gauge({
    name: 'gateway_subscriptions_active',
    help: 'Client subscriptions open',
    registers: [this.registry],
  });

  readonly upstreamSubscriptions = new Gauge({
    name: 'gateway_upstream_subscriptions_active',
    help: 'Subscriptions open to subgraphs (identical client operations share one)',
    registers: [this.registry],
  });

  readonly subscriptionDeliveries = new Counter({
    name: 'gateway_subscription_deliveries_total',
    help: 'Subscription results queued to clients',
    registers: [this.registry],
  });

  readonly subscriptionsEnded = new Counter({
    name: 'gateway_subscriptions_ended_total',
    help: 'Client subscriptions ended, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
  }
}
