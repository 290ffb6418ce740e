import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SealedValue } from '../../lib/crypto/envelope.js';
import { tenantKey } from '../../lib/redis.js';
import { createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { generateSigningSecret } from '../../subgraphs/integrations/delivery/signature.js';
import { WebhookStore, type WebhookRecord } from '../../subgraphs/integrations/webhookStore.js';
import { maintainKeys } from '../../subgraphs/security/keys/keyMaintenance.js';
import { KeysHarness, newKek, RETIRE, verifies } from '../support/keysHarness.js';
import { sealLegacy } from '../support/legacySecrets.js';

// A KEK rotation over a tenant with ten thousand webhook secrets, a tenth of them sealed the
// pre-envelope way (docs/SECURITY.md "Encryption keys"): the operator prepends a new KEK and
// restarts the platform and the webhook worker, key maintenance rewraps every DEK, the worker moves
// the legacy secrets onto the key and rewraps them all after a key rotation, and the old KEK goes.
const t1 = newKek('t1');
const t2 = newKek('t2');
const BULK = 10_000;
const LEGACY = 1_000;
const k = new KeysHarness();
const tenants: Record<'bulk' | 'side', string> = { bulk: '', side: '' };

beforeAll(async () => {
  await k.start([t1]);
  tenants.bulk = k.t.tenant('keys-bulk');
  tenants.side = k.t.tenant('keys-side');
  // Both purposes' keys of both tenants exist (they are made on first read) under t1.
  await k.keys(tenants.side);
  await k.keys(tenants.bulk);
});

afterAll(() => k.close());

describe('encryption keys through a KEK rotation', () => {
  it(`keeps ${BULK} webhooks delivering through a KEK rotation and a rewrap`, async () => {
    const r = await k.receiver();
    const byPath = new Map<string, { id: string; secret: string }>();
    for (let i = 0; i < 5; i += 1)
      byPath.set(`/hook/api-${i}`, await k.createWebhook(tenants.bulk, `${r.url}/api-${i}`));

    // Volume straight into the store, as the API would write it; a tenth sealed the pre-envelope way.
    const local = k.keyring([t1]);
    const store = new WebhookStore(k.redis, k.prefix, local);
    const started = Date.now();
    for (let from = 0; from < BULK; from += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, BULK - from) }, async (_, j) => {
          const i = from + j;
          const secret = generateSigningSecret();
          const now = new Date().toISOString();
          const record: WebhookRecord = {
            id: `bulk-${i}`,
            tenantId: tenants.bulk,
            createdAt: now,
            updatedAt: now,
            url: `${r.url}/bulk-${i}`,
            eventTypes: ['package.deleted'],
            description: null,
            headers: {},
            rateLimitPerSecond: null,
            retrySchedule: null,
            createdBy: 'keys-e2e',
            secret: i < LEGACY ? sealLegacy(t1, secret) : await store.seal(tenants.bulk, secret),
            previousSecret: null,
            previousSecretExpiresAt: null,
          };
          k.secrets.add(secret);
          byPath.set(`/hook/bulk-${i}`, { id: record.id, secret });
          await store.records.put(record);
        }),
      );
    }
    const writeMs = Date.now() - started;
    expect(writeMs).toBeLessThan(30_000);
    await k.collectDeks(tenants.bulk, [t1]);

    // KEK rotation: the operator prepends t2 and restarts everything.
    await k.stopWorker();
    await k.stopPlatform();
    await k.startPlatform([t2, t1]);
    await k.startWorker([t2, t1]);
    const maintenance = k.keyring([t2, t1]);
    // One cycle of the security worker's key maintenance.
    const cycle = await maintainKeys(
      { config: k.t.config, redis: k.redis, logger: k.logger },
      maintenance,
      async () => undefined,
    );
    // Every version wrapped by t1: webhook secrets and channels of bulk and of side.
    expect(cycle.rewrapped).toBeGreaterThanOrEqual(4);
    for (const tenantId of [tenants.side, tenants.bulk]) {
      for (const key of Object.values(await k.keys(tenantId))) {
        expect(key.versions.filter((v) => v.status !== 'DESTROYED').every((v) => v.wrappedBy === 't2')).toBe(
          true,
        );
      }
    }

    // The new worker's first check finds the pre-envelope secrets and moves them onto the key.
    const legacyMoved = await k.rewrapFinished(tenants.bulk, 'WEBHOOK_SECRETS', 1);
    expect(legacyMoved.rewrap).toMatchObject({ total: LEGACY, done: LEGACY, failed: 0 });
    expect(legacyMoved.versions.map((v) => v.encryptions)).toEqual([BULK + 5]);

    const { WEBHOOK_SECRETS: key } = await k.keys(tenants.bulk);
    const rewrapStarted = Date.now();
    expect((await k.rotate(tenants.bulk, key.id)).version).toBe(2);
    const moved = await k.rewrapFinished(tenants.bulk, 'WEBHOOK_SECRETS', 2, 60_000);
    const rewrapMs = Date.now() - rewrapStarted;
    expect(moved.rewrap).toMatchObject({ total: BULK + 5, done: BULK + 5, failed: 0 });
    expect(moved.versions.map((v) => v.encryptions)).toEqual([0, BULK + 5]);
    await k.collectDeks(tenants.bulk, [t2]);
    await k.ok(tenants.bulk, RETIRE, { id: key.id, min: 2 });

    // Every secret opens to what it was, with t2 alone: nothing depends on t1 any more.
    const newOnly = k.keyring([t2]);
    const stored = (await k.redis.hvals(tenantKey(k.prefix, tenants.bulk, 'integrations:webhooks'))).map(
      (raw) => JSON.parse(raw) as WebhookRecord,
    );
    expect(stored).toHaveLength(BULK + 5);
    const opened = await Promise.all(
      stored.map((rec) => newOnly.open(tenants.bulk, 'WEBHOOK_SECRETS', rec.secret)),
    );
    const expected = new Map([...byPath.values()].map((h) => [h.id, h.secret]));
    const wrong = stored.filter(
      (rec, i) => opened[i] !== expected.get(rec.id) || (rec.secret as SealedValue).version !== 2,
    );
    expect(wrong).toEqual([]);

    // t1 removed from the worker: a sample of real deliveries still verifies.
    await k.stopWorker();
    await k.startWorker([t2]);
    const sample = [
      '/hook/api-0',
      '/hook/api-3',
      ...Array.from({ length: 20 }, (_, i) => `/hook/bulk-${i * 499}`),
    ];
    for (const path of sample) {
      await k.ok(tenants.bulk, `mutation($id: ID!) { sendTestEvent(webhookId: $id) { deliveryId } }`, {
        id: byPath.get(path)?.id,
      });
    }
    const got = await r.waitFor(sample.length, 30_000);
    const unverified = sample.filter(
      (path) =>
        !verifies(
          byPath.get(path)?.secret ?? '',
          got.find((g) => g.path === path),
        ),
    );
    expect(unverified).toEqual([]);
    console.info(
      `${BULK} webhook records written in ${writeMs} ms; rotation to finished rewrap of ${BULK + 5} secrets ${rewrapMs} ms`,
    );
  }, 180_000);

  it('audits key use once per key per flush interval, with counts', async () => {
    const trail = createAuditLog(k.redis, k.t.config).trail;
    const records = (await trail.newest(tenants.bulk, 0, 5000)).filter(
      (e) => e.action === 'encryptionKey.access',
    );
    const byWorker = records.filter((e) => e.actor === 'system:webhooks');
    expect(
      byWorker.every((e) => e.eventType === 'encryption_key_accessed' && e.resourceType === 'encryptionKey'),
    ).toBe(true);
    const rewraps = byWorker.reduce((sum, e) => sum + Number((e.details as { rewraps: number }).rewraps), 0);
    expect(rewraps).toBeGreaterThanOrEqual(BULK + 5);
    // Aggregated: a handful of records for ten thousand rewraps, not one each.
    expect(byWorker.length).toBeLessThan(200);
  });

  it('leaves no plaintext secret and no key material in Redis, in API answers or in the worker logs', async () => {
    await k.collectDeks(tenants.side, [t2]);
    expect(k.secrets.size).toBeGreaterThan(BULK);
    // bulk: webhook secrets versions 1 and 2, channels; side: webhook secrets, channels.
    expect(k.deks.size).toBeGreaterThanOrEqual(6);
    const { found, scanned, logBytes } = await k.leaks([t1, t2]);
    expect(scanned).toBeGreaterThan(100);
    expect(logBytes).toBeGreaterThan(0);
    expect(found).toEqual([]);
  }, 120_000);
});
