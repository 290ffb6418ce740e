/**
 * `npx tsx bench/exports/run.ts [flags]`: loads a generated knowledge graph for one tenant, then
 * exports it (FULL_KNOWLEDGE_GRAPH) through a real export worker process per format and prints
 * records/s, wall time, file size and the worker's peak RSS; then, when Neo4j has APOC, runs the
 * same section queries through apoc.export.*.query side by side. Not a test; Redis and Neo4j must run.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { Queue } from 'bullmq';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { createNeo4jDriver } from '../../lib/neo4j.js';
import { createRedis } from '../../lib/redis.js';
import { buildPlan } from '../../subgraphs/exports/graph/exportPlan.js';
import { EXPORT_QUEUE, queueConnection, queuePrefix } from '../../subgraphs/exports/jobs/exportQueue.js';
import {
  queuedJob,
  type ExportFormat,
  type ExportJobRecord,
} from '../../subgraphs/exports/jobs/ExportJobRecord.js';
import { JobStore } from '../../subgraphs/exports/jobs/JobStore.js';
import { expectedCounts } from '../../subgraphs/knowledge/seed/generateGraph.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { childPids, peakRssMiB, processCpuMs, treeRssMiB } from '../lib/procStats.js';
import { benchArgs } from '../lib/flags.js';
import { Teardown } from '../lib/Teardown.js';
import {
  APOC_FORMATS,
  apocExport,
  apocMissing,
  findNeo4jProcess,
  type ApocFormat,
  type ApocOutcome,
} from './apoc.js';

const USAGE = `Usage: npx tsx bench/exports/run.ts [options]
  --packages N   packages in the graph (default 5435: 1.0M nodes + 1.97M relationships)
  --documents N  documents per package (default 10)
  --entities N   entities per document (default 9)
  --formats L    comma-separated: JSON (JSON Lines), CSV, PARQUET, CYPHER, GRAPHML, XML (default JSON,CSV)
  --tenant ID    tenant to load/export (default bench-exports-<packages>); kept for re-runs
  --wipe         delete and reload the tenant's graph first
  --drop         delete the tenant's graph afterwards (shared databases)
  --no-apoc      skip the APOC side-by-side run (default: run it for JSON and CSV when APOC is loaded)`;

const values = benchArgs(USAGE, {
  packages: { type: 'string', default: '5435' },
  documents: { type: 'string', default: '10' },
  entities: { type: 'string', default: '9' },
  formats: { type: 'string', default: 'JSON,CSV' },
  tenant: { type: 'string' },
  wipe: { type: 'boolean', default: false },
  drop: { type: 'boolean', default: false },
  'no-apoc': { type: 'boolean', default: false },
});
const size = {
  packages: Number(values.packages),
  documentsPerPackage: Number(values.documents),
  entitiesPerDocument: Number(values.entities),
  seed: 42,
};
const formats = values.formats.split(',').map((f) => f.trim().toUpperCase()) as ExportFormat[];
const tenantId = values.tenant ?? `bench-exports-${size.packages}`;

// Bench-only secrets: the worker verifies nothing from clients here, but the config demands them.
const secrets = {
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `b1:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:${randomUUID().slice(0, 8)}:`,
  EXPORTS_DIR: process.env.EXPORTS_DIR ?? '.data/bench-exports',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
const config = loadConfig({ ...process.env, ...secrets });
const logger = createLogger(config.LOG_LEVEL, 'bench-exports');
const teardown = new Teardown();
const driver = createNeo4jDriver({
  uri: config.NEO4J_URI,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
});
teardown.defer('neo4j', () => driver.close());
const redis = createRedis(config, 'bench-exports');
teardown.defer('redis', () => void redis.disconnect());

async function tenantSize(): Promise<number> {
  const { records } = await driver.executeQuery(
    'CALL { MATCH (n:DocumentPackage) WHERE n.tenant_id = $t RETURN count(n) AS c } RETURN c',
    { t: tenantId },
    { database: config.NEO4J_DATABASE },
  );
  return Number(records[0]?.get('c') ?? 0);
}

async function ensureGraph(): Promise<void> {
  const expected = expectedCounts({ tenantId, ...size });
  if (!values.wipe && (await tenantSize()) === size.packages) {
    console.log(
      `graph present: ${tenantId} (${expected.nodes} nodes, ${expected.relationships} relationships)`,
    );
    return;
  }
  console.log(`loading ${expected.nodes} nodes + ${expected.relationships} relationships for ${tenantId}…`);
  const seeded = await seedTenants(driver, config.NEO4J_DATABASE, logger, {
    tenants: [tenantId],
    ...size,
    wipe: true,
  });
  console.log(`loaded in ${(seeded.loadMs / 1000).toFixed(1)} s`);
}

interface Outcome {
  format: ExportFormat;
  records: number;
  /** Queueing to COMPLETED as a client sees it. */
  wallMs: number;
  /** startedAt to completedAt of the job: counting, reading, writing, committing. */
  jobMs: number;
  bytes: number;
  idleRss: number;
  peakRss: number;
  /** CPU time (user + system) the worker process spent from queueing to COMPLETED. */
  cpuMs: number;
  /** The same for Neo4j, when it runs on this machine from the launcher. */
  neo4jCpuMs: number | null;
  status: string;
}

/** The job every export runs: the tenant's whole graph. */
function benchJob(id: string, format: ExportFormat): ExportJobRecord {
  return queuedJob({
    id,
    tenantId,
    type: 'FULL_KNOWLEDGE_GRAPH',
    format,
    destination: 'LOCAL',
    requestedBy: 'bench',
    packageId: null,
    query: null,
    paramsJson: '{}',
  });
}

// Neo4j's process, for its CPU time and RSS and APOC's files, when it is the local launcher.
const neo4jUri = new URL(config.NEO4J_URI.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
const neo4jProcess = ['127.0.0.1', 'localhost', '[::1]'].includes(neo4jUri.hostname)
  ? findNeo4jProcess(Number(neo4jUri.port || 7687))
  : null;
const neo4jCpuMs = (): number | null => (neo4jProcess ? processCpuMs(neo4jProcess.pid) : null);

/** One fresh worker process per format, so each peak RSS belongs to one export only. */
async function exportWith(format: ExportFormat, store: JobStore, queue: Queue): Promise<Outcome> {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'runtime/main.ts', 'worker', 'exports'], {
    env: { ...process.env, ...secrets, EXPORTS_WORKER_CONCURRENCY: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  teardown.defer(`worker ${format}`, () => void worker.kill('SIGKILL'));
  const pid = worker.pid as number;
  // The worker and the process it runs the job in, sampled together: their sum is what the
  // export costs the machine.
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, treeRssMiB(pid));
    } catch {
      // The process may be gone between samples.
    }
  }, 50);
  // Start-up (tsx compiling the platform) is not export work: wait until the worker is listening.
  while ((await queue.getWorkers()).length === 0) await new Promise((r) => setTimeout(r, 100));
  const idleRss = peakRssMiB(pid);
  const idleCpuMs = processCpuMs(pid, { reapedChildren: true });
  const id = randomUUID();
  await store.create(benchJob(id, format));
  const neo4jCpuBefore = neo4jCpuMs();
  const started = performance.now();
  await queue.add('export', { tenantId, exportId: id }, { jobId: id });
  let final: ExportJobRecord | null = null;
  for (;;) {
    final = await store.get(tenantId, id);
    if (final && ['COMPLETED', 'FAILED', 'CANCELLED'].includes(final.status)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const wallMs = performance.now() - started;
  // The job process's CPU is added to the worker's once it has exited and been waited for.
  for (let i = 0; i < 100 && childPids(pid).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  const cpuMs = processCpuMs(pid, { reapedChildren: true }) - idleCpuMs;
  const neo4jCpuAfter = neo4jCpuMs();
  peak = Math.max(peak, peakRssMiB(pid));
  clearInterval(sampler);
  worker.kill('SIGTERM');
  await exited;
  if (final.status !== 'COMPLETED')
    console.error(`${format}: ${final.status} ${JSON.stringify(final.error)}`);
  const jobMs =
    final.startedAt && final.completedAt
      ? Date.parse(final.completedAt) - Date.parse(final.startedAt)
      : wallMs;
  return {
    format,
    records: final.processed,
    wallMs,
    jobMs,
    bytes: final.file?.fileSize ?? 0,
    idleRss,
    peakRss: peak,
    cpuMs,
    neo4jCpuMs: neo4jCpuBefore === null || neo4jCpuAfter === null ? null : neo4jCpuAfter - neo4jCpuBefore,
    status: final.status,
  };
}

const seconds = (ms: number | null): string => (ms === null ? 'n/a' : (ms / 1000).toFixed(1));

/** The same tenant-scoped section queries through APOC, inside Neo4j, for JSON and CSV. */
async function apocSideBySide(): Promise<void> {
  const wanted = formats.filter((f): f is ApocFormat => f in APOC_FORMATS);
  if (values['no-apoc'] || wanted.length === 0) {
    console.log(
      `\nAPOC side by side: not run (${values['no-apoc'] ? '--no-apoc' : 'no JSON or CSV in --formats'})`,
    );
    return;
  }
  const missing = await apocMissing(driver, config.NEO4J_DATABASE);
  if (missing) {
    console.log(`\nAPOC side by side: not run: ${missing}`);
    return;
  }
  const plan = buildPlan(benchJob(randomUUID(), 'JSON'));
  const outcomes: ApocOutcome[] = [];
  for (const format of wanted) {
    outcomes.push(await apocExport(driver, config.NEO4J_DATABASE, plan, format, neo4jProcess));
  }
  console.log(
    `\nAPOC side by side: ${plan.sections.length} section queries of the worker's FULL_KNOWLEDGE_GRAPH plan ` +
      '(this tenant only) through apoc.export.json.query / apoc.export.csv.query, one file per section' +
      ' written by Neo4j into its import directory; CSV plain (ours is a level-1 zip), JSON Lines rows {p} / {f,t,p}' +
      '\nformat    records  wall s  records/s  file MiB  neo4j CPU s  µs/record  neo4j RSS MiB before → peak',
  );
  for (const o of outcomes) {
    if (o.error) console.error(`APOC ${o.format}: ${o.error}`);
    const rss =
      o.neo4jRssBefore === null || o.neo4jRssPeak === null
        ? 'n/a'
        : `${o.neo4jRssBefore.toFixed(0)} → ${o.neo4jRssPeak.toFixed(0)}`;
    console.log(
      [
        o.format.padEnd(7),
        String(o.records).padStart(9),
        (o.wallMs / 1000).toFixed(2).padStart(7),
        String(Math.round(o.records / (o.wallMs / 1000))).padStart(10),
        (o.bytes === null ? 'n/a' : (o.bytes / 2 ** 20).toFixed(1)).padStart(9),
        seconds(o.neo4jCpuMs).padStart(12),
        (o.neo4jCpuMs === null
          ? 'n/a'
          : ((o.neo4jCpuMs * 1000) / Math.max(o.records, 1)).toFixed(1)
        ).padStart(10),
        rss.padStart(29),
      ].join(' '),
    );
  }
  if (!neo4jProcess)
    console.log('(Neo4j is not the local launcher: its CPU, RSS and file sizes are not shown)');
  console.log(`load average ${loadAverage()} after the APOC runs`);
}

const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

process.on('SIGINT', () => void teardown.run().then(() => process.exit(130)));
try {
  await ensureGraph();
  const store = new JobStore(redis, config.REDIS_KEY_PREFIX);
  const connection = queueConnection(config, 'bench-exports-queue');
  const queue = new Queue(EXPORT_QUEUE, { connection, prefix: queuePrefix(config) });
  teardown.defer('queue', async () => {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await connection.quit();
  });
  if (values.drop) {
    // Small batches: a detach-delete of thousands of dense nodes at once exceeds Neo4j's transaction memory.
    teardown.defer(
      'drop graph',
      async () => void (await wipeTenant(driver, config.NEO4J_DATABASE, tenantId, 1000)),
    );
  }
  const outcomes: Outcome[] = [];
  for (const format of formats) outcomes.push(await exportWith(format, store, queue));
  console.log(`load average ${loadAverage()} (2 cores shared with Neo4j)`);
  console.log(
    '\nformat    status      records   job s  wall s  records/s  file MiB  idle RSS MiB  peak RSS MiB  worker CPU s  µs/record  neo4j CPU s',
  );
  for (const o of outcomes) {
    console.log(
      [
        o.format.padEnd(9),
        o.status.padEnd(10),
        String(o.records).padStart(8),
        (o.jobMs / 1000).toFixed(2).padStart(7),
        (o.wallMs / 1000).toFixed(2).padStart(7),
        String(Math.round(o.records / (o.jobMs / 1000))).padStart(10),
        (o.bytes / 2 ** 20).toFixed(1).padStart(9),
        o.idleRss.toFixed(0).padStart(13),
        o.peakRss.toFixed(0).padStart(13),
        (o.cpuMs / 1000).toFixed(1).padStart(13),
        ((o.cpuMs * 1000) / Math.max(o.records, 1)).toFixed(1).padStart(10),
        seconds(o.neo4jCpuMs).padStart(12),
      ].join(' '),
    );
  }
  console.log(
    '\nrecords = nodes + relationships; records/s over job s (startedAt → completedAt, counts included);' +
      '\nwall s = queueing → COMPLETED as a client sees it; peak RSS = the worker process and its job' +
      '\nprocess together (sampled every 50 ms); worker CPU s = user + system time of both over the job;' +
      '\nµs/record = that per record;' +
      '\nneo4j CPU s = the same for the Neo4j process (queueing → COMPLETED), when it is the local launcher.',
  );
  await apocSideBySide();
} finally {
  await teardown.run();
}
