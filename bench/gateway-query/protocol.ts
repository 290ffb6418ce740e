import type { Principal } from '../../lib/principal.js';

/**
 * The gateways this bench compares, in the order it runs them. `ours` authenticates a JWT with
 * rate limiting off (the baseline); `ours-key` is ours again with an API key and rate and cost
 * limits counting (budgets too large to refuse): what key auth plus limits cost per request.
 * `ours-traced` / `ours-traced-10` are the baseline with OpenTelemetry on, exporting to a local
 * OTLP/HTTP receiver at 100 % and 10 % sampling: what tracing costs. `floor` is no gateway: the
 * subscription bench's bare `ws` fan-out (gateways.ts).
 */
export const GATEWAY_KINDS = ['ours', 'ours-key', 'ours-traced', 'ours-traced-10', 'apollo', 'hive'] as const;
export type GatewayKind = (typeof GATEWAY_KINDS)[number];
/** What a child process can serve: a gateway, or the subscription bench's fan-out floor. */
export type ChildKind = GatewayKind | 'floor';

/** What the child process serves. Secrets travel in its environment, never in messages. */
export interface GatewaySpec {
  kind: ChildKind;
  /** Subgraph name → GraphQL URL (the subgraphs run in the parent process). */
  subgraphUrls: Record<string, string>;
  /** Whom the peer gateways sign into `x-platform-principal` (ours derives it from the JWT). */
  principal: Principal;
}

/** Parent → child over the IPC channel. */
export type ParentMessage = { type: 'start'; spec: GatewaySpec } | { type: 'stop' };

/** Child → parent over the IPC channel. */
export type ChildMessage = { type: 'ready'; url: string } | { type: 'failed'; message: string };

export function isChildMessage(value: unknown): value is ChildMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const { type } = value as { type: unknown };
  return type === 'ready' || type === 'failed';
}

export function isParentMessage(value: unknown): value is ParentMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const { type } = value as { type: unknown };
  return type === 'start' || type === 'stop';
}
