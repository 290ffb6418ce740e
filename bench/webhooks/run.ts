/**
 * Webhook delivery benchmark (not a test): W worker processes (`main.ts worker webhooks`), T
 * tenants with P endpoints each on local receivers, E events published into the tenants' event
 * streams. Prints deliveries/s, event→first-attempt latency (p50/p99) and lost deliveries.
 *
 *   npx tsx bench/webhooks/run.ts [--workers 2] [--tenants 10] [--endpoints 10] [--events 3000]
 *                                 [--rate 0 (burst) | events/s] [--concurrency 200] [--in-process]
 *                                 [--redis single|cluster|both]
 *
 * Redis must be running. Endpoints are created exactly as createWebhook creates them. `--redis
 * cluster` uses REDIS_CLUSTER_NODES or a throwaway local cluster; `both` runs single, then cluster
 * (bench/lib/redisModes.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '../../lib/config.js';
import { Keyring } from '../../lib/crypto/keyring.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { createLogger } from '../../lib/logger.js';
import { createRedis, tenantKey } from '../../lib/redis.js';
import { registerTenant } from '../../subgraphs/integrations/delivery/eventStreamGroup.js';
import { generateSigningSecret } from '../../subgraphs/integrations/delivery/signature.js';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { WebhookStore } from '../../subgraphs/integrations/webhookStore.js';
import { startWebhookWorker } from '../../subgraphs/integrations/webhookWorker.js';
import { processCpuMs } from '../lib/procStats.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';
import { benchArgs } from '../lib/flags.js';
import { selectRedis } from '../lib/redisModes.js';
import { Teardown } from '../lib/Teardown.js';
import { readdirSync, readFileSync } from 'node:fs';

const USAGE = `Usage: npx tsx bench/webhooks/run.ts [options]
  --workers      delivery worker processes                 (default 2)
  --tenants      tenants                                   (default 10)
  --endpoints    receiving endpoints per tenant            (default 10)
  --events       events published                          (default 3000)
  --rate         events/s, 0 publishes all at once         (default 0)
  --concurrency  deliveries in flight per worker           (default 200)
  --in-process   run one worker in this process (profiling)
  --redis        single, cluster or both                   (default single)`;
const values = benchArgs(USAGE, {
  workers: { type: 'string', default: '2' },
  tenants: { type: 'string', default: '10' },
  endpoints: { type: 'string', default: '10' },
  events: { type: 'string', default: '3000' },
  concurrency: { type: 'string', default: '200' },
  /** Events per second (0: all at once). Below capacity, latency shows without a backlog. */
  rate: { type: 'string', default: '0' },
  /** Run one worker inside this process instead (for profiling: node --cpu-prof --import tsx). */
  'in-process': { type: 'boolean', default: false },
  redis: { type: 'string', default: 'single' },
});
const target = await selectRedis(values.redis, process.env);
const workers = Number(values.workers);
const tenants = Number(values.tenants);
const perTenant = Number(values.endpoints);
const eventCount = Number(values.events);
const rate = Number(values.rate);

const env: Record<string, string> = {
  LOG_LEVEL: 'warn',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:${randomBytes(4).toString('hex')}:`,
  // Limits count on every request, with budgets no run can spend.
  RATE_LIMIT_PRINCIPAL_POINTS: '1000000000000',
  RATE_LIMIT_TENANT_POINTS: '1000000000000',
  WEBHOOK_ALLOWED_CIDRS: '127.0.0.1/32',
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_WORKER_CONCURRENCY: String(values.concurrency),
  EVENTS_RETENTION: String(eventCount * 2),
  // Each worker process's metrics endpoint on a port of its own.
  WORKER_HTTP_PORT: '0',
  ...target.env,
};
const config = loadConfig({ ...process.env, ...env });
const teardown = new Teardown();
teardown.defer('redis cluster', () => target.stop());
process.once('SIGINT', () => void teardown.run().then(() => process.exit(130)));
const redis = createRedis(config, 'bench-webhooks');
teardown.defer('redis', async () => {
  // The bench's keys go with it (BullMQ's too: they start with the prefix).
  await deleteByPrefix(redis, config.REDIS_KEY_PREFIX);
  await redis.srem(`${config.REDIS_KEY_PREFIX}integrations:webhook-tenants`, '__none__');
  redis.disconnect();
});
const logger = createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn', 'bench-webhooks');
const events = new EventLog({
  redis,
  prefix: config.REDIS_KEY_PREFIX,
  retention: eventCount * 2,
  subscriberBuffer: 1,
  logger,
});
teardown.defer('event log', () => events.close());
const keyring = new Keyring(redis, config.REDIS_KEY_PREFIX, config.SECRETS_ENCRYPTION_KEYS, logger);
teardown.defer('keyring', () => keyring.close());
const store = new WebhookStore(redis, config.REDIS_KEY_PREFIX, keyring);

// One receiver per tenant; each endpoint is a path on it.
const firstSeen = new Map<string, number>();
let attempts = 0;
const receivers: WebhookReceiver[] = [];
for (let t = 0; t < tenants; t += 1) {
  const receiver = await startWebhookReceiver((req) => {
    attempts += 1;
    const key = `${req.path} ${String(req.headers['webhook-id'])}`;
    if (!firstSeen.has(key)) firstSeen.set(key, req.receivedAt);
    return { status: 204 };
  });
  receivers.push(receiver);
  teardown.defer('receiver', () => receiver.close());
}

const tenantIds = Array.from({ length: tenants }, (_, t) => `bench-${t}-${randomUUID().slice(0, 6)}`);
for (const [t, tenantId] of tenantIds.entries()) {
  await registerTenant(redis, config.REDIS_KEY_PREFIX, tenantId);
  for (let p = 0; p < perTenant; p += 1) {
    const now = new Date().toISOString();
    await store.records.put({
      id: randomUUID(),
      tenantId,
      createdAt: now,
      updatedAt: now,
      url: `${receivers[t]?.url}/${p}`,
      eventTypes: ['package.created'],
      description: null,
      headers: {},
      rateLimitPerSecond: null,
      retrySchedule: null,
      createdBy: 'bench',
      secret: await store.seal(tenantId, generateSigningSecret()),
      previousSecret: null,
      previousSecretExpiresAt: null,
    });
  }
}

if (values['in-process']) {
  const worker = await startWebhookWorker({ logger, config });
  teardown.defer('in-process worker', () => worker.close());
}
const children: ChildProcess[] = [];
for (let w = 0; w < (values['in-process'] ? 0 : workers); w += 1) {
  const child = spawn('npx', ['tsx', 'runtime/main.ts', 'worker', 'webhooks'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  teardown.defer('worker', () => {
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGTERM');
  });
  await new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('webhook worker started')) resolve();
    });
  });
}

/** The node process under each worker's npx → tsx chain: the one that does the work. */
function descendants(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [...children, ...children.flatMap(descendants)];
}
const workerPids = children.flatMap((c) => [c.pid as number, ...descendants(c.pid as number)]);
const workerCpu = () =>
  workerPids.reduce(
    (sum, pid) =>
      sum +
      (() => {
        try {
          return processCpuMs(pid);
        } catch {
          return 0;
        }
      })(),
    0,
  );
const cpuBefore = process.cpuUsage();
const workerCpuBefore = workerCpu();

const expected = eventCount * perTenant;
const publishedAt = new Map<string, number>();
const started = Date.now();
console.log(
  `${target.label}: publishing ${eventCount} events to ${tenants} tenants × ${perTenant} endpoints (${expected} deliveries), ${workers} worker process(es)`,
);
// A burst by default; with --rate, batches of 10 paced to that many events per second.
const batch = rate > 0 ? 10 : 50;
for (let i = 0; i < eventCount; i += batch) {
  if (rate > 0) {
    const due = started + (i / rate) * 1000;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
  }
  await Promise.all(
    Array.from({ length: Math.min(batch, eventCount - i) }, async (_, j) => {
      const tenantId = tenantIds[(i + j) % tenants] as string;
      const event = await events.publish({
        tenantId,
        type: 'package.created',
        data: { packageId: `p${i + j}` },
        publishedBy: 'bench',
      });
      publishedAt.set(event.id, Date.parse(event.occurredAt));
    }),
  );
}
const publishSeconds = (Date.now() - started) / 1000;

// Done when everything arrived, or nothing new arrived for 15 s.
let last = -1;
let quietSince = Date.now();
while (firstSeen.size < expected && Date.now() - quietSince < 15_000) {
  await new Promise((r) => setTimeout(r, 200));
  if (firstSeen.size !== last) {
    last = firstSeen.size;
    quietSince = Date.now();
  }
}
const times = [...firstSeen.values()];
const elapsed = (Math.max(...times) - started) / 1000;
const latencies = [...firstSeen.entries()]
  .map(([key, at]) => at - (publishedAt.get(key.split(' ')[1] as string) ?? at))
  .sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
console.log(
  `published in ${publishSeconds.toFixed(1)} s (${Math.round(eventCount / publishSeconds)} events/s)`,
);
console.log(`deliveries:   ${firstSeen.size} of ${expected} in ${elapsed.toFixed(1)} s`);
console.log(`throughput:   ${Math.round(firstSeen.size / elapsed)} deliveries/s`);
console.log(
  `latency event→first attempt: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1) ?? 0} ms`,
);
console.log(`duplicates:   ${attempts - firstSeen.size}`);
const benchCpu = process.cpuUsage(cpuBefore);
const benchMs = (benchCpu.user + benchCpu.system) / 1000 / firstSeen.size;
if (values['in-process']) {
  console.log(
    `CPU:          ${benchMs.toFixed(2)} ms per delivery (worker + receivers + publisher, one process)`,
  );
} else {
  console.log(
    `worker CPU:   ${((workerCpu() - workerCpuBefore) / firstSeen.size).toFixed(2)} ms per delivery (all worker processes)`,
  );
  console.log(`bench CPU:    ${benchMs.toFixed(2)} ms per delivery (receivers + publisher)`);
}
console.log(`lost:         ${expected - firstSeen.size}`);
// What a retained event costs in Redis: the tenants' streams hold every event published here.
let streamBytes = 0;
for (const tenantId of tenantIds) {
  streamBytes += Number(
    await redis.memory('USAGE', tenantKey(config.REDIS_KEY_PREFIX, tenantId, 'events'), 'SAMPLES', '0'),
  );
}
console.log(`stream memory: ${Math.round(streamBytes / eventCount)} bytes per retained event (MEMORY USAGE)`);
await teardown.run();
process.exit(expected === firstSeen.size ? 0 : 1);
