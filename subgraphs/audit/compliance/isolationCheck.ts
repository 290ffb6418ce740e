import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { eventStreamKey } from '../../../lib/events/EventLog.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords, type TenantRecord } from '../../../lib/tenantRecords.js';
import { AuditTrail, auditStreamKey } from '../store/AuditTrail.js';
import type { IsolationFacts } from './facts.js';

/** What the self-check writes and reads through: the platform's own stores (tests pass a broken one). */
export interface IsolationStores {
  readonly records: Pick<TenantRecords<TenantRecord>, 'put' | 'get' | 'page' | 'delete'>;
  readonly trail: Pick<AuditTrail, 'append' | 'sequenceOf' | 'headSize' | 'range' | 'listKey' | 'levelKey'>;
}

export function platformStores(redis: RedisClient, prefix: string): IsolationStores {
  return {
    records: new TenantRecords<TenantRecord>(redis, prefix, 'compliance:isolation-probe'),
    // A plain trail (no checkpoints, no personal fields): the probe tenants are thrown away.
    trail: new AuditTrail(redis, prefix),
  };
}

/**
 * The "tenant isolation tests green in the last run" evidence: two throwaway tenants each get a
 * tenant record and an audit record through the platform's stores, then each tries to read the
 * other's by id, by page and by sequence; every such read must come back empty. Everything the
 * probe wrote is deleted afterwards.
 */
export async function runIsolationCheck(
  redis: RedisClient,
  prefix: string,
  stores: IsolationStores = platformStores(redis, prefix),
  now = new Date(),
): Promise<IsolationFacts> {
  const run = randomUUID();
  const [a, b] = [`compliance-probe-${run}-a`, `compliance-probe-${run}-b`] as const;
  const checks: Array<{ name: string; passed: boolean; detail: string }> = [];
  const check = (name: string, passed: boolean, detail: string) => checks.push({ name, passed, detail });
  const createdAt = now.toISOString();
  const recordA = await stores.records.put({ id: randomUUID(), tenantId: a, createdAt });
  await stores.records.put({ id: randomUUID(), tenantId: b, createdAt });
  try {
    const entryA = await stores.trail.append({
      tenantId: a,
      actor: 'system:compliance',
      action: 'compliance.isolationProbe',
      resource: recordA.id,
      resourceType: 'isolationProbe',
      outcome: 'SUCCESS',
      details: null,
    });
    const foreignGet = await stores.records.get(b, recordA.id);
    check(
      'records.get',
      foreignGet === null,
      foreignGet ? `tenant B read A's record ${recordA.id}` : 'not found',
    );
    const page = await stores.records.page(b, { first: 50, after: null, matches: () => true });
    const leaked = page.items.filter((r) => r.tenantId !== b || r.id === recordA.id);
    check(
      'records.page',
      leaked.length === 0,
      leaked.length ? `B's page holds ${leaked.length} of A's` : 'own only',
    );
    const sequence = await stores.trail.sequenceOf(b, entryA.id);
    check(
      'audit.sequenceOf',
      sequence === null,
      sequence === null ? 'not found' : `B resolved A's event ${entryA.id}`,
    );
    const [head, foreign] = await Promise.all([stores.trail.headSize(b), stores.trail.range(b, 0, 10)]);
    check(
      'audit.range',
      head === 0 && foreign.length === 0,
      head === 0 && foreign.length === 0 ? 'B has no records' : `B sees ${foreign.length} records`,
    );
    // The append announces the record on its tenant's audit stream (Subscription.auditEvents).
    const [streamA, streamB] = await Promise.all([
      redis.xlen(auditStreamKey(prefix, a)),
      redis.xlen(auditStreamKey(prefix, b)),
    ]);
    check(
      'audit.stream',
      streamA === 1 && streamB === 0,
      streamB > 0
        ? `B's audit stream holds ${streamB} announcements`
        : streamA === 1
          ? "A's announcement stayed on A's stream"
          : `A's audit stream holds ${streamA} announcements, not 1`,
    );
  } catch (error) {
    check('probe', false, (error as Error).message);
  } finally {
    await cleanUp(redis, prefix, stores, [a, b]);
  }
  return { ranAt: now.toISOString(), passed: checks.every((c) => c.passed), checks };
}

async function cleanUp(
  redis: RedisClient,
  prefix: string,
  stores: IsolationStores,
  tenants: readonly string[],
) {
  for (const tenant of tenants) {
    const page = await stores.records.page(tenant, { first: 50, after: null, matches: () => true });
    await Promise.all(page.items.map((r) => stores.records.delete(tenant, r.id)));
    const keys = [
      stores.trail.listKey(tenant),
      stores.trail.levelKey(tenant, 0),
      tenantKey(prefix, tenant, 'audit', 'head'),
      tenantKey(prefix, tenant, 'audit', 'ids'),
      tenantKey(prefix, tenant, 'audit', 'key-events'),
      auditStreamKey(prefix, tenant),
      eventStreamKey(prefix, tenant),
    ];
    // One key per call: under Cluster the keys need not share a slot (they do: one tenant's).
    await Promise.all(keys.map((key) => redis.del(key)));
  }
}
