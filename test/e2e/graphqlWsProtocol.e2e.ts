import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  rawGraphqlWs,
  type Closed,
  type ProtocolClient,
  type ServerMessage,
} from '../support/graphqlWsRaw.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// The gateway's own graphql-transport-ws server (gateway/transports/websocket.ts) held to
// graphql-ws's PROTOCOL.md, through a raw socket: every assertion is on a frame, a close code or a
// close reason a client receives.

/** Small, so the 4408 case waits briefly; every other case sends connection_init at once. */
const INIT_TIMEOUT_MS = 1_500;

const EVENTS = 'subscription($since: String) { events(since: $since) { id data } }';
const PUBLISH =
  'mutation($type: String!, $data: JSON!) { publishEvent(input: { type: $type, data: $data }) { id cursor } }';

let t: TestPlatform;
let raw: ReturnType<typeof rawGraphqlWs>;
let connect: ReturnType<typeof rawGraphqlWs>['connect'];
let ready: ReturnType<typeof rawGraphqlWs>['ready'];
let upgradeOffering: ReturnType<typeof rawGraphqlWs>['upgradeOffering'];

beforeAll(async () => {
  t = await startTestPlatform({ WS_INIT_TIMEOUT_MS: String(INIT_TIMEOUT_MS) });
  raw = rawGraphqlWs(t.url);
  ({ connect, ready, upgradeOffering } = raw);
});

afterEach(() => {
  raw.dispose();
});

afterAll(async () => {
  raw?.dispose();
  await t.close();
});

async function publish(token: string, packageId: string): Promise<{ id: string; cursor: string }> {
  const res = await t.gql<{ publishEvent: { id: string; cursor: string } }>(token, PUBLISH, {
    type: 'package.created',
    data: { packageId },
  });
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.publishEvent as { id: string; cursor: string };
}

const nextOf = (id: string) => (message: ServerMessage) => message.type === 'next' && message.id === id;
const packageIdOf = (message: ServerMessage) =>
  (message.payload as { data: { events: { data: { packageId: string } } } }).data.events.data.packageId;

async function expectTypenameAnswer(client: ProtocolClient, id: string): Promise<void> {
  client.send({ id, type: 'subscribe', payload: { query: '{ __typename }' } });
  const next = await client.next();
  // An ExecutionResult: `extensions` (the gateway reports query cost there) may come along.
  expect(next).toMatchObject({ id, type: 'next', payload: { data: { __typename: 'Query' } } });
  expect(next.payload).not.toHaveProperty('errors');
  expect(await client.next()).toEqual({ id, type: 'complete' });
}

describe('graphql-transport-ws conformance of the gateway', () => {
  let token: string;

  beforeAll(async () => {
    token = await t.token(t.tenant('ws-protocol'));
  });

  it('1. refuses any subprotocol but graphql-transport-ws with 4406', async () => {
    const none = await connect([]);
    expect(none.socket.protocol).toBe('');
    expect(await none.closed()).toEqual({
      code: CloseCode.SubprotocolNotAcceptable,
      reason: 'Subprotocol not acceptable',
    });

    // The legacy subscriptions-transport-ws subprotocol.
    expect(await upgradeOffering('graphql-ws')).toEqual({
      selected: undefined,
      closed: { code: CloseCode.SubprotocolNotAcceptable, reason: 'Subprotocol not acceptable' },
    });

    const among = await connect(['graphql-ws', GRAPHQL_TRANSPORT_WS_PROTOCOL]);
    expect(among.socket.protocol).toBe(GRAPHQL_TRANSPORT_WS_PROTOCOL);
  });

  it('2. acknowledges connection_init, and closes 4429 on a second one', async () => {
    const client = await ready(token);
    client.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await client.settle()).toEqual({
      closed: { code: CloseCode.TooManyInitialisationRequests, reason: 'Too many initialisation requests' },
    });
  });

  it('3. closes 4401 on a subscribe before connection_ack', async () => {
    const client = await connect();
    client.send({ id: 'early', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect(await client.settle()).toEqual({
      closed: { code: CloseCode.Unauthorized, reason: 'Unauthorized' },
    });
  });

  it('4. closes 4400 on invalid JSON, an unknown type, and a subscribe without id or query', async () => {
    const invalid: Array<[string, Record<string, unknown> | string]> = [
      ['invalid JSON', '{"type": "ping"'],
      ['a JSON array', '[]'],
      ['an unknown type', { type: 'hello' }],
      ['a server-only type', { type: 'next', id: 'x', payload: {} }],
      ['a subscribe without id', { type: 'subscribe', payload: { query: '{ __typename }' } }],
      ['a subscribe with an empty id', { id: '', type: 'subscribe', payload: { query: '{ __typename }' } }],
      ['a subscribe without payload', { id: 'a', type: 'subscribe' }],
      ['a subscribe without payload.query', { id: 'a', type: 'subscribe', payload: { variables: {} } }],
    ];
    for (const [what, message] of invalid) {
      const client = await ready(token);
      client.send(message);
      const outcome = await client.settle();
      expect(outcome, what).toEqual({ closed: { code: CloseCode.BadRequest, reason: expect.any(String) } });
      expect((outcome as { closed: Closed }).closed.reason, what).not.toBe('');
    }
  });

  it('4b. closes 4400 even when the message would make the close reason too long for a close frame', async () => {
    // A close reason is at most 123 bytes (RFC 6455 5.5); PROTOCOL.md allows a "vaguely descriptive" one.
    const client = await ready(token);
    client.send({ type: 'é'.repeat(80) });
    expect(await client.settle()).toEqual({
      closed: { code: CloseCode.BadRequest, reason: expect.any(String) },
    });
    // The gateway survived: a new socket still answers.
    await expectTypenameAnswer(await ready(token), 'after');
  });

  it('5. closes 4400 on a binary frame, even one holding a valid message', async () => {
    const client = await ready(token);
    client.socket.send(Buffer.from(JSON.stringify({ type: 'ping' })), { binary: true });
    expect(await client.settle()).toEqual({
      closed: { code: CloseCode.BadRequest, reason: expect.any(String) },
    });
  });

  it('6. answers ping with pong at any time, and takes an unsolicited pong silently', async () => {
    const client = await connect();
    // "The Ping message can be sent at any time within the established socket": before init too.
    client.send({ type: 'ping', payload: { probe: 1 } });
    expect(await client.settle()).toMatchObject({ message: { type: 'pong' } });
    client.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await client.settle()).toMatchObject({ message: { type: 'connection_ack' } });
    client.send({ type: 'ping' });
    expect(await client.settle()).toEqual({ message: { type: 'pong' } });

    client.send({ type: 'pong' });
    client.send({ type: 'pong', payload: { heartbeat: true } });
    // Nothing answers the pongs: the next message is the query's own result.
    await expectTypenameAnswer(client, 'after-pong');
  });

  it('7. closes 4409 on a second subscribe with an id in flight; a completed id can be reused', async () => {
    const tenantToken = await t.token(t.tenant('ws-reuse'));
    const marker = await publish(tenantToken, 'marker');
    const client = await ready(tenantToken);

    // Reuse after the server completed the operation.
    await expectTypenameAnswer(client, 'q');
    await expectTypenameAnswer(client, 'q');

    // Reuse after the client completed the operation.
    client.send({
      id: 's',
      type: 'subscribe',
      payload: { query: EVENTS, variables: { since: marker.cursor } },
    });
    client.send({ id: 's', type: 'complete' });
    client.send({
      id: 's',
      type: 'subscribe',
      payload: { query: EVENTS, variables: { since: marker.cursor } },
    });
    await publish(tenantToken, 'after-reuse');
    const read = await client.readUntil('a next for the reused id', nextOf('s'));
    expect(packageIdOf(read.at(-1) as ServerMessage)).toBe('after-reuse');
    expect(read.filter((message) => message.type !== 'next')).toEqual([]);

    // The same id again while that subscription is live.
    client.send({ id: 's', type: 'subscribe', payload: { query: EVENTS } });
    expect(await client.settle()).toEqual({
      closed: { code: CloseCode.SubscriberAlreadyExists, reason: 'Subscriber for s already exists' },
    });
  });

  it('7b. closes 4409 on a duplicate id too long to quote in the close reason', async () => {
    const client = await ready(token);
    const id = 'x'.repeat(120);
    client.send({ id, type: 'subscribe', payload: { query: EVENTS } });
    client.send({ id, type: 'subscribe', payload: { query: EVENTS } });
    expect(await client.settle()).toEqual({
      closed: { code: CloseCode.SubscriberAlreadyExists, reason: expect.any(String) },
    });
  });

  it('8. answers a query with one next, then complete', async () => {
    const client = await ready(token);
    await expectTypenameAnswer(client, 'query');
    expect(await client.roundTrip()).toEqual([{ type: 'pong' }]);
  });

  it('9. answers an invalid document with an error message and keeps the socket open', async () => {
    const client = await ready(token);
    for (const [id, query] of [
      ['syntax', '{ __typename'],
      ['unknown-field', '{ noSuchFieldAnywhere }'],
    ] as const) {
      client.send({ id, type: 'subscribe', payload: { query } });
      const error = await client.next();
      expect(error).toMatchObject({ id, type: 'error' });
      expect(error.payload).toEqual([expect.objectContaining({ message: expect.any(String) })]);
    }
    // No complete follows an error: the next message is the later operation's own.
    await expectTypenameAnswer(client, 'later');
  });

  it('10. ignores complete for an unknown id', async () => {
    const client = await ready(token);
    client.send({ id: 'never-subscribed', type: 'complete' });
    expect(await client.roundTrip()).toEqual([{ type: 'pong' }]);
    await expectTypenameAnswer(client, 'still-open');
  });

  it('11. sends nothing more for a subscription once the client completed it', async () => {
    const tenantToken = await t.token(t.tenant('ws-complete'));
    const marker = await publish(tenantToken, 'marker');
    const client = await ready(tenantToken);
    // A witness on the same socket, stream and cursor: once it has the later event, the completed
    // subscription would have had it too.
    const variables = { since: marker.cursor };
    client.send({ id: 'stopped', type: 'subscribe', payload: { query: EVENTS, variables } });
    client.send({ id: 'witness', type: 'subscribe', payload: { query: EVENTS, variables } });
    await publish(tenantToken, 'before-complete');
    const live = await client.readUntil('both subscriptions live', () =>
      ['stopped', 'witness'].every((id) => client.received.some(nextOf(id))),
    );
    expect(live.every((message) => message.type === 'next')).toBe(true);

    client.send({ id: 'stopped', type: 'complete' });
    // The server handles messages in order: after this pong it has processed the complete.
    expect(await client.roundTrip()).toEqual(expect.arrayContaining([{ type: 'pong' }]));
    const from = client.received.length;

    await publish(tenantToken, 'after-complete');
    await client.readUntil(
      'the witness to get the later event',
      (message) => nextOf('witness')(message) && packageIdOf(message) === 'after-complete',
    );
    await client.roundTrip();
    expect(client.received.slice(from).filter((message) => message.id === 'stopped')).toEqual([]);
  });

  it('12. closes 4403 on a bad or missing credential, and 4408 without connection_init', async () => {
    for (const payload of [{ authorization: 'Bearer garbage' }, {}, null]) {
      const client = await connect();
      client.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
      const outcome = await client.settle();
      expect(outcome, JSON.stringify(payload)).toEqual({
        closed: { code: CloseCode.Forbidden, reason: expect.stringMatching(/^Forbidden/) },
      });
    }
    // Not a crash: the gateway still serves a good credential.
    await expectTypenameAnswer(await ready(token), 'after-forbidden');

    const silent = await connect();
    const opened = Date.now();
    expect(await silent.closed()).toEqual({
      code: CloseCode.ConnectionInitialisationTimeout,
      reason: 'Connection initialisation timeout',
    });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(INIT_TIMEOUT_MS - 100);
    expect(silent.received).toEqual([]);
  });
});
