import { Supergraph } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import type { DocumentNode, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { BoundedCache } from '../../lib/BoundedCache.js';
import { forApolloGateway } from '../supergraph.js';
import { PlanExecutor } from './PlanExecutor.js';
import type { GatewayContext, Subgraphs, SubgraphResponse } from './Subgraph.js';
import { PlannerPool } from './PlannerPool.js';
import { ResponseShaper, type CompletionError } from './ResponseShaper.js';
import type { ErrorCode } from '../../lib/errors.js';

/** A planned operation: for subscriptions, the primary fetch and what runs for each event. */
export interface PlannedOperation {
  readonly queryPlan: QueryPlan;
  /** Projects the merged fetches onto the client's operation (compiled once per operation). */
  readonly shaper: ResponseShaper;
  readonly subscription: { primary: FetchNode; rest: PlanNode | undefined } | null;
}

/** An executed query, mutation or subscription event. */
export interface ExecutedOperation {
  readonly data: Record<string, unknown> | null;
  /** The subgraphs' errors, at their paths in the client's response; undefined when none. */
  readonly errors: GraphQLFormattedError[] | undefined;
  /** Objects in `data`, the root included. */
  readonly objects: number;
}

interface OperationRequest {
  readonly query: string;
  readonly operationName: string | null;
  readonly variables: Record<string, unknown> | undefined;
}

/** Service name of the in-memory source that replays one upstream event into a plan. */
export const EVENT_SOURCE = '__upstream_event__';

/**
 * The gateway's one execution engine, for HTTP and WebSocket alike: one supergraph, one query
 * planner, one plan cache per process. Plans with the federation query planner (in a worker
 * thread), runs plans with PlanExecutor and shapes the answer with ResponseShaper (which also
 * answers introspection). Subscriptions: we run the primary over graphql-ws ourselves and, per
 * event, execute `Sequence[primary-as-replay, rest]` through the same executor, so entity fields
 * from other subgraphs resolve exactly as they do for queries (batched per event).
 */
export class FederatedExecutor {
  readonly schema: GraphQLSchema;
  private readonly executor: PlanExecutor;
  private planner: PlannerPool | null = null;
  private readonly plans = new BoundedCache<string, PlannedOperation>(1_000);
  /** Plans being made: identical operations arriving together wait for one plan, not one each. */
  private readonly planning = new Map<string, Promise<PlannedOperation>>();

  constructor(
    private readonly supergraphSdl: string,
    /** Longest a query plan may take (it is made in a worker thread). @default 2000 */
    private readonly planBudgetMs = 2_000,
  ) {
    const supergraph = Supergraph.build(forApolloGateway(supergraphSdl));
    this.schema = supergraph.apiSchema().toGraphQLJSSchema();
    this.executor = new PlanExecutor(supergraph.schema.toGraphQLJSSchema());
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
      shaper: new ResponseShaper(this.schema, document, operationName),
      subscription: node?.kind === 'Subscription' ? { primary: node.primary, rest: node.rest } : null,
    };
    this.plans.set(key, planned);
    return planned;
  }

  async close(): Promise<void> {
    await this.planner?.close();
  }

  /** Runs a query or mutation plan. */
  async execute(
    planned: PlannedOperation,
    subgraphs: Subgraphs,
    request: OperationRequest,
    context: GatewayContext,
  ): Promise<ExecutedOperation> {
    const node = planned.queryPlan.node;
    if (node?.kind === 'Subscription') throw new Error('a subscription plan runs per event (executeEvent)');
    return this.run(planned, node, subgraphs, request, context);
  }

  /** Completes one upstream subscription event: the primary's payload, then the rest of the plan. */
  executeEvent(
    planned: PlannedOperation,
    subgraphs: Subgraphs,
    event: SubgraphResponse,
    request: OperationRequest,
    context: GatewayContext,
  ): Promise<ExecutedOperation> {
    const subscription = planned.subscription;
    if (!subscription) throw new Error('not a subscription plan');
    const replay: FetchNode = { ...subscription.primary, serviceName: EVENT_SOURCE };
    const node: PlanNode = subscription.rest
      ? { kind: 'Sequence', nodes: [replay, subscription.rest] }
      : replay;
    const withEvent: Subgraphs = { ...subgraphs, [EVENT_SOURCE]: { fetch: () => Promise.resolve(event) } };
    return this.run(planned, node, withEvent, request, context);
  }

  private async run(
    planned: PlannedOperation,
    node: PlanNode | undefined,
    subgraphs: Subgraphs,
    request: OperationRequest,
    context: GatewayContext,
  ): Promise<ExecutedOperation> {
    const variables = request.variables ?? {};
    const conditions = planned.shaper.variablesWithDefaults(request.variables);
    const merged = await this.executor.execute(node, subgraphs, variables, conditions, context);
    const shaped = planned.shaper.shape(merged.data, request.variables);
    const invalid =
      merged.errors.length === 0 && shaped.completionErrors.length > 0
        ? shaped.completionErrors
            // A response whose data is null carries the error that made it so.
            .filter((e) => !e.nullForNonNull || shaped.data === null)
            .map(invalidResponse)
        : [];
    return {
      data: shaped.data,
      errors: merged.errors.length > 0 ? merged.errors : invalid.length > 0 ? invalid : undefined,
      objects: shaped.objects,
    };
  }
}

/**
 * A value a subgraph answered that the schema forbids (wrong scalar or enum, a list for an
 * object, an unknown `__typename`), nulled at `path`. Sent only when no subgraph reported an
 * error: a null after a subgraph's error is that error's consequence, and the error already says
 * why (@apollo/gateway puts all of these in extensions.valueCompletion, which clients ignore).
 * A null for a non-null field is not sent unless it nulls the whole `data`: with no error it is
 * an entity its subgraph no longer has, and its nullable parent being null is the answer (a job
 * whose package was deleted).
 */
function invalidResponse(error: CompletionError): GraphQLFormattedError {
  return {
    message: error.message,
    path: [...error.path],
    extensions: { code: 'SUBGRAPH_INVALID_RESPONSE' satisfies ErrorCode },
  };
}
