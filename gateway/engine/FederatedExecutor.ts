import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import { Supergraph, type Schema } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { BoundedCache } from '../../lib/BoundedCache.js';
import type { GatewayContext } from '../SubgraphDataSource.js';
import { forApolloGateway } from '../supergraph.js';
import { PlannerPool } from './PlannerPool.js';

/** A planned operation: for subscriptions, the primary fetch and what runs for each event. */
export interface PlannedOperation {
  readonly queryPlan: QueryPlan;
  readonly operationContext: ReturnType<typeof buildOperationContext>;
  readonly subscription: { primary: FetchNode; rest: PlanNode | undefined } | null;
}

/** Service name of the in-memory source that replays one upstream event into a plan. */
export const EVENT_SOURCE = '__upstream_event__';

/**
 * The gateway's one execution engine, for HTTP and WebSocket alike: one supergraph, one query
 * planner, one plan cache per process. Plans with the federation query planner and executes plans
 * with @apollo/gateway's executor (executeQueryPlan, which also answers introspection).
 * @apollo/gateway plans subscriptions but will not run them; we run the primary over graphql-ws
 * ourselves and, per event, execute `Sequence[primary-as-replay, rest]` through the same executor,
 * so entity fields from other subgraphs resolve exactly as they do for queries (batched per event).
 */
export class FederatedExecutor {
  private readonly supergraph: Supergraph;
  private readonly apiSchema: Schema;
  private readonly supergraphSchema: GraphQLSchema;
  readonly schema: GraphQLSchema;
  private planner: PlannerPool | null = null;
  private readonly plans = new BoundedCache<string, PlannedOperation>(1_000);
  /** Plans being made: identical operations arriving together wait for one plan, not one each. */
  private readonly planning = new Map<string, Promise<PlannedOperation>>();

  constructor(
    private readonly supergraphSdl: string,
    /** Longest a query plan may take (it is made in a worker thread). @default 2000 */
    private readonly planBudgetMs = 2_000,
  ) {
    this.supergraph = Supergraph.build(forApolloGateway(supergraphSdl));
    this.apiSchema = this.supergraph.apiSchema();
    this.supergraphSchema = this.supergraph.schema.toGraphQLJSSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
  }

  /** Starts the planner worker now (it takes a few seconds to load); resolves when it is ready. */
  startPlanner(): Promise<void> {
    this.planner ??= new PlannerPool({ supergraphSdl: this.supergraphSdl, budgetMs: this.planBudgetMs });
    return this.planner.whenReady();
  }

  /** The plan of an operation: cached by text, else made by the planner worker within budget. */
  async plan(document: DocumentNode, query: string, operationName: string | null): Promise<PlannedOperation> {
    const key = `${operationName ?? ''}\n${query}`;
    const cached = this.plans.get(key);
    if (cached) return cached;
    let planning = this.planning.get(key);
    if (!planning) {
      planning = this.makePlan(key, document, query, operationName).finally(() => this.planning.delete(key));
      this.planning.set(key, planning);
    }
    return planning;
  }

  private async makePlan(
    key: string,
    document: DocumentNode,
    query: string,
    operationName: string | null,
  ): Promise<PlannedOperation> {
    this.planner ??= new PlannerPool({ supergraphSdl: this.supergraphSdl, budgetMs: this.planBudgetMs });
    const queryPlan = await this.planner.plan(query, operationName);
    const node = queryPlan.node;
    const planned: PlannedOperation = {
      queryPlan,
      operationContext: buildOperationContext({
        schema: this.schema,
        operationDocument: document,
        operationName: operationName ?? undefined,
      }),
      subscription: node?.kind === 'Subscription' ? { primary: node.primary, rest: node.rest } : null,
    };
    this.plans.set(key, planned);
    return planned;
  }

  async close(): Promise<void> {
    await this.planner?.close();
  }

  /** Runs a query or mutation plan. */
  execute(
    planned: PlannedOperation,
    services: ServiceMap,
    request: { query: string; operationName: string | null; variables: Record<string, unknown> | undefined },
    context: GatewayContext,
  ): Promise<GatewayExecutionResult> {
    return executeQueryPlan(
      planned.queryPlan,
      services,
      requestContext(request, context),
      planned.operationContext,
      this.supergraphSchema,
      this.apiSchema,
    );
  }

  /** Completes one upstream subscription event: the primary's payload, then the rest of the plan. */
  executeEvent(
    planned: PlannedOperation,
    services: ServiceMap,
    event: { data?: Record<string, unknown> | null; errors?: readonly unknown[] },
    request: { query: string; operationName: string | null; variables: Record<string, unknown> | undefined },
    context: GatewayContext,
  ): Promise<GatewayExecutionResult> {
    const subscription = planned.subscription;
    if (!subscription) throw new Error('not a subscription plan');
    const replay: FetchNode = { ...subscription.primary, serviceName: EVENT_SOURCE };
    const node: PlanNode = subscription.rest
      ? { kind: 'Sequence', nodes: [replay, subscription.rest] }
      : replay;
    const withEvent: ServiceMap = {
      ...services,
      [EVENT_SOURCE]: { process: async () => event as { data?: Record<string, unknown> | null } },
    };
    return executeQueryPlan(
      { kind: 'QueryPlan', node },
      withEvent,
      requestContext(request, context),
      planned.operationContext,
      this.supergraphSchema,
      this.apiSchema,
    );
  }
}

function requestContext(
  request: { query: string; operationName: string | null; variables: Record<string, unknown> | undefined },
  context: GatewayContext,
): GatewayGraphQLRequestContext<GatewayContext> {
  return {
    request: {
      query: request.query,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
    },
    context,
    metrics: {},
    logger: silentLogger,
  } as unknown as GatewayGraphQLRequestContext<GatewayContext>;
}

const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };
