import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESTROY, KeysHarness, newKek, RETIRE, verifies, type KeyView } from '../support/keysHarness.js';
import { eventually } from '../support/wsClient.js';

// Envelope encryption end to end (docs/SECURITY.md "Encryption keys"): listing, rotating, rewrapping,
// retiring and destroying a tenant's keys through the API while the webhook worker (its own OS
// process) signs deliveries with the secrets they protect. The KEK rotation over ten thousand
// secrets is encryptionKeysKekRotation.e2e.ts.
const t1 = newKek('t1');
const k = new KeysHarness();
const tenants: Record<'a' | 'shred' | 'other', string> = { a: '', shred: '', other: '' };

beforeAll(async () => {
  await k.start([t1]);
  tenants.a = k.t.tenant('keys-a');
  tenants.shred = k.t.tenant('keys-shred');
  tenants.other = k.t.tenant('keys-other');
});

afterAll(() => k.close());

describe('encryption keys', () => {
  it('lists one key per purpose, metadata only', async () => {
    const { WEBHOOK_SECRETS: hooks, NOTIFICATION_CHANNELS: channels } = await k.keys(tenants.a);
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
    expect((await k.keys(tenants.a)).WEBHOOK_SECRETS.id).toBe(hooks.id);
  });

  it('rotates: the worker rewraps the secrets, old versions retire, webhooks keep delivering', async () => {
    const r = await k.receiver();
    const hooks = await Promise.all([1, 2, 3].map(() => k.createWebhook(tenants.a, r.url)));
    await k.publish(tenants.a, 'before-rotation');
    const before = await r.waitFor(3);
    expect(hooks.every((h) => before.some((got) => verifies(h.secret, got)))).toBe(true);
    const { WEBHOOK_SECRETS: key } = await k.keys(tenants.a);
    expect(key.versions[0]?.encryptions).toBe(3);
    await k.collectDeks(tenants.a, [t1]);

    const rotated = await k.rotate(tenants.a, key.id);
    expect(rotated).toMatchObject({ id: key.id, version: 2, status: 'ENABLED' });
    expect(rotated.versions.map((v) => v.status)).toEqual(['DECRYPT_ONLY', 'ENABLED']);
    // Still in use (or being moved): refused with its own code.
    expect(await k.refusal(tenants.a, RETIRE, { id: key.id, min: 2 })).toBe('KEY_VERSION_IN_USE');
    expect(await k.refusal(tenants.a, RETIRE, { id: key.id, min: 3 })).toBe('BAD_USER_INPUT');

    const moved = await k.rewrapFinished(tenants.a, 'WEBHOOK_SECRETS', 2);
    expect(moved.rewrap).toMatchObject({ total: 3, done: 3, failed: 0 });
    expect(moved.versions.map((v) => v.encryptions)).toEqual([0, 3]);
    await k.collectDeks(tenants.a, [t1]);
    const retired = await k.ok<{ retireEncryptionKeyVersions: KeyView }>(tenants.a, RETIRE, {
      id: key.id,
      min: 2,
    });
    expect(retired.retireEncryptionKeyVersions).toMatchObject({ minDecryptVersion: 2, usageCount: 3 });
    expect(retired.retireEncryptionKeyVersions.versions.map((v) => v.status)).toEqual([
      'DESTROYED',
      'ENABLED',
    ]);

    await k.publish(tenants.a, 'after-retire');
    const after = (await r.waitFor(6)).slice(3);
    expect(hooks.every((h) => after.some((got) => verifies(h.secret, got)))).toBe(true);
  });

  it('destroys a key: its secrets read KEY_DESTROYED, deliveries fail clearly, other tenants are unaffected', async () => {
    const r = await k.receiver();
    const hook = await k.createWebhook(tenants.shred, r.url);
    await k.publish(tenants.shred, 'before-destroy');
    expect(verifies(hook.secret, (await r.waitFor(1))[0])).toBe(true);
    const { WEBHOOK_SECRETS: key } = await k.keys(tenants.shred);
    await k.collectDeks(tenants.shred, [t1]);

    expect(await k.refusal(tenants.shred, DESTROY, { id: key.id, confirm: 'yes' })).toBe('BAD_USER_INPUT');
    const destroyed = await k.ok<{ destroyEncryptionKey: KeyView }>(tenants.shred, DESTROY, {
      id: key.id,
      confirm: key.id,
    });
    expect(destroyed.destroyEncryptionKey).toMatchObject({
      status: 'DESTROYED',
      destroyedAt: expect.any(String),
    });
    expect(destroyed.destroyEncryptionKey.versions.map((v) => v.status)).toEqual(['DESTROYED']);
    expect(
      await k.refusal(tenants.shred, `mutation($id: ID!) { rotateEncryptionKey(id: $id) { id } }`, {
        id: key.id,
      }),
    ).toBe('KEY_DESTROYED');

    const HOOK = `query($id: ID!) { webhook(id: $id) { status statusReason deliveries { edges { node { status failureReason } } } } }`;
    interface HookView {
      status: string;
      statusReason: string;
      deliveries: { edges: Array<{ node: { status: string; failureReason: string } }> };
    }
    const read = async () =>
      (await k.ok<{ webhook: HookView }>(tenants.shred, HOOK, { id: hook.id })).webhook;
    // The worker hears of the destruction through the key channel, independently of this request.
    let n = 0;
    await eventually(
      async () => {
        const failed = (await read()).deliveries.edges.some((e) => e.node.status === 'FAILED');
        if (!failed) await k.publish(tenants.shred, `after-destroy-${(n += 1)}`);
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
    const list = await k.ok<{ webhooks: Array<{ id: string; status: string }> }>(
      tenants.shred,
      `{ webhooks { id status } }`,
    );
    expect(list.webhooks).toEqual([{ id: hook.id, status: 'DISABLED' }]);

    // Another tenant is untouched.
    const other = await k.receiver();
    const theirs = await k.createWebhook(tenants.a, other.url);
    await k.publish(tenants.a, 'unaffected');
    expect(verifies(theirs.secret, (await other.waitFor(1))[0])).toBe(true);

    // A new secret (under a new key) and a resume bring the endpoint back.
    const fresh = await k.ok<{ rotateWebhookSecret: { signingSecret: string } }>(
      tenants.shred,
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret } }`,
      { id: hook.id },
    );
    k.secrets.add(fresh.rotateWebhookSecret.signingSecret);
    await k.ok(tenants.shred, `mutation($id: ID!) { resumeWebhook(id: $id) { status } }`, { id: hook.id });
    await k.publish(tenants.shred, 'after-new-secret');
    const back = await r.waitFor(sent + 1);
    expect(verifies(fresh.rotateWebhookSecret.signingSecret, back[sent])).toBe(true);
    const replaced = (await k.keys(tenants.shred)).WEBHOOK_SECRETS;
    expect(replaced).toMatchObject({ status: 'ENABLED', version: 1 });
    expect(replaced.id).not.toBe(key.id);
    await k.collectDeks(tenants.shred, [t1]);
  });

  it('keeps tenants apart: another tenant cannot see, rotate, retire or destroy the key', async () => {
    const mine = (await k.keys(tenants.a)).WEBHOOK_SECRETS;
    const theirs = await k.keys(tenants.other);
    expect(Object.values(theirs).map((k) => k.id)).not.toContain(mine.id);
    expect(
      await k.refusal(tenants.other, `mutation($id: ID!) { rotateEncryptionKey(id: $id) { id } }`, {
        id: mine.id,
      }),
    ).toBe('NOT_FOUND');
    expect(await k.refusal(tenants.other, RETIRE, { id: mine.id, min: 2 })).toBe('NOT_FOUND');
    expect(await k.refusal(tenants.other, DESTROY, { id: mine.id, confirm: mine.id })).toBe('NOT_FOUND');
    const after = (await k.keys(tenants.a)).WEBHOOK_SECRETS;
    expect(after).toMatchObject({ id: mine.id, version: mine.version, status: 'ENABLED' });
    await k.collectDeks(tenants.other, [t1]);
  });

  it('leaves no plaintext secret and no key material in Redis, in API answers or in the worker logs', async () => {
    await k.collectDeks(tenants.a, [t1]);
    // a: webhook secrets versions 1 and 2, channels; shred: the destroyed key's, its new key's; other.
    expect(k.deks.size).toBeGreaterThanOrEqual(8);
    expect(k.secrets.size).toBeGreaterThanOrEqual(6);
    const { found, scanned, logBytes } = await k.leaks([t1]);
    expect(scanned).toBeGreaterThan(100);
    expect(logBytes).toBeGreaterThan(0);
    expect(found).toEqual([]);
  }, 120_000);
});
