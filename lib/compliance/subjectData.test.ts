import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { createRedis } from '../redis.js';
import { TenantRecords, type TenantRecord } from '../tenantRecords.js';
import { testConfig } from '../../test/support/testPlatform.js';
import { collectRecords } from './subjectData.js';

const config = testConfig();
const redis = createRedis(config.REDIS_URL, 'subject-data-test');
const prefix = config.REDIS_KEY_PREFIX;

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

interface Item extends TenantRecord {
  readonly owner: string;
}

it('says truncated when the walk stops at its bound with records left, not only when a section fills', async () => {
  const records = new TenantRecords<Item>(redis, prefix, 'subject-data-test');
  const tenantId = `subject-${randomUUID().slice(0, 8)}`;
  const base = Date.now();
  for (let i = 0; i < 501; i += 1)
    await records.put({
      id: randomUUID(),
      tenantId,
      createdAt: new Date(base - i * 1000).toISOString(),
      owner: 'alice',
    });
  const mine = (r: Item) => r.owner === 'alice';
  const view = (r: Item) => ({ id: r.id });
  // One page of 500 leaves one record unread.
  const cut = await collectRecords(records, tenantId, mine, view, { maxPages: 1 });
  expect(cut).toMatchObject({ truncated: true });
  expect(cut.items).toHaveLength(500);
  const whole = await collectRecords(records, tenantId, mine, view);
  expect(whole).toMatchObject({ truncated: false });
  expect(whole.items).toHaveLength(501);
});
