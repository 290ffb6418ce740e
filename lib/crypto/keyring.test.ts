import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createRedis, tenantKey } from '../redis.js';
import { sealLegacy } from '../../test/support/legacySecrets.js';
import { testConfig } from '../../test/support/testPlatform.js';
import { eventually } from '../../test/support/wsClient.js';
import type { Kek, Sealed, SealedValue } from './envelope.js';
import { KeyringError } from './keyErrors.js';
import type { KeyAccess } from './keyAccess.js';
import { Keyring } from './keyring.js';
import { RewrapSweeper } from './rewrapSweep.js';

const redis = createRedis(testConfig().REDIS_URL, 'keyring-test');
const prefix = `test:${randomUUID().slice(0, 8)}:`;
const logger = createLogger('silent', 'keyring-test');
const k1: Kek = { id: 'k1', key: randomBytes(32) };
const k2: Kek = { id: 'k2', key: randomBytes(32) };
const keyrings: Keyring[] = [];
const sweepers: Array<RewrapSweeper<Thing>> = [];

afterAll(async () => {
  await Promise.all(sweepers.map((s) => s.close()));
  await Promise.all(keyrings.map((k) => k.close()));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

function keyring(keks: Kek[] = [k1], options: ConstructorParameters<typeof Keyring>[4] = {}): Keyring {
  const k = new Keyring(redis, prefix, keks, logger, { cacheMs: 60_000, ...options });
  keyrings.push(k);
  return k;
}

const tenant = (name: string) => `${name}-${randomUUID().slice(0, 6)}`;

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KeyringError || (error instanceof Error && 'code' in error))
      return String((error as KeyringError).code);
    throw error;
  }
  return 'opened';
}

/** A record kind of our own with one sealed value, in the tenant's hash like TenantRecords keeps. */
interface Thing {
  id: string;
  secret: Sealed;
}
const thingsKey = (tenantId: string) => tenantKey(prefix, tenantId, 'things');

async function putThings(tenantId: string, things: Thing[]): Promise<void> {
  const tx = redis.multi();
  for (const t of things) tx.hset(thingsKey(tenantId), t.id, JSON.stringify(t));
  await tx.exec();
}

async function things(tenantId: string): Promise<Thing[]> {
  return (await redis.hvals(thingsKey(tenantId))).map((raw) => JSON.parse(raw) as Thing);
}

function sweeper(k: Keyring, options: { settleMs?: number; batch?: number } = {}): RewrapSweeper<Thing> {
  const s = new RewrapSweeper<Thing>({
    redis,
    keyring: k,
    purpose: 'WEBHOOK_SECRETS',
    records: {
      hashKey: thingsKey,
      sealed: (t) => [t.secret],
      withSealed: (t, [secret]) => ({ ...t, secret: secret as Sealed }),
    },
    tenants: async () => [],
    logger,
    settleMs: options.settleMs ?? 50,
    ...(options.batch ? { batch: options.batch } : {}),
  });
  sweepers.push(s);
  return s;
}

describe('Keyring', () => {
  it('seals and opens, one key per tenant and purpose created once however many race', async () => {
    const k = keyring();
    const t = tenant('round-trip');
    const sealed = await Promise.all(
      Array.from({ length: 20 }, (_, i) => k.seal(t, 'WEBHOOK_SECRETS', `s-${i}`)),
    );
    expect(new Set(sealed.map((s) => s.keyId)).size).toBe(1);
    expect(sealed[0]).toMatchObject({ keyId: expect.stringMatching(/^ek_/), version: 1 });
    // JSON-serialisable, as records store it.
    const stored = JSON.parse(JSON.stringify(sealed[3])) as SealedValue;
    expect(await k.open(t, 'WEBHOOK_SECRETS', stored)).toBe('s-3');
    expect(JSON.stringify(sealed)).not.toContain('s-3');
    const [webhooks, channels] = await k.list(t);
    expect(webhooks).toMatchObject({
      purpose: 'WEBHOOK_SECRETS',
      version: 1,
      status: 'ENABLED',
      usageCount: 20,
    });
    expect(webhooks?.versions).toEqual([
      expect.objectContaining({ version: 1, wrappedBy: 'k1', status: 'ENABLED', encryptions: 20 }),
    ]);
    expect(channels).toMatchObject({ purpose: 'NOTIFICATION_CHANNELS', usageCount: 0 });
    expect(channels?.id).not.toBe(webhooks?.id);
  });

  it('binds a ciphertext to its tenant and purpose: copied elsewhere it does not open', async () => {
    const k = keyring();
    const [a, b] = [tenant('wall-a'), tenant('wall-b')];
    const sealed = await k.seal(a, 'WEBHOOK_SECRETS', 'tenant a only');
    await k.seal(b, 'WEBHOOK_SECRETS', 'b has a key of its own');
    expect(await code(k.open(b, 'WEBHOOK_SECRETS', sealed))).toBe('INTERNAL_SERVER_ERROR');
    expect(await code(k.open(a, 'NOTIFICATION_CHANNELS', sealed))).toBe('INTERNAL_SERVER_ERROR');
    // Even with A's key record copied into B's keys, the wrapped DEK and the value are bound to A.
    const record = await redis.hget(tenantKey(prefix, a, 'security', 'keys'), sealed.keyId);
    await redis.hset(tenantKey(prefix, b, 'security', 'keys'), sealed.keyId, record as string);
    expect(await code(keyring().open(b, 'WEBHOOK_SECRETS', sealed))).toBe('INTERNAL_SERVER_ERROR');
    const altered = { ...sealed, ciphertext: Buffer.from('x'.repeat(14)).toString('base64') };
    expect(await code(k.open(a, 'WEBHOOK_SECRETS', altered))).toBe('INTERNAL_SERVER_ERROR');
    expect(await k.open(a, 'WEBHOOK_SECRETS', sealed)).toBe('tenant a only');
  });

  it('rotates: old versions keep opening, new values use the new version, other processes follow', async () => {
    const k = keyring();
    const other = keyring();
    const t = tenant('rotate');
    const v1 = await k.seal(t, 'WEBHOOK_SECRETS', 'first');
    expect(await other.open(t, 'WEBHOOK_SECRETS', v1)).toBe('first'); // other caches version 1
    const rotated = await k.rotate(t, v1.keyId);
    expect(rotated?.previousVersion).toBe(1);
    expect(rotated?.info).toMatchObject({ version: 2, status: 'ENABLED', rotatedAt: expect.any(String) });
    expect(rotated?.info.versions.map((v) => v.status)).toEqual(['DECRYPT_ONLY', 'ENABLED']);
    expect(Date.parse(rotated?.info.nextRotationAt ?? '')).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    const v2 = await k.seal(t, 'WEBHOOK_SECRETS', 'second');
    expect(v2).toMatchObject({ keyId: v1.keyId, version: 2 });
    expect(await other.open(t, 'WEBHOOK_SECRETS', v2)).toBe('second');
    expect(await other.open(t, 'WEBHOOK_SECRETS', v1)).toBe('first');
    // The process that cached version 1 seals with version 2 at once: seals read the key afresh.
    expect((await other.seal(t, 'WEBHOOK_SECRETS', 'third')).version).toBe(2);
  });

  it('rotates on schedule once per due time', async () => {
    const k = keyring();
    const t = tenant('schedule');
    const sealed = await k.seal(t, 'NOTIFICATION_CHANNELS', 'x');
    const mine = (rotated: Awaited<ReturnType<Keyring['rotateDue']>>) =>
      rotated.filter((r) => r.tenantId === t);
    expect(mine(await k.rotateDue())).toEqual([]);
    const later = Date.now() + 91 * 86_400_000;
    const [first, second] = await Promise.all([k.rotateDue(later), keyring().rotateDue(later)]);
    expect(mine([...first, ...second]).map((r) => [r.info.id, r.info.version, r.previousVersion])).toEqual([
      [sealed.keyId, 2, 1],
    ]);
    expect(mine(await k.rotateDue(later))).toEqual([]);
  });

  it('refuses to retire versions still in use, retires them after the rewrap, and then refuses their values', async () => {
    const k = keyring();
    const t = tenant('retire');
    const originals = Array.from({ length: 250 }, (_, i) => `secret-${i}`);
    const sealed = await Promise.all(originals.map((p) => k.seal(t, 'WEBHOOK_SECRETS', p)));
    const keyId = (sealed[0] as SealedValue).keyId;
    await putThings(
      t,
      sealed.map((secret, i) => ({ id: `thing-${i}`, secret })),
    );
    await k.rotate(t, keyId);
    expect(await code(k.retire(t, keyId, 2))).toBe('KEY_VERSION_IN_USE');
    const refusal = await k.retire(t, keyId, 2).catch((e: KeyringError) => e.details);
    expect(refusal).toMatchObject({ inUse: { '1': 250 } });
    expect(await code(k.retire(t, keyId, 3))).toBe('BAD_USER_INPUT');

    await sweeper(k, { batch: 40 }).sweepNow(t);
    const info = await k.describe(t, keyId);
    expect(info?.rewrap).toMatchObject({
      targetVersion: 2,
      total: 250,
      done: 250,
      failed: 0,
      finishedAt: expect.any(String),
    });
    expect(info?.versions.map((v) => v.encryptions)).toEqual([0, 250]);
    const after = await things(t);
    expect(after.every((x) => (x.secret as SealedValue).version === 2)).toBe(true);
    const opened = await Promise.all(after.map((x) => k.open(t, 'WEBHOOK_SECRETS', x.secret)));
    expect(opened.sort()).toEqual([...originals].sort());

    const retired = await k.retire(t, keyId, 2);
    expect(retired.minDecryptVersion).toBe(2);
    expect(retired.versions.map((v) => v.status)).toEqual(['DESTROYED', 'ENABLED']);
    expect(await code(k.open(t, 'WEBHOOK_SECRETS', sealed[0] as SealedValue))).toBe('KEY_VERSION_RETIRED');
    expect(await code(k.retire(t, keyId, 1))).toBe('BAD_USER_INPUT');
  });

  it('moves a value a racing write put back to the old version, in the verifying pass', async () => {
    const k = keyring();
    const t = tenant('race');
    const sealed = await Promise.all(
      Array.from({ length: 30 }, (_, i) => k.seal(t, 'WEBHOOK_SECRETS', `r-${i}`)),
    );
    await putThings(
      t,
      sealed.map((secret, i) => ({ id: `thing-${i}`, secret })),
    );
    const keyId = (sealed[0] as SealedValue).keyId;
    const before = await redis.hget(thingsKey(t), 'thing-7');
    await k.rotate(t, keyId);
    const sweep = sweeper(k, { settleMs: 300 }).sweepNow(t);
    // A user's update that read the record before it moved, landing after: the old value is back.
    await eventually(
      async () => (await k.store.rewrapState(t, keyId))?.rounds === 1,
      5000,
      'first rewrap pass',
    );
    await redis.hset(thingsKey(t), 'thing-7', before as string);
    await sweep;
    const info = await k.describe(t, keyId);
    expect(info?.rewrap).toMatchObject({ total: 31, done: 31, failed: 0 });
    expect((await things(t)).every((x) => (x.secret as SealedValue).version === 2)).toBe(true);
    expect(info?.versions.map((v) => v.encryptions)).toEqual([0, 30]);
  });

  it('destroys a key: its values read KEY_DESTROYED in every process, and the next value gets a new key', async () => {
    const k = keyring();
    const other = keyring();
    const t = tenant('shred');
    const legacy = sealLegacy(k1, 'sealed before envelopes');
    const sealed = await k.seal(t, 'WEBHOOK_SECRETS', 'doomed');
    expect(await other.open(t, 'WEBHOOK_SECRETS', sealed)).toBe('doomed'); // cached for a minute
    expect(await other.open(t, 'WEBHOOK_SECRETS', legacy)).toBe('sealed before envelopes');
    const destroyed = await k.destroy(t, sealed.keyId);
    expect(destroyed).toMatchObject({ status: 'DESTROYED', destroyedAt: expect.any(String) });
    expect(destroyed.versions.map((v) => v.status)).toEqual(['DESTROYED']);
    expect(await code(k.open(t, 'WEBHOOK_SECRETS', sealed))).toBe('KEY_DESTROYED');
    // The other process heard the announcement well before its cache would have expired.
    await eventually(
      async () => (await code(other.open(t, 'WEBHOOK_SECRETS', sealed))) === 'KEY_DESTROYED',
      2000,
      'announcement',
    );
    await eventually(
      async () => (await code(other.open(t, 'WEBHOOK_SECRETS', legacy))) === 'KEY_DESTROYED',
      2000,
      'legacy refused',
    );
    expect(await code(k.rotate(t, sealed.keyId))).toBe('KEY_DESTROYED');
    expect((await k.list(t))[0]).toMatchObject({ id: sealed.keyId, status: 'DESTROYED' });
    const fresh = await k.seal(t, 'WEBHOOK_SECRETS', 'after');
    expect(fresh.keyId).not.toBe(sealed.keyId);
    expect(await other.open(t, 'WEBHOOK_SECRETS', fresh)).toBe('after');
    expect((await k.list(t))[0]).toMatchObject({ id: fresh.keyId, status: 'ENABLED' });
    // Destroyed key material is gone from Redis, not just flagged.
    const record = JSON.parse(
      (await redis.hget(tenantKey(prefix, t, 'security', 'keys'), sealed.keyId)) as string,
    ) as {
      versions: Array<{ wrapped: unknown }>;
    };
    expect(record.versions.map((v) => v.wrapped)).toEqual([null]);
  });

  it('rewraps DEK versions under a new KEK; values open with the new KEK alone afterwards', async () => {
    const t = tenant('kek');
    const old = keyring([k1]);
    const values = await Promise.all(['a', 'b', 'c'].map((p) => old.seal(t, 'WEBHOOK_SECRETS', p)));
    await old.rotate(t, (values[0] as SealedValue).keyId);
    const v2 = await old.seal(t, 'WEBHOOK_SECRETS', 'd');
    const channel = await old.seal(t, 'NOTIFICATION_CHANNELS', 'e');

    const rotatedKek = keyring([k2, k1]);
    expect(await rotatedKek.rewrapKeks(t)).toBe(3); // webhook v1, v2; channels v1
    expect(await rotatedKek.rewrapKeks(t)).toBe(0);
    for (const info of await rotatedKek.list(t))
      expect(info.versions.every((v) => v.wrappedBy === 'k2')).toBe(true);
    const newOnly = keyring([k2]);
    expect(await Promise.all([...values, v2].map((v) => newOnly.open(t, 'WEBHOOK_SECRETS', v)))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(await newOnly.open(t, 'NOTIFICATION_CHANNELS', channel)).toBe('e');
    expect(await code(keyring([k1]).open(t, 'NOTIFICATION_CHANNELS', channel))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('opens legacy SecretBox values and the sweep moves them onto the tenant key', async () => {
    const k = keyring([k2, k1]);
    const t = tenant('legacy');
    const legacy = Array.from({ length: 12 }, (_, i) => sealLegacy(i % 2 === 0 ? k1 : k2, `old-${i}`));
    expect(await k.open(t, 'WEBHOOK_SECRETS', legacy[4] as Sealed)).toBe('old-4');
    await putThings(
      t,
      legacy.map((secret, i) => ({ id: `old-${i}`, secret })),
    );
    await sweeper(k).sweepNow(t);
    const moved = await things(t);
    expect(moved.every((x) => (x.secret as SealedValue).version === 1)).toBe(true);
    const newOnly = keyring([k2]);
    const opened = await Promise.all(moved.map((x) => newOnly.open(t, 'WEBHOOK_SECRETS', x.secret)));
    expect(opened.sort()).toEqual(legacy.map((_, i) => `old-${i}`).sort());
    const [info] = await k.list(t);
    expect(info).toMatchObject({ usageCount: 12, rewrap: { total: 12, done: 12, failed: 0 } });
    expect(await k.store.legacyFlags(t, 'WEBHOOK_SECRETS')).toEqual({ done: true, shredded: false });
  });

  it('audits key use aggregated: one call per key per flush with counts', async () => {
    const seen: KeyAccess[] = [];
    const k = keyring([k1], { accessFlushMs: 60_000, onAccess: (a) => seen.push(a) });
    const t = tenant('audit');
    const sealed = await k.seal(t, 'WEBHOOK_SECRETS', 'x');
    for (let i = 0; i < 25; i += 1) await k.open(t, 'WEBHOOK_SECRETS', sealed);
    await k.open(t, 'WEBHOOK_SECRETS', sealLegacy(k1, 'y'));
    expect(seen).toEqual([]);
    await k.close(); // flushes
    expect(seen).toEqual([
      expect.objectContaining({
        tenantId: t,
        keyId: sealed.keyId,
        purpose: 'WEBHOOK_SECRETS',
        decryptions: 25,
        encryptions: 1,
      }),
      expect.objectContaining({ tenantId: t, keyId: 'legacy:k1', decryptions: 1, encryptions: 0 }),
    ]);
  });
});
