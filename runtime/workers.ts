import type { WorkerFactory } from '../lib/subgraphServer.js';

export type { RunningWorker, WorkerFactory } from '../lib/subgraphServer.js';

/**
 * Worker roles by name: `main.ts worker <name>` runs one; `main.ts all` (npm start) runs every
 * one in-process. Each worker lives in the subgraph that owns its data. Loaded on demand, so a
 * worker process holds only its own role's modules, not the gateway's or @neo4j/graphql's.
 */
export const WORKER_FACTORIES: Readonly<Record<string, WorkerFactory>> = {
  webhooks: async (deps) =>
    (await import('../subgraphs/integrations/webhookWorker.js')).startWebhookWorker(deps),
  monitor: async (deps) => (await import('../subgraphs/observability/monitor.js')).startMonitor(deps),
  security: async (deps) => (await import('../subgraphs/security/worker.js')).startSecurityWorker(deps),
  exports: async (deps) =>
    (await import('../subgraphs/exports/worker/createExportsWorker.js')).createExportsWorker(deps),
};
