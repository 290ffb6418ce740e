/**
 * `npm run bench:gateway -- [--connections 50] [--duration 20] [--warmup 5] [--only ours,apollo,hive]
 *   [--workload identical|varied|both]`
 *
 * Federated-query benchmark: starts the six subgraphs in this process against the real Redis and
 * Neo4j (REDIS_URL, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; defaults are the local dev services),
 * seeds one bench tenant, then serves the same subgraphs through our gateway, vanilla Apollo and
 * Hive Gateway in turn, each in its own process, and loads each with the same autocannon workloads:
 * `identical` (every request the same, so in-flight merging can collapse subgraph fetches) and
 * `varied` (every request pages from another of ~1,000 cursors over 1,000 packages).
 * BENCH_CPU_PROF=1 writes a V8 CPU profile of each gateway process to /tmp/prof.
 * This module is the only one of the parent process that reads process.env.
 */
import '../lib/productionMode.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { SUBGRAPH_NAMES, loadConfig, type Config } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import type { Principal } from '../../lib/principal.js';
import { SCOPES } from '../../lib/scopes.js';
import { startGateway } from '../../gateway/createGateway.js';
import { connect, type Connections } from '../../runtime/connect.js';
import { startSubgraph } from '../../runtime/startPlatform.js';
import { Teardown } from '../lib/Teardown.js';
import {
  WORKLOAD_NAMES,
  measureGateway,
  type Outcome,
  type Workload,
  type WorkloadName,
} from './measureGateway.js';
import { GATEWAY_KINDS, type GatewayKind } from './protocol.js';
import { BENCH_BODY, postGraphql, problemWith, variedBodies } from './query.js';
import { formatReport } from './report.js';
import {
  EXPORT_JOBS,
  GRAPH_SIZE,
  VARIED_GRAPH_SIZE,
  VARIED_JOBS,
  createExportJobs,
  pageCursors,
  removeBenchData,
  seedKnowledge,
} from './seed.js';
import { SubgraphTraffic } from './SubgraphTraffic.js';
import { startSpanSink } from './spanSink.js';
import { benchArgs, integerFlag } from '../lib/flags.js';

const USAGE = `Usage: npx tsx bench/gateway-query/run.ts [options]
  --connections  concurrent connections        (default 50)
  --duration     seconds of load per gateway   (default 20)
  --warmup       seconds of warm-up per gateway (default 5)
  --only         comma-separated gateways      (default ${GATEWAY_KINDS.join(',')})
  --workload     identical, varied or both     (default both)
Example: npx tsx bench/gateway-query/run.ts --duration 5 --connections 20 --only ours,hive --workload varied`;

interface Options {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  gateways: GatewayKind[];
  workloads: WorkloadName[];
}

function parseCli(argv: string[]): Options {
  const values = benchArgs(
    USAGE,
    {
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      only: { type: 'string', default: GATEWAY_KINDS.join(',') },
      workload: { type: 'string', default: 'both' },
    },
    argv,
  );
  const gateways = values.only
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const unknown = gateways.filter((g) => !(GATEWAY_KINDS as readonly string[]).includes(g));
  if (gateways.length === 0 || unknown.length > 0) {
    throw new Error(
      `--only takes some of ${GATEWAY_KINDS.join(', ')}; got "${values.only}" (e.g. --only ours,hive)`,
    );
  }
  const workloads: WorkloadName[] =
    values.workload === 'both'
      ? [...WORKLOAD_NAMES]
      : WORKLOAD_NAMES.filter((name) => name === values.workload);
  if (workloads.length === 0) {
    throw new Error(
      `--workload takes identical, varied or both; got "${values.workload}" (e.g. --workload varied)`,
    );
  }
  return {
    workloads,
    connections: integerFlag('connections', values.connections, 1, 1000),
    durationSeconds: integerFlag('duration', values.duration, 1, 600),
    warmupSeconds: integerFlag('warmup', values.warmup, 0, 120),
    // In the order given: alternating the order shows what running second costs a gateway.
    gateways: gateways.filter((g): g is GatewayKind => (GATEWAY_KINDS as readonly string[]).includes(g)),
  };
}

// @apollo/gateway (the Apollo peer) otherwise probes cloud metadata endpoints and exports usage
// metrics to Apollo from its constructor; the bench stays on loopback. Children inherit it.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

/** The environment of this process and of every gateway child: fresh secrets, a private key prefix. */
function benchEnvironment(run: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    REDIS_KEY_PREFIX: `bench:${run}:`,
    // Limits are counted on every request, with budgets no run can spend.
    RATE_LIMIT_PRINCIPAL_POINTS: '1000000000000',
    RATE_LIMIT_TENANT_POINTS: '1000000000000',
  };
}

/**
 * Seeds export jobs through an in-process instance of our gateway, then closes it: first the
 * varied workload's (one per package) if it runs, then the identical workload's 20 (the newest).
 * Returns the bench API key and the varied workload's page cursors.
 */
async function seedExports(
  config: Config,
  connections: Connections,
  urls: Record<string, string>,
  headers: Record<string, string>,
  packageIds: string[],
  varied: boolean,
): Promise<{ apiKey: string; cursors: string[] }> {
  const gateway = await startGateway({
    config,
    logger: connections.logger,
    redis: connections.redis,
    neo4j: connections.neo4j,
    subgraphUrls: urls,
    port: 0,
  });
  try {
    if (varied) await createExportJobs(gateway.url, headers, packageIds, VARIED_JOBS, 8);
    await createExportJobs(gateway.url, headers, packageIds.slice(0, GRAPH_SIZE.packages), EXPORT_JOBS);
    const problem = problemWith(await postGraphql(gateway.url, headers, BENCH_BODY), EXPORT_JOBS);
    if (problem) throw new Error(`the bench query does not answer cleanly after seeding: ${problem}`);
    const cursors = varied ? await pageCursors(gateway.url, headers, EXPORT_JOBS, EXPORT_JOBS) : [];
    return { apiKey: await createBenchApiKey(gateway.url, headers), cursors };
  } finally {
    await gateway.close();
  }
}

/** An API key of the bench principal with every scope, for the `ours-key` run. */
async function createBenchApiKey(url: string, headers: Record<string, string>): Promise<string> {
  const reply = await postGraphql(
    url,
    headers,
    JSON.stringify({
      query: 'mutation($s: [String!]!) { createApiKey(input: { name: "bench", scopes: $s }) { secret } }',
      // Every scope a key may carry (platform:operator never is).
      variables: { s: SCOPES.filter((scope) => scope !== 'platform:operator') },
    }),
  );
  const secret = (reply.body.data?.createApiKey as { secret?: string } | undefined)?.secret;
  if (!secret) throw new Error(`could not create the bench API key: ${reply.text.slice(0, 300)}`);
  return secret;
}

/** Other work on the machine skews every figure; say so up front. */
function describeMachine(): void {
  const cores = availableParallelism();
  const [oneMinute = 0] = loadavg();
  console.log(
    `machine: ${cores} CPUs, load average ${oneMinute.toFixed(2)} before start, Node ${process.version}`,
  );
  if (oneMinute > cores / 2)
    console.warn('warning: the machine is already busy; absolute figures will be low (ratios hold better)');
}

async function main(options: Options, teardown: Teardown): Promise<boolean> {
  describeMachine();
  const run = randomUUID().slice(0, 8);
  const env = benchEnvironment(run);
  const config = loadConfig(env);
  const connections = connect(config, 'bench-subgraphs');
  teardown.defer('close Redis and Neo4j', () => connections.close());

  const started = await Promise.allSettled(
    SUBGRAPH_NAMES.map((name) => startSubgraph(config, connections, name, 0)),
  );
  const subgraphs = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  for (const subgraph of subgraphs) teardown.defer(`close ${subgraph.name} subgraph`, () => subgraph.close());
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));

  const principal: Principal = { subject: 'bench-user', tenantId: `bench-${run}`, scopes: [...SCOPES] };
  teardown.defer('remove bench data', () =>
    removeBenchData(
      connections.neo4j,
      config.NEO4J_DATABASE,
      principal.tenantId,
      connections.redis,
      config.REDIS_KEY_PREFIX,
    ),
  );
  const seeding = performance.now();
  const varied = options.workloads.includes('varied');
  const size = varied ? VARIED_GRAPH_SIZE : GRAPH_SIZE;
  const packageIds = await seedKnowledge(connections.neo4j, config.NEO4J_DATABASE, principal.tenantId, size);
  const token = await mintToken(config.AUTH_JWT_SECRET ?? '', { ...principal, ttlSeconds: 3600 });
  const headers = { authorization: `Bearer ${token}` };
  const { apiKey, cursors } = await seedExports(config, connections, urls, headers, packageIds, varied);
  console.log(
    `seeded tenant ${principal.tenantId}: ${packageIds.length} packages × ${size.documentsPerPackage} documents × ` +
      `${size.entitiesPerDocument} entities, ${EXPORT_JOBS + (varied ? VARIED_JOBS : 0)} export jobs` +
      (varied ? `, ${cursors.length} varied page starts` : '') +
      ` (${Math.round(performance.now() - seeding)} ms)`,
  );

  const spans = await startSpanSink();
  teardown.defer('stop the span receiver', () => spans.close());
  const traffic = new SubgraphTraffic(urls);
  teardown.defer('stop counting subgraph traffic', () => traffic.close());
  const bodies: Record<WorkloadName, readonly string[]> = {
    identical: [BENCH_BODY],
    varied: variedBodies(cursors),
  };
  const workloadsWith = (requestHeaders: Record<string, string>): Workload[] =>
    options.workloads.map((name) => ({
      name,
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      headers: requestHeaders,
      bodies: bodies[name],
      expectedJobs: EXPORT_JOBS,
    }));
  console.log(
    `load: ${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s ` +
      `per gateway and workload (${options.workloads.join(', ')}), each gateway in its own process; ` +
      `subgraphs and autocannon in this one`,
  );

  const outcomes: Outcome[] = [];
  for (const kind of options.gateways) {
    if (teardown.started) return false;
    const outcome = await measureGateway(
      { kind, subgraphUrls: urls, principal },
      // The JWT run is the baseline without rate limiting; ours-key adds key auth and limits;
      // the traced runs are the baseline exporting spans to a local receiver.
      kind === 'ours'
        ? { ...env, RATE_LIMIT_ENABLED: 'false' }
        : kind.startsWith('ours-traced')
          ? {
              ...env,
              RATE_LIMIT_ENABLED: 'false',
              OTEL_EXPORTER_OTLP_ENDPOINT: spans.url,
              OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
              OTEL_TRACES_SAMPLER_ARG: kind === 'ours-traced' ? '1' : '0.1',
            }
          : env,
      workloadsWith(kind === 'ours-key' ? { 'x-api-key': apiKey } : headers),
      traffic,
      teardown,
    );
    if (teardown.started) return false;
    outcomes.push(outcome);
    if (outcome.ok) {
      for (const { workload, load } of outcome.measurements) {
        console.log(
          `${kind} ${workload}: ${load.rps.toFixed(1)} req/s, p99 ${load.p99} ms, ${load.errors} errors`,
        );
      }
    } else {
      console.error(`${kind}: not measured: ${outcome.reason}`);
      // The peers are the bar, ours is the subject: without both there is no comparison to print.
      if (kind !== 'hive') break;
    }
  }
  console.log(`\n${formatReport(outcomes)}`);
  if (spans.received() > 0) console.log(`\nspans received by the local OTLP receiver: ${spans.received()}`);
  return outcomes.every((o) => o.ok || o.kind === 'hive');
}

let options: Options;
try {
  options = parseCli(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
const teardown = new Teardown();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void teardown.run().finally(() => process.exit(130));
  });
}
let succeeded = false;
try {
  succeeded = await main(options, teardown);
} catch (error) {
  console.error('bench failed:', error);
} finally {
  await teardown.run();
}
// Pooled sockets and driver timers may linger after close; the bench is done.
process.exit(succeeded ? 0 : 1);
