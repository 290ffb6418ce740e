import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/auditApi.js';
import type { Kek } from '../../../lib/crypto/envelope.js';
import { Keyring } from '../../../lib/crypto/keyring.js';
import { createLogger } from '../../../lib/logger.js';
import { createRedis } from '../../../lib/redis.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { maintainKeys, type KeyEventPublisher } from './keyMaintenance.js';

const config = testConfig();
const prefix = config.REDIS_KEY_PREFIX;
const redis = createRedis(config.REDIS_URL, 'key-maintenance-test');
const logger = createLogger('silent', 'key-maintenance-test');
const deps = { config, redis, logger };
const k1: Kek = { id: 'k1', key: randomBytes(32) };
const k2: Kek = { id: 'k2', key: randomBytes(32) };
const keyrings: Keyring[] = [];

afterAll(async () => {
  await Promise.all(keyrings.map((k) => k.close()));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

function keyring(keks: Kek[]): Keyring {
  const k = new Keyring(redis, prefix, keks, logger);
  keyrings.push(k);
  return k;
}

function recorder() {
  const published: Array<{ tenantId: string; type: string; data: unknown }> = [];
  const publish: KeyEventPublisher = async (tenantId, type, data) => {
    published.push({ tenantId, type, data });
  };
  return { published, publish };
}

describe('maintainKeys', () => {
  it('rotates keys on schedule once, publishes KEY_ROTATED and audits it, then rewraps DEK versions under a new KEK', async () => {
    const tenants = [`maint-a-${randomUUID().slice(0, 6)}`, `maint-b-${randomUUID().slice(0, 6)}`];
    const old = keyring([k1]);
    const sealed = await Promise.all(tenants.map((t) => old.seal(t, 'WEBHOOK_SECRETS', `secret of ${t}`)));
    const { published, publish } = recorder();

    expect(await maintainKeys(deps, old, publish)).toEqual({ rotated: 0, rewrapped: 0 });
    const later = Date.now() + (config.ENCRYPTION_KEY_ROTATION_DAYS + 1) * 86_400_000;
    expect(await maintainKeys(deps, old, publish, later)).toEqual({ rotated: 2, rewrapped: 0 });
    expect(await maintainKeys(deps, old, publish, later)).toEqual({ rotated: 0, rewrapped: 0 });
    expect(published.sort((x, y) => x.tenantId.localeCompare(y.tenantId))).toEqual(
      tenants.map((tenantId, i) => ({
        tenantId,
        type: 'KEY_ROTATED',
        data: { keyId: sealed[i]?.keyId, purpose: 'WEBHOOK_SECRETS', version: 2, previousVersion: 1 },
      })),
    );
    const trail = createAuditLog(redis, config).trail;
    const [record] = await trail.newest(tenants[0] as string, 0, 1);
    expect(record).toMatchObject({
      actor: 'system:security',
      action: 'encryptionKey.rotate',
      resource: sealed[0]?.keyId,
      details: { scheduled: true, version: 2 },
    });

    // The operator prepends k2 and restarts: the next cycle rewraps every version (2 per tenant).
    const rotatedKek = keyring([k2, k1]);
    expect(await maintainKeys(deps, rotatedKek, publish)).toEqual({ rotated: 0, rewrapped: 4 });
    expect(await maintainKeys(deps, rotatedKek, publish)).toEqual({ rotated: 0, rewrapped: 0 });
    const newOnly = keyring([k2]);
    for (const [i, t] of tenants.entries()) {
      const [key] = await newOnly.list(t);
      expect(key?.versions.map((v) => v.wrappedBy)).toEqual(['k2', 'k2']);
      expect(
        await newOnly.open(t, 'WEBHOOK_SECRETS', sealed[i] as NonNullable<(typeof sealed)[number]>),
      ).toBe(`secret of ${t}`);
    }
    // A process still on the old list that makes a key meanwhile is caught by the next cycle.
    const straggler = await old.seal(`maint-c-${randomUUID().slice(0, 6)}`, 'WEBHOOK_SECRETS', 'late');
    expect(await maintainKeys(deps, rotatedKek, publish)).toEqual({ rotated: 0, rewrapped: 1 });
    expect(straggler.version).toBe(1);
  });
});
