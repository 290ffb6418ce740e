// Worker thread of PlannerPool: holds the process's one query planner and plans operations off
// the event loop. Plain JavaScript on purpose: it imports only installed packages, so the thread
// runs without the TypeScript loader (~20 MiB of RSS it would hold for nothing). The protocol
// (PlanRequest → PlanReply) is typed in PlannerPool.ts; plans are plain data (structured clone).
import { parentPort, workerData } from 'node:worker_threads';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';

if (!parentPort) throw new Error('planWorker.mjs runs as a worker thread of PlannerPool');
const port = parentPort;
/** Already in the form @apollo/federation-internals accepts (forApolloGateway). */
const supergraph = Supergraph.build(workerData.supergraphSdl);
const apiSchema = supergraph.apiSchema();
const planner = new QueryPlanner(supergraph);

port.postMessage({ ready: true });
port.on('message', (request) => {
  let reply;
  try {
    const operation = operationFromDocument(apiSchema, parse(request.query), {
      operationName: request.operationName ?? undefined,
    });
    reply = { id: request.id, plan: planner.buildQueryPlan(operation) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
