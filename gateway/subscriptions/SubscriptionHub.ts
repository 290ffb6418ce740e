import type { Context } from '@opentelemetry/api';
import type { GraphQLFormattedError } from 'graphql';
import { PlatformError } from '../../lib/errors.js';
import { inSpan, linkTo, propagated, ROOT_CONTEXT, SpanKind } from '../../lib/telemetry/tracing.js';
import { operationAttributes } from '../engine/OperationRunner.js';
import type { GatewayMetrics } from '../metrics.js';
import type { PreparedOperation, RequestPipeline } from '../pipeline/RequestPipeline.js';
import { ClientQueue, type SubscriptionResult } from './ClientQueue.js';
import { renameServices } from '../engine/formatErrors.js';
import { EVENT_SOURCE, type FederatedExecutor, type PlannedOperation } from '../engine/FederatedExecutor.js';
import type { GatewayContext, Subgraphs } from '../engine/Subgraph.js';
import type { UpstreamEvent, UpstreamPool } from './UpstreamPool.js';

export interface SubscriptionHubOptions {
  planner: FederatedExecutor;
  pool: UpstreamPool;
  services: Subgraphs;
  pipeline: RequestPipeline;
  metrics: GatewayMetrics;
  queueSize: number;
  maxPerTenant: number;
  context: (prepared: PreparedOperation, traceContext?: Context) => GatewayContext;
}

/** One upstream subscription and its per-event plan execution, shared by identical client operations. */
class SharedSubscription {
  readonly clients = new Set<ClientQueue>();
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private release: (() => void) | null = null;

  constructor(
    private readonly hub: SubscriptionHubOptions,
    private readonly prepared: PreparedOperation,
    private readonly planned: PlannedOperation,
    private readonly onIdle: () => void,
  ) {}

  start(): void {
    const { primary } = this.planned.subscription as NonNullable<PlannedOperation['subscription']>;
    const variables = Object.fromEntries(
      (primary.variableUsages ?? [])
        .filter((name) => this.prepared.variables?.[name] !== undefined)
        .map((name) => [name, this.prepared.variables?.[name]]),
    );
    this.hub.metrics.upstreamSubscriptions.inc();
    this.release = this.hub.pool.subscribe(
      primary.serviceName,
      this.prepared.principal,
      { query: primary.operation, variables, operationName: primary.operationName },
      {
        next: (event) => this.enqueue(() => this.traced(event)),
        error: (error) => this.enqueue(async () => this.endAll(upstreamError(error, primary.serviceName))),
        complete: () => this.enqueue(async () => this.endAll()),
      },
    );
  }

  /**
   * Events complete in arrival order, each once for all clients. If completing them (entity
   * fetches) falls further behind than a client queue may, everyone is cut off rather than the
   * backlog growing without bound; they resume by cursor.
   */
  private enqueue(task: () => Promise<void>): void {
    if (this.pending >= this.hub.queueSize) {
      if (this.release) {
        this.endAll({
          message: 'Events arrive faster than they can be completed; resume with the last cursor',
          extensions: { code: 'SUBSCRIPTION_SLOW_CONSUMER' },
        });
      }
      return;
    }
    this.pending += 1;
    this.chain = this.chain
      .then(task)
      .catch((error: unknown) => {
        this.prepared.log.error({ err: error }, 'subscription event failed');
      })
      .finally(() => {
        this.pending -= 1;
      });
  }

  /** An event whose publish was traced is completed in a span linked to that publish. */
  private traced(event: UpstreamEvent): Promise<void> {
    const traceparent = event.extensions?.traceparent;
    if (typeof traceparent !== 'string') return this.deliver(event, undefined);
    return inSpan(
      `subscription ${this.prepared.operationName ?? 'anonymous'} event`,
      {
        kind: SpanKind.CONSUMER,
        links: linkTo(traceparent),
        parent: ROOT_CONTEXT,
        attributes: { ...operationAttributes(this.prepared), 'kg.clients': this.clients.size },
      },
      (span, spanContext) => this.deliver(event, propagated(span, spanContext)),
    );
  }

  private async deliver(event: UpstreamEvent, traceContext: Context | undefined): Promise<void> {
    if (this.clients.size === 0) return;
    const { prepared } = this;
    const subgraph = this.planned.subscription?.primary.serviceName ?? 'unknown';
    if (!event.data && event.errors?.length) {
      // The subgraph refused or ended the stream (e.g. CURSOR_EXPIRED): pass its error on and stop.
      this.endAll(upstreamError(event.errors, subgraph));
      return;
    }
    const executed = await this.hub.planner.executeEvent(
      this.planned,
      this.hub.services,
      event,
      { query: prepared.query, operationName: prepared.operationName, variables: prepared.variables },
      this.hub.context(prepared, traceContext),
    );
    const result: SubscriptionResult = this.hub.pipeline.complete(prepared, {
      data: executed.data,
      ...(executed.errors?.length
        ? { errors: renameServices(executed.errors, { [EVENT_SOURCE]: subgraph }) }
        : {}),
    });
    let delivered = 0;
    for (const client of this.clients) if (client.push(result)) delivered += 1;
    this.hub.metrics.subscriptionDeliveries.inc(delivered);
  }

  private endAll(error?: GraphQLFormattedError): void {
    for (const client of [...this.clients]) client.end(error);
    this.stop();
  }

  leave(client: ClientQueue): void {
    this.clients.delete(client);
    if (this.clients.size === 0) this.stop();
  }

  stop(): void {
    if (this.release) {
      this.release();
      this.release = null;
      this.hub.metrics.upstreamSubscriptions.dec();
    }
    this.onIdle();
  }
}

function upstreamError(error: unknown, subgraph: string): GraphQLFormattedError {
  // graphql-ws hands over the subgraph's GraphQL errors as an array; anything else is transport.
  const first = Array.isArray(error) ? (error[0] as GraphQLFormattedError | undefined) : undefined;
  if (first && typeof first.message === 'string') {
    return { message: first.message, extensions: { ...(first.extensions ?? {}), subgraph } };
  }
  return {
    message: `Subgraph "${subgraph}" is unavailable`,
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph },
  };
}

/**
 * Runs client subscriptions. Identical operations of the same principal (same document, operation
 * name and variables) share one upstream subscription and one plan execution per event; each
 * client then only costs its own bounded queue and socket write.
 */
export class SubscriptionHub {
  private readonly shared = new Map<string, SharedSubscription>();
  private readonly perTenant = new Map<string, number>();

  constructor(private readonly options: SubscriptionHubOptions) {}

  /** `planned` is the operation's plan (FederatedExecutor.plan, made before: planning is async). */
  subscribe(prepared: PreparedOperation, planned: PlannedOperation): ClientQueue {
    const tenantId = prepared.principal.tenantId;
    const count = this.perTenant.get(tenantId) ?? 0;
    if (count >= this.options.maxPerTenant) {
      throw new PlatformError(
        'SUBSCRIPTION_LIMIT_REACHED',
        `At most ${this.options.maxPerTenant} subscriptions per tenant`,
      );
    }
    if (!planned.subscription) throw new PlatformError('BAD_REQUEST', 'Not a subscription operation');
    const { principal } = prepared;
    const key = [
      principal.tenantId,
      principal.subject,
      principal.scopes.join(' '),
      prepared.operationName ?? '',
      prepared.query,
      JSON.stringify(prepared.variables ?? {}),
    ].join('\n');

    let shared = this.shared.get(key);
    const fresh = !shared;
    if (!shared) {
      const created: SharedSubscription = new SharedSubscription(this.options, prepared, planned, () => {
        if (this.shared.get(key) === created) this.shared.delete(key);
      });
      shared = created;
      this.shared.set(key, shared);
    }
    const owner = shared;
    this.perTenant.set(tenantId, count + 1);
    this.options.metrics.subscriptionsActive.inc();
    const client = new ClientQueue(this.options.queueSize, (reason) => {
      this.options.metrics.subscriptionsActive.dec();
      this.options.metrics.subscriptionsEnded.inc({ reason });
      const left = (this.perTenant.get(tenantId) ?? 1) - 1;
      if (left <= 0) this.perTenant.delete(tenantId);
      else this.perTenant.set(tenantId, left);
    });
    client.onLeave = () => owner.leave(client);
    owner.clients.add(client);
    if (fresh) owner.start();
    return client;
  }

  /** Distinct upstream subscriptions currently open. */
  get upstreamCount(): number {
    return this.shared.size;
  }
}
