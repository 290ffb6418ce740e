import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from './redis.js';
import { TenantRecords, type TenantRecord } from './tenantRecords.js';
import { testConfig } from '../test/support/testPlatform.js';

const redis = createRedis(testConfig().REDIS_URL, 'tenant-records-test');
const prefix = `test:${randomUUID().slice(0, 8)}:`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

interface Row extends TenantRecord {
  readonly n: number;
}

describe('TenantRecords.page', () => {
  const records = new TenantRecords<Row>(redis, prefix, 'rows');
  const tenant = `t-${randomUUID()}`;

  it('walks a filtered list newest first with keyset cursors that survive inserts and ties', async () => {
    // Five records share one creation time: ties are ordered by id and never repeat or vanish.
    const at = Date.parse('2026-01-01T00:00:00Z');
    for (let n = 0; n < 12; n += 1) {
      const createdAt = new Date(at + (n < 5 ? 0 : n) * 1000).toISOString();
      await records.put({ id: `r${String(n).padStart(2, '0')}`, tenantId: tenant, createdAt, n });
    }
    const even = (r: Row) => r.n % 2 === 0;
    const seen: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await records.page(tenant, { first: 2, after, matches: even });
      seen.push(...page.items.map((r) => r.n));
      if (pages === 0) {
        // A record created after the walk began does not shift the pages that follow.
        await records.put({
          id: 'late',
          tenantId: tenant,
          createdAt: new Date(at + 60_000).toISOString(),
          n: 100,
        });
      }
      if (!page.hasNextPage) break;
      after = page.cursors[page.cursors.length - 1] ?? null;
    }
    expect(seen).toEqual([10, 8, 6, 4, 2, 0]);
    expect((await records.page(tenant, { first: 50, after: null, matches: () => true })).totalCount).toBe(13);
  });

  it('lets a sparse filter walk past the scan bound instead of dead-ending', async () => {
    const sparse = `sparse-${randomUUID()}`;
    const at = Date.parse('2026-02-01T00:00:00Z');
    // 6,001 records, of which only the oldest matches: beyond one page's 5,000-record scan.
    const pipeline = redis.pipeline();
    for (let n = 0; n <= 6_000; n += 1) {
      const row: Row = { id: `s${n}`, tenantId: sparse, createdAt: new Date(at + n * 1000).toISOString(), n };
      pipeline.hset(`${prefix}{t:${sparse}}:rows`, row.id, JSON.stringify(row));
      pipeline.zadd(`${prefix}{t:${sparse}}:rows:by-created`, at + n * 1000, row.id);
    }
    await pipeline.exec();
    const first = await records.page(sparse, { first: 10, after: null, matches: (r) => r.n === 0 });
    expect(first).toMatchObject({ items: [], hasNextPage: true });
    const second = await records.page(sparse, {
      first: 10,
      after: first.endCursor,
      matches: (r) => r.n === 0,
    });
    expect(second.items.map((r) => r.n)).toEqual([0]);
    expect(second.hasNextPage).toBe(false);
  });

  it('refuses a cursor of another tenant or another kind', async () => {
    const page = await records.page(tenant, { first: 1, after: null, matches: () => true });
    const cursor = page.cursors[0] as string;
    await expect(
      records.page(`other-${randomUUID()}`, { first: 1, after: cursor, matches: () => true }),
    ).rejects.toMatchObject({
      code: 'CURSOR_INVALID',
    });
    const others = new TenantRecords<Row>(redis, prefix, 'other-rows');
    await expect(others.page(tenant, { first: 1, after: cursor, matches: () => true })).rejects.toMatchObject(
      {
        code: 'CURSOR_INVALID',
      },
    );
  });
});
