import type { Context } from '@opentelemetry/api';

// What the engine needs of a subgraph: the contract SubgraphDataSource implements.

/** Per-request values the gateway's data sources read. */
export interface GatewayContext {
  readonly signedPrincipal: string;
  readonly requestId: string;
  /** The operation's (or event's) span context: fetch spans are its children. */
  readonly traceContext?: Context;
}

/** One subgraph fetch as the plan states it. */
export interface SubgraphRequest {
  readonly query: string;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown>;
}

/** A subgraph's GraphQL answer (parsed JSON, unchecked: the executor merges into its objects). */
export interface SubgraphResponse {
  data?: Record<string, unknown> | null;
  errors?: readonly unknown[];
}

/** Where a plan's fetches go: one per subgraph name. */
export interface Subgraph {
  fetch(request: SubgraphRequest, context: GatewayContext): Promise<SubgraphResponse>;
}
export type Subgraphs = Readonly<Record<string, Subgraph>>;
