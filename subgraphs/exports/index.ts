import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { availableDestinations, createDestinations } from './destinations/createDestination.js';
import { retentionMs } from './jobs/ExportJobRecord.js';
import { ExportJobRemover } from './jobs/ExportJobRemover.js';
import { EXPORT_QUEUE, queueConnection, queuePrefix, type ExportQueueData } from './jobs/exportQueue.js';
import { JobStore } from './jobs/JobStore.js';
import { JobWatcher } from './jobs/JobWatcher.js';
import { createResolvers } from './resolvers.js';

/** The exports subgraph: the job API and live progress. Jobs run in the exports worker role. */
export function createExportsSubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const { config } = deps;
  const store = new JobStore(deps.redis, config.REDIS_KEY_PREFIX);
  const watcher = new JobWatcher(deps.redis, store, deps.logger);
  const connection = queueConnection(config, 'exports-queue');
  const queue = new Queue<ExportQueueData>(EXPORT_QUEUE, { connection, prefix: queuePrefix(config) });
  // deleteExport removes files here, so this process reaches the destinations too (shared EXPORTS_DIR).
  const fileDestinations = createDestinations(config);
  const resolvers = createResolvers({
    store,
    watcher,
    customQueryEnabled: config.EXPORTS_CUSTOM_QUERY_ENABLED,
    retentionMs: retentionMs(config),
    remover: new ExportJobRemover(store, (job) => fileDestinations.forJob(job)),
    destinations: availableDestinations(config),
    enqueue: async (data) => {
      await queue.add('export', data, {
        jobId: data.exportId,
        // The job record in Redis is the source of truth; BullMQ's copy only needs to outlive the run.
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 86_400 },
      });
    },
    dequeue: async (exportId) => {
      // Fails harmlessly when a worker holds the job: the worker sees CANCELLED and stops.
      await queue.remove(exportId).catch(() => 0);
    },
    newId: randomUUID,
    signing: {
      internalKey: config.INTERNAL_SIGNING_KEY,
      ttlSeconds: config.EXPORTS_URL_TTL_SECONDS,
      publicUrl: config.EXPORTS_PUBLIC_URL,
    },
  });
  return {
    name: 'exports',
    schema: buildFederatedSchema(readSchema(import.meta.url), resolvers),
    close: async () => {
      await watcher.close();
      await queue.close();
      await connection.quit().catch(() => undefined);
      fileDestinations.close();
    },
  };
}
