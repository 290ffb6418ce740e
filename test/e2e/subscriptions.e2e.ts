import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, wsClient } from '../support/wsClient.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

let t: TestPlatform;
let tenantA: string;
let tenantB: string;
let tokenA: string;
let tokenB: string;

const EVENTS = `subscription($types: [String!], $since: String) {
  events(types: $types, since: $since) { id type tenantId data cursor publishedBy { subject tenantId } }
}`;
const PUBLISH =
  'mutation($type: String!, $data: JSON!) { publishEvent(input: { type: $type, data: $data }) { id cursor } }';

beforeAll(async () => {
  t = await startTestPlatform();
  tenantA = t.tenant('sub-a');
  tenantB = t.tenant('sub-b');
  tokenA = await t.token(tenantA, undefined, 'publisher-a');
  tokenB = await t.token(tenantB, undefined, 'publisher-b');
});

afterAll(async () => {
  await t.close();
});

async function publish(token: string, packageId: string) {
  const res = await t.gql<{ publishEvent: { id: string; cursor: string } }>(token, PUBLISH, {
    type: 'package.created',
    data: { packageId },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.publishEvent as { id: string; cursor: string };
}

describe('Subscription.events through the gateway', () => {
  it('delivers events with an entity field resolved by another subgraph', async () => {
    // Subscribing from a cursor is gap-free, so no race with the publish below.
    const marker = await publish(tokenA, 'marker');
    const client = wsClient(t.url, tokenA);
    const sub = collect(client, EVENTS, { types: ['package.created'], since: marker.cursor });
    await publish(tokenA, 'pkg-1');
    const [first] = await sub.waitFor(1);
    expect(first?.errors).toBeUndefined();
    expect(first?.data?.events).toMatchObject({
      type: 'package.created',
      tenantId: tenantA,
      data: { packageId: 'pkg-1' },
      // tenantId on Principal comes from the security subgraph, fetched per event.
      publishedBy: { subject: 'publisher-a', tenantId: tenantA },
    });
    sub.stop();
    await client.dispose();
  });

  it('rejects bad event data with a clear code and stores nothing', async () => {
    const res = await t.gql(tokenA, PUBLISH, { type: 'package.created', data: { name: 'no id' } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('EVENT_DATA_INVALID');
    const unknown = await t.gql(tokenA, PUBLISH, { type: 'nope.nothing', data: {} });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('replays from a cursor, then continues live, without gap or duplicate', async () => {
    const tenant = t.tenant('resume');
    const token = await t.token(tenant);
    const first = await publish(token, 'p0');
    for (let i = 1; i <= 20; i += 1) await publish(token, `p${i}`);
    const client = wsClient(t.url, token);
    const sub = collect(client, EVENTS, { since: first.cursor });
    await sub.waitFor(20);
    for (let i = 21; i <= 30; i += 1) await publish(token, `p${i}`);
    const all = await sub.waitFor(30);
    expect(all.map((r) => (r.data?.events as { data: { packageId: string } }).data.packageId)).toEqual(
      Array.from({ length: 30 }, (_, i) => `p${i + 1}`),
    );
    sub.stop();
    await client.dispose();
  });

  it('never shows tenant B events to tenant A, even with a cursor from B', async () => {
    const marker = await publish(tokenA, 'marker-a');
    const clientA = wsClient(t.url, tokenA);
    const subA = collect(clientA, EVENTS, { since: marker.cursor });
    const fromB = await publish(tokenB, 'b-secret');
    await publish(tokenA, 'a-visible');
    const got = await subA.waitFor(1);
    expect(got.map((r) => (r.data?.events as { tenantId: string }).tenantId)).toEqual([tenantA]);

    const stolen = collect(clientA, EVENTS, { since: fromB.cursor });
    await stolen.ended;
    // The subscription ends with one error result and no data.
    expect(stolen.results).toEqual([
      {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'CURSOR_INVALID' }) }),
        ],
      },
    ]);
    subA.stop();
    await clientA.dispose();
  });

  it('needs events:read', async () => {
    const token = await t.token(tenantA, ['graph:read']);
    const client = wsClient(t.url, token);
    const sub = collect(client, EVENTS);
    const end = await sub.ended;
    expect(JSON.stringify(end.error ?? sub.results)).toContain('FORBIDDEN');
    await client.dispose();
  });
});

describe('connection authentication', () => {
  it('closes with 4403 on a missing or bad token', async () => {
    for (const token of [null, 'garbage']) {
      let code = 0;
      const client = wsClient(t.url, token, (c) => {
        code = c;
      });
      const sub = collect(client, EVENTS);
      await sub.ended;
      expect(code).toBe(4403);
      await client.dispose();
    }
  });

  it('ends a live subscription with UNAUTHENTICATED when the token expires', async () => {
    const token = await t.token(tenantA, undefined, 'short-lived', 2);
    const client = wsClient(t.url, token);
    const sub = collect(client, EVENTS);
    const end = await sub.ended;
    const last = sub.results.at(-1);
    expect(JSON.stringify(last ?? end.error)).toContain('UNAUTHENTICATED');
    await client.dispose();
  });
});
