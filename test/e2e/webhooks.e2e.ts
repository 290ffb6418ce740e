import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanKeys } from '../../lib/redis.js';
import type { TestPlatform } from '../support/testPlatform.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

let t: TestPlatform;
let platform: WebhookTestPlatform;
const receiver: WebhookTestPlatform['receiver'] = (...args) => platform.receiver(...args);

beforeAll(async () => {
  platform = await startWebhookTestPlatform({ WEBHOOK_TIMEOUT_MS: '2000' });
  t = platform.t;
});

afterAll(async () => {
  await platform?.close();
});

const CREATE = `mutation($input: CreateWebhookInput!) {
  createWebhook(input: $input) { signingSecret webhook { id url status eventTypes headers rateLimitPerSecond retrySchedule } }
}`;
const PUBLISH = `mutation($type: String!, $data: JSON!) { publishEvent(input: { type: $type, data: $data }) { id type tenantId occurredAt data cursor } }`;
const DELIVERIES = `query($id: ID!, $status: WebhookDeliveryStatus) { webhook(id: $id) { status statusReason
  deliveries(first: 50, status: $status) { edges { node { id eventId eventType status attemptCount failureReason
    attempts { number statusCode durationMs responseBody error succeeded at } } } pageInfo { hasNextPage } } } }`;

interface Created {
  id: string;
  secret: string;
}

async function createWebhook(token: string, input: Record<string, unknown>): Promise<Created> {
  const res = await t.gql<{ createWebhook: { signingSecret: string; webhook: { id: string } } }>(
    token,
    CREATE,
    {
      input,
    },
  );
  expect(res.body.errors).toBeUndefined();
  const created = res.body.data?.createWebhook;
  return { id: created?.webhook.id as string, secret: created?.signingSecret as string };
}

async function publish(token: string, packageId: string, type = 'package.created') {
  const res = await t.gql<{ publishEvent: Record<string, unknown> & { id: string } }>(token, PUBLISH, {
    type,
    data: { packageId },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.publishEvent as Record<string, unknown> & { id: string };
}

interface AttemptView {
  number: number;
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  succeeded: boolean;
  at: string;
}
interface DeliveryView {
  id: string;
  eventId: string;
  status: string;
  attemptCount: number;
  failureReason: string | null;
  attempts: AttemptView[];
}

async function deliveries(token: string, id: string, status?: string) {
  const res = await t.gql<{
    webhook: {
      status: string;
      statusReason: string | null;
      deliveries: { edges: Array<{ node: DeliveryView }> };
    };
  }>(token, DELIVERIES, { id, status });
  expect(res.body.errors).toBeUndefined();
  const webhook = res.body.data?.webhook;
  return { webhook, list: webhook?.deliveries.edges.map((e) => e.node) ?? [] };
}

describe('webhook delivery', () => {
  it('POSTs the event envelope with Standard Webhooks signatures the official verifier accepts', async () => {
    const tenant = t.tenant('sign');
    const token = await t.token(tenant);
    const r = await receiver();
    const hook = await createWebhook(token, {
      url: r.url,
      eventTypes: ['package.created'],
      headers: { 'x-partner': 'acme' },
    });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await publish(token, 'ignored', 'package.updated');
    const event = await publish(token, 'pkg-1');
    const [got] = await r.waitFor(1);
    const verified = new Verifier(hook.secret).verify(
      got?.body as string,
      got?.headers as Record<string, string>,
    );
    expect(verified).toEqual({ ...event, publishedBy: { subject: 'user-1' } });
    expect(got?.headers['webhook-id']).toBe(event.id);
    expect(got?.headers['user-agent']).toMatch(/^KnowledgeGraphPlatform-Webhooks\//);
    expect(got?.headers['x-partner']).toBe('acme');
    expect(got?.headers['content-type']).toBe('application/json');
    // The secret is shown once: never readable again, and stored only encrypted.
    const read = await t.gql(token, `{ webhook(id: "${hook.id}") { id } }`);
    expect(JSON.stringify(read.body)).not.toContain(hook.secret);
    const keys: string[] = [];
    // SCAN on every master: under Redis Cluster a plain KEYS would ask one random node.
    for await (const page of scanKeys(
      t.platform.connections.redis,
      `${t.config.REDIS_KEY_PREFIX}{t:${tenant}}*`,
    ))
      keys.push(...page);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const type = await t.platform.connections.redis.type(key);
      const dump = type === 'hash' ? JSON.stringify(await t.platform.connections.redis.hgetall(key)) : '';
      expect(dump).not.toContain(hook.secret.slice(6));
    }
    await eventually(async () => (await deliveries(token, hook.id)).list[0]?.status === 'SUCCEEDED');
    expect(r.received).toHaveLength(1);
  });

  it('retries on the compressed default schedule, records every attempt, then reports exhaustion', async () => {
    const tenant = t.tenant('retry');
    const token = await t.token(tenant);
    const client = wsClient(t.url, token);
    const marker = await publish(token, 'marker', 'package.updated');
    const watch = collect(
      client,
      `subscription($since: String) { events(types: ["webhook.attempt_exhausted"], since: $since) { type data } }`,
      {
        since: marker.cursor,
      },
    );
    const big = 'x'.repeat(30_000);
    const r = await receiver(() => ({ status: 500, body: big }));
    const hook = await createWebhook(token, { url: r.url, eventTypes: ['package.created'] });
    const event = await publish(token, 'fails');
    const got = await r.waitFor(8, 30_000);
    const gaps = got.slice(1).map((g, i) => g.receivedAt - (got[i]?.receivedAt ?? 0));
    const expected = [0.5, 30, 180, 720, 1800, 3600, 3600];
    for (const [i, gap] of gaps.entries()) {
      const want = expected[i] as number;
      expect(gap, `gap before attempt ${i + 2}`).toBeGreaterThanOrEqual(want * 0.8 - 5);
      expect(gap, `gap before attempt ${i + 2}`).toBeLessThanOrEqual(want * 1.2 + 400);
    }
    expect(new Set(got.map((g) => g.headers['webhook-id']))).toEqual(new Set([event.id]));
    const [exhausted] = await watch.waitFor(1, 10_000);
    expect(exhausted?.data?.events).toMatchObject({
      type: 'webhook.attempt_exhausted',
      data: { webhookId: hook.id, eventId: event.id, lastStatusCode: 500 },
    });
    const { list } = await deliveries(token, hook.id, 'FAILED');
    expect(list).toHaveLength(1);
    expect(list[0]?.attemptCount).toBe(8);
    expect(list[0]?.failureReason).toBe('all 8 attempts failed; last: HTTP 500');
    expect(list[0]?.attempts.map((a) => a.statusCode)).toEqual(Array(8).fill(500));
    expect(list[0]?.attempts[0]?.responseBody).toHaveLength(20 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.received).toHaveLength(8);
    watch.stop();
    await client.dispose();
  });

  it('disables the endpoint on 410 and tells subscribers', async () => {
    const tenant = t.tenant('gone');
    const token = await t.token(tenant);
    const r = await receiver(() => ({ status: 410 }));
    const hook = await createWebhook(token, { url: r.url, eventTypes: ['package.created'] });
    const client = wsClient(t.url, token);
    const marker = await publish(token, 'marker', 'package.updated');
    const watch = collect(
      client,
      `subscription($since: String) { events(types: ["webhook.endpoint_disabled"], since: $since) { data } }`,
      {
        since: marker.cursor,
      },
    );
    await publish(token, 'p1');
    const [disabled] = await watch.waitFor(1, 10_000);
    expect(disabled?.data?.events).toMatchObject({
      data: { webhookId: hook.id, reason: 'endpoint answered 410 Gone' },
    });
    const { webhook, list } = await deliveries(token, hook.id);
    expect(webhook?.status).toBe('DISABLED');
    expect(list.map((d) => [d.status, d.failureReason])).toEqual([['FAILED', 'endpoint answered 410 Gone']]);
    await publish(token, 'p2');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(r.received).toHaveLength(1);
    watch.stop();
    await client.dispose();
  });

  it('honours Retry-After on 429 and throttles', async () => {
    const tenant = t.tenant('throttle');
    const token = await t.token(tenant);
    const r = await receiver((_req, n) =>
      n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 },
    );
    const hook = await createWebhook(token, { url: r.url, eventTypes: ['package.created'] });
    await publish(token, 'p');
    const got = await r.waitFor(2, 10_000);
    expect((got[1]?.receivedAt ?? 0) - (got[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    await eventually(async () => (await deliveries(token, hook.id)).list[0]?.status === 'SUCCEEDED');
  });

  it('paces an endpoint to its rate limit without dropping anything', async () => {
    const tenant = t.tenant('rate');
    const token = await t.token(tenant);
    const r = await receiver();
    await createWebhook(token, { url: r.url, eventTypes: ['package.created'], rateLimitPerSecond: 5 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 10 }, (_, i) => publish(token, `p${i}`)));
    const got = await r.waitFor(10, 15_000);
    // 10 at 5/s: the last waits about 1.8 s after the first.
    expect((got[9]?.receivedAt ?? 0) - (got[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1600);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(new Set(got.map((g) => g.headers['webhook-id'])).size).toBe(10);
  });

  it('gives up an attempt at the timeout and records why', async () => {
    const token = await t.token(t.tenant('timeout'));
    const r = await receiver(
      () => new Promise((resolve) => setTimeout(() => resolve({ status: 200 }), 3000)),
    );
    const hook = await createWebhook(token, {
      url: r.url,
      eventTypes: ['package.created'],
      retrySchedule: [],
    });
    await publish(token, 'slow');
    await eventually(async () => (await deliveries(token, hook.id)).list[0]?.status === 'FAILED', 10_000);
    const [attempt] = (await deliveries(token, hook.id)).list[0]?.attempts ?? [];
    expect(attempt).toMatchObject({ statusCode: null, error: 'timed out', succeeded: false });
    const since = new Date(Date.now() + 60_000).toISOString();
    const later = await t.gql<{ webhook: { deliveries: { edges: unknown[] } } }>(
      token,
      `query($id: ID!, $since: DateTime) { webhook(id: $id) { deliveries(since: $since) { edges { cursor } } } }`,
      { id: hook.id, since },
    );
    expect(later.body.data?.webhook.deliveries.edges).toEqual([]);
  });
});
