/**
 * `npm run bench:alerts -- [--tenants 1000] [--rules 10] [--samples 20] [--interval 15]`
 *
 * The alerting engine on the real Redis and Neo4j (REDIS_URL, NEO4J_URI; `npm start` or
 * `npm test` brings them up): `--tenants` × `--rules` alert rules over recorded metrics, half of
 * them true. Prints the evaluation cycle (wall time, monitor CPU, RSS) for the first cycle (which
 * opens the alerts) and steady cycles, then, with the whole platform running and those rules
 * loaded, the delay from a condition becoming true (the request that records the error) to the
 * FIRING message on a subscriber, for `--samples` tenants. No local peer to run beside it
 * (Alertmanager evaluates nothing itself; Prometheus rule evaluation is not tenant-scoped).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { createLogger } from '../../lib/logger.js';
import { MetricStore } from '../../lib/metrics/MetricStore.js';
import { MetricsRecorder } from '../../lib/metrics/recorder.js';
import { createNeo4jDriver } from '../../lib/neo4j.js';
import { createRedis, type RedisClient } from '../../lib/redis.js';
import { startPlatform } from '../../runtime/startPlatform.js';
import { createAlerting } from '../../subgraphs/observability/alerting.js';
import { evaluateTenant } from '../../subgraphs/observability/alerts/evaluate.js';
import { ruleFromInput } from '../../subgraphs/observability/alerts/rules.js';
import { benchArgs, integerFlag } from '../lib/flags.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';

const USAGE = `Usage: npm run bench:alerts -- [options]
  --tenants   tenants with alert rules                          (default 1000)
  --rules     alert rules per tenant (half of them true)         (default 10)
  --samples   tenants whose condition-to-FIRING delay is timed   (default 20)
  --interval  seconds between evaluation cycles                  (default 15)`;
const values = benchArgs(USAGE, {
  tenants: { type: 'string', default: '1000' },
  rules: { type: 'string', default: '10' },
  samples: { type: 'string', default: '20' },
  interval: { type: 'string', default: '15' },
});
const tenants = integerFlag('tenants', values.tenants, 1, 100_000);
const rulesPerTenant = integerFlag('rules', values.rules, 1, 100);
const samples = integerFlag('samples', values.samples, 1, 200);
const interval = integerFlag('interval', values.interval, 1, 300);
const run = randomUUID().slice(0, 8);
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:alerts:${run}:`,
  ALERT_EVAL_INTERVAL_SECONDS: String(interval),
  METRICS_FLUSH_MS: '1000',
  RATE_LIMIT_ENABLED: 'false',
});
const logger = createLogger('warn', 'bench-alerts');
const redis = createRedis(config, 'bench-alerts');
const neo4j = createNeo4jDriver({
  uri: config.NEO4J_URI,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
});
const recorder = new MetricsRecorder();
const store = new MetricStore(
  redis,
  config.REDIS_KEY_PREFIX,
  config.METRICS_RETENTION_DAYS,
  config.METRICS_RESOLUTION_SECONDS,
);
recorder.start(store, logger, 60_000);
const alerting = createAlerting({ redis, neo4j, logger, config, metrics: recorder });

const mib = (bytes: number) => `${Math.round(bytes / 1048576)} MiB`;
const pct = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function load(): Promise<void> {
  const started = performance.now();
  const ids = Array.from({ length: tenants }, (_, i) => `bench-${run}-${i}`);
  for (let i = 0; i < ids.length; i += 50) {
    await Promise.all(
      ids.slice(i, i + 50).map(async (tenantId) => {
        recorder.count(tenantId, 'graphql_errors_total', { code: 'BAD_USER_INPUT' }, 5);
        recorder.count(
          tenantId,
          'graphql_operations_total',
          { operation_type: 'query', transport: 'http' },
          50,
        );
        for (let r = 0; r < rulesPerTenant; r += 1) {
          const rule = ruleFromInput(
            {
              name: `rule ${r}`,
              metric: r % 2 === 0 ? 'graphql_errors_total' : 'graphql_operations_total',
              comparison: 'GREATER_THAN',
              // Half hold (errors > 1), half do not (operations > 1,000,000).
              threshold: r % 2 === 0 ? 1 : 1_000_000,
              window: 300,
            },
            { id: randomUUID(), tenantId, createdAt: new Date().toISOString(), createdBy: 'bench' },
          );
          await alerting.rules.put(rule);
        }
        await alerting.addRuleTenant(tenantId);
      }),
    );
  }
  await recorder.flush();
  console.log(
    `loaded ${tenants} tenants × ${rulesPerTenant} rules in ${Math.round(performance.now() - started)} ms`,
  );
}

async function cycle(): Promise<{ ms: number; cpuMs: number; transitions: number; rules: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const queue = await alerting.ruleTenants();
  let transitions = 0;
  let rules = 0;
  const now = Date.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
        const r = await evaluateTenant({ ...alerting.evaluationDeps, metrics: store, logger }, t, now);
        transitions += r.transitions;
        rules += r.rules;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, transitions, rules };
}

async function latency(): Promise<number[]> {
  const platform = await startPlatform(config, { ephemeralPorts: true });
  const delays: number[] = [];
  const clients: ReturnType<typeof createClient>[] = [];
  try {
    const url = platform.gateway.url;
    const sampleTenants = Array.from({ length: samples }, (_, i) => `bench-${run}-sample-${i}`);
    await Promise.all(
      sampleTenants.map(async (tenantId, i) => {
        const token = await mintToken(config.AUTH_JWT_SECRET as string, {
          subject: 'bench',
          tenantId,
          scopes: ['graph:read', 'observability:read', 'observability:write'],
          ttlSeconds: 3600,
        });
        const post = (query: string, variables?: unknown) =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          }).then((r) => r.json());
        await post('mutation($i: CreateAlertRuleInput!) { createAlertRule(input: $i) { id } }', {
          i: {
            name: 'errors',
            metric: 'graphql_errors_total',
            comparison: 'GREATER_OR_EQUAL',
            threshold: 1,
            window: 60,
          },
        });
        const client = createClient({
          url: url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
        });
        clients.push(client);
        let triggeredAt = 0;
        const fired = new Promise<void>((resolve) => {
          client.subscribe(
            { query: 'subscription { alerts { state } }' },
            {
              next: (r) => {
                if (
                  (r.data as { alerts?: { state: string } })?.alerts?.state === 'FIRING' &&
                  triggeredAt > 0
                ) {
                  delays.push(Date.now() - triggeredAt);
                  resolve();
                }
              },
              error: () => resolve(),
              complete: () => resolve(),
            },
          );
        });
        // Spread the triggers over two evaluation intervals, after the subscription started.
        await new Promise((r) => setTimeout(r, 1000 + (i * 2 * interval * 1000) / samples));
        triggeredAt = Date.now();
        await post('{ noSuchField }');
        await Promise.race([fired, new Promise((r) => setTimeout(r, (interval * 3 + 10) * 1000))]);
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await platform.close();
  }
  return delays.sort((a, b) => a - b);
}

try {
  await load();
  const first = await cycle();
  const steady = [await cycle(), await cycle(), await cycle()];
  const steadyMs = steady.map((c) => c.ms).sort((a, b) => a - b);
  console.log('\n| alert evaluation | value | target |');
  console.log('|---|---:|---:|');
  console.log(`| rules per cycle | ${first.rules} | 10,000 |`);
  console.log(
    `| first cycle (opens ${first.transitions} alerts) | ${Math.round(first.ms)} ms, CPU ${Math.round(first.cpuMs)} ms | – |`,
  );
  console.log(
    `| steady cycle, median of 3 | ${Math.round(steadyMs[1] ?? 0)} ms, CPU ${Math.round(steady[1]?.cpuMs ?? 0)} ms | < 1000 ms |`,
  );
  console.log(`| monitor RSS after cycles | ${mib(process.memoryUsage().rss)} | – |`);
  const delays = await latency();
  console.log(
    `\n| condition true → FIRING on a subscriber (${delays.length}/${samples}, interval ${interval} s) | p50 ${pct(delays, 0.5)} ms | p99 ${pct(delays, 0.99)} ms | target p99 < ${(interval + 1) * 1000} ms |`,
  );
} finally {
  await recorder.stop();
  await alerting.close();
  await deleteByPrefix(redis, config.REDIS_KEY_PREFIX);
  redis.disconnect();
  await neo4j.close();
}
