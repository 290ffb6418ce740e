/**
 * `npx tsx bench/knowledge/run.ts [--rate 1000] [--duration 20] [--packages 200]`
 *
 * Knowledge read benchmark: seeds a bench tenant's graph, starts the whole platform in this process
 * (against REDIS_URL / NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; defaults are the local services), and
 * sends the typical nested read (package → documents → entities, a page of 5 at a varying offset)
 * through the gateway at a fixed arrival rate. Prints achieved rate, latency percentiles and error
 * rate against the target p95 < 50 ms. This module is the only one of the bench reading process.env.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Platform } from '../../runtime/startPlatform.js';
import { runOpenLoop, type OpenLoopResult, type Percentiles } from './openLoop.js';
import { integerFlag } from '../lib/flags.js';

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
  const { values } = parseArgs({
    args: argv,
    options: {
      rate: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      packages: { type: 'string', default: '200' },
      connections: { type: 'string', default: '256' },
      timeout: { type: 'string', default: '10' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    rate: integerFlag('rate', values.rate, 1, 100_000),
    durationSeconds: integerFlag('duration', values.duration, 1, 3600),
    warmupSeconds: integerFlag('warmup', values.warmup, 0, 600),
    packages: integerFlag('packages', values.packages, PAGE, 1_000_000),
    connections: integerFlag('connections', values.connections, 1, 10_000),
    timeoutSeconds: integerFlag('timeout', values.timeout, 1, 600),
  };
}

function report(options: Options, result: OpenLoopResult): string {
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
    `  target       p95 < ${TARGET_P95_MS} ms without errors: ${pass ? 'PASS' : 'FAIL'}`,
    `  machine      ${availableParallelism()} CPUs shared by this process (gateway and six subgraphs), the load generator, Neo4j and Redis`,
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
    { loadConfig },
    { mintToken },
    { createLogger },
    { SCOPES },
    { startPlatform },
    { seedTenants },
    { wipeTenant },
    { createRedis },
  ] = await Promise.all([
    import('../../lib/config.js'),
    import('../../lib/devToken.js'),
    import('../../lib/logger.js'),
    import('../../lib/scopes.js'),
    import('../../runtime/startPlatform.js'),
    import('../../subgraphs/knowledge/seed/seedTenants.js'),
    import('../../subgraphs/knowledge/seed/wipeTenant.js'),
    import('../../lib/redis.js'),
  ]);
  const run = randomUUID().slice(0, 8);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    REDIS_KEY_PREFIX: `bench:knowledge:${run}:`,
    // Limits count on every request, with budgets no run can spend.
    RATE_LIMIT_PRINCIPAL_POINTS: '1000000000000',
    RATE_LIMIT_TENANT_POINTS: '1000000000000',
  });
  const tenantId = `bench-knowledge-${run}`;
  const logger = createLogger(config.LOG_LEVEL, 'bench-knowledge');
  const platform: Platform = await startPlatform(config, { ephemeralPorts: true });
  // Ctrl-C also ends the load generator (same process group); the bench data goes either way: the
  // tenant's graph, and the run's Redis keys once the platform's queue workers have stopped.
  let cleaned: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (cleaned ??= (async () => {
      await wipeTenant(platform.connections.neo4j, config.NEO4J_DATABASE, tenantId);
      await platform.close();
      const redis = createRedis(config, 'bench-knowledge-cleanup');
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.REDIS_KEY_PREFIX}*`, 'COUNT', 500);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    })());
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    const seeded = await seedTenants(platform.connections.neo4j, config.NEO4J_DATABASE, logger, {
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
        url: platform.gateway.url,
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
    console.log(report(options, await load(options.durationSeconds)));
  } catch (error) {
    console.error('bench failed:', error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

await main();
