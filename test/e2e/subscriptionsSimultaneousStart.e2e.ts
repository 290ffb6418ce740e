import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startGateway, type RunningGateway } from '../../gateway/createGateway.js';
import { PlannerPool } from '../../gateway/engine/PlannerPool.js';
import { readSupergraph } from '../../gateway/supergraph.js';
import { SUBGRAPH_NAMES } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { SCOPES } from '../../lib/scopes.js';
import type { RunningSubgraph } from '../../lib/subgraphServer.js';
import { connect, type Connections } from '../../runtime/connect.js';
import { startSubgraph } from '../../runtime/startPlatform.js';
import { testConfig } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';

// Many clients opening the same entity-field subscription at once (bench:subscriptions with 200
// clients): each must go live, none be refused or left waiting. They once each queued their own
// plan, and the plans' budgets ran out while they waited behind one another on a loaded machine.
const QUERY = 'subscription { events { id cursor publishedBy { subject tenantId } } }';
const tenantId = `simultaneous-${Math.random().toString(36).slice(2, 8)}`;

let connections: Connections;
let subgraphs: RunningSubgraph[] = [];
let gateway: RunningGateway | undefined;
let events: EventLog | undefined;
const sockets: WebSocket[] = [];
let budgetMs = 0;
let clients = 0;
let config: ReturnType<typeof testConfig>;

/** How long one plan of QUERY takes on this machine now, once warm (median of 15). */
async function planMillis(): Promise<number> {
  const pool = new PlannerPool({ supergraphSdl: readSupergraph(), budgetMs: 30_000 });
  try {
    for (let i = 0; i < 5; i += 1) await pool.plan(QUERY, null);
    const times: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const started = performance.now();
      await pool.plan(QUERY, null);
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[7] ?? 1;
  } finally {
    await pool.close();
  }
}

beforeAll(async () => {
  // A budget every plan alone keeps with room to spare, and enough clients that their plans, one
  // after another, would take four budgets.
  const single = Math.max(await planMillis(), 0.5);
  budgetMs = Math.max(500, Math.ceil(50 * single));
  clients = Math.min(1_500, Math.ceil((4 * budgetMs) / single));
  config = testConfig({
    PLAN_BUDGET_MS: String(budgetMs),
    WS_MAX_CONNECTIONS: String(clients + 50),
    SUBSCRIPTIONS_MAX_PER_TENANT: String(clients + 50),
  });
  connections = connect(config, 'simultaneous-start-test');
  subgraphs = await Promise.all(SUBGRAPH_NAMES.map((name) => startSubgraph(config, connections, name, 0)));
  gateway = await startGateway({
    config,
    ...connections,
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    port: 0,
  });
  events = new EventLog({
    redis: connections.redis,
    prefix: config.REDIS_KEY_PREFIX,
    retention: 10_000,
    subscriberBuffer: 10_000,
    logger: connections.logger,
  });
}, 180_000);

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await gateway?.close().catch(() => undefined);
  await Promise.all(subgraphs.map((s) => s.close().catch(() => undefined)));
  await events?.close();
  await connections?.close();
});

describe('subscriptions started together', () => {
  it('all go live: none is refused, none waits without an answer', async () => {
    const url = (gateway as RunningGateway).url.replace(/^http/, 'ws');
    const token = await mintToken(config.AUTH_JWT_SECRET as string, {
      subject: 'simultaneous',
      tenantId,
      scopes: SCOPES,
    });
    let live = 0;
    const ended: string[] = [];
    const acked = Array.from(
      { length: clients },
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = new WebSocket(url, 'graphql-transport-ws');
          sockets.push(socket);
          let state: 'waiting' | 'live' | 'ended' = 'waiting';
          const end = (why: string) => {
            if (state !== 'waiting') return;
            state = 'ended';
            ended.push(why);
          };
          socket.once('open', () =>
            socket.send(
              JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
            ),
          );
          socket.on('message', (raw: Buffer) => {
            const message = JSON.parse(raw.toString()) as {
              type: string;
              payload?: { data?: { events?: unknown }; errors?: unknown };
            };
            if (message.type === 'connection_ack') {
              resolve();
            } else if (message.type === 'next' && state === 'waiting') {
              if (message.payload?.errors) end(JSON.stringify(message.payload.errors));
              else if (message.payload?.data?.events) {
                state = 'live';
                live += 1;
              }
            } else if (message.type === 'error' || message.type === 'complete') {
              end(`${message.type} ${JSON.stringify(message.payload ?? null)}`);
            }
          });
          socket.once('close', (code: number) => {
            end(`close ${code}`);
            reject(new Error(`socket closed (${code}) before connection_ack`));
          });
        }),
    );
    await Promise.all(acked);
    // Every subscribe at once, so they reach the gateway together, before any plan is made.
    for (const socket of sockets) {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));
    }

    // Publish until every subscription has seen an event or ended (a subscription still being
    // started misses the events before it, so one event is not enough).
    let published = 0;
    const deadline = Date.now() + 90_000;
    while (live + ended.length < clients && Date.now() < deadline) {
      await (events as EventLog).publish({
        tenantId,
        type: 'package.created',
        data: { packageId: `p${published++}` },
        publishedBy: 'simultaneous-publisher',
      });
      await eventually(() => live + ended.length >= clients, 1_000).catch(() => undefined);
    }
    expect({ budgetMs, clients, ended }).toEqual({ budgetMs, clients, ended: [] });
    expect(live).toBe(clients);
  }, 180_000);
});
