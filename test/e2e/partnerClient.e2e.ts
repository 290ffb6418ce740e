import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateApiKeyDocument,
  CreateAlertRuleDocument,
  EventsDocument,
  isPlatformError,
  MeDocument,
  PackagesDocument,
  PublishEventDocument,
  createPlatformClient,
  type PlatformClient,
} from '../../client/src/index.js';
import { deleteTenantGraph, writeTenantGraph } from '../support/knowledgeFixture.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';

let t: TestPlatform;
const clients: PlatformClient[] = [];
let tenant: string;
let adminToken: string;

function client(options: Parameters<typeof createPlatformClient>[0]): PlatformClient {
  const made = createPlatformClient(options);
  clients.push(made);
  return made;
}

async function apiKey(scopes: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const admin = client({ url: t.url, getToken: () => adminToken });
  const created = await admin.mutate(CreateApiKeyDocument, {
    input: { name: `partner-${scopes.join('-')}`, scopes, ...extra },
  });
  return created.createApiKey.secret;
}

beforeAll(async () => {
  t = await startTestPlatform();
  tenant = t.tenant('partner');
  adminToken = await t.token(tenant);
  await writeTenantGraph(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant, 'Partner');
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await deleteTenantGraph(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant);
  await t?.close();
});

describe('partner client (client/)', () => {
  it('queries and mutates with an API key, typed end to end', async () => {
    const partner = client({
      url: t.url,
      apiKey: await apiKey(['graph:read', 'events:read', 'events:publish', 'observability:write']),
    });
    const me = await partner.query(MeDocument);
    expect(me.me.subject).toMatch(/^apikey:/);
    expect(me.me.tenantId).toBe(tenant);
    const packages = await partner.query(PackagesDocument, { limit: 5 });
    expect(packages.documentPackages.map((p) => p.packageId)).toEqual([`${tenant}-pkg`]);
    expect(packages.documentPackages[0]?.documents[0]?.title).toBe('Partner Underwriting Guide');
    const rule = await partner.mutate(CreateAlertRuleDocument, {
      input: {
        name: 'deliveries failing',
        metric: 'webhook_deliveries_failed_total',
        comparison: 'GREATER_THAN',
        threshold: 5,
      },
    });
    expect(rule.createAlertRule.name).toBe('deliveries failing');
  });

  it('iterates a subscription with for await, and return() unsubscribes', async () => {
    const partner = client({ url: t.url, apiKey: await apiKey(['events:read', 'events:publish']) });
    const events = partner.iterate(EventsDocument, { types: ['document.processed'] });
    const publishing = setInterval(
      () =>
        void partner.mutate(PublishEventDocument, {
          input: { type: 'document.processed', data: { documentId: 'iterated' } },
        }),
      200,
    );
    try {
      for await (const data of events) {
        expect(data.events).toMatchObject({ type: 'document.processed', data: { documentId: 'iterated' } });
        expect(typeof data.events.cursor).toBe('string');
        break; // calls return(): the subscription ends
      }
    } finally {
      clearInterval(publishing);
    }
    expect(await events.next()).toEqual({ value: undefined, done: true });
  }, 30_000);

  it('surfaces errors as typed codes with the request id', async () => {
    const partner = client({ url: t.url, apiKey: await apiKey(['graph:read']) });
    const failure = await partner
      .mutate(PublishEventDocument, { input: { type: 'no.such_type', data: {} } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isPlatformError(failure)).toBe(true);
    if (!isPlatformError(failure)) return;
    // Lacking events:publish, the field is withheld with FORBIDDEN before the type is even looked at.
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.requestId).toMatch(/[0-9a-f-]{36}/);

    const unknownKey = client({ url: t.url, apiKey: 'kgk_notarealkey' });
    const refused = await unknownKey.query(MeDocument).catch((error: unknown) => error);
    expect(isPlatformError(refused, 'UNAUTHENTICATED')).toBe(true);
  });

  it('sends registered documents by hash, and a trusted-documents-only key runs nothing else', async () => {
    const secret = await apiKey(['graph:read'], { trustedDocumentsOnly: true });
    const partner = client({ url: t.url, apiKey: secret });
    expect((await partner.query(MeDocument)).me.tenantId).toBe(tenant);

    const raw = (body: Record<string, unknown>) =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: JSON.stringify(body),
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { errors?: Array<{ extensions: { code: string } }> },
      }));
    const adHoc = await raw({ query: '{ me { subject } }' });
    expect(adHoc.status).toBe(403);
    expect(adHoc.body.errors?.[0]?.extensions.code).toBe('OPERATION_NOT_TRUSTED');
    const unknown = await raw({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // A client that does not send hashes cannot use such a key.
    const textOnly = client({ url: t.url, apiKey: secret, persistedDocuments: false });
    const notTrusted = await textOnly.query(MeDocument).catch((error: unknown) => error);
    expect(isPlatformError(notTrusted, 'OPERATION_NOT_TRUSTED')).toBe(true);
  });

  for (const transport of ['websocket', 'sse'] as const) {
    it(`resumes a subscription across a gateway restart from the last cursor (${transport})`, async () => {
      const secret = await apiKey(['events:read', 'events:publish']);
      const gateway = await t.secondGateway();
      let restarted: Awaited<ReturnType<TestPlatform['secondGateway']>> | null = null;
      const subscriber = client({
        url: gateway.url,
        apiKey: secret,
        transport,
        retry: { baseDelayMs: 100, maxDelayMs: 500, maxAttempts: 60 },
      });
      try {
        const publisher = client({ url: t.url, apiKey: secret });
        const received: number[] = [];
        const reconnects: Array<string | null> = [];
        subscriber.subscribe(
          EventsDocument,
          { types: ['document.processed'] },
          {
            next: (data) => received.push((data.events.data as { n: number }).n),
            error: (error) => reconnects.push(`error ${error.code}`),
            reconnecting: ({ cursor }) => reconnects.push(cursor),
          },
        );
        const publish = (n: number) =>
          publisher.mutate(PublishEventDocument, {
            input: { type: 'document.processed', data: { documentId: `doc-${n}`, n } },
          });
        // Live: publish until the subscription has demonstrably started, then a known batch.
        await eventually(
          async () => {
            await publish(0);
            return received.length > 0;
          },
          15_000,
          'the subscription to start',
        );
        for (let n = 1; n <= 5; n += 1) await publish(n);
        await eventually(() => received.includes(5), 10_000, 'live events');

        await gateway.stop();
        // While the gateway is down, events keep coming: the resumed stream must replay them.
        for (let n = 6; n <= 10; n += 1) await publish(n);
        restarted = await t.secondGateway({}, gateway.port);
        for (let n = 11; n <= 15; n += 1) await publish(n);
        await eventually(() => received.includes(15), 30_000, 'events after the restart');

        const afterStart = received.slice(received.indexOf(1));
        expect(afterStart).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
        expect(reconnects.length).toBeGreaterThan(0);
        expect(reconnects.some((r) => r?.startsWith('error'))).toBe(false);
        // Every reconnect resumed from a cursor: the one of the last event received.
        expect(reconnects.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
      } finally {
        await subscriber.close();
        await restarted?.stop();
        await gateway.stop();
      }
    }, 120_000);
  }

  it('waits out RATE_LIMITED as Retry-After says, and succeeds', async () => {
    // Three points per two seconds for this key: the fourth request onwards is refused with 429.
    const secret = await apiKey(['graph:read'], { rateLimit: { points: 3, windowSeconds: 2 } });
    const statuses: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    };
    const partner = client({ url: t.url, apiKey: secret, fetch: counting, retry: { maxAttempts: 6 } });
    const answers = await Promise.all(Array.from({ length: 6 }, () => partner.query(MeDocument)));
    expect(answers.every((a) => a.me.tenantId === tenant)).toBe(true);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
  }, 60_000);

  it('falls back to SSE where WebSocket upgrades are refused (transport auto)', async () => {
    // A proxy that forwards HTTP but refuses upgrades, as some corporate proxies do.
    const target = new URL(t.url);
    const proxy: Server = createServer((req, res) => {
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
      res.once('close', () => upstream.destroy());
    });
    proxy.on('upgrade', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
      const secret = await apiKey(['events:read', 'events:publish']);
      const subscriber = client({ url, apiKey: secret, retry: { baseDelayMs: 50, maxDelayMs: 200 } });
      const reasons: string[] = [];
      const received: string[] = [];
      subscriber.subscribe(
        EventsDocument,
        { types: ['document.processed'] },
        {
          next: (data) => received.push((data.events.data as { documentId: string }).documentId),
          reconnecting: ({ reason }) => reasons.push(reason),
        },
      );
      let n = 0;
      await eventually(
        async () => {
          n += 1;
          await subscriber.mutate(PublishEventDocument, {
            input: { type: 'document.processed', data: { documentId: `via-proxy-${n}` } },
          });
          return received.length > 0;
        },
        20_000,
        'an event through the proxy',
      );
      expect(received[0]).toMatch(/^via-proxy-\d+$/);
      // The WebSocket attempt failed once, then the stream ran over SSE.
      expect(reasons.length).toBeGreaterThanOrEqual(1);
      await subscriber.close();
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 60_000);

  it('refreshes the token when it reconnects', async () => {
    let issued = 0;
    const subscriber = client({
      url: t.url,
      transport: 'websocket',
      retry: { baseDelayMs: 50, maxDelayMs: 200, maxAttempts: 20 },
      // Two-second tokens: the gateway ends the stream when one lapses and the client comes back
      // with a fresh one, resuming from its cursor.
      getToken: async () => {
        issued += 1;
        return t.token(tenant, ['events:read'], 'short-lived', 2);
      },
    });
    const publisher = client({ url: t.url, getToken: () => adminToken });
    const seen: number[] = [];
    const reasons: string[] = [];
    subscriber.subscribe(
      EventsDocument,
      { types: ['document.processed'] },
      {
        next: (data) => seen.push((data.events.data as { n: number }).n),
        reconnecting: ({ reason }) => reasons.push(reason),
      },
    );
    let n = 100;
    await eventually(
      async () => {
        n += 1;
        await publisher.mutate(PublishEventDocument, {
          input: { type: 'document.processed', data: { documentId: `doc-${n}`, n } },
        });
        return issued >= 2 && seen.includes(n);
      },
      20_000,
      'a refreshed token to keep the stream going',
    );
    expect(issued).toBeGreaterThanOrEqual(2);
    // The gateway ended the stream because the credential lapsed; the client came back with a new one.
    expect(reasons).toContain('UNAUTHENTICATED');
    // Nothing was lost or repeated across the token change.
    const first = seen[0] as number;
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => first + i));
  }, 60_000);
});
