import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { EventLog } from '../../lib/events/EventLog.js';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.js';
import type { RunningSubgraph } from '../../lib/subgraphServer.js';
import { SUBGRAPH_NAMES } from '../../lib/config.js';
import { connect, type Connections } from '../../runtime/connect.js';
import { startSubgraph } from '../../runtime/startPlatform.js';
import { sharedEnv, testConfig } from '../support/testPlatform.js';
import { mintToken } from '../../lib/devToken.js';
import { SCOPES } from '../../lib/scopes.js';
import { freePort, startPlatformProcess, type PlatformProcess } from '../support/processes.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

const config = testConfig();
const run = Math.random().toString(36).slice(2, 8);
let connections: Connections;
let subgraphs: RunningSubgraph[] = [];
const gateways: RunningGateway[] = [];
let events: EventLog;

const EVENTS = `subscription($since: String) { events(since: $since) { cursor data } }`;
const token = (tenantId: string) =>
  mintToken(config.AUTH_JWT_SECRET as string, { subject: 'scale', tenantId, scopes: SCOPES });

function urls(integrations: RunningSubgraph): Record<string, string> {
  return Object.fromEntries(
    subgraphs.map((s) => [s.name, s.name === 'integrations' ? integrations.url : s.url]),
  );
}

async function gatewayFor(integrations: RunningSubgraph, queueSize?: number): Promise<RunningGateway> {
  const gatewayConfig = queueSize ? { ...config, SUBSCRIPTION_QUEUE_SIZE: queueSize } : config;
  const gateway = await startGateway({
    config: gatewayConfig,
    ...connections,
    subgraphUrls: urls(integrations),
    port: 0,
  });
  gateways.push(gateway);
  return gateway;
}

const seq = (r: { data?: Record<string, unknown> | null }) =>
  (r.data?.events as { data: { seq: number } }).data.seq;

beforeAll(async () => {
  connections = connect(config, 'scale-test');
  subgraphs = await Promise.all(SUBGRAPH_NAMES.map((name) => startSubgraph(config, connections, name, 0)));
  events = new EventLog({
    redis: connections.redis,
    prefix: config.REDIS_KEY_PREFIX,
    retention: 100_000,
    subscriberBuffer: 10_000,
    logger: connections.logger,
  });
});

afterAll(async () => {
  for (const gateway of gateways) await gateway.close().catch(() => undefined);
  await Promise.all(subgraphs.map((s) => s.close().catch(() => undefined)));
  await events.close();
  await connections.close();
});

async function publishMany(
  tenantId: string,
  from: number,
  count: number,
  extra: Record<string, unknown> = {},
) {
  for (let i = from; i < from + count; i += 1) {
    await events.publish({
      tenantId,
      type: 'package.created',
      data: { packageId: `p${i}`, seq: i, ...extra },
      publishedBy: 'producer',
    });
  }
}

describe('subscriptions at scale', () => {
  it('resumes by cursor across a gateway restart: 1,000+ events, no gap, no duplicate', async () => {
    const tenantId = `restart-${run}`;
    const marker = await events.publish({
      tenantId,
      type: 'package.created',
      data: { packageId: 'm', seq: -1 },
      publishedBy: 'producer',
    });
    const first = await gatewayFor(subgraphs.find((s) => s.name === 'integrations') as RunningSubgraph);
    const clientA = wsClient(first.url, await token(tenantId));
    const before = collect(clientA, EVENTS, { since: marker.cursor });
    await publishMany(tenantId, 0, 600);
    await before.waitFor(600, 30_000);

    // The gateway goes away mid-stream; events keep being published meanwhile.
    await first.close();
    await publishMany(tenantId, 600, 500);
    // The closing gateway told the subscriber why, after the last event it delivered.
    expect(before.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('SHUTTING_DOWN');
    const lastCursor = (before.results.filter((r) => r.data).at(-1)?.data?.events as { cursor: string })
      .cursor;
    const second = await gatewayFor(subgraphs.find((s) => s.name === 'integrations') as RunningSubgraph);
    const clientB = wsClient(second.url, await token(tenantId));
    const after = collect(clientB, EVENTS, { since: lastCursor });
    await publishMany(tenantId, 1100, 100);
    await after.waitFor(600, 30_000);

    const received = [...before.results.filter((r) => r.data), ...after.results].map(seq);
    expect(received).toEqual(Array.from({ length: 1200 }, (_, i) => i));
    after.stop();
    await clientA.dispose();
    await clientB.dispose();
  });

  it('2 gateway processes × 2 subgraph replica processes: each subscriber gets each event exactly once', async () => {
    const tenantId = `replicas-${run}`;
    const secrets = sharedEnv(config);
    const processes: PlatformProcess[] = [];
    try {
      // Two replicas of the subgraph that owns Subscription.events, each its own OS process.
      const replicaPorts = [await freePort(), await freePort()];
      for (const port of replicaPorts) {
        // Subgraph i listens on SUBGRAPH_PORT_BASE + 1 + i; integrations is i = 1.
        processes.push(
          await startPlatformProcess(
            ['subgraph', 'integrations'],
            { ...secrets, SUBGRAPH_PORT_BASE: String(port - 2) },
            `http://127.0.0.1:${port}/healthz`,
          ),
        );
      }
      const gatewayUrls: string[] = [];
      for (const port of replicaPorts) {
        const gatewayPort = await freePort();
        const subgraphUrls = subgraphs
          .map((s) => `${s.name}=${s.name === 'integrations' ? `http://127.0.0.1:${port}/graphql` : s.url}`)
          .join(',');
        processes.push(
          await startPlatformProcess(
            ['gateway'],
            { ...secrets, GATEWAY_PORT: String(gatewayPort), SUBGRAPH_URLS: subgraphUrls },
            `http://127.0.0.1:${gatewayPort}/healthz`,
          ),
        );
        gatewayUrls.push(`http://127.0.0.1:${gatewayPort}/graphql`);
      }
      const marker = await events.publish({
        tenantId,
        type: 'package.created',
        data: { packageId: 'm', seq: -1 },
        publishedBy: 'producer',
      });
      const tok = await token(tenantId);
      const clients = gatewayUrls.flatMap((url) => [wsClient(url, tok), wsClient(url, tok)]);
      const subs = clients.map((c) => collect(c, EVENTS, { since: marker.cursor }));
      await publishMany(tenantId, 0, 200);
      for (const sub of subs) {
        const got = (await sub.waitFor(200)).map(seq);
        expect(got).toEqual(Array.from({ length: 200 }, (_, i) => i));
      }
      // Nothing more arrives later (no duplicate deliveries from the other replica).
      await publishMany(tenantId, 200, 1);
      for (const sub of subs) expect((await sub.waitFor(201)).length).toBe(201);
      // Identical operations of one principal share one upstream per gateway.
      const metrics = await (await fetch(gatewayUrls[0]?.replace('/graphql', '/metrics') as string)).text();
      expect(metrics).toMatch(/^gateway_upstream_subscriptions_active 1$/m);
      for (const c of clients) await c.dispose();
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
  });

  it('cuts off a slow consumer without slowing the others, and frees its queue', async () => {
    const tenantId = `slow-${run}`;
    const gateway = await gatewayFor(subgraphs.find((s) => s.name === 'integrations') as RunningSubgraph, 50);
    const tok = await token(tenantId);
    const marker = await events.publish({
      tenantId,
      type: 'package.created',
      data: { packageId: 'm', seq: -1 },
      publishedBy: 'producer',
    });

    // A raw graphql-ws client that stops reading after subscribing.
    const slow = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise<void>((resolve) => slow.once('open', () => resolve()));
    slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${tok}` } }));
    await new Promise<void>((resolve) => slow.once('message', () => resolve()));
    slow.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: EVENTS, variables: { since: marker.cursor } },
      }),
    );

    const fast = wsClient(gateway.url, tok);
    const healthy = collect(fast, EVENTS, { since: marker.cursor });
    await healthy.waitFor(0);
    (slow as unknown as { _socket: { pause(): void } })._socket.pause();

    const big = 'x'.repeat(30_000);
    await publishMany(tenantId, 0, 600, { note: big });
    expect((await healthy.waitFor(600, 60_000)).map(seq)).toEqual(Array.from({ length: 600 }, (_, i) => i));
    await eventually(
      async () =>
        (await gateway.metrics.subscriptionsEnded.get()).values.some(
          (v) => v.labels.reason === 'slow_consumer' && v.value >= 1,
        ),
      20_000,
      'slow consumer cut off',
    );
    // Only the healthy subscription is still held by the gateway.
    expect((await gateway.metrics.subscriptionsActive.get()).values[0]?.value).toBe(1);
    healthy.stop();
    slow.terminate();
    await fast.dispose();
  });
});
