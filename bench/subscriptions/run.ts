/**
 * Subscription fan-out benchmark (not a test): N graphql-ws clients on one gateway process (a
 * child, measured on its own; the subgraphs in another), events published at a set rate into the
 * tenant's event stream by this process, which also runs the clients. Our gateway and Hive Gateway
 * run in turn in the same run, with the same clients and the same events, for a flat selection and
 * for one with an entity field from another subgraph. Prints deliveries/s, publish→receive
 * latency, CPU per delivery of the gateway, the clients and the subgraphs, RSS, and ours/Hive
 * ratios.
 *
 *   npx tsx bench/subscriptions/run.ts [--clients 5000] [--rate 6] [--duration 20]
 *     [--only ours,hive] [--selection flat|entity|both] [--entity] [--redis single|cluster|both]
 *
 * Redis and Neo4j must be running (npm start, or npm test's services). BENCH_CPU_PROF=1 writes a
 * V8 CPU profile of each gateway process to /tmp/prof. This module is the only one of the parent
 * process that reads process.env.
 */
import '../lib/productionMode.js';
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { loadConfig, SUBGRAPH_NAMES } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { EventLog } from '../../lib/events/EventLog.js';
import type { Principal } from '../../lib/principal.js';
import { SCOPES } from '../../lib/scopes.js';
import { connect } from '../../runtime/connect.js';
import { GatewayChild } from '../gateway-query/GatewayChild.js';
import { benchArgs, integerFlag, usageError } from '../lib/flags.js';
import { peakRssMiB, processCpuMs, processSystemCpuMs, rssMiB } from '../lib/procStats.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';
import { selectRedis } from '../lib/redisModes.js';
import { SubgraphChild } from '../lib/SubgraphChild.js';
import { Teardown } from '../lib/Teardown.js';
import { emptyStats, nowMs, openClients, PROBE_MARK, type BenchClient } from './clients.js';

const KINDS = ['ours', 'hive', 'floor'] as const;
type Kind = (typeof KINDS)[number];
const SELECTIONS = ['flat', 'entity'] as const;
type Selection = (typeof SELECTIONS)[number];

const QUERIES: Record<Selection, string> = {
  flat: 'subscription { events { id cursor data } }',
  entity: 'subscription { events { id cursor data publishedBy { subject tenantId } } }',
};
const LABELS: Record<Kind, string> = {
  ours: 'ours',
  hive: '@graphql-hive/gateway 2.15.1',
  floor: 'floor: bare ws.send fan-out (no GraphQL)',
};
/** Every subscription must see a probe within this, or the case is not measured. */
const PROBE_BOUND_MS = 90_000;
/** After the last event is published, deliveries still arriving are counted for this long. */
const DRAIN_BOUND_MS = 30_000;

const USAGE = `Usage: npx tsx bench/subscriptions/run.ts [options]
  --clients    graphql-ws clients, one subscription each     (default 5000)
  --rate       events published per second                   (default 6)
  --duration   seconds of events per case                    (default 20)
  --only       some of ours,hive,floor                       (default all)
  --selection  flat, entity or both                          (default both)
  --entity     same as --selection entity
  --redis      single, cluster or both                       (default single)`;
const values = benchArgs(USAGE, {
  clients: { type: 'string', default: '5000' },
  rate: { type: 'string', default: '6' },
  duration: { type: 'string', default: '20' },
  only: { type: 'string', default: KINDS.join(',') },
  selection: { type: 'string', default: 'both' },
  entity: { type: 'boolean', default: false },
  redis: { type: 'string', default: 'single' },
});
// `--redis both` reruns this bench per mode and exits (bench/lib/redisModes.ts).
const target = await selectRedis(values.redis, process.env);
const clients = integerFlag('clients', values.clients, 1, 9000);
const rate = integerFlag('rate', values.rate, 1, 10_000);
const duration = integerFlag('duration', values.duration, 1, 600);
const kinds = values.only.split(',').map((k) => k.trim());
if (kinds.length === 0 || !kinds.every((k): k is Kind => (KINDS as readonly string[]).includes(k))) {
  usageError(`--only takes some of ${KINDS.join(', ')}; got "${values.only}" (e.g. --only ours,hive)`);
}
const selection = values.entity ? 'entity' : values.selection;
const selections = SELECTIONS.filter((s) => selection === 'both' || s === selection);
if (selections.length === 0) {
  usageError(`--selection takes flat, entity or both; got "${selection}" (e.g. --selection entity)`);
}

const run = randomBytes(4).toString('hex');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  // Apollo packages would otherwise report usage to Apollo; the bench stays on loopback.
  APOLLO_TELEMETRY_DISABLED: 'true',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:${run}:`,
  // Limits count on every request, with budgets no run can spend.
  RATE_LIMIT_PRINCIPAL_POINTS: '1000000000000',
  RATE_LIMIT_TENANT_POINTS: '1000000000000',
  SUBSCRIPTION_QUEUE_SIZE: '1000',
  WS_MAX_CONNECTIONS: String(clients + 100),
  SUBSCRIPTIONS_MAX_PER_TENANT: String(clients + 100),
  ...target.env,
};
const execArgv = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [];
const config = loadConfig(env);

interface Row {
  kind: Kind;
  selection: Selection;
  deliveriesPerSecond: number;
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  cpuMicrosPerDelivery: number;
  /** Of that, in the kernel (socket writes; on loopback the peer's receive path too). */
  systemMicrosPerDelivery: number;
  /** This process's (the clients' and the publisher's) over the same window. */
  benchMicrosPerDelivery: number;
  /** The subgraphs' process's over the same window (the upstream subscriptions' events). */
  subgraphsMicrosPerDelivery: number;
  rssReady: number;
  rssPeak: number;
  ended: string;
  errors: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `CODE:n CODE:n` */
const counts = (tally: ReadonlyMap<string, number>): string =>
  [...tally.entries()].map(([code, n]) => `${code}:${n}`).join(' ');

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN)
    : NaN;
}

async function measure(
  kind: Kind,
  shape: Selection,
  subgraphs: SubgraphChild,
  events: EventLog,
): Promise<Row> {
  const tenantId = `bench-sub-${run}-${kind}-${shape}`;
  const principal: Principal = { subject: 'bench', tenantId, scopes: [...SCOPES] };
  const child = await GatewayChild.start({ kind, subgraphUrls: subgraphs.urls, principal }, env, execArgv);
  const stats = emptyStats();
  let sockets: BenchClient[] = [];
  try {
    const token = await mintToken(config.AUTH_JWT_SECRET as string, { ...principal, ttlSeconds: 3600 });
    const connecting = performance.now();
    sockets = await openClients(
      child.url,
      token,
      clients,
      QUERIES[shape],
      stats,
      Math.max(1, Math.floor(clients / 1000)),
    );
    // A subscription is live once it has delivered an event: probe until every one has (or has
    // ended, and so never will).
    const probeUntil = performance.now() + PROBE_BOUND_MS;
    const settled = () => stats.probed + stats.endedBeforeLive >= clients;
    let probes = 0;
    while (!settled() && performance.now() < probeUntil) {
      await events.publish({
        tenantId,
        type: 'package.created',
        data: { packageId: `probe${probes++}`, probe: true },
        publishedBy: 'bench',
      });
      const next = performance.now() + 1000;
      while (!settled() && performance.now() < next) await sleep(50);
    }
    if (stats.probed < clients)
      throw new Error(
        `only ${stats.probed} of ${clients} subscriptions went live (ended ${stats.ended}: ` +
          `${counts(stats.endedBy) || 'none'}; error results ${counts(stats.errors) || 'none'})`,
      );
    console.log(
      `${kind} ${shape}: ${clients} clients connected and live in ${((performance.now() - connecting) / 1000).toFixed(1)} s (${probes} probes)`,
    );

    const rssReady = rssMiB(child.pid);
    const cpuBefore = processCpuMs(child.pid);
    const systemBefore = processSystemCpuMs(child.pid);
    const benchBefore = process.cpuUsage();
    const subgraphsBefore = processCpuMs(subgraphs.pid);
    const total = rate * duration;
    const started = performance.now();
    for (let i = 0; i < total; i += 1) {
      const wait = started + (i * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      await events.publish({
        tenantId,
        type: 'package.created',
        data: { packageId: `p${i}`, seq: i, sentAt: nowMs() },
        publishedBy: 'bench',
      });
    }
    const expected = total * clients;
    const drainUntil = performance.now() + DRAIN_BOUND_MS;
    while (stats.delivered < expected && performance.now() < drainUntil) await sleep(100);
    const cpuMs = processCpuMs(child.pid) - cpuBefore;
    const systemMs = processSystemCpuMs(child.pid) - systemBefore;
    const bench = process.cpuUsage(benchBefore);
    const subgraphsMs = processCpuMs(subgraphs.pid) - subgraphsBefore;
    const seconds = Math.max(stats.lastDeliveryAt - started, 1) / 1000;
    const sorted = stats.latenciesMs.sort((a, b) => a - b);
    return {
      kind,
      selection: shape,
      deliveriesPerSecond: stats.delivered / seconds,
      delivered: stats.delivered,
      expected,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      cpuMicrosPerDelivery: (cpuMs * 1000) / Math.max(1, stats.delivered),
      systemMicrosPerDelivery: (systemMs * 1000) / Math.max(1, stats.delivered),
      benchMicrosPerDelivery: (bench.user + bench.system) / Math.max(1, stats.delivered),
      subgraphsMicrosPerDelivery: (subgraphsMs * 1000) / Math.max(1, stats.delivered),
      rssReady,
      rssPeak: peakRssMiB(child.pid),
      ended: stats.ended ? `${stats.ended} (${counts(stats.endedBy)})` : '0',
      errors: counts(stats.errors) || '0',
    };
  } finally {
    for (const socket of sockets) socket.terminate();
    await child.stop();
  }
}

function report(rows: readonly Row[]): string {
  const lines = [
    '| gateway | selection | deliveries/s | delivered / expected | p50 ms | p99 ms | CPU µs/delivery (kernel) | clients / subgraphs µs/delivery | RSS ready→peak MiB | ended | error results |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${LABELS[r.kind]} | ${r.selection} | ${r.deliveriesPerSecond.toFixed(0)} | ${r.delivered} / ${r.expected} | ` +
        `${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.cpuMicrosPerDelivery.toFixed(1)} (${r.systemMicrosPerDelivery.toFixed(1)}) | ` +
        `${r.benchMicrosPerDelivery.toFixed(1)} / ${r.subgraphsMicrosPerDelivery.toFixed(1)} | ` +
        `${r.rssReady.toFixed(0)}→${r.rssPeak.toFixed(0)} | ${r.ended} | ${r.errors} |`,
    ),
  ];
  for (const shape of SELECTIONS) {
    const ours = rows.find((r) => r.kind === 'ours' && r.selection === shape);
    const hive = rows.find((r) => r.kind === 'hive' && r.selection === shape);
    if (!ours || !hive) continue;
    lines.push(
      `\n${shape}: ours/hive deliveries/s = ${(ours.deliveriesPerSecond / hive.deliveriesPerSecond).toFixed(2)}, ` +
        `CPU/delivery = ${(ours.cpuMicrosPerDelivery / hive.cpuMicrosPerDelivery).toFixed(2)}`,
    );
  }
  const floor = rows.find((r) => r.kind === 'floor');
  const oursFlat = rows.find((r) => r.kind === 'ours' && r.selection === 'flat');
  if (floor && oursFlat) {
    lines.push(
      `\nflat: ours minus the ws.send floor: ${(oursFlat.cpuMicrosPerDelivery - floor.cpuMicrosPerDelivery).toFixed(1)} µs CPU/delivery ` +
        `(floor ${floor.cpuMicrosPerDelivery.toFixed(1)}, of it ${floor.systemMicrosPerDelivery.toFixed(1)} in the kernel)`,
    );
  }
  lines.push(
    '\ndeliveries/s: counted deliveries over the time from the first publish to the last delivery; latency from',
    `publish to receipt on 1 in ${Math.max(1, Math.floor(clients / 1000))} clients; CPU is the gateway process's from the first`,
    `publish until every event arrived (or ${DRAIN_BOUND_MS / 1000} s after the last publish); RSS ready is once every subscription is live.`,
    'clients: this process over the same window (each message read and checked, and the publisher); it shares the 2 cores',
    'with the gateway, so when it is the slower side its backlog is in the latency. subgraphs: their process (its own).',
  );
  return lines.join('\n');
}

const teardown = new Teardown();
teardown.defer('stop the bench Redis Cluster', () => target.stop());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void teardown.run().finally(() => process.exit(130)));
}
let failed = false;
try {
  const [oneMinute = 0] = loadavg();
  console.log(
    `${target.label}; machine: ${availableParallelism()} CPUs, load average ${oneMinute.toFixed(2)}; ${clients} clients, ` +
      `${rate} events/s for ${duration} s per case (${kinds.join(', ')} × ${selections.join(', ')})`,
  );
  const connections = connect(config, 'bench-subscriptions');
  teardown.defer('close Redis and Neo4j', () => connections.close());
  teardown.defer('remove bench keys', () => deleteByPrefix(connections.redis, config.REDIS_KEY_PREFIX));
  // The subgraphs in a process of their own: this one's event loop is busy reading every
  // delivery, and the events each gateway subscribes to upstream must not queue behind that.
  const subgraphs = await SubgraphChild.start(env, SUBGRAPH_NAMES);
  teardown.defer('stop the subgraphs', () => subgraphs.stop());
  const events = new EventLog({
    redis: connections.redis,
    prefix: config.REDIS_KEY_PREFIX,
    retention: 1_000_000,
    subscriberBuffer: 100_000,
    logger: connections.logger,
  });
  teardown.defer('close the event log', () => events.close());

  const rows: Row[] = [];
  for (const shape of selections) {
    for (const kind of kinds) {
      // The floor serves the flat selection only (it resolves no entity).
      if (kind === 'floor' && shape !== 'flat') continue;
      try {
        const row = await measure(kind, shape, subgraphs, events);
        rows.push(row);
        console.log(
          `${kind} ${shape}: ${row.deliveriesPerSecond.toFixed(0)} deliveries/s, p99 ${row.p99.toFixed(1)} ms, ` +
            `${row.cpuMicrosPerDelivery.toFixed(1)} µs CPU/delivery`,
        );
      } catch (error) {
        failed = true;
        console.error(
          `${kind} ${shape}: not measured: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  console.log(`\n${report(rows)}`);
} catch (error) {
  failed = true;
  console.error('bench failed:', error);
} finally {
  await teardown.run();
}
process.exit(failed ? 1 : 0);
