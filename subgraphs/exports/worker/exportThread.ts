/**
 * Entry of the thread one export job runs in (see runExportInThread). It gets its own Neo4j driver
 * and destinations, streams the export, and reports progress and the outcome as messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AuditTrail } from '../../../lib/auditTrail.js';
import { createNeo4jDriver } from '../../../lib/neo4j.js';
import { createRedis } from '../../../lib/redis.js';
import { createDestinations } from '../destinations/createDestination.js';
import { abortError } from './outcomes.js';
import { runExport } from './runExport.js';
import {
  toThreadFailure,
  type ExportThreadInput,
  type ThreadCommand,
  type ThreadReport,
} from './threadProtocol.js';

const input = workerData as ExportThreadInput;
const port = parentPort;
if (!port) throw new Error('exportThread runs only as a worker thread');
const report = (message: ThreadReport): void => port.postMessage(message);

const controller = new AbortController();
port.on('message', (command: ThreadCommand) => {
  if (command.type === 'abort') controller.abort(command.reason);
});

const driver = createNeo4jDriver(input.neo4j);
// Connected on first use: only AUDIT_LOG exports read Redis.
const redis = createRedis(input.redis.url, 'export-thread', { lazyConnect: true });
const destinations = createDestinations(input.destinations);
try {
  const result = await runExport(input.job, {
    driver,
    database: input.neo4j.database,
    audit: new AuditTrail(redis, input.redis.keyPrefix),
    destination: destinations.forJob(input.job),
    ...input.limits,
    signal: controller.signal,
    onProgress: (processed, total) => report({ type: 'progress', processed, total }),
  });
  report({ type: 'done', result });
} catch (error) {
  // Aborted before or while reading: whatever surfaced, the outcome is the abort's.
  report({
    type: 'failed',
    failure: toThreadFailure(controller.signal.aborted ? abortError(controller.signal) : error),
  });
} finally {
  await driver.close().catch(() => undefined);
  redis.disconnect();
  destinations.close();
  // Nothing else keeps the thread alive once its port is closed: it ends and frees its heap.
  port.close();
}
