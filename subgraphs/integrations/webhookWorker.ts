import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import { createRedis, isCluster } from '../../lib/redis.js';
import { EventLog } from '../../lib/events/EventLog.js';
import type { SubgraphDeps } from '../../lib/subgraphServer.js';
import type { RunningWorker } from '../../lib/subgraphServer.js';
import { AddressPolicy } from '../../lib/outbound/addressPolicy.js';
import { DeliveryProcessor } from './delivery/deliveryProcessor.js';
import { bullPrefix, DELIVERY_QUEUE, DeliveryQueue, type DeliveryJob } from './delivery/deliveryQueue.js';
import { DeliveryStore } from './delivery/deliveryStore.js';
import { EndpointHealth } from './delivery/endpointHealth.js';
import { EventFanout } from './delivery/eventFanout.js';
import { EndpointRateLimiter } from './delivery/rateLimiter.js';
import { createSafeDispatcher } from '../../lib/outbound/safeDispatcher.js';
import { createKeyring } from '../../lib/crypto/createKeyring.js';
import { createAuditLog } from '../audit/auditApi.js';
import { RewrapSweeper } from '../../lib/crypto/rewrapSweep.js';
import { webhookTenantsKey } from '../../lib/platformKeys.js';
import { WebhookStore, type WebhookRecord } from './webhookStore.js';

/**
 * The webhook worker role (`main.ts worker webhooks`): fans events out into deliveries and sends
 * them. Stateless beyond Redis: run as many processes as throughput needs; a killed one loses
 * nothing (unacknowledged events are reclaimed, locked jobs restart when their lock lapses).
 */
export async function startWebhookWorker(
  deps: Pick<SubgraphDeps, 'config' | 'logger'> & Partial<Pick<SubgraphDeps, 'metrics' | 'errors'>>,
): Promise<RunningWorker> {
  const { config, logger: parent } = deps;
  const logger = parent.child({ worker: 'webhooks' });
  const prefix = config.REDIS_KEY_PREFIX;
  const consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  // BullMQ workers block on their connection and must retry commands forever themselves.
  const bullConnection = createRedis(config, 'webhook-jobs', { role: 'blocking' });
  const reader = createRedis(config, 'webhook-fanout', { role: 'blocking' });
  // Hundreds of concurrent deliveries each make small reads and writes: auto-pipelining sends
  // them in shared batches, which is most of the worker's throughput.
  const redis = createRedis(config, 'webhook-store', { autoPipelining: true, logger });
  const keyring = createKeyring({ config, redis, logger }, 'webhooks', createAuditLog(redis, config).trail);
  const webhooks = new WebhookStore(redis, prefix, keyring);
  // Secrets move to the newest version of their tenant's key here, where they are opened anyway.
  const rewrap = new RewrapSweeper<WebhookRecord>({
    redis,
    keyring,
    purpose: 'WEBHOOK_SECRETS',
    records: webhooks.sealedRecords,
    tenants: () => redis.smembers(webhookTenantsKey(prefix)),
    logger,
  });
  const deliveries = new DeliveryStore(redis, prefix, config.WEBHOOK_DELIVERY_RETENTION_DAYS);
  const events = EventLog.fromConfig(config, redis, logger, undefined, deps.metrics);
  const queue = new DeliveryQueue(redis, prefix);
  const dispatcher = createSafeDispatcher({
    addresses: new AddressPolicy(config.WEBHOOK_ALLOWED_CIDRS),
    allowHttp: config.WEBHOOK_ALLOW_HTTP,
    connections: Math.max(8, Math.ceil(config.WEBHOOK_WORKER_CONCURRENCY / 4)),
  });
  const processor = new DeliveryProcessor({
    webhooks,
    deliveries,
    limiter: new EndpointRateLimiter(redis, prefix),
    health: new EndpointHealth(
      webhooks,
      events,
      config.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
      logger,
      deps.metrics,
    ),
    dispatcher,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    retryScale: config.WEBHOOK_RETRY_SCALE,
    retryAfterMaxMs: config.WEBHOOK_RETRY_AFTER_MAX_SECONDS * 1000,
    logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const worker = new Worker<DeliveryJob>(DELIVERY_QUEUE, processor.process, {
    connection: bullConnection,
    prefix: bullPrefix(prefix, DELIVERY_QUEUE, isCluster(bullConnection)),
    concurrency: config.WEBHOOK_WORKER_CONCURRENCY,
    lockDuration: config.WEBHOOK_LOCK_MS,
    stalledInterval: Math.max(500, Math.floor(config.WEBHOOK_LOCK_MS / 2)),
    // A job stalls when its worker dies; at-least-once means running it again, not failing it.
    maxStalledCount: 10,
  });
  worker.on('failed', (job, error) => {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    // Infrastructure failed the job for good (not the endpoint): do not leave it PENDING forever.
    logger.error({ err: error, deliveryId: job.data.deliveryId }, 'webhook delivery job failed');
    deps.errors?.capture(error, {
      source: 'worker',
      tenantId: job.data.tenantId,
      operation: 'webhook delivery',
      subgraph: 'worker-webhooks',
      shownMessage: `delivery job failed: ${error.message}`,
    });
    void deliveries
      .get(job.data.tenantId, job.data.deliveryId)
      .then((d) =>
        d && d.status === 'PENDING'
          ? deliveries.save(
              {
                ...d,
                status: 'FAILED',
                failureReason: `delivery job failed: ${error.message}`,
                nextAttemptAt: null,
                updatedAt: new Date().toISOString(),
              },
              null,
            )
          : undefined,
      )
      .catch(() => undefined);
  });
  worker.on('error', (error) => logger.warn({ err: error }, 'webhook worker error'));
  const fanout = new EventFanout({
    reader,
    prefix,
    webhooks,
    deliveries,
    queue,
    consumer,
    claimIdleMs: config.WEBHOOK_CLAIM_IDLE_MS,
    logger,
  });
  fanout.start();
  rewrap.start();
  await worker.waitUntilReady();
  logger.info({ consumer, concurrency: config.WEBHOOK_WORKER_CONCURRENCY }, 'webhook worker started');

  return {
    name: 'webhooks',
    close: async () => {
      await fanout.close();
      await rewrap.close();
      await worker.close();
      await queue.close();
      await events.close();
      await dispatcher.close();
      await keyring.close();
      reader.disconnect();
      bullConnection.disconnect();
      redis.disconnect();
    },
  };
}
