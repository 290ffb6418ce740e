import { expect } from 'vitest';
import type { Config } from '../../../lib/config.js';
import type { RunningWorker } from '../../../lib/subgraphServer.js';
import type { TestPlatform } from '../../../test/support/testPlatform.js';
import { eventually } from '../../../test/support/wsClient.js';
import { createExportsWorker } from '../worker/createExportsWorker.js';

/** Test helpers shared by test/e2e/exports*.e2e.ts. */
export interface JobView {
  id: string;
  status: string;
  type: string;
  format: string;
  progress: { processed: number; total: number | null; percent: number | null };
  downloadUrl: string | null;
  fileSize: number | null;
  sha256: string | null;
  error: { code: string; message: string } | null;
}

export const JOB_FIELDS =
  'id status type format progress { processed total percent } downloadUrl fileSize sha256 error { code message }';

export async function createExport(
  t: TestPlatform,
  token: string,
  input: Record<string, unknown>,
): Promise<{
  job: JobView | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
}> {
  const res = await t.gql<{ createExport: JobView }>(
    token,
    `mutation($input: CreateExportInput!) { createExport(input: $input) { ${JOB_FIELDS} } }`,
    { input },
  );
  return { job: res.body.data?.createExport ?? null, errors: res.body.errors ?? [] };
}

export async function getJob(t: TestPlatform, token: string, id: string): Promise<JobView | null> {
  const res = await t.gql<{ exportJob: JobView | null }>(
    token,
    `query($id: ID!) { exportJob(id: $id) { ${JOB_FIELDS} } }`,
    {
      id,
    },
  );
  return res.body.data?.exportJob ?? null;
}

const FINAL = ['COMPLETED', 'FAILED', 'CANCELLED'];

/** Polls the job (bounded) until it reaches a final state. */
export async function waitFinal(
  t: TestPlatform,
  token: string,
  id: string,
  timeoutMs = 30_000,
): Promise<JobView> {
  let job: JobView | null = null;
  await eventually(
    async () => {
      job = await getJob(t, token, id);
      return job !== null && FINAL.includes(job.status);
    },
    timeoutMs,
    `export ${id} to finish`,
  );
  return job as unknown as JobView;
}

/** Creates an export, waits for it and asserts it COMPLETED. */
export async function runToCompletion(
  t: TestPlatform,
  token: string,
  input: Record<string, unknown>,
): Promise<JobView> {
  const created = await createExport(t, token, input);
  expect(created.errors).toEqual([]);
  const job = await waitFinal(t, token, (created.job as JobView).id);
  expect(job.error).toBeNull();
  expect(job.status).toBe('COMPLETED');
  return job;
}

/** Download URLs are relative to the gateway origin unless EXPORTS_PUBLIC_URL is set. */
export function absolute(t: TestPlatform, url: string): string {
  return new URL(url, t.url).toString();
}

export async function download(t: TestPlatform, job: JobView): Promise<Buffer> {
  const res = await fetch(absolute(t, job.downloadUrl as string));
  expect(res.status).toBe(200);
  const body = Buffer.from(await res.arrayBuffer());
  expect(body.length).toBe(job.fileSize);
  return body;
}

/** A private EXPORTS_DIR per test file, removed afterwards, so test runs leave no export files. */
export async function temporaryExportsDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'kg-exports-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * In-process export workers a test starts with its own settings (on a platform that runs none),
 * each stopped by the test or, at the latest, by `stopAll` in a hook.
 */
export class ExportWorkers {
  private readonly running: RunningWorker[] = [];

  constructor(private readonly t: TestPlatform) {}

  get all(): readonly RunningWorker[] {
    return this.running;
  }

  async start(overrides: Partial<Config> = {}): Promise<RunningWorker> {
    const { redis, neo4j, logger, metrics } = this.t.platform.connections;
    const worker = await createExportsWorker({
      redis,
      neo4j,
      logger,
      metrics,
      config: { ...this.t.config, EXPORTS_WORKER_CONCURRENCY: 1, ...overrides },
    });
    this.running.push(worker);
    return worker;
  }

  async stop(worker: RunningWorker): Promise<void> {
    await worker.close();
    this.running.splice(this.running.indexOf(worker), 1);
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.running.splice(0).map((w) => w.close()));
  }
}
