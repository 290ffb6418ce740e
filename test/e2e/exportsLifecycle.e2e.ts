import { spawn, type ChildProcess } from 'node:child_process';
import ExcelJS from 'exceljs';
import { readdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import type { RunningWorker } from '../../lib/subgraphServer.js';
import { tenantDirectory } from '../../subgraphs/exports/destinations/LocalDestination.js';
import { JobStore } from '../../subgraphs/exports/jobs/JobStore.js';
import {
  ExportWorkers,
  createExport,
  download,
  waitFinal,
  type JobView,
  JOB_FIELDS,
  temporaryExportsDir,
} from '../../subgraphs/exports/testing/exportTestKit.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';

// The platform runs no export worker here (concurrency 0): each test starts the workers it needs,
// in-process or as a real `main.ts worker exports` process it can kill.
let t: TestPlatform;
let exportsDir: Awaited<ReturnType<typeof temporaryExportsDir>>;
let tenant: string;
let token: string;
let store: JobStore;
let records = 0;
let workers: ExportWorkers;
const children: ChildProcess[] = [];
const LOCK_MS = 1500;

beforeAll(async () => {
  exportsDir = await temporaryExportsDir();
  t = await startTestPlatform({
    EXPORTS_DIR: exportsDir.dir,
    EXPORTS_WORKER_CONCURRENCY: '0',
    EXPORTS_LOCK_MS: String(LOCK_MS),
    EXPORTS_CUSTOM_QUERY_ENABLED: 'true',
  });
  workers = new ExportWorkers(t);
  tenant = t.tenant('life');
  token = await t.token(tenant);
  store = new JobStore(t.platform.connections.redis, t.config.REDIS_KEY_PREFIX);
  // Big enough that an EXCEL export runs for a while: ~30,000 nodes and relationships.
  const seeded = await seedTenants(
    t.platform.connections.neo4j,
    t.config.NEO4J_DATABASE,
    createLogger('silent', 'seed'),
    {
      tenants: [tenant],
      packages: 30,
      documentsPerPackage: 10,
      entitiesPerDocument: 20,
      seed: 11,
    },
  );
  records = seeded.nodes + seeded.relationships;
}, 120_000);

// A worker a test left running would take the next test's jobs (with the wrong settings).
afterEach(async () => {
  await workers.stopAll();
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await workers.stopAll();
  await wipeTenant(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant);
  await t.close();
  await exportsDir.remove();
});

/** A real worker process, to be killed with SIGKILL: nothing in it gets to clean up. */
function startWorkerProcess(): ChildProcess {
  const { config } = t;
  // The tsx loader in this one process: the tsx CLI would fork a child that SIGKILL misses.
  const child = spawn(process.execPath, ['--import', 'tsx', 'runtime/main.ts', 'worker', 'exports'], {
    env: {
      ...process.env,
      LOG_LEVEL: 'silent',
      REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
      INTERNAL_SIGNING_KEY: config.INTERNAL_SIGNING_KEY,
      AUTH_JWT_SECRET: config.AUTH_JWT_SECRET,
      SECRETS_ENCRYPTION_KEYS: config.SECRETS_ENCRYPTION_KEYS.map(
        (k) => `${k.id}:${k.key.toString('base64')}`,
      ).join(','),
      EXPORTS_DIR: config.EXPORTS_DIR,
      EXPORTS_LOCK_MS: String(LOCK_MS),
      EXPORTS_WORKER_CONCURRENCY: '1',
    },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

async function statusOf(id: string): Promise<string | undefined> {
  return (await store.get(tenant, id))?.status;
}

async function filesOf(id: string): Promise<string[]> {
  const names = await readdir(tenantDirectory(t.config.EXPORTS_DIR, tenant)).catch(() => []);
  return names.filter((n) => n.startsWith(id));
}

const excel = { type: 'FULL_KNOWLEDGE_GRAPH', format: 'EXCEL' };

describe('cancel', () => {
  it('a QUEUED job is cancelled and never runs', async () => {
    const { job } = await createExport(t, token, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    const id = (job as JobView).id;
    const res = await t.gql<{ cancelExport: JobView }>(
      token,
      'mutation($id: ID!) { cancelExport(id: $id) { status } }',
      { id },
    );
    expect(res.body.data?.cancelExport.status).toBe('CANCELLED');
    const worker = await workers.start();
    const later = await createExport(t, token, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    expect((await waitFinal(t, token, (later.job as JobView).id)).status).toBe('COMPLETED');
    expect(await statusOf(id)).toBe('CANCELLED');
    expect(await filesOf(id)).toEqual([]);
    await workers.stop(worker);
  });

  it('a PROCESSING job stops promptly and leaves no file', async () => {
    const worker = await workers.start();
    const { job } = await createExport(t, token, excel);
    const id = (job as JobView).id;
    await eventually(async () => (await statusOf(id)) === 'PROCESSING', 20_000, 'PROCESSING');
    const cancelledAt = Date.now();
    const res = await t.gql<{ cancelExport: JobView }>(
      token,
      'mutation($id: ID!) { cancelExport(id: $id) { status } }',
      { id },
    );
    expect(res.body.data?.cancelExport.status).toBe('CANCELLED');
    // The worker notices within a progress beat and removes its partial file.
    await eventually(async () => (await filesOf(id)).length === 0, 5_000, 'partial file removed');
    expect(Date.now() - cancelledAt).toBeLessThan(5_000);
    const final = await waitFinal(t, token, id);
    expect(final.status).toBe('CANCELLED');
    expect(final.downloadUrl).toBeNull();
    await workers.stop(worker);
  });
});

describe('shutdown', () => {
  it('a worker that stops hands its running job back, and another worker completes it', async () => {
    // On a loaded machine a run can finish before the stop reaches it (nothing to hand back):
    // then try again with a new job, at most three times.
    let id = '';
    for (let attempt = 0; attempt < 3 && !id; attempt++) {
      const first = await workers.start();
      const { job } = await createExport(t, token, excel);
      const candidate = (job as JobView).id;
      await eventually(async () => (await statusOf(candidate)) === 'PROCESSING', 20_000, 'PROCESSING');
      await workers.stop(first);
      const status = await statusOf(candidate);
      if (status === 'COMPLETED') continue;
      expect(status).toBe('QUEUED');
      id = candidate;
    }
    expect(id).not.toBe('');
    const second = await workers.start({ EXPORTS_MAX_RECOVERIES: 0 });
    const done = await waitFinal(t, token, id);
    // Not counted as a crash: with no recoveries allowed it still completes.
    expect(done.status).toBe('COMPLETED');
    expect(done.progress.processed).toBe(records);
    await workers.stop(second);
  });
});

describe('crash recovery', () => {
  async function crashMidJob(format: string): Promise<string> {
    const child = startWorkerProcess();
    const { job } = await createExport(t, token, { type: 'FULL_KNOWLEDGE_GRAPH', format });
    const id = (job as JobView).id;
    await eventually(
      async () => (await statusOf(id)) === 'PROCESSING',
      30_000,
      'the worker process to start the job',
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await statusOf(id)).toBe('PROCESSING');
    return id;
  }

  it('a job whose worker was killed is taken over and completes', async () => {
    const id = await crashMidJob('EXCEL');
    await workers.start();
    const job = await waitFinal(t, token, id);
    expect(job.status).toBe('COMPLETED');
    expect(job.progress.processed).toBe(records);
    expect((await download(t, job)).length).toBe(job.fileSize);
    await workers.stop(workers.all[0] as RunningWorker);
  });

  it('past EXPORTS_MAX_RECOVERIES the job fails with a reason, never stays PROCESSING', async () => {
    const id = await crashMidJob('EXCEL');
    await workers.start({ EXPORTS_MAX_RECOVERIES: 0 });
    const job = await waitFinal(t, token, id);
    expect(job.status).toBe('FAILED');
    expect(job.error?.code).toBe('EXPORT_INTERRUPTED');
    // The killed process could not clean up; the worker that failed the job removed its partial file.
    expect(await filesOf(id)).toEqual([]);
  });
});

describe('memory budget', () => {
  it('a job that outgrows EXPORTS_JOB_HEAP_MB fails EXPORT_TOO_LARGE and the worker runs the next job', async () => {
    const worker = await workers.start({ EXPORTS_JOB_HEAP_MB: 96 });
    // One row holding a list of six million integers: far more than a 64 MiB heap can decode.
    const { job, errors } = await createExport(t, token, {
      type: 'CUSTOM_QUERY',
      format: 'JSON',
      query: 'WITH $tenantId AS tenant RETURN tenant, range(1, 6000000) AS big',
    });
    expect(errors).toEqual([]);
    const id = (job as JobView).id;
    // Neo4j builds the six-million list and the job process decodes until its heap gives out:
    // CPU-bound on both, so on a busy 2-core machine it gets time.
    const failed = await waitFinal(t, token, id, 100_000);
    expect(failed.status).toBe('FAILED');
    expect(failed.error?.code).toBe('EXPORT_TOO_LARGE');
    expect(failed.error?.message).toContain('EXPORTS_JOB_HEAP_MB');
    expect(await filesOf(id)).toEqual([]);
    // Only the job's thread died: the same worker completes the next export.
    const next = await createExport(t, token, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    expect((await waitFinal(t, token, (next.job as JobView).id)).status).toBe('COMPLETED');
    await workers.stop(worker);
  }, 150_000);
});

describe('transient Neo4j failures', () => {
  // The workers here reach Neo4j through a relay the test can cut: their connections close
  // mid-run as they would when Neo4j restarts or the network drops (the driver reports
  // ServiceUnavailable). Killing the connection inside Neo4j (dbms.killConnection) is no
  // substitute: Neo4j first terminates the transaction, which the driver often reports as
  // Neo.ClientError.Transaction.Terminated, an operator's decision that is not retried.
  let proxy: TcpProxy;
  let viaProxy: Partial<typeof t.config>;

  beforeAll(async () => {
    proxy = await startTcpProxy(new URL(t.config.NEO4J_URI).host);
    viaProxy = { NEO4J_URI: `bolt://${proxy.address}` };
  });

  afterAll(async () => {
    await proxy.close();
  });

  /**
   * From now on, the next run to read from Neo4j stops mid-response (its connection's bytes past
   * the first 64 KiB are held back by the relay), so the cut of `interruptRun` always lands while
   * a run is still reading. Called before the job can start. The export streams megabytes; a
   * connection's handshake and a count query stay far below the limit.
   */
  function holdNextRun(): void {
    proxy.holdAfter(64 * 1024);
  }

  /**
   * Waits for run number `retries + 1` of the job to be held mid-read and cuts it off (which ends
   * the hold, so the runs after it read freely); with `stayDown`, Neo4j stays unreachable for the
   * runs after it too.
   */
  async function interruptRun(id: string, retries: number, stayDown = false): Promise<void> {
    await eventually(
      async () => {
        const record = await store.get(tenant, id);
        if (record?.status !== 'PROCESSING' || (record.retries ?? 0) !== retries) return false;
        if (proxy.held === 0) return false;
        proxy.setDown(stayDown);
        proxy.cut();
        return true;
      },
      20_000,
      `run ${retries + 1} of the export to be reading from Neo4j`,
    );
  }

  it('a run cut off from Neo4j goes back to QUEUED, runs again and completes with the whole file', async () => {
    holdNextRun();
    // Created before any worker runs, so the subscription sees the first QUEUED too.
    const { job } = await createExport(t, token, excel);
    const id = (job as JobView).id;
    const client = wsClient(t.url, token);
    const updates = collect(
      client,
      `subscription($id: ID!) { exportJobUpdated(id: $id) { ${JOB_FIELDS} } }`,
      {
        id,
      },
    );
    await updates.waitFor(1);
    const worker = await workers.start({ ...viaProxy, EXPORTS_RETRY_BASE_MS: 500, EXPORTS_MAX_RETRIES: 1 });
    await interruptRun(id, 0);
    const done = await waitFinal(t, token, id, 60_000);
    expect(done.error).toBeNull();
    expect(done.status).toBe('COMPLETED');
    expect(done.progress.processed).toBe(records);
    expect((await store.get(tenant, id))?.retries).toBe(1);

    // Subscribers saw the retry: back to QUEUED with progress reset, then PROCESSING again.
    await updates.ended;
    const seen = updates.results.map((r) => r.data?.exportJobUpdated as JobView);
    const statuses = seen.map((j) => j.status).filter((s, i, all) => s !== all[i - 1]);
    expect(statuses).toEqual(['QUEUED', 'PROCESSING', 'QUEUED', 'PROCESSING', 'COMPLETED']);
    const requeued = seen.find((j, i) => j.status === 'QUEUED' && seen[i - 1]?.status === 'PROCESSING');
    expect(requeued?.progress).toEqual({ processed: 0, total: null, percent: null });
    await client.dispose();

    // The file is the second run's alone: every row once, nothing left of the first run.
    const file = await download(t, done);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    );
    const rows = workbook.worksheets.reduce((n, sheet) => n + sheet.actualRowCount - 1, 0);
    expect(rows).toBe(records);
    expect(await filesOf(id)).toHaveLength(1);
    await workers.stop(worker);
  });

  it('while Neo4j stays unreachable the job is retried EXPORTS_MAX_RETRIES times, then fails EXPORT_NEO4J_UNAVAILABLE', async () => {
    const worker = await workers.start({ ...viaProxy, EXPORTS_RETRY_BASE_MS: 200, EXPORTS_MAX_RETRIES: 1 });
    holdNextRun();
    const { job } = await createExport(t, token, excel);
    const id = (job as JobView).id;
    try {
      await interruptRun(id, 0, true);
      const failed = await waitFinal(t, token, id, 60_000);
      expect(failed.status).toBe('FAILED');
      expect(failed.error?.code).toBe('EXPORT_NEO4J_UNAVAILABLE');
      expect(failed.error?.message).toContain('retried 1 time ');
      expect(failed.downloadUrl).toBeNull();
      expect((await store.get(tenant, id))?.retries).toBe(1);
      expect(await filesOf(id)).toEqual([]);
    } finally {
      proxy.setDown(false);
    }
    await workers.stop(worker);
  });

  it('with EXPORTS_MAX_RETRIES=0 the first transient failure fails the job', async () => {
    const worker = await workers.start({ ...viaProxy, EXPORTS_MAX_RETRIES: 0 });
    holdNextRun();
    const { job } = await createExport(t, token, excel);
    const id = (job as JobView).id;
    await interruptRun(id, 0);
    const failed = await waitFinal(t, token, id, 60_000);
    expect(failed.status).toBe('FAILED');
    expect(failed.error?.code).toBe('EXPORT_NEO4J_UNAVAILABLE');
    expect(failed.error?.message).toContain('retried 0 times');
    expect((await store.get(tenant, id))?.retries).toBe(0);
    expect(await filesOf(id)).toEqual([]);
    await workers.stop(worker);
  });
});
