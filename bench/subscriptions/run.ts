/**
 * Subscription fan-out benchmark (not a test): N graphql-ws clients on one gateway process (a
 * child, measured on its own), events published at a set rate into the tenant's event stream.
 * Prints deliveries/s, publish→receive latency, gateway CPU and RSS, and ended subscriptions.
 *
 *   npx tsx bench/subscriptions/run.ts [--clients 10000] [--rate 10] [--duration 20] [--entity]
 *
 * Redis and Neo4j must be running (npm start, or npm test's services). BENCH_CPU_PROF=1 writes a
 * V8 CPU profile of the gateway process to /tmp/prof.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type WebSocket from 'ws';
import { loadConfig, SUBGRAPH_NAMES } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { SCOPES } from '../../lib/scopes.js';
import { connect } from '../../runtime/connect.js';
import { startSubgraph } from '../../runtime/startPlatform.js';
import { peakRssMiB, processCpuMs, rssMiB } from '../lib/procStats.js';
import { nowMs, openClients, type ClientStats } from './clients.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '10' },
    duration: { type: 'string', default: '20' },
    entity: { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const rate = Number(values.rate);
const duration = Number(values.duration);

const env = {
  ...process.env,
  LOG_LEVEL: 'warn',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:${randomBytes(4).toString('hex')}:`,
  // Limits count on every request, with budgets no run can spend.
  RATE_LIMIT_PRINCIPAL_POINTS: '1000000000000',
  RATE_LIMIT_TENANT_POINTS: '1000000000000',
  SUBSCRIPTION_QUEUE_SIZE: '1000',
  WS_MAX_CONNECTIONS: String(clients + 100),
  SUBSCRIPTIONS_MAX_PER_TENANT: String(clients + 100),
};
const config = loadConfig(env);
const connections = connect(config, 'bench-subscriptions');
const subgraphs = await Promise.all(
  SUBGRAPH_NAMES.map((name) => startSubgraph(config, connections, name, 0)),
);
const events = new EventLog({
  redis: connections.redis,
  prefix: config.REDIS_KEY_PREFIX,
  retention: 1_000_000,
  subscriberBuffer: 100_000,
  logger: connections.logger,
});

const child = fork(new URL('./gatewayChild.ts', import.meta.url).pathname, [], {
  env: {
    ...env,
    BENCH_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(subgraphs.map((s) => [s.name, s.url]))),
  },
  execArgv: [
    '--import',
    'tsx',
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
  ],
});
const gatewayUrl = await new Promise<string>((resolve, reject) => {
  child.once('message', (m: { type: string; url: string }) =>
    m.type === 'ready' ? resolve(m.url) : reject(new Error('gateway failed')),
  );
  child.once('exit', (code) => reject(new Error(`gateway exited ${code}`)));
});
const pid = child.pid as number;

const tenantId = 'bench-tenant';
const token = await mintToken(config.AUTH_JWT_SECRET as string, {
  subject: 'bench',
  tenantId,
  scopes: SCOPES,
  ttlSeconds: 3600,
});
const query = values.entity
  ? 'subscription { events { id cursor data publishedBy { subject tenantId } } }'
  : 'subscription { events { id cursor data } }';

const stats: ClientStats = { delivered: 0, latenciesMs: [], ended: 0, errors: new Map() };
const connectStarted = performance.now();
let sockets: WebSocket[] = [];
try {
  sockets = await openClients(
    gatewayUrl,
    token,
    clients,
    query,
    stats,
    Math.max(1, Math.floor(clients / 1000)),
  );
  console.log(
    `${clients} clients connected and subscribed in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s`,
  );
  const metric = async (name: string): Promise<number> => {
    const text = await (await fetch(new URL('/metrics', gatewayUrl))).text();
    return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? 'NaN');
  };
  const settle = Date.now() + 30_000;
  while ((await metric('gateway_subscriptions_active')) < clients && Date.now() < settle)
    await new Promise((r) => setTimeout(r, 200));
  // The subgraph attaches the tenant tail asynchronously: give it a moment before measuring.
  await new Promise((r) => setTimeout(r, 1000));

  const cpuBefore = processCpuMs(pid);
  const rssBefore = rssMiB(pid);
  const total = Math.round(rate * duration);
  const started = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await events.publish({
      tenantId,
      type: 'package.created',
      data: { packageId: `p${i}`, seq: i, sentAt: nowMs() },
      publishedBy: 'bench',
    });
  }
  const expected = total * clients;
  const drainUntil = performance.now() + 30_000;
  while (stats.delivered < expected && performance.now() < drainUntil)
    await new Promise((r) => setTimeout(r, 100));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = processCpuMs(pid) - cpuBefore;
  const sorted = stats.latenciesMs.sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN) : NaN;
  const endedServer = await metric('gateway_subscriptions_ended_total');

  console.log(
    `\nSubscription fan-out: ${clients} clients, ${rate} events/s for ${duration} s, ${values.entity ? 'with entity field (security subgraph per event)' : 'flat selection'}`,
  );
  console.table({
    ours: {
      'deliveries/s': Math.round(stats.delivered / elapsed),
      delivered: stats.delivered,
      expected,
      lost: expected - stats.delivered,
      'p50 ms': Number(pct(50).toFixed(1)),
      'p99 ms': Number(pct(99).toFixed(1)),
      'gateway CPU µs/delivery': Number(((cpu * 1000) / Math.max(1, stats.delivered)).toFixed(1)),
      'gateway RSS MiB (before→peak)': `${rssBefore.toFixed(0)}→${peakRssMiB(pid).toFixed(0)}`,
      'ended subscriptions': Number.isNaN(endedServer) ? 0 : endedServer,
      'error results': [...stats.errors.entries()].map(([c, n]) => `${c}:${n}`).join(' ') || 0,
    },
  });
  console.log(
    'Anchors (shared/ANCHORS.md, same machine class): Hive Gateway 1k flat ~10,290/s saturated, p99 9.4 s; 10k ~10,664/s, p99 176 s; RSS 0.7-1.8 GB.',
  );
} finally {
  for (const socket of sockets) socket.terminate();
  child.kill('SIGTERM');
  await events.close();
  await Promise.all(subgraphs.map((s) => s.close()));
  await connections.close();
}
process.exit(0);
