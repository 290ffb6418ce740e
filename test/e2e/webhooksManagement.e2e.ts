import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../support/testPlatform.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

let t: TestPlatform;
let platform: WebhookTestPlatform;
const receiver: WebhookTestPlatform['receiver'] = (...args) => platform.receiver(...args);

beforeAll(async () => {
  platform = await startWebhookTestPlatform();
  t = platform.t;
});

afterAll(async () => {
  await platform?.close();
});

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

async function call<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await t.gql<T>(token, query, variables);
  return { data: res.body.data as T, errors: res.body.errors as Errors };
}

async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await call<T>(token, query, variables);
  expect(errors).toBeUndefined();
  return data;
}

async function create(token: string, url: string, extra: Record<string, unknown> = {}) {
  const data = await ok<{ createWebhook: { signingSecret: string; webhook: { id: string } } }>(
    token,
    `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { signingSecret webhook { id } } }`,
    { input: { url, eventTypes: ['package.created'], ...extra } },
  );
  return { id: data.createWebhook.webhook.id, secret: data.createWebhook.signingSecret };
}

async function publish(token: string, packageId: string) {
  const data = await ok<{ publishEvent: { id: string; cursor: string } }>(
    token,
    `mutation($d: JSON!) { publishEvent(input: { type: "package.created", data: $d }) { id cursor } }`,
    { d: { packageId } },
  );
  return data.publishEvent;
}

async function deliveryStatuses(token: string, id: string): Promise<string[]> {
  const data = await ok<{ webhook: { deliveries: { edges: Array<{ node: { status: string } }> } } }>(
    token,
    `query($id: ID!) { webhook(id: $id) { deliveries { edges { node { status } } } } }`,
    { id },
  );
  return data.webhook.deliveries.edges.map((e) => e.node.status);
}

describe('webhook management', () => {
  it('updates, pauses and resumes: a paused endpoint holds deliveries, then gets them', async () => {
    const token = await t.token(t.tenant('pause'));
    const r = await receiver();
    const hook = await create(token, r.url);
    const updated = await ok<{ updateWebhook: Record<string, unknown> }>(
      token,
      `mutation($id: ID!, $headers: JSON) { updateWebhook(id: $id, input: { description: "orders", eventTypes: ["package.created", "package.updated"], headers: $headers, retrySchedule: [1, 2] }) {
        description eventTypes headers retrySchedule url } }`,
      { id: hook.id, headers: { 'x-k': 'v' } },
    );
    expect(updated.updateWebhook).toEqual({
      description: 'orders',
      eventTypes: ['package.created', 'package.updated'],
      headers: { 'x-k': 'v' },
      retrySchedule: [1, 2],
      url: r.url,
    });
    const paused = await ok<{ pauseWebhook: { status: string } }>(
      token,
      `mutation($id: ID!) { pauseWebhook(id: $id) { status } }`,
      {
        id: hook.id,
      },
    );
    expect(paused.pauseWebhook.status).toBe('PAUSED');
    await publish(token, 'held');
    await eventually(
      async () => (await deliveryStatuses(token, hook.id)).length === 1,
      5000,
      'held delivery',
    );
    // Held, not sent: the delivery's own state says so (no waiting for something not to happen).
    expect(await deliveryStatuses(token, hook.id)).toEqual(['PENDING']);
    expect(r.received).toHaveLength(0);
    await ok(token, `mutation($id: ID!) { resumeWebhook(id: $id) { status } }`, { id: hook.id });
    const [got] = await r.waitFor(1, 10_000);
    expect(got?.headers['x-k']).toBe('v');
  });

  it('rotates the secret: both signatures for 24 h, each verifies alone', async () => {
    const token = await t.token(t.tenant('rotate'));
    const r = await receiver();
    const hook = await create(token, r.url);
    const rotated = await ok<{
      rotateWebhookSecret: { signingSecret: string; webhook: { previousSecretExpiresAt: string } };
    }>(
      token,
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret webhook { previousSecretExpiresAt } } }`,
      { id: hook.id },
    );
    const fresh = rotated.rotateWebhookSecret.signingSecret;
    expect(fresh).not.toBe(hook.secret);
    const overlap = Date.parse(rotated.rotateWebhookSecret.webhook.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600_000);
    await publish(token, 'after-rotation');
    const [got] = await r.waitFor(1);
    const headers = got?.headers as Record<string, string>;
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Verifier(hook.secret).verify(got?.body as string, headers)).not.toThrow();
    expect(() => new Verifier(fresh).verify(got?.body as string, headers)).not.toThrow();
  });

  it('sends a test event to one endpoint only, and streams its attempts live', async () => {
    const token = await t.token(t.tenant('test-event'));
    const [r1, r2] = [await receiver(), await receiver()];
    const one = await create(token, r1.url);
    const two = await create(token, r2.url, { eventTypes: ['webhook.test'] });
    const client = wsClient(t.url, token);
    const live = collect(
      client,
      `subscription($id: ID) { webhookDeliveryUpdated(webhookId: $id) { delivery { id webhookId status eventType payload } attempt { number statusCode succeeded } } }`,
      { id: one.id },
    );
    // The subscription attaches asynchronously: send test events until one is streamed.
    let sent: { sendTestEvent: { deliveryId: string; event: { id: string; type: string } } } | null = null;
    await eventually(
      async () => {
        sent = await ok<{ sendTestEvent: { deliveryId: string; event: { id: string; type: string } } }>(
          token,
          `mutation($id: ID!) { sendTestEvent(webhookId: $id) { deliveryId event { id type } } }`,
          { id: one.id },
        );
        await r1.waitFor(r1.received.length + 1).catch(() => undefined);
        return live.results.length > 0;
      },
      20_000,
      'the live stream to carry a test delivery',
    );
    const [got] = r1.received;
    expect(JSON.parse(got?.body as string)).toMatchObject({
      type: 'webhook.test',
      data: { webhookId: one.id },
    });
    const streamed = live.results.map((u) => u.data?.webhookDeliveryUpdated as { delivery: { id: string } });
    const update = {
      data: {
        webhookDeliveryUpdated:
          streamed.find(
            (u) => u.delivery.id === (sent as NonNullable<typeof sent>).sendTestEvent.deliveryId,
          ) ?? streamed.at(-1),
      },
    };
    expect(update?.data?.webhookDeliveryUpdated).toMatchObject({
      delivery: {
        webhookId: one.id,
        status: 'SUCCEEDED',
        eventType: 'webhook.test',
      },
      attempt: { number: 1, statusCode: 204, succeeded: true },
    });
    // A test event goes to one endpoint only: the other has no delivery at all.
    expect(await deliveryStatuses(token, two.id)).toEqual([]);
    expect(r2.received).toHaveLength(0);
    live.stop();
    await client.dispose();
  });

  it('replays one delivery and recovers failed ones since a time', async () => {
    const token = await t.token(t.tenant('replay'));
    let healthy = false;
    const r = await receiver(() => ({ status: healthy ? 200 : 503 }));
    const hook = await create(token, r.url, { retrySchedule: [] });
    const since = new Date(Date.now() - 1000).toISOString();
    const events = [await publish(token, 'a'), await publish(token, 'b'), await publish(token, 'c')];
    await eventually(
      async () => (await deliveryStatuses(token, hook.id)).filter((s) => s === 'FAILED').length === 3,
    );
    healthy = true;
    const list = await ok<{
      webhook: { deliveries: { edges: Array<{ node: { id: string; eventId: string } }> } };
    }>(token, `query($id: ID!) { webhook(id: $id) { deliveries { edges { node { id eventId } } } } }`, {
      id: hook.id,
    });
    const target = list.webhook.deliveries.edges.find((e) => e.node.eventId === events[0]?.id)?.node.id;
    const replayed = await ok<{ replayWebhookDelivery: { status: string } }>(
      token,
      `mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { status } }`,
      { id: target },
    );
    expect(replayed.replayWebhookDelivery.status).toBe('PENDING');
    await eventually(async () => r.received.length === 4);
    expect(r.received[3]?.headers['webhook-id']).toBe(events[0]?.id);
    const recovered = await ok<{ recoverWebhookDeliveries: { queued: number } }>(
      token,
      `mutation($id: ID!, $since: DateTime!) { recoverWebhookDeliveries(webhookId: $id, since: $since) { queued } }`,
      { id: hook.id, since },
    );
    expect(recovered.recoverWebhookDeliveries.queued).toBe(2);
    await eventually(async () => (await deliveryStatuses(token, hook.id)).every((s) => s === 'SUCCEEDED'));
    const tooOld = await call(
      token,
      `mutation($id: ID!) { recoverWebhookDeliveries(webhookId: $id, since: "2000-01-01T00:00:00Z") { queued } }`,
      {
        id: hook.id,
      },
    );
    expect(tooOld.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses literal internal addresses up front with WEBHOOK_URL_FORBIDDEN', async () => {
    const token = await t.token(t.tenant('literal'));
    for (const url of [
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest',
      'http://[::1]/x',
      'http://localhost:8080/',
    ]) {
      const { errors } = await call(
        token,
        `mutation($u: String!) { createWebhook(input: { url: $u, eventTypes: ["package.created"] }) { signingSecret } }`,
        {
          u: url,
        },
      );
      expect(errors?.[0]?.extensions?.code, url).toBe('WEBHOOK_URL_FORBIDDEN');
    }
  });
});

describe('tenant wall', () => {
  it('keeps endpoints, deliveries and events of one tenant away from another', async () => {
    const tokenA = await t.token(t.tenant('wall-a'));
    const tokenB = await t.token(t.tenant('wall-b'));
    const ra = await receiver();
    const hookA = await create(tokenA, ra.url);
    await publish(tokenB, 'b-secret');
    await publish(tokenA, 'a-visible');
    const [got] = await ra.waitFor(1);
    // B's event went first: one crossing the wall would have been fanned out by now, and A's hook
    // has exactly the one delivery of A's event.
    expect(await deliveryStatuses(tokenA, hookA.id)).toHaveLength(1);
    expect(ra.received).toHaveLength(1);
    expect(JSON.parse(got?.body as string)).toMatchObject({ data: { packageId: 'a-visible' } });

    const seen = await ok<{ webhook: null; webhooks: unknown[] }>(
      tokenB,
      `query($id: ID!) { webhook(id: $id) { id } webhooks { id } }`,
      {
        id: hookA.id,
      },
    );
    expect(seen).toEqual({ webhook: null, webhooks: [] });
    for (const mutation of [
      `mutation($id: ID!) { updateWebhook(id: $id, input: { description: "x" }) { id } }`,
      `mutation($id: ID!) { pauseWebhook(id: $id) { id } }`,
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret } }`,
      `mutation($id: ID!) { sendTestEvent(webhookId: $id) { deliveryId } }`,
    ]) {
      const { errors } = await call(tokenB, mutation, { id: hookA.id });
      expect(errors?.[0]?.extensions?.code, mutation).toBe('NOT_FOUND');
    }
    expect(
      (
        await ok<{ deleteWebhook: boolean }>(tokenB, `mutation($id: ID!) { deleteWebhook(id: $id) }`, {
          id: hookA.id,
        })
      ).deleteWebhook,
    ).toBe(false);
    await eventually(async () => (await deliveryStatuses(tokenA, hookA.id)).length === 1);
    const list = await ok<{ webhook: { deliveries: { edges: Array<{ node: { id: string } }> } } }>(
      tokenA,
      `query($id: ID!) { webhook(id: $id) { deliveries { edges { node { id } } } } }`,
      { id: hookA.id },
    );
    const deliveryId = list.webhook.deliveries.edges[0]?.node.id;
    const stolen = await call(
      tokenB,
      `mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id } }`,
      { id: deliveryId },
    );
    expect(stolen.errors?.[0]?.extensions?.code).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
    expect(
      (
        await ok<{ webhookDelivery: null }>(tokenB, `query($id: ID!) { webhookDelivery(id: $id) { id } }`, {
          id: deliveryId,
        })
      ).webhookDelivery,
    ).toBeNull();
  });

  it('needs webhooks:write to change and webhooks:read to look', async () => {
    const token = await t.token(t.tenant('scopes'), ['webhooks:read']);
    const { errors } = await call(
      token,
      `mutation { createWebhook(input: { url: "https://example.com/h", eventTypes: ["package.created"] }) { signingSecret } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reader = await t.token(t.tenant('scopes'), ['events:read']);
    const res = await call(reader, `{ webhooks { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
