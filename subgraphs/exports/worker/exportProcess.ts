/**
 * Entry of the child process one export job runs in (see runExportInProcess). It gets its own
 * Neo4j driver, Redis client and destinations, streams the export, and reports progress and the
 * outcome over its IPC channel.
 */
import { complianceReportReader, createAuditReader } from '../../audit/auditApi.js';
import { createNeo4jDriver } from '../../../lib/neo4j.js';
import { createRedis } from '../../../lib/redis.js';
import { createDestinations } from '../destinations/createDestination.js';
import { abortError } from './outcomes.js';
import { runExport } from './runExport.js';
import {
  toProcessFailure,
  type ExportProcessInput,
  type ProcessCommand,
  type ProcessReport,
} from './exportProcessProtocol.js';

const send = process.send?.bind(process);
if (!send) throw new Error('exportProcess runs only as a child process with an IPC channel');
const report = (message: ProcessReport): Promise<void> =>
  new Promise((resolve) => send(message, undefined, undefined, () => resolve()));

const controller = new AbortController();
const started = new Promise<ExportProcessInput>((resolve) => {
  process.on('message', (command: ProcessCommand) => {
    if (command.type === 'start') resolve(command.input);
    else controller.abort(command.reason);
  });
});
// The worker died (or closed the channel): stop, clean up what was written, and go.
process.once('disconnect', () => controller.abort('shutdown'));

async function run(input: ExportProcessInput): Promise<void> {
  const driver = createNeo4jDriver(input.neo4j);
  // Connected on first use: only AUDIT_LOG exports read Redis. A background job: its reads wait
  // through a Redis Cluster failover rather than fail the export.
  const redis = createRedis(
    { REDIS_URL: input.redis.url, REDIS_CLUSTER_NODES: input.redis.clusterNodes },
    'export-job',
    { lazyConnect: true, role: 'background' },
  );
  const destinations = createDestinations(input.destinations);
  const audit = createAuditReader(
    redis,
    input.redis.keyPrefix,
    input.secretsKeys.map((k) => ({ id: k.id, key: Buffer.from(k.key, 'base64') })),
    input.auditSegments,
  );
  try {
    const result = await runExport(input.job, {
      driver,
      database: input.neo4j.database,
      audit: audit.trail,
      complianceReports: complianceReportReader(redis, input.redis.keyPrefix),
      destination: destinations.forJob(input.job),
      ...input.limits,
      signal: controller.signal,
      onProgress: (processed, total) => void report({ type: 'progress', processed, total }),
    });
    await report({ type: 'done', result });
  } catch (error) {
    // Aborted before or while reading: whatever surfaced, the outcome is the abort's.
    const outcome = controller.signal.aborted ? abortError(controller.signal) : error;
    if (process.connected) await report({ type: 'failed', failure: toProcessFailure(outcome) });
  } finally {
    await driver.close().catch(() => undefined);
    await audit.close().catch(() => undefined);
    redis.disconnect();
    destinations.close();
  }
}

await run(await started);
process.disconnect?.();
process.exit(0);
