import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../../lib/redis.js';
import { queuedJob, type ExportJobRecord } from './ExportJobRecord.js';
import { JobStore, type JobFilter } from './JobStore.js';
import { testConfig } from '../../../test/support/testPlatform.js';

const redis = createRedis(testConfig().REDIS_URL, 'job-store-test');
const prefix = `test:${randomUUID().slice(0, 8)}:`;
const store = new JobStore(redis, prefix);

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** Jobs at the given creation times (ms), as the store would hold them. */
async function seed(tenantId: string, times: readonly number[]): Promise<ExportJobRecord[]> {
  const records = times.map((ms, i) => ({
    ...queuedJob({
      id: randomUUID(),
      tenantId,
      type: 'FULL_KNOWLEDGE_GRAPH',
      format: i % 2 === 0 ? 'CSV' : 'JSON',
      destination: 'LOCAL',
      requestedBy: 'user-1',
      packageId: null,
      query: null,
      paramsJson: '{}',
    }),
    createdAt: new Date(ms).toISOString(),
  }));
  for (const record of records) await store.create(record);
  return records;
}

async function walk(tenantId: string, first: number, filter: JobFilter = {}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await store.list(tenantId, first, after, filter);
    ids.push(...page.items.map((i) => i.record.id));
    if (!page.hasNextPage) return ids;
    after = page.endCursor;
  }
  throw new Error('too many pages');
}

/** Newest first; equal times ordered by id, descending, as Redis orders ties. */
function expectedOrder(records: readonly ExportJobRecord[]): string[] {
  return [...records]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1))
    .map((r) => r.id);
}

describe('JobStore.list', () => {
  it('pages through jobs created in the same millisecond without repeating or skipping one', async () => {
    const tenant = `t-${randomUUID()}`;
    const records = await seed(tenant, [1000, 1000, 1000, 1000, 1000, 2000, 2000, 500]);
    const order = expectedOrder(records);
    for (const first of [1, 2, 3, 7, 8, 100])
      expect(await walk(tenant, first), `first ${first}`).toEqual(order);
    const page = await store.list(tenant, 3, null, {});
    expect(page.totalCount).toBe(8);
    expect(page.hasNextPage).toBe(true);
    const last = await store.list(tenant, 8, null, {});
    expect(last.hasNextPage).toBe(false);
  });

  it('continues from a cursor whose job was deleted in between', async () => {
    const tenant = `t-${randomUUID()}`;
    const records = await seed(tenant, [1000, 1000, 1000, 3000, 2000]);
    const order = expectedOrder(records);
    const first = await store.list(tenant, 3, null, {});
    expect(first.items.map((i) => i.record.id)).toEqual(order.slice(0, 3));
    // The first page's last job disappears; the next page still starts right after it.
    await redis.zrem(`${prefix}{t:${tenant}}:exports:jobs:by-created`, order[2] as string);
    const second = await store.list(tenant, 3, first.endCursor, {});
    expect(second.items.map((i) => i.record.id)).toEqual(order.slice(3));
  });

  it('filters by attributes and bounds creation time exclusively', async () => {
    const tenant = `t-${randomUUID()}`;
    const records = await seed(tenant, [1000, 2000, 3000, 4000, 5000, 6000]);
    const order = expectedOrder(records);
    const csv = records.filter((r) => r.format === 'CSV');
    expect(await walk(tenant, 1, { format: ['CSV'] })).toEqual(expectedOrder(csv));
    expect((await store.list(tenant, 10, null, { format: ['CSV'] })).totalCount).toBeNull();
    const window = { createdAfter: 2000, createdBefore: 5000 };
    expect(await walk(tenant, 1, window)).toEqual(order.slice(2, 4));
    expect((await store.list(tenant, 1, null, window)).totalCount).toBe(2);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(store.list('t', 5, 'not a cursor', {})).rejects.toMatchObject({ code: 'CURSOR_INVALID' });
  });
});
