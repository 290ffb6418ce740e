import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { LocalDestination, tenantDirectory } from '../../subgraphs/exports/destinations/LocalDestination.js';
import { retentionMs } from '../../subgraphs/exports/jobs/ExportJobRecord.js';
import { ExportJobRemover } from '../../subgraphs/exports/jobs/ExportJobRemover.js';
import { JobStore } from '../../subgraphs/exports/jobs/JobStore.js';
import {
  ExportWorkers,
  absolute,
  createExport,
  runToCompletion,
  temporaryExportsDir,
  type JobView,
} from '../../subgraphs/exports/testing/exportTestKit.js';
import { RetentionSweeper } from '../../subgraphs/exports/worker/RetentionSweeper.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { eventually } from '../support/wsClient.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// deleteExport and retention. The platform runs no export worker (concurrency 0), so a job stays
// QUEUED until a test starts a worker; finished jobs are made once, up front.
let t: TestPlatform;
let exportsDir: Awaited<ReturnType<typeof temporaryExportsDir>>;
let tenantA: string;
let tenantB: string;
let tokenA: string;
let tokenB: string;
let store: JobStore;
const finished: JobView[] = [];
let workers: ExportWorkers;
const report = { type: 'ANALYTICS_REPORT', format: 'JSON' };

beforeAll(async () => {
  exportsDir = await temporaryExportsDir();
  t = await startTestPlatform({ EXPORTS_DIR: exportsDir.dir, EXPORTS_WORKER_CONCURRENCY: '0' });
  workers = new ExportWorkers(t);
  tenantA = t.tenant('keep-a');
  tenantB = t.tenant('keep-b');
  tokenA = await t.token(tenantA);
  tokenB = await t.token(tenantB);
  store = new JobStore(t.platform.connections.redis, t.config.REDIS_KEY_PREFIX);
  await seedTenants(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, createLogger('silent', 'seed'), {
    tenants: [tenantA],
    packages: 1,
    documentsPerPackage: 2,
    entitiesPerDocument: 3,
    seed: 5,
  });
  const worker = await workers.start();
  for (let i = 0; i < 4; i++) finished.push(await runToCompletion(t, tokenA, report));
  await workers.stop(worker);
}, 120_000);

afterAll(async () => {
  await workers.stopAll();
  await wipeTenant(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenantA);
  await t.close();
  await exportsDir.remove();
});

async function filesOf(id: string): Promise<string[]> {
  const names = await readdir(tenantDirectory(t.config.EXPORTS_DIR, tenantA)).catch(() => []);
  return names.filter((n) => n.startsWith(id));
}

async function deleteExport(token: string, id: string) {
  return (
    await t.gql<{ deleteExport: string }>(token, 'mutation($id: ID!) { deleteExport(id: $id) }', { id })
  ).body;
}

/** What tenant A sees of a job: by id, in the list, and behind its download link. */
async function seen(job: JobView): Promise<{ read: boolean; listed: boolean; download: number }> {
  const res = await t.gql<{
    exportJob: { id: string } | null;
    exportJobs: { edges: Array<{ node: { id: string } }> };
  }>(
    tokenA,
    'query($id: ID!) { exportJob(id: $id) { id } exportJobs(first: 100) { edges { node { id } } } }',
    {
      id: job.id,
    },
  );
  const download = await fetch(absolute(t, job.downloadUrl as string));
  await download.arrayBuffer();
  return {
    read: res.body.data?.exportJob !== null,
    listed: Boolean(res.body.data?.exportJobs.edges.some((e) => e.node.id === job.id)),
    download: download.status,
  };
}

describe('deleteExport', () => {
  it('deletes a finished job and its file; its link then answers 404', async () => {
    const job = finished[0] as JobView;
    expect(await seen(job)).toEqual({ read: true, listed: true, download: 200 });
    expect(await filesOf(job.id)).toHaveLength(1);

    const deleted = await deleteExport(tokenA, job.id);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteExport: job.id });
    expect(await seen(job)).toEqual({ read: false, listed: false, download: 404 });
    expect(await filesOf(job.id)).toEqual([]);
    expect(await store.get(tenantA, job.id)).toBeNull();
    const res = await fetch(absolute(t, job.downloadUrl as string));
    expect(
      ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    expect((await deleteExport(tokenA, job.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a QUEUED or PROCESSING job until it is cancelled', async () => {
    const { job } = await createExport(t, tokenA, report);
    const id = (job as JobView).id;
    expect((await deleteExport(tokenA, id)).errors?.[0]?.extensions).toMatchObject({
      code: 'EXPORT_NOT_DELETABLE',
      status: 'QUEUED',
    });
    // No worker runs here: the store plays the one that took the job.
    await store.transition(tenantA, id, ['QUEUED'], {
      status: 'PROCESSING',
      startedAt: new Date().toISOString(),
    });
    expect((await deleteExport(tokenA, id)).errors?.[0]?.extensions).toMatchObject({
      code: 'EXPORT_NOT_DELETABLE',
      status: 'PROCESSING',
    });
    expect(await store.get(tenantA, id)).not.toBeNull();
    const cancelled = await t.gql<{ cancelExport: { status: string } }>(
      tokenA,
      'mutation($id: ID!) { cancelExport(id: $id) { status } }',
      { id },
    );
    expect(cancelled.body.data?.cancelExport.status).toBe('CANCELLED');
    const deleted = await deleteExport(tokenA, id);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteExport: id });
    expect(await store.get(tenantA, id)).toBeNull();
  });

  it('answers NOT_FOUND for another tenant’s job, as for an unknown one, and needs exports:write', async () => {
    const job = finished[1] as JobView;
    for (const id of [job.id, randomUUID()]) {
      expect((await deleteExport(tokenB, id)).errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    }
    const readOnly = await t.token(tenantA, ['exports:read']);
    expect((await deleteExport(readOnly, job.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await seen(job)).toEqual({ read: true, listed: true, download: 200 });
  });
});

describe('retention', () => {
  it('expiresAt is completedAt + EXPORTS_RETENTION_HOURS once final, null before', async () => {
    const job = finished[1] as JobView;
    const res = await t.gql<{ exportJob: { completedAt: string; expiresAt: string } }>(
      tokenA,
      'query($id: ID!) { exportJob(id: $id) { completedAt expiresAt } }',
      { id: job.id },
    );
    const { completedAt, expiresAt } = res.body.data?.exportJob ?? { completedAt: '', expiresAt: '' };
    expect(Date.parse(expiresAt) - Date.parse(completedAt)).toBe(168 * 3_600_000);
    const { job: queued } = await createExport(t, tokenA, report);
    const fresh = await t.gql<{ exportJob: { expiresAt: string | null } }>(
      tokenA,
      'query($id: ID!) { exportJob(id: $id) { expiresAt } }',
      { id: (queued as JobView).id },
    );
    expect(fresh.body.data?.exportJob.expiresAt).toBeNull();
    await t.gql(tokenA, 'mutation($id: ID!) { cancelExport(id: $id) { id } }', {
      id: (queued as JobView).id,
    });
  });

  it('a job past retention is hidden at once, and a sweep deletes it and its file', async () => {
    const job = finished[2] as JobView;
    // Finished more than a retention ago, through the store (the index entry moves with it).
    const past = Date.now() - retentionMs(t.config) - 60_000;
    await store.transition(tenantA, job.id, [], { completedAt: new Date(past).toISOString() });
    await store.finished.reschedule({ tenantId: tenantA, id: job.id }, past);
    expect(await seen(job)).toEqual({ read: false, listed: false, download: 200 });

    const sweeper = new RetentionSweeper({
      store,
      remover: new ExportJobRemover(store, () => new LocalDestination(t.config.EXPORTS_DIR)),
      retentionMs: retentionMs(t.config),
      logger: createLogger('silent', 'test'),
    });
    expect((await sweeper.sweepOnce()).deleted).toBe(1);
    expect(await seen(job)).toEqual({ read: false, listed: false, download: 404 });
    expect(await filesOf(job.id)).toEqual([]);
    expect(await store.get(tenantA, job.id)).toBeNull();
    expect(await seen(finished[1] as JobView)).toEqual({ read: true, listed: true, download: 200 });
  });

  // Last: this worker's retention is tiny, so it sweeps every finished job of the platform.
  it('an exports worker sweeps jobs past EXPORTS_RETENTION_HOURS on its own', async () => {
    const job = finished[3] as JobView;
    expect(await seen(job)).toEqual({ read: true, listed: true, download: 200 });
    await workers.start({ EXPORTS_RETENTION_HOURS: 0.0001 });
    await eventually(
      async () => (await store.get(tenantA, job.id)) === null,
      20_000,
      'the worker to sweep the job',
    );
    expect(await seen(job)).toEqual({ read: false, listed: false, download: 404 });
    expect(await filesOf(job.id)).toEqual([]);
  });
});
