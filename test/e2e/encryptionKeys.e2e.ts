import { randomBytes } from 'node:crypto';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { unwrapDek, type Kek, type KeyPurpose, type SealedValue } from '../../lib/crypto/envelope.js';
import { Keyring } from '../../lib/crypto/keyring.js';
import type { StoredKey } from '../../lib/crypto/keyStore.js';
import { createLogger } from '../../lib/logger.js';
import { createRedis, tenantKey, type RedisClient } from '../../lib/redis.js';
import { generateSigningSecret } from '../../subgraphs/integrations/delivery/signature.js';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { WebhookStore, type WebhookRecord } from '../../subgraphs/integrations/webhookStore.js';
import { maintainKeys } from '../../subgraphs/security/keys/keyMaintenance.js';
import { sealLegacy } from '../support/legacySecrets.js';
import type { PlatformProcess } from '../support/processes.js';
import type { TestPlatform } from '../support/testPlatform.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { eventually } from '../support/wsClient.js';
import type { RewrapView } from '../support/encryptionKeys.js';

// Envelope encryption end to end (docs/SECURITY.md "Encryption keys"): the platform in this process
// without workers, the webhook worker (which opens and rewraps secrets) as its own OS process with
// its logs captured. The KEK rotation restarts both with a new KEK in front.
const t1: Kek = { id: 't1', key: randomBytes(32) };
const t2: Kek = { id: 't2', key: randomBytes(32) };
const kekList = (keks: Kek[]) => keks.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');
const BULK = 10_000;
const LEGACY = 1_000;

let platform: WebhookTestPlatform;
let t: TestPlatform;
let worker: PlatformProcess;
let redis: RedisClient;
const logger = createLogger('silent', 'keys-e2e');
const receivers: WebhookReceiver[] = [];
const keyrings: Keyring[] = [];
const workerLogs: string[] = [];
/** Every API answer about keys, scanned for key material at the end. */
const answers: string[] = [];
/** Plaintext webhook secrets and DEKs seen during the run: none may be stored or logged. */
const secrets = new Set<string>();
const deks = new Map<string, Buffer>();
const tenants: Record<'a' | 'bulk' | 'shred' | 'other', string> = { a: '', bulk: '', shred: '', other: '' };
let shared: Record<string, string>;

async function startPlatform(keks: Kek[]): Promise<void> {
  platform = await startWebhookTestPlatform(
    { ...shared, SECRETS_ENCRYPTION_KEYS: kekList(keks), ENCRYPTION_KEY_AUDIT_FLUSH_MS: '300' },
    { workers: [] },
  );
  t = platform.t;
}

async function startWorker(keks: Kek[]): Promise<void> {
  worker = await t.workerProcess('webhooks', {
    SECRETS_ENCRYPTION_KEYS: kekList(keks),
    ENCRYPTION_KEY_AUDIT_FLUSH_MS: '300',
    LOG_LEVEL: 'debug',
  });
}

async function stopWorker(): Promise<void> {
  await worker.stop();
  workerLogs.push(worker.output());
}

async function receiver(): Promise<WebhookReceiver> {
  const r = await startWebhookReceiver();
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  shared = {
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    REDIS_KEY_PREFIX: `test:keys-${randomBytes(4).toString('hex')}:`,
  };
  await startPlatform([t1]);
  await startWorker([t1]);
  redis = createRedis(t.config.REDIS_URL, 'keys-e2e', { autoPipelining: true });
  tenants.a = t.tenant('keys-a');
  tenants.bulk = t.tenant('keys-bulk');
  tenants.shred = t.tenant('keys-shred');
  tenants.other = t.tenant('keys-other');
});

afterAll(async () => {
  await worker?.stop();
  await Promise.all(receivers.map((r) => r.close()));
  await Promise.all(keyrings.map((k) => k.close()));
  await platform?.close();
  if (redis) {
    for (let cursor = '0'; ;) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${shared.REDIS_KEY_PREFIX}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
    redis.disconnect();
  }
});

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

async function call<T>(tenantId: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await t.gql<T>(await t.token(tenantId), query, variables);
  answers.push(JSON.stringify(res.body));
  return { data: res.body.data as T, errors: res.body.errors as Errors };
}

async function ok<T>(tenantId: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await call<T>(tenantId, query, variables);
  expect(errors).toBeUndefined();
  return data;
}

async function refusal(tenantId: string, query: string, variables: Record<string, unknown>): Promise<string> {
  const { errors } = await call(tenantId, query, variables);
  return String(errors?.[0]?.extensions?.code);
}

interface KeyView {
  id: string;
  purpose: KeyPurpose;
  version: number;
  status: string;
  minDecryptVersion: number;
  usageCount: number;
  nextRotationAt: string;
  destroyedAt: string | null;
  versions: Array<{ version: number; wrappedBy: string; status: string; encryptions: number }>;
  rewrap: RewrapView | null;
}

const KEY_FIELDS = `id purpose version status createdAt rotatedAt nextRotationAt minDecryptVersion usageCount destroyedAt
  versions { version createdAt wrappedBy status encryptions }
  rewrap { targetVersion total done failed startedAt finishedAt }`;

async function keys(tenantId: string): Promise<Record<KeyPurpose, KeyView>> {
  const data = await ok<{ encryptionKeys: KeyView[] }>(tenantId, `{ encryptionKeys { ${KEY_FIELDS} } }`);
  return Object.fromEntries(data.encryptionKeys.map((k) => [k.purpose, k])) as Record<KeyPurpose, KeyView>;
}

async function rotate(tenantId: string, id: string): Promise<KeyView> {
  const data = await ok<{ rotateEncryptionKey: KeyView }>(
    tenantId,
    `mutation($id: ID!) { rotateEncryptionKey(id: $id) { ${KEY_FIELDS} } }`,
    { id },
  );
  return data.rotateEncryptionKey;
}

const RETIRE = `mutation($id: ID!, $min: Int!) { retireEncryptionKeyVersions(id: $id, minDecryptVersion: $min) { ${KEY_FIELDS} } }`;
const DESTROY = `mutation($id: ID!, $confirm: String!) { destroyEncryptionKey(id: $id, confirm: $confirm) { ${KEY_FIELDS} } }`;

/** Waits until the worker's rewrap of the key reached its newest version and finished. */
async function rewrapFinished(tenantId: string, purpose: KeyPurpose, version: number, timeoutMs = 30_000) {
  let key: KeyView | undefined;
  await eventually(
    async () => {
      key = (await keys(tenantId))[purpose];
      return key.rewrap?.targetVersion === version && key.rewrap.finishedAt !== null;
    },
    timeoutMs,
    `rewrap of ${tenantId} to version ${version}`,
  );
  return key as KeyView;
}

async function createWebhook(tenantId: string, url: string, eventTypes = ['package.created']) {
  const data = await ok<{ createWebhook: { signingSecret: string; webhook: { id: string } } }>(
    tenantId,
    `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { signingSecret webhook { id } } }`,
    { input: { url, eventTypes } },
  );
  secrets.add(data.createWebhook.signingSecret);
  return { id: data.createWebhook.webhook.id, secret: data.createWebhook.signingSecret };
}

async function publish(tenantId: string, packageId: string) {
  await ok(
    tenantId,
    `mutation($d: JSON!) { publishEvent(input: { type: "package.created", data: $d }) { id } }`,
    {
      d: { packageId },
    },
  );
}

function verifies(secret: string, got: ReceivedWebhook | undefined): boolean {
  if (!got) return false;
  try {
    new Verifier(secret).verify(got.body, got.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

/** Unwraps every DEK version of the tenant's keys with the KEKs, to know what must never appear. */
async function collectDeks(tenantId: string, keks: Kek[]): Promise<void> {
  const raws = await redis.hvals(tenantKey(shared.REDIS_KEY_PREFIX as string, tenantId, 'security', 'keys'));
  for (const key of raws.map((raw) => JSON.parse(raw) as StoredKey)) {
    for (const v of key.versions) {
      const kek = keks.find((k) => k.id === v.kekId);
      if (!v.wrapped || !kek) continue;
      const dek = unwrapDek(kek.key, v.wrapped, {
        tenantId,
        purpose: key.purpose,
        keyId: key.id,
        version: v.version,
      });
      deks.set(`${key.id}:${v.version}`, dek);
    }
  }
}

describe('encryption keys', () => {
  it('lists one key per purpose, metadata only', async () => {
    const { WEBHOOK_SECRETS: hooks, NOTIFICATION_CHANNELS: channels } = await keys(tenants.a);
    expect(hooks).toMatchObject({
      purpose: 'WEBHOOK_SECRETS',
      version: 1,
      status: 'ENABLED',
      minDecryptVersion: 1,
      usageCount: 0,
      destroyedAt: null,
      rewrap: null,
      versions: [{ version: 1, wrappedBy: 't1', status: 'ENABLED', encryptions: 0 }],
    });
    expect(Date.parse(hooks.nextRotationAt) - Date.now()).toBeGreaterThan(89 * 86_400_000);
    expect(channels).toMatchObject({ purpose: 'NOTIFICATION_CHANNELS', version: 1 });
    expect(channels.id).not.toBe(hooks.id);
    // The same keys on every read: created once.
    expect((await keys(tenants.a)).WEBHOOK_SECRETS.id).toBe(hooks.id);
  });

  it('rotates: the worker rewraps the secrets, old versions retire, webhooks keep delivering', async () => {
    const r = await receiver();
    const hooks = await Promise.all([1, 2, 3].map(() => createWebhook(tenants.a, r.url)));
    await publish(tenants.a, 'before-rotation');
    const before = await r.waitFor(3);
    expect(hooks.every((h) => before.some((got) => verifies(h.secret, got)))).toBe(true);
    const { WEBHOOK_SECRETS: key } = await keys(tenants.a);
    expect(key.versions[0]?.encryptions).toBe(3);
    await collectDeks(tenants.a, [t1]);

    const rotated = await rotate(tenants.a, key.id);
    expect(rotated).toMatchObject({ id: key.id, version: 2, status: 'ENABLED' });
    expect(rotated.versions.map((v) => v.status)).toEqual(['DECRYPT_ONLY', 'ENABLED']);
    // Still in use (or being moved): refused with its own code.
    expect(await refusal(tenants.a, RETIRE, { id: key.id, min: 2 })).toBe('KEY_VERSION_IN_USE');
    expect(await refusal(tenants.a, RETIRE, { id: key.id, min: 3 })).toBe('BAD_USER_INPUT');

    const moved = await rewrapFinished(tenants.a, 'WEBHOOK_SECRETS', 2);
    expect(moved.rewrap).toMatchObject({ total: 3, done: 3, failed: 0 });
    expect(moved.versions.map((v) => v.encryptions)).toEqual([0, 3]);
    await collectDeks(tenants.a, [t1]);
    const retired = await ok<{ retireEncryptionKeyVersions: KeyView }>(tenants.a, RETIRE, {
      id: key.id,
      min: 2,
    });
    expect(retired.retireEncryptionKeyVersions).toMatchObject({ minDecryptVersion: 2, usageCount: 3 });
    expect(retired.retireEncryptionKeyVersions.versions.map((v) => v.status)).toEqual([
      'DESTROYED',
      'ENABLED',
    ]);

    await publish(tenants.a, 'after-retire');
    const after = (await r.waitFor(6)).slice(3);
    expect(hooks.every((h) => after.some((got) => verifies(h.secret, got)))).toBe(true);
  });

  it(`keeps ${BULK} webhooks delivering through a KEK rotation and a rewrap`, async () => {
    const r = await receiver();
    const byPath = new Map<string, { id: string; secret: string }>();
    for (let i = 0; i < 5; i += 1)
      byPath.set(`/hook/api-${i}`, await createWebhook(tenants.bulk, `${r.url}/api-${i}`));

    // Volume straight into the store, as the API would write it; a tenth sealed the pre-envelope way.
    const local = new Keyring(redis, shared.REDIS_KEY_PREFIX as string, [t1], logger);
    keyrings.push(local);
    const store = new WebhookStore(redis, shared.REDIS_KEY_PREFIX as string, local);
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
          secrets.add(secret);
          byPath.set(`/hook/bulk-${i}`, { id: record.id, secret });
          await store.records.put(record);
        }),
      );
    }
    const writeMs = Date.now() - started;
    expect(writeMs).toBeLessThan(30_000);
    await collectDeks(tenants.bulk, [t1]);

    // KEK rotation: the operator prepends t2 and restarts everything.
    await stopWorker();
    await platform.close();
    await startPlatform([t2, t1]);
    await startWorker([t2, t1]);
    const maintenance = new Keyring(redis, shared.REDIS_KEY_PREFIX as string, [t2, t1], logger);
    keyrings.push(maintenance);
    // One cycle of the security worker's key maintenance.
    const cycle = await maintainKeys({ config: t.config, redis, logger }, maintenance, async () => undefined);
    expect(cycle.rewrapped).toBeGreaterThanOrEqual(3); // a: version 2; bulk: 1; channels of a: 1
    for (const tenantId of [tenants.a, tenants.bulk]) {
      for (const key of Object.values(await keys(tenantId))) {
        expect(key.versions.filter((v) => v.status !== 'DESTROYED').every((v) => v.wrappedBy === 't2')).toBe(
          true,
        );
      }
    }

    // The new worker's first check finds the pre-envelope secrets and moves them onto the key.
    const legacyMoved = await rewrapFinished(tenants.bulk, 'WEBHOOK_SECRETS', 1);
    expect(legacyMoved.rewrap).toMatchObject({ total: LEGACY, done: LEGACY, failed: 0 });
    expect(legacyMoved.versions.map((v) => v.encryptions)).toEqual([BULK + 5]);

    const { WEBHOOK_SECRETS: key } = await keys(tenants.bulk);
    const rewrapStarted = Date.now();
    expect((await rotate(tenants.bulk, key.id)).version).toBe(2);
    const moved = await rewrapFinished(tenants.bulk, 'WEBHOOK_SECRETS', 2, 60_000);
    const rewrapMs = Date.now() - rewrapStarted;
    expect(moved.rewrap).toMatchObject({ total: BULK + 5, done: BULK + 5, failed: 0 });
    expect(moved.versions.map((v) => v.encryptions)).toEqual([0, BULK + 5]);
    await collectDeks(tenants.bulk, [t2]);
    await ok(tenants.bulk, RETIRE, { id: key.id, min: 2 });

    // Every secret opens to what it was, with t2 alone: nothing depends on t1 any more.
    const newOnly = new Keyring(redis, shared.REDIS_KEY_PREFIX as string, [t2], logger);
    keyrings.push(newOnly);
    const stored = (
      await redis.hvals(tenantKey(shared.REDIS_KEY_PREFIX as string, tenants.bulk, 'integrations:webhooks'))
    ).map((raw) => JSON.parse(raw) as WebhookRecord);
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
    await stopWorker();
    await startWorker([t2]);
    const sample = [
      '/hook/api-0',
      '/hook/api-3',
      ...Array.from({ length: 20 }, (_, i) => `/hook/bulk-${i * 499}`),
    ];
    for (const path of sample) {
      await ok(tenants.bulk, `mutation($id: ID!) { sendTestEvent(webhookId: $id) { deliveryId } }`, {
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

  it('destroys a key: its secrets read KEY_DESTROYED, deliveries fail clearly, other tenants are unaffected', async () => {
    const r = await receiver();
    const hook = await createWebhook(tenants.shred, r.url);
    await publish(tenants.shred, 'before-destroy');
    expect(verifies(hook.secret, (await r.waitFor(1))[0])).toBe(true);
    const { WEBHOOK_SECRETS: key } = await keys(tenants.shred);
    await collectDeks(tenants.shred, [t2]);

    expect(await refusal(tenants.shred, DESTROY, { id: key.id, confirm: 'yes' })).toBe('BAD_USER_INPUT');
    const destroyed = await ok<{ destroyEncryptionKey: KeyView }>(tenants.shred, DESTROY, {
      id: key.id,
      confirm: key.id,
    });
    expect(destroyed.destroyEncryptionKey).toMatchObject({
      status: 'DESTROYED',
      destroyedAt: expect.any(String),
    });
    expect(destroyed.destroyEncryptionKey.versions.map((v) => v.status)).toEqual(['DESTROYED']);
    expect(
      await refusal(tenants.shred, `mutation($id: ID!) { rotateEncryptionKey(id: $id) { id } }`, {
        id: key.id,
      }),
    ).toBe('KEY_DESTROYED');

    const HOOK = `query($id: ID!) { webhook(id: $id) { status statusReason deliveries { edges { node { status failureReason } } } } }`;
    interface HookView {
      status: string;
      statusReason: string;
      deliveries: { edges: Array<{ node: { status: string; failureReason: string } }> };
    }
    const read = async () => (await ok<{ webhook: HookView }>(tenants.shred, HOOK, { id: hook.id })).webhook;
    // The worker hears of the destruction through the key channel, independently of this request.
    let n = 0;
    await eventually(
      async () => {
        const failed = (await read()).deliveries.edges.some((e) => e.node.status === 'FAILED');
        if (!failed) await publish(tenants.shred, `after-destroy-${(n += 1)}`);
        return failed;
      },
      15_000,
      'a delivery to fail',
    );
    const seen = await read();
    expect(seen.status).toBe('DISABLED');
    expect(seen.statusReason).toMatch(/^KEY_DESTROYED: /);
    // The delivery that met the destroyed key fails with its code; any queued behind it fail
    // because the endpoint was disabled for that code.
    const reasons = seen.deliveries.edges
      .filter((e) => e.node.status === 'FAILED')
      .map((e) => e.node.failureReason);
    expect(reasons.some((reason) => /^KEY_DESTROYED: /.test(reason))).toBe(true);
    expect(reasons.every((reason) => /^(endpoint disabled: )?KEY_DESTROYED: /.test(reason))).toBe(true);
    // Nothing was signed after the announcement: at most a delivery already on its way got through.
    const sent = r.received.length;
    expect(sent).toBeLessThanOrEqual(2);
    // The read APIs keep working.
    const list = await ok<{ webhooks: Array<{ id: string; status: string }> }>(
      tenants.shred,
      `{ webhooks { id status } }`,
    );
    expect(list.webhooks).toEqual([{ id: hook.id, status: 'DISABLED' }]);

    // Another tenant is untouched.
    const other = await receiver();
    const theirs = await createWebhook(tenants.a, other.url);
    await publish(tenants.a, 'unaffected');
    expect(verifies(theirs.secret, (await other.waitFor(1))[0])).toBe(true);

    // A new secret (under a new key) and a resume bring the endpoint back.
    const fresh = await ok<{ rotateWebhookSecret: { signingSecret: string } }>(
      tenants.shred,
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret } }`,
      { id: hook.id },
    );
    secrets.add(fresh.rotateWebhookSecret.signingSecret);
    await ok(tenants.shred, `mutation($id: ID!) { resumeWebhook(id: $id) { status } }`, { id: hook.id });
    await publish(tenants.shred, 'after-new-secret');
    const back = await r.waitFor(sent + 1);
    expect(verifies(fresh.rotateWebhookSecret.signingSecret, back[sent])).toBe(true);
    const replaced = (await keys(tenants.shred)).WEBHOOK_SECRETS;
    expect(replaced).toMatchObject({ status: 'ENABLED', version: 1 });
    expect(replaced.id).not.toBe(key.id);
    await collectDeks(tenants.shred, [t2]);
  });

  it('keeps tenants apart: another tenant cannot see, rotate, retire or destroy the key', async () => {
    const mine = (await keys(tenants.a)).WEBHOOK_SECRETS;
    const theirs = await keys(tenants.other);
    expect(Object.values(theirs).map((k) => k.id)).not.toContain(mine.id);
    expect(
      await refusal(tenants.other, `mutation($id: ID!) { rotateEncryptionKey(id: $id) { id } }`, {
        id: mine.id,
      }),
    ).toBe('NOT_FOUND');
    expect(await refusal(tenants.other, RETIRE, { id: mine.id, min: 2 })).toBe('NOT_FOUND');
    expect(await refusal(tenants.other, DESTROY, { id: mine.id, confirm: mine.id })).toBe('NOT_FOUND');
    const after = (await keys(tenants.a)).WEBHOOK_SECRETS;
    expect(after).toMatchObject({ id: mine.id, version: mine.version, status: 'ENABLED' });
    await collectDeks(tenants.other, [t2]);
  });

  it('audits key use once per key per flush interval, with counts', async () => {
    const trail = createAuditLog(redis, t.config).trail;
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
    await collectDeks(tenants.a, [t2]);
    await stopWorker();
    /** By length: base64, base64url and hex of each secret's 32 bytes and of each key. */
    const needles = (all: Buffer[]) => {
      const out = new Map<number, Set<string>>();
      for (const bytes of all) {
        for (const text of [bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')]) {
          out.set(text.length, (out.get(text.length) ?? new Set()).add(text));
        }
      }
      return out;
    };
    const material = [...deks.values(), t1.key, t2.key];
    const materialNeedles = needles(material);
    const everyNeedle = needles([
      ...material,
      ...[...secrets].map((s) => Buffer.from(s.slice('whsec_'.length), 'base64')),
    ]);
    expect(secrets.size).toBeGreaterThan(BULK);
    expect(deks.size).toBeGreaterThanOrEqual(8);

    const found: string[] = [];
    const scan = (where: string, value: Buffer, sets = everyNeedle) => {
      for (const bytes of material) if (value.includes(bytes)) found.push(`${where}: raw key bytes`);
      const text = value.toString('latin1');
      for (const run of text.matchAll(/[A-Za-z0-9+/=_-]{43,}/g)) {
        for (const [length, set] of sets) {
          for (let i = 0; i + length <= run[0].length; i += 1) {
            if (set.has(run[0].slice(i, i + length))) found.push(`${where}: ${run[0].slice(i, i + 8)}…`);
          }
        }
      }
    };

    let scanned = 0;
    for (let cursor = '0'; ;) {
      const [next, names] = await redis.scan(cursor, 'MATCH', `${shared.REDIS_KEY_PREFIX}*`, 'COUNT', 1000);
      for (const name of names) {
        const type = await redis.type(name);
        const parts: Buffer[] = [];
        if (type === 'string') parts.push((await redis.getBuffer(name)) ?? Buffer.alloc(0));
        else if (type === 'hash')
          parts.push(
            ...Object.entries(await redis.hgetallBuffer(name)).flatMap(([f, v]) => [Buffer.from(f), v]),
          );
        else if (type === 'list') parts.push(...(await redis.lrangeBuffer(name, 0, -1)));
        else if (type === 'set') parts.push(...(await redis.smembersBuffer(name)));
        else if (type === 'zset') parts.push(...(await redis.zrangeBuffer(name, 0, -1)));
        else if (type === 'stream')
          for (const [, fields] of await redis.xrangeBuffer(name, '-', '+')) parts.push(...fields);
        parts.push(Buffer.from(name));
        for (const part of parts) scan(name, part);
        scanned += 1;
      }
      cursor = next;
      if (cursor === '0') break;
    }
    expect(scanned).toBeGreaterThan(100);
    // Answers carry the secrets createWebhook returns once, by design; never key material.
    for (const [i, answer] of answers.entries()) scan(`answer ${i}`, Buffer.from(answer), materialNeedles);
    expect(workerLogs.join('').length).toBeGreaterThan(0);
    for (const [i, log] of workerLogs.entries()) scan(`worker log ${i}`, Buffer.from(log));
    expect(found).toEqual([]);
  }, 120_000);
});
