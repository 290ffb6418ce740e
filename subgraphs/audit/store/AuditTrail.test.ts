import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditTrail, entryLeaf } from './AuditTrail.js';
import { createRedis } from '../../../lib/redis.js';
import { testConfig } from '../../../test/support/testPlatform.js';

const url = testConfig().REDIS_URL;
const prefix = `test:audit:${randomUUID().slice(0, 8)}:`;
const clients = [createRedis(url, 'audit-test-a'), createRedis(url, 'audit-test-b')];

afterAll(async () => {
  const keys = await clients[0]!.keys(`${prefix}*`);
  if (keys.length > 0) await clients[0]!.del(...keys);
  for (const client of clients) client.disconnect();
});

const entry = (tenantId: string, i: number) => ({
  tenantId,
  actor: 'user-1',
  action: 'event.publish',
  resource: `r-${i}`,
  outcome: 'SUCCESS' as const,
  details: { i },
});

describe('AuditTrail appends', () => {
  it('keeps all of 1,000 concurrent appends of one tenant in one valid chain', async () => {
    const trail = new AuditTrail(clients[0]!, prefix);
    const tenant = `t-${randomUUID()}`;
    const stored = await Promise.all(Array.from({ length: 1000 }, (_, i) => trail.append(entry(tenant, i))));
    expect(new Set(stored.map((e) => e.sequence)).size).toBe(1000);
    expect(await trail.count(tenant)).toBe(1000);
    expect(await trail.verify(tenant)).toEqual({ valid: true, checked: 1000, brokenAt: null });
  });

  it('never forks the chain when two processes append to one tenant at once', async () => {
    // Two trails on two connections stand for two gateway processes.
    const [a, b] = clients.map((client) => new AuditTrail(client, prefix)) as [AuditTrail, AuditTrail];
    const tenant = `t-${randomUUID()}`;
    await Promise.all(Array.from({ length: 600 }, (_, i) => (i % 2 === 0 ? a : b).append(entry(tenant, i))));
    expect(await a.count(tenant)).toBe(600);
    expect(await b.verify(tenant)).toEqual({ valid: true, checked: 600, brokenAt: null });
    const resources = new Set<string | null>();
    for await (const page of a.pages(tenant)) for (const e of page) resources.add(e.resource);
    expect(resources.size).toBe(600);
  });

  it('rechains onto the head another process moved when its own cached head is stale (chain and tree)', async () => {
    const [a, b] = clients.map((client) => new AuditTrail(client, prefix)) as [AuditTrail, AuditTrail];
    const tenant = `t-${randomUUID()}`;
    // Each round, the writer's last-seen head is the one before the other writer's batch.
    for (let round = 0; round < 20; round += 1) {
      const writer = round % 2 === 0 ? a : b;
      await Promise.all(Array.from({ length: 3 }, (_, i) => writer.append(entry(tenant, round * 3 + i))));
    }
    expect(await a.headSize(tenant)).toBe(60);
    expect(await b.verify(tenant)).toEqual({ valid: true, checked: 60, brokenAt: null });
    const leaves = await a.storedLeaves(tenant, 0, 60);
    const entries = await a.range(tenant, 0, 59);
    expect(Buffer.concat(entries.map(entryLeaf)).equals(leaves)).toBe(true);
  });

  it('a batch that lost the head takes along what queued meanwhile: one call lands them all', async () => {
    const [a, b] = clients.map((client) => new AuditTrail(client, prefix)) as [AuditTrail, AuditTrail];
    const tenant = `t-${randomUUID()}`;
    await a.append(entry(tenant, 0));
    await b.append(entry(tenant, 1)); // a's cached head is stale now
    const appending = clients[0] as unknown as { auditAppendV4: (...args: unknown[]) => Promise<unknown> };
    const original = appending.auditAppendV4.bind(appending);
    let calls = 0;
    appending.auditAppendV4 = (...args) => ((calls += 1), original(...args));
    try {
      // The first leaves at once (and loses the head); the others queue behind it.
      const stored = await Promise.all([2, 3, 4].map((i) => a.append(entry(tenant, i))));
      expect(stored.map((e) => e.sequence)).toEqual([3, 4, 5]);
      expect(stored.map((e) => e.resource)).toEqual(['r-2', 'r-3', 'r-4']);
      // The lost call, then one call for all three (not one for the first and one for the rest).
      expect(calls).toBe(2);
    } finally {
      appending.auditAppendV4 = original;
    }
    expect(await b.verify(tenant)).toEqual({ valid: true, checked: 5, brokenAt: null });
  });

  it('rejects an append it could not store instead of dropping it silently', async () => {
    const dead = createRedis('redis://127.0.0.1:1', 'audit-test-dead');
    try {
      const trail = new AuditTrail(dead, prefix);
      await expect(trail.append(entry(`t-${randomUUID()}`, 0))).rejects.toThrow();
    } finally {
      dead.disconnect();
    }
  });
});
