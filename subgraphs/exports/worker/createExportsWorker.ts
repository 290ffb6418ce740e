import { inSpan, linkTo, ROOT_CONTEXT, SpanKind } from '../../../lib/telemetry/tracing.js';
import { DelayedError, WaitingError, Worker, type Job } from 'bullmq';
import { PlatformError } from '../../../lib/errors.js';
import { EventLog } from '../../../lib/events/EventLog.js';
import { createRedis } from '../../../lib/redis.js';
import type { SubgraphDeps } from '../../../lib/subgraphServer.js';
import type { RunningWorker } from '../../../lib/subgraphServer.js';
import { segmentStoreConfig } from '../../audit/auditApi.js';
import { createDestinations, destinationConfig } from '../destinations/createDestination.js';
import type { ExportJobRecord, JobPatch } from '../jobs/ExportJobRecord.js';
import { EXPORT_QUEUE, queueConnection, queuePrefix, type ExportQueueData } from '../jobs/exportQueue.js';
import { JobStore } from '../jobs/JobStore.js';
import { ExportCancelled, ExportHandedBack, ExportRetryLater } from './outcomes.js';
import { ProgressMonitor } from './ProgressMonitor.js';
import { RetentionSweeper } from './RetentionSweeper.js';
import { retryDelayMs } from './retryPolicy.js';
import { runExportInProcess } from './runExportInProcess.js';

const PUBLISHER = 'service:exports';

/**
 * Neo4j client errors (syntax, unknown function, read-only violation) are the caller's to fix;
 * anything else but a domain error is unexpected (error tracking captures it).
 */
function describeFailure(error: unknown): { code: string; message: string; unexpected: boolean } {
  if (error instanceof PlatformError) return { code: error.code, message: error.message, unexpected: false };
  const neo4jCode = (error as { code?: unknown }).code;
  if (typeof neo4jCode === 'string' && neo4jCode.startsWith('Neo.ClientError')) {
    return {
      code: 'EXPORT_FAILED',
      message: `Neo4j refused the query: ${(error as Error).message.split('\n')[0]}`,
      unexpected: false,
    };
  }
  return {
    code: 'EXPORT_FAILED',
    message: 'The export failed while reading the graph or writing the file',
    unexpected: true,
  };
}

/**
 * The export worker role (`main.ts worker exports`, scalable by count): takes jobs from the BullMQ
 * queue and runs them. A crashed worker's lock expires after EXPORTS_LOCK_MS; BullMQ hands the job
 * to another worker, which finds it PROCESSING, counts a recovery and restarts it from the start
 * (or fails it with EXPORT_INTERRUPTED past EXPORTS_MAX_RECOVERIES). Shutdown hands jobs back.
 * A transient Neo4j failure queues the job again with a backoff (EXPORT_NEO4J_UNAVAILABLE past
 * EXPORTS_MAX_RETRIES).
 */
export async function createExportsWorker(deps: SubgraphDeps): Promise<RunningWorker> {
  const { config } = deps;
  const log = deps.logger.child({ component: 'exports-worker' });
  if (config.EXPORTS_WORKER_CONCURRENCY === 0) return { name: 'exports', close: async () => undefined };
  // The job records and their events ride through a Redis Cluster failover (their commands wait
  // for the promoted replica) instead of failing the run or losing its outcome.
  const records = createRedis(config, 'exports-records', { role: 'background', logger: log });
  const store = new JobStore(records, config.REDIS_KEY_PREFIX);
  const events = EventLog.fromConfig(config, records, log, undefined, deps.metrics);
  const destinations = createDestinations(config);
  const running = new Map<string, AbortController>();

  const publish = async (
    record: ExportJobRecord,
    type: string,
    data: Record<string, unknown>,
  ): Promise<void> => {
    try {
      await events.publish({ tenantId: record.tenantId, type, data, publishedBy: PUBLISHER });
    } catch (error) {
      log.error({ err: error, exportId: record.id, type }, 'export event not published');
    }
  };

  const fail = async (record: ExportJobRecord, code: string, message: string): Promise<void> => {
    const failed = await store.transition(record.tenantId, record.id, ['QUEUED', 'PROCESSING'], {
      status: 'FAILED',
      error: { code, message },
      completedAt: new Date().toISOString(),
    });
    if (!failed?.applied) return;
    const { type: exportType, format } = record;
    deps.metrics?.count(record.tenantId, 'exports_failed_total', { format });
    await publish(record, 'export.failed', {
      exportId: record.id,
      exportType,
      format,
      errorCode: code,
      error: message,
    });
  };

  /** A running job back to QUEUED with its progress reset; false when it left PROCESSING meanwhile. */
  const requeue = async (
    tenantId: string,
    exportId: string,
    extra: Pick<JobPatch, 'retries'> = {},
  ): Promise<boolean> => {
    const requeued = await store.transition(tenantId, exportId, ['PROCESSING'], {
      status: 'QUEUED',
      processed: 0,
      total: null,
      ...extra,
    });
    return requeued?.applied ?? false;
  };

  const processJob = async (job: Job<ExportQueueData>, token?: string): Promise<void> => {
    const { tenantId, exportId } = job.data;
    const record = await store.get(tenantId, exportId);
    if (
      !record ||
      record.status === 'COMPLETED' ||
      record.status === 'FAILED' ||
      record.status === 'CANCELLED'
    )
      return;
    const destination = destinations.forJob(record);
    let recoveries = record.recoveries ?? 0;
    if (record.status === 'PROCESSING') {
      // Only a run whose worker died leaves a job PROCESSING in the queue: this is a takeover.
      recoveries++;
      log.warn({ exportId, recoveries }, 'export interrupted by a worker crash; taking it over');
      // Retried or not, the dead run's partial file or pending multipart upload goes now.
      await destination.discardPartial(tenantId, exportId);
      if (recoveries > config.EXPORTS_MAX_RECOVERIES) {
        await fail(
          record,
          'EXPORT_INTERRUPTED',
          `Interrupted by worker crashes ${recoveries} times; not retried again`,
        );
        return;
      }
    }
    const started = await store.transition(tenantId, exportId, ['QUEUED', 'PROCESSING'], {
      status: 'PROCESSING',
      startedAt: record.startedAt ?? new Date().toISOString(),
      processed: 0,
      total: null,
      recoveries,
    });
    if (!started?.applied) return;
    const controller = new AbortController();
    running.set(exportId, controller);
    const monitor = new ProgressMonitor(store, tenantId, exportId, () => controller.abort('cancelled'), log);
    const began = performance.now();
    try {
      const result = await runExportInProcess(
        {
          job: started.record,
          neo4j: {
            uri: config.NEO4J_URI,
            user: config.NEO4J_USER,
            password: config.NEO4J_PASSWORD,
            database: config.NEO4J_DATABASE,
          },
          redis: {
            url: config.REDIS_URL,
            clusterNodes: config.REDIS_CLUSTER_NODES,
            keyPrefix: config.REDIS_KEY_PREFIX,
          },
          secretsKeys: config.SECRETS_ENCRYPTION_KEYS.map((k) => ({
            id: k.id,
            key: k.key.toString('base64'),
          })),
          auditSegments: segmentStoreConfig(config),
          destinations: destinationConfig(config),
          limits: {
            excelMaxRows: config.EXPORTS_EXCEL_MAX_ROWS,
            queryMaxRows: config.EXPORTS_QUERY_MAX_ROWS,
            queryTimeoutMs: config.EXPORTS_QUERY_TIMEOUT_MS,
          },
        },
        { heapMb: config.EXPORTS_JOB_HEAP_MB, signal: controller.signal, onProgress: monitor.update },
      );
      monitor.stop();
      const done = await store.transition(tenantId, exportId, ['PROCESSING'], {
        status: 'COMPLETED',
        processed: result.records,
        total: result.records,
        file: result.file,
        completedAt: new Date().toISOString(),
      });
      if (!done?.applied) {
        // Cancelled between the last row and the commit: the cancel wins, the file goes.
        await destination.remove(tenantId, result.file.key);
        return;
      }
      log.info({ exportId, records: result.records, bytes: result.file.fileSize }, 'export completed');
      deps.metrics?.count(tenantId, 'exports_completed_total', { format: done.record.format });
      await publish(done.record, 'export.completed', {
        exportId,
        exportType: record.type,
        format: record.format,
        fileSize: result.file.fileSize,
        sha256: result.file.sha256,
        records: result.records,
        durationMs: Math.round(performance.now() - began),
      });
    } catch (error) {
      monitor.stop();
      if (error instanceof ExportHandedBack || controller.signal.reason === 'shutdown') {
        await requeue(tenantId, exportId);
        await job.moveToWait(token);
        throw new WaitingError();
      }
      if (error instanceof ExportCancelled || controller.signal.reason === 'cancelled') return;
      if (error instanceof ExportRetryLater) {
        await destination.discardPartial(tenantId, exportId).catch(() => undefined);
        const retries = (started.record.retries ?? 0) + 1;
        if (retries > config.EXPORTS_MAX_RETRIES) {
          log.error(
            { err: error, exportId, neo4jCode: error.code, retries },
            'export failed: retries exhausted',
          );
          const tried = config.EXPORTS_MAX_RETRIES;
          await fail(
            started.record,
            'EXPORT_NEO4J_UNAVAILABLE',
            `Neo4j was unavailable or failed transiently; the export was retried ${tried} ${tried === 1 ? 'time' : 'times'} (EXPORTS_MAX_RETRIES) and is not retried again`,
          );
          return;
        }
        // Back to QUEUED before BullMQ may hand it out again, so the next run starts afresh rather
        // than taking it for a crashed one.
        if (!(await requeue(tenantId, exportId, { retries }))) return; // cancelled meanwhile
        const delayMs = retryDelayMs(retries, config.EXPORTS_RETRY_BASE_MS);
        log.warn({ err: error, exportId, neo4jCode: error.code, retries, delayMs }, 'export retried later');
        await job.moveToDelayed(Date.now() + delayMs, token);
        throw new DelayedError();
      }
      // A job process that ran out of memory or died could not clean up after itself.
      await destination.discardPartial(tenantId, exportId).catch(() => undefined);
      const failure = describeFailure(error);
      if (failure.unexpected)
        deps.errors?.capture(error, {
          source: 'worker',
          tenantId,
          operation: `export ${record.type}`,
          subgraph: 'worker-exports',
          shownMessage: failure.message,
        });
      log[failure.code === 'EXPORT_FAILED' ? 'error' : 'info'](
        { err: error, exportId, code: failure.code },
        'export failed',
      );
      await fail(started.record, failure.code, failure.message);
    } finally {
      monitor.stop();
      running.delete(exportId);
    }
  };

  const connection = queueConnection(config, 'exports-worker');
  // A span per run, linked to the createExport that queued the job (a trace of its own: a job
  // can run long after, and more than once).
  const processTraced = (job: Job<ExportQueueData>, token?: string) =>
    inSpan(
      'export job',
      {
        kind: SpanKind.CONSUMER,
        links: linkTo(job.data.traceparent),
        parent: ROOT_CONTEXT,
        attributes: {
          'kg.tenant_id': job.data.tenantId,
          'kg.export_id': job.data.exportId,
          'kg.attempt': job.attemptsMade + 1,
        },
      },
      () => processJob(job, token),
    );
  const worker = new Worker<ExportQueueData>(EXPORT_QUEUE, processTraced, {
    connection,
    prefix: queuePrefix(config),
    concurrency: config.EXPORTS_WORKER_CONCURRENCY,
    lockDuration: config.EXPORTS_LOCK_MS,
    stalledInterval: Math.max(500, Math.floor(config.EXPORTS_LOCK_MS / 2)),
    // Crash takeovers are counted by the job record (EXPORTS_MAX_RECOVERIES), never by BullMQ,
    // which would otherwise fail the job behind the record's back and leave it PROCESSING.
    maxStalledCount: Number.MAX_SAFE_INTEGER,
  });
  worker.on('error', (error) => log.error({ err: error }, 'export worker error'));
  await worker.waitUntilReady();
  log.info({ concurrency: config.EXPORTS_WORKER_CONCURRENCY }, 'export worker started');
  const sweeper = RetentionSweeper.start(store, (job) => destinations.forJob(job), config, log);

  return {
    name: 'exports',
    close: async () => {
      for (const controller of running.values()) controller.abort('shutdown');
      await sweeper.stop();
      await worker.close();
      await connection.quit().catch(() => undefined);
      await events.close();
      await records.quit().catch(() => undefined);
      destinations.close();
    },
  };
}
