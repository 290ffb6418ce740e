import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../lib/logger.js';
import { createRedis } from '../../../lib/redis.js';
import { queuedJob, type ExportJobRecord } from '../jobs/ExportJobRecord.js';
import { ExportJobRemover } from '../jobs/ExportJobRemover.js';
import { JobStore } from '../jobs/JobStore.js';
import { RetentionSweeper } from './RetentionSweeper.js';
import { testConfig } from '../../../test/support/testPlatform.js';

// Two connections stand for two worker processes sharing one Redis.
const url = testConfig().REDIS_URL;
const redisA = createRedis(url, 'retention-test-a');
const redisB = createRedis(url, 'retention-test-b');
const prefixes: string[] = [];
const RETENTION = 3_600_000;
const LEASE = 60_000;
const logger = createLogger('silent', 'retention-test');

afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await redisA.keys(`${prefix}*`);
    if (keys.length > 0) await redisA.del(...keys);
  }
  redisA.disconnect();
  redisB.disconnect();
});

/** A key prefix of its own per test: the finished-jobs index spans every tenant of a prefix. */
function stores(): [JobStore, JobStore] {
  const prefix = `test:${randomUUID().slice(0, 8)}:`;
  prefixes.push(prefix);
  return [new JobStore(redisA, prefix), new JobStore(redisB, prefix)];
}

/** Records the files a sweeper deletes; `failures` makes that many deletions throw first. */
function fakeFiles(failures = 0) {
  const removed: string[] = [];
  let failing = failures;
  const destination = {
    remove: async (_tenantId: string, key: string) => {
      if (failing-- > 0) throw new Error('storage unavailable');
      removed.push(key);
    },
  };
  return { removed, destinationOf: () => destination };
}

function sweeper(store: JobStore, destinationOf = fakeFiles().destinationOf): RetentionSweeper {
  return new RetentionSweeper({
    store,
    remover: new ExportJobRemover(store, destinationOf),
    retentionMs: RETENTION,
    logger,
    batchSize: 10,
    leaseMs: LEASE,
  });
}

async function queued(store: JobStore, tenantId = `t-${randomUUID()}`): Promise<ExportJobRecord> {
  return store.create(
    queuedJob({
      id: randomUUID(),
      tenantId,
      type: 'FULL_KNOWLEDGE_GRAPH',
      format: 'JSON',
      destination: 'LOCAL',
      requestedBy: 'user-1',
      packageId: null,
      query: null,
      paramsJson: '{}',
    }),
  );
}

async function completed(store: JobStore, completedAtMs: number): Promise<ExportJobRecord> {
  const job = await queued(store);
  const done = await store.transition(job.tenantId, job.id, ['QUEUED'], {
    status: 'COMPLETED',
    completedAt: new Date(completedAtMs).toISOString(),
    file: {
      key: `${job.id}.jsonl`,
      fileName: 'x.jsonl',
      contentType: 'application/x-ndjson',
      fileSize: 1,
      sha256: '0',
    },
  });
  return (done as { record: ExportJobRecord }).record;
}

const T0 = Date.parse('2030-01-01T00:00:00Z');

describe('FinishedJobsIndex claims', () => {
  it('two sweepers racing never claim the same job, and together claim every due one', async () => {
    const [a, b] = stores();
    const jobs = await Promise.all(Array.from({ length: 30 }, (_, i) => completed(a, T0 + i)));
    const now = T0 + 30 + RETENTION;
    const claims = await Promise.all(
      [a, b, a, b, a, b].map((store) => store.finished.claim(now - RETENTION, now - RETENTION + LEASE, 10)),
    );
    const ids = claims.flat().map((ref) => ref.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(jobs.map((j) => j.id).sort());
  });

  it('a claim keeps other sweepers off until its lease runs out', async () => {
    const [a, b] = stores();
    const job = await completed(a, T0);
    const due = T0 + RETENTION;
    expect((await a.finished.claim(due - RETENTION, due - RETENTION + LEASE, 10)).map((r) => r.id)).toEqual([
      job.id,
    ]);
    expect(await b.finished.claim(due - RETENTION, due - RETENTION + LEASE, 10)).toEqual([]);
    const later = due + LEASE;
    expect(
      (await b.finished.claim(later - RETENTION, later - RETENTION + LEASE, 10)).map((r) => r.id),
    ).toEqual([job.id]);
  });

  it('a final transition indexes the job only when it applies, at its completion time', async () => {
    const [store] = stores();
    await store.transition('t', randomUUID(), ['QUEUED'], { status: 'CANCELLED' });
    const job = await queued(store);
    const ref = { tenantId: job.tenantId, id: job.id };
    await store.transition(job.tenantId, job.id, ['QUEUED'], {
      status: 'CANCELLED',
      completedAt: new Date(T0).toISOString(),
    });
    expect(await store.finished.scoreOf(ref)).toBe(T0);
    const again = await store.transition(job.tenantId, job.id, ['QUEUED'], { status: 'CANCELLED' });
    expect(again?.applied).toBe(false);
    expect(await store.finished.scoreOf(ref)).toBe(T0);
    expect(await store.finished.claim(T0 + 10_000, T0 + 20_000, 100)).toEqual([ref]);
  });
});

describe('RetentionSweeper.sweepOnce', () => {
  it('deletes jobs past retention with their files and re-dates the others', async () => {
    const [store] = stores();
    const files = fakeFiles();
    const expired = await completed(store, T0);
    const recent = await completed(store, T0 + 10 * LEASE);
    const running = await queued(store);
    // An entry announcing a completion that never applied, and one whose record is gone.
    await store.finished.add({ tenantId: running.tenantId, id: running.id }, T0);
    const gone = { tenantId: 't-gone', id: randomUUID() };
    await store.finished.add(gone, T0);
    // Everything claimable: `recent` and the others come due at the same sweep as `expired`.
    await store.finished.reschedule({ tenantId: recent.tenantId, id: recent.id }, T0);
    const now = T0 + RETENTION + 1;

    expect(await sweeper(store, files.destinationOf).sweepOnce(now)).toEqual({ claimed: 4, deleted: 1 });
    expect(files.removed).toEqual([expired.file?.key]);
    expect(await store.get(expired.tenantId, expired.id)).toBeNull();
    expect(await store.finished.scoreOf({ tenantId: expired.tenantId, id: expired.id })).toBeNull();
    expect(await store.finished.scoreOf(gone)).toBeNull();
    expect(await store.get(recent.tenantId, recent.id)).not.toBeNull();
    expect(await store.finished.scoreOf({ tenantId: recent.tenantId, id: recent.id })).toBe(T0 + 10 * LEASE);
    expect(await store.get(running.tenantId, running.id)).not.toBeNull();
    expect(await store.finished.scoreOf({ tenantId: running.tenantId, id: running.id })).toBe(now);
  });

  it('a failed file deletion keeps the job, and a pass after the lease deletes it', async () => {
    const [store] = stores();
    const files = fakeFiles(1);
    const job = await completed(store, T0);
    const now = T0 + RETENTION;
    const sweep = sweeper(store, files.destinationOf);
    expect(await sweep.sweepOnce(now)).toEqual({ claimed: 1, deleted: 0 });
    expect(await store.get(job.tenantId, job.id)).not.toBeNull();
    expect(await sweep.sweepOnce(now + 1)).toEqual({ claimed: 0, deleted: 0 });
    expect(await sweep.sweepOnce(now + LEASE)).toEqual({ claimed: 1, deleted: 1 });
    expect(files.removed).toEqual([job.file?.key]);
    expect(await store.get(job.tenantId, job.id)).toBeNull();
  });

  it('takes at most one batch per pass', async () => {
    const [store] = stores();
    await Promise.all(Array.from({ length: 25 }, (_, i) => completed(store, T0 + i)));
    const sweep = sweeper(store);
    const now = T0 + RETENTION + 100;
    expect((await sweep.sweepOnce(now)).deleted).toBe(10);
    expect((await sweep.sweepOnce(now)).deleted).toBe(10);
    expect((await sweep.sweepOnce(now)).deleted).toBe(5);
  });
});
