/**
 * `npx tsx bench/knowledge/run.ts [--rate 1000] [--duration 20] [--packages 200]`
 *
 * Knowledge read benchmark: seeds a bench tenant's graph, starts the gateway and the knowledge
 * subgraph each in a child process (the other subgraphs in this one)
 * (against REDIS_URL / NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; defaults are the local services), and
 * sends the typical nested read (package → documents → entities, a page of 5 at a varying offset)
 * through the gateway at a fixed arrival rate. Prints achieved rate, latency percentiles and error
 * rate against the target p95 < 50 ms. This module is the only one of the bench reading process.env.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { GatewayChild } from '../gateway-query/GatewayChild.js';
import { listeningPid, processCpuMs } from '../lib/procStats.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';
import { Teardown } from '../lib/Teardown.js';
import { SubgraphChild } from '../lib/SubgraphChild.js';
import { runOpenLoop, type OpenLoopResult, type Percentiles } from './openLoop.js';
import { benchArgs, integerFlag } from '../lib/flags.js';

const TARGET_P95_MS = 50;
const PAGE = 5;

const USAGE = `Usage: npx tsx bench/knowledge/run.ts [options]
  --rate         requests per second, fixed arrival rate (default 1000)
  --duration     seconds measured                        (default 20)
  --warmup       seconds at the same rate, not measured  (default 5)
  --packages     document packages in the bench tenant   (default 200)
  --connections  most sockets to the gateway             (default 256)
  --timeout      seconds from due time to give up        (default 10)
Example: npx tsx bench/knowledge/run.ts --rate 500 --duration 10`;

const QUERY = `query KnowledgeBench($offset: Int!) {
  documentPackages(limit: ${PAGE}, offset: $offset, sort: [{ name: ASC }, { packageId: ASC }]) {
    name
    documents { title entities { name entityType } }
  }
}`;

interface Options {
  rate: number;
  durationSeconds: number;
  warmupSeconds: number;
  packages: number;
  connections: number;
  timeoutSeconds: number;
}

function parseCli(argv: string[]): Options {
  const values = benchArgs(
    USAGE,
    {
      rate: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      packages: { type: 'string', default: '200' },
      connections: { type: 'string', default: '256' },
      timeout: { type: 'string', default: '10' },
    },
    argv,
  );
  return {
    rate: integerFlag('rate', values.rate, 1, 100_000),
    durationSeconds: integerFlag('duration', values.duration, 1, 3600),
    warmupSeconds: integerFlag('warmup', values.warmup, 0, 600),
    packages: integerFlag('packages', values.packages, PAGE, 1_000_000),
    connections: integerFlag('connections', values.connections, 1, 10_000),
    timeoutSeconds: integerFlag('timeout', values.timeout, 1, 600),
  };
}

/** CPU the gateway and the knowledge subgraph processes (and a local Neo4j) used over the measured run. */
interface CpuSplit {
  gatewayMs: number;
  knowledgeMs: number;
  /** Undefined when Neo4j is not a process of this machine that this one can see. */
  neo4jMs: number | undefined;
}

function report(options: Options, result: OpenLoopResult, cpu: CpuSplit): string {
  // Per request sent: requests still unanswered at the end cost both processes too.
  const perRequest = (ms: number) => `${(ms / Math.max(result.scheduled, 1)).toFixed(2)} ms`;
  const ms = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(1)} ms`);
  const spread = (p: Percentiles | null) =>
    `p50 ${ms(p?.p50)}  p95 ${ms(p?.p95)}  p99 ${ms(p?.p99)}  max ${ms(p?.max)}`;
  const errorRate = result.errors / Math.max(result.scheduled, 1);
  const pass = result.latency !== null && result.latency.p95 < TARGET_P95_MS && result.errors === 0;
  return [
    `knowledge nested read through the gateway: ${options.packages} packages, ${options.rate} req/s for ${options.durationSeconds} s`,
    `  achieved     sent ${result.sentRate.toFixed(0)} req/s, answered ${result.goodRate.toFixed(0)} good req/s (${result.good}/${result.scheduled})`,
    `  latency      ${spread(result.latency)}  (from due time)`,
    `  service time ${spread(result.serviceTime)}  (from hand-off to the client pool)`,
    `  errors       ${result.errors} (${(errorRate * 100).toFixed(2)} %, ${result.timeouts} unanswered after ${options.timeoutSeconds} s)` +
      result.errorSamples.map((s) => `\n    - ${s}`).join(''),
    `  CPU/request  gateway ${perRequest(cpu.gatewayMs)}, knowledge subgraph ${perRequest(cpu.knowledgeMs)} (each its own process), ` +
      `Neo4j ${cpu.neo4jMs === undefined ? 'n/a (not a local process)' : perRequest(cpu.neo4jMs)}`,
    `  target       p95 < ${TARGET_P95_MS} ms without errors: ${pass ? 'PASS' : 'FAIL'}`,
    `  machine      ${availableParallelism()} CPUs shared by the gateway, the knowledge subgraph, this process (five other subgraphs), the load generator, Neo4j and Redis`,
  ].join('\n');
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // graphql-js picks its cheaper production checks when it is first loaded, so the platform's
  // modules are loaded only after this, as a production process would run them.
  process.env.NODE_ENV ??= 'production';
  const [
    { loadConfig, SUBGRAPH_NAMES },
    { mintToken },
    { createLogger },
    { SCOPES },
    { startSubgraph },
    { connect },
    { seedTenants },
    { wipeTenant },
  ] = await Promise.all([
    import('../../lib/config.js'),
    import('../../lib/devToken.js'),
    import('../../lib/logger.js'),
    import('../../lib/scopes.js'),
    import('../../runtime/startPlatform.js'),
    import('../../runtime/connect.js'),
    import('../../subgraphs/knowledge/seed/seedTenants.js'),
    import('../../subgraphs/knowledge/seed/wipeTenant.js'),
  ]);
  const run = randomUUID().slice(0, 8);
  // One environment for this process and both children (same secrets, same key prefix).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    APOLLO_TELEMETRY_DISABLED: 'true',
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    REDIS_KEY_PREFIX: `bench:knowledge:${run}:`,
    // Limits count on every request, with budgets no run can spend.
    RATE_LIMIT_PRINCIPAL_POINTS: '1000000000000',
    RATE_LIMIT_TENANT_POINTS: '1000000000000',
  };
  const config = loadConfig(env);
  const tenantId = `bench-knowledge-${run}`;
  const logger = createLogger(config.LOG_LEVEL, 'bench-knowledge');
  // The gateway and the knowledge subgraph each in a child process, so their CPU reads apart; the
  // other subgraphs (this query never reaches them) in this one.
  const connections = connect(config, 'bench-knowledge');
  const teardown = new Teardown();
  teardown.defer('close Redis and Neo4j', () => connections.close());
  teardown.defer("remove the run's Redis keys", () =>
    deleteByPrefix(connections.redis, config.REDIS_KEY_PREFIX),
  );
  teardown.defer('remove the bench tenant', async () => {
    await wipeTenant(connections.neo4j, config.NEO4J_DATABASE, tenantId);
  });
  const knowledge = await SubgraphChild.start(env, ['knowledge']);
  teardown.defer('stop the knowledge subgraph', () => knowledge.stop());
  const others = await Promise.all(
    SUBGRAPH_NAMES.filter((name) => name !== 'knowledge').map((name) =>
      startSubgraph(config, connections, name, 0),
    ),
  );
  for (const subgraph of others) teardown.defer(`close ${subgraph.name}`, () => subgraph.close());
  const subgraphUrls = {
    ...Object.fromEntries(others.map((subgraph) => [subgraph.name, subgraph.url])),
    knowledge: knowledge.urls.knowledge as string,
  };
  const gateway = await GatewayChild.start(
    { kind: 'ours', subgraphUrls, principal: { subject: 'bench', tenantId, scopes: [...SCOPES] } },
    env,
    // BENCH_CPU_PROF=1 profiles the gateway process too (/tmp/prof).
    env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
  );
  teardown.defer('stop the gateway', () => gateway.stop());
  const cleanup = (): Promise<void> => teardown.run();
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    const seeded = await seedTenants(connections.neo4j, config.NEO4J_DATABASE, logger, {
      tenants: [tenantId],
      packages: options.packages,
      documentsPerPackage: 4,
      entitiesPerDocument: 8,
      seed: 42,
    });
    console.log(
      `seeded ${seeded.nodes} nodes, ${seeded.relationships} relationships in ${(seeded.elapsedMs / 1000).toFixed(1)} s`,
    );
    const token = await mintToken(config.AUTH_JWT_SECRET as string, {
      subject: 'bench',
      tenantId,
      scopes: SCOPES,
      ttlSeconds: 3600,
    });
    // Every offset of the sorted package list, so pages differ and no cache or dedupe flatters.
    const bodies = Array.from({ length: options.packages - PAGE + 1 }, (_, offset) =>
      JSON.stringify({ query: QUERY, operationName: 'KnowledgeBench', variables: { offset } }),
    );
    const load = (durationSeconds: number) =>
      runOpenLoop({
        url: gateway.url,
        headers: { authorization: `Bearer ${token}` },
        bodies,
        rate: options.rate,
        durationSeconds,
        connections: options.connections,
        timeoutSeconds: options.timeoutSeconds,
      });
    if (options.warmupSeconds > 0) {
      const warm = await load(options.warmupSeconds);
      console.log(
        `warm-up (${options.warmupSeconds} s, not counted): ${warm.good} good, ${warm.errors} errors`,
      );
    }
    const bolt = new URL(config.NEO4J_URI);
    const neo4jPid = ['127.0.0.1', 'localhost', '[::1]'].includes(bolt.hostname)
      ? listeningPid(Number(bolt.port || 7687))
      : undefined;
    const neo4jCpu = () => (neo4jPid === undefined ? undefined : processCpuMs(neo4jPid));
    const before = {
      gateway: processCpuMs(gateway.pid),
      knowledge: processCpuMs(knowledge.pid),
      neo4j: neo4jCpu(),
    };
    const result = await load(options.durationSeconds);
    const neo4jAfter = neo4jCpu();
    const cpu = {
      gatewayMs: processCpuMs(gateway.pid) - before.gateway,
      knowledgeMs: processCpuMs(knowledge.pid) - before.knowledge,
      neo4jMs: neo4jAfter === undefined || before.neo4j === undefined ? undefined : neo4jAfter - before.neo4j,
    };
    console.log(report(options, result, cpu));
  } catch (error) {
    console.error('bench failed:', error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

await main();
