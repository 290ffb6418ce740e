// Worker thread of PlannerPool: holds the process's one query planner and plans operations off
// the event loop. Plans are plain data, so they cross back by structured clone.
import { parentPort, workerData } from 'node:worker_threads';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import { forApolloGateway } from '../supergraph.js';

export interface PlanRequest {
  readonly id: number;
  readonly query: string;
  readonly operationName: string | null;
}

export type PlanReply =
  { readonly id: number; readonly plan: unknown } | { readonly id: number; readonly error: string };

const supergraph = Supergraph.build(
  forApolloGateway((workerData as { supergraphSdl: string }).supergraphSdl),
);
const apiSchema = supergraph.apiSchema();
const planner = new QueryPlanner(supergraph);

parentPort?.postMessage({ ready: true });
parentPort?.on('message', (request: PlanRequest) => {
  let reply: PlanReply;
  try {
    const operation = operationFromDocument(apiSchema, parse(request.query), {
      operationName: request.operationName ?? undefined,
    });
    reply = { id: request.id, plan: planner.buildQueryPlan(operation) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
