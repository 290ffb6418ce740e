import type { SubgraphDeps } from '../lib/subgraphServer.js';
import { startWebhookWorker } from '../subgraphs/integrations/webhookWorker.js';
import { createExportsWorker } from '../subgraphs/exports/worker/createExportsWorker.js';

/** A background worker process role (webhook delivery, export jobs), scalable by count. */
export interface RunningWorker {
  readonly name: string;
  /** Stops taking work, lets in-flight work finish or hand back, closes resources. */
  close(): Promise<void>;
}

export type WorkerFactory = (deps: SubgraphDeps) => Promise<RunningWorker>;

/**
 * Worker roles by name: `main.ts worker <name>` runs one; `main.ts all` (npm start) runs every
 * one in-process. Each worker lives in the subgraph that owns its data.
 */
export const WORKER_FACTORIES: Readonly<Record<string, WorkerFactory>> = {
  webhooks: startWebhookWorker,
  exports: createExportsWorker,
};
