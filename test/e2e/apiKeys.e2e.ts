import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually } from '../support/wsClient.js';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

let t: TestPlatform;
let admin: string;
let tenant: string;

interface Answer<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function call<T = Record<string, unknown>>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer<T>['body'] };
}

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id prefix scopes expiresAt status } }
}`;

async function createKey(input: Record<string, unknown>, token = admin) {
  const res = await t.gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
    token,
    CREATE,
    { input },
  );
  if (!res.body.data?.createApiKey) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.createApiKey;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

beforeAll(async () => {
  t = await startTestPlatform({ API_KEY_USE_FLUSH_MS: '200' });
  tenant = t.tenant('partner');
  admin = await t.token(tenant, [
    'security:admin',
    'graph:read',
    'events:read',
    'events:publish',
    'audit:read',
  ]);
});
afterAll(() => t.close());

describe('a partner app with only an API key', () => {
  it('queries, mutates and subscribes as apikey:<id> in the key’s tenant', async () => {
    const { secret, apiKey } = await createKey({
      name: 'partner app',
      scopes: ['graph:read', 'events:read', 'events:publish'],
    });
    expect(secret).toMatch(/^kgk_[0-9A-Za-z]{38}$/);
    expect(apiKey.prefix).toBe(secret.slice(0, 10));

    for (const headers of [bearer(secret), { 'x-api-key': secret }]) {
      const me = await call<{ me: { subject: string; tenantId: string; scopes: string[] } }>(
        t.url,
        headers,
        '{ me { subject tenantId scopes } }',
      );
      expect(me.status).toBe(200);
      expect(me.body.data?.me).toEqual({
        subject: `apikey:${apiKey.id}`,
        tenantId: tenant,
        scopes: ['graph:read', 'events:read', 'events:publish'],
      });
    }

    const client = createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { 'x-api-key': secret },
      retryAttempts: 0,
      lazy: true,
    });
    try {
      const sub = collect(client, 'subscription { events(types: ["package.created"]) { type data } }');
      await eventually(
        async () => {
          const published = await call<{ publishEvent: { id: string } }>(
            t.url,
            bearer(secret),
            'mutation { publishEvent(input: { type: "package.created", data: { packageId: "p1", name: "n" } }) { id } }',
          );
          expect(published.body.errors).toBeUndefined();
          return sub.results.length > 0;
        },
        10_000,
        'the subscription over the API key to receive the event',
      );
      expect(sub.results[0]?.data).toEqual({
        events: { type: 'package.created', data: { packageId: 'p1', name: 'n' } },
      });
      sub.stop();
    } finally {
      await client.dispose();
    }

    // The key's mutation is attributable: actor, method and key id, never the secret.
    const audit = await t.gql<{
      auditEvents: {
        edges: Array<{
          node: { actor: { subject: string }; action: string; details: Record<string, unknown> };
        }>;
      };
    }>(admin, '{ auditEvents(first: 20) { edges { node { actor { subject } action details } } } }');
    const entry = audit.body.data?.auditEvents.edges.find((e) => e.node.action === 'event.publish')?.node;
    expect(entry?.actor.subject).toBe(`apikey:${apiKey.id}`);
    expect(entry?.details).toMatchObject({ authMethod: 'api_key', keyId: apiKey.id });
    expect(JSON.stringify(audit.body)).not.toContain(secret);

    // Last use is written, coalesced.
    await eventually(
      async () => {
        const keys = await t.gql<{ apiKeys: Array<{ id: string; lastUsedAt: string | null }> }>(
          admin,
          '{ apiKeys { id lastUsedAt } }',
        );
        return Boolean(keys.body.data?.apiKeys.find((k) => k.id === apiKey.id)?.lastUsedAt);
      },
      10_000,
      'lastUsedAt to be recorded',
    );
  });

  it('refuses a mistyped key by its checksum, and an unknown one', async () => {
    const { secret } = await createKey({ name: 'typo', scopes: ['graph:read'] });
    const typo = `${secret.slice(0, 12)}${secret[12] === 'A' ? 'B' : 'A'}${secret.slice(13)}`;
    const mistyped = await call(t.url, bearer(typo), '{ me { subject } }');
    expect(mistyped.status).toBe(401);
    expect(mistyped.body.errors?.[0]?.message).toMatch(/checksum/);
    const forged = await call(
      t.url,
      bearer('kgk_00000000000000000000000000000000000000'),
      '{ me { subject } }',
    );
    expect(forged.status).toBe(401);
  });

  it('refuses a key with more scopes than its creator (no escalation)', async () => {
    const weak = await t.token(tenant, ['security:admin', 'graph:read']);
    const res = await t.gql(weak, CREATE, {
      input: { name: 'escalate', scopes: ['graph:read', 'exports:write'] },
    });
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scopes: ['exports:write'] });
  });

  it('stops working at expiresAt, and refuses an expiry beyond the maximum lifetime', async () => {
    const { secret } = await createKey({
      name: 'short-lived',
      scopes: ['graph:read'],
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    expect((await call(t.url, bearer(secret), '{ me { subject } }')).status).toBe(200);
    await eventually(
      async () => (await call(t.url, bearer(secret), '{ me { subject } }')).status === 401,
      10_000,
      'the key to expire',
    );
    const res = await t.gql(admin, CREATE, {
      input: {
        name: 'forever',
        scopes: ['graph:read'],
        expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString(),
      },
    });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });

  it('rotates with an overlap: both secrets work, then only the new one', async () => {
    const { secret: old, apiKey } = await createKey({ name: 'rotating', scopes: ['graph:read'] });
    const rotated = await t.gql<{
      rotateApiKey: { secret: string; apiKey: { previousSecretExpiresAt: string } };
    }>(
      admin,
      'mutation($id: ID!) { rotateApiKey(id: $id, overlapSeconds: 2) { secret apiKey { previousSecretExpiresAt } } }',
      { id: apiKey.id },
    );
    const fresh = rotated.body.data?.rotateApiKey.secret as string;
    expect(fresh).not.toBe(old);
    expect(rotated.body.data?.rotateApiKey.apiKey.previousSecretExpiresAt).toBeTruthy();
    expect((await call(t.url, bearer(old), '{ me { subject } }')).status).toBe(200);
    expect((await call(t.url, bearer(fresh), '{ me { subject } }')).status).toBe(200);
    await eventually(
      async () => (await call(t.url, bearer(old), '{ me { subject } }')).status === 401,
      10_000,
      'the overlap to end',
    );
    expect((await call(t.url, bearer(fresh), '{ me { subject } }')).status).toBe(200);
  });

  it('revoking ends open subscriptions with UNAUTHENTICATED within a second on every gateway', async () => {
    const second = await t.secondGateway();
    const { secret, apiKey } = await createKey({ name: 'to revoke', scopes: ['events:read'] });
    const clients = [t.url, second.url].map((url) =>
      createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${secret}` },
        retryAttempts: 0,
        lazy: true,
      }),
    );
    try {
      const subs = clients.map((client) => collect(client, 'subscription { events { type } }'));
      // Both sockets are up: a query over each answers.
      for (const url of [t.url, second.url])
        expect((await call(url, bearer(secret), '{ __typename }')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      const revokedAt = Date.now();
      const revoked = await t.gql(admin, 'mutation($id: ID!) { revokeApiKey(id: $id) { status } }', {
        id: apiKey.id,
      });
      expect(revoked.body.data).toEqual({ revokeApiKey: { status: 'REVOKED' } });
      const ended = await Promise.all(subs.map((s) => s.ended));
      const elapsed = Date.now() - revokedAt;
      ended.forEach((end, i) => {
        expect(JSON.stringify(subs[i]?.results.at(-1) ?? end.error)).toContain('UNAUTHENTICATED');
      });
      expect(elapsed).toBeLessThan(1_000);
      for (const url of [t.url, second.url])
        expect((await call(url, bearer(secret), '{ __typename }')).status).toBe(401);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
      await second.stop();
    }
  });

  it('never lets another tenant see or revoke a key', async () => {
    const { apiKey } = await createKey({ name: 'walled', scopes: ['graph:read'] });
    const other = await t.token(t.tenant('other'), ['security:admin']);
    const list = await t.gql<{ apiKeys: Array<{ id: string }> }>(other, '{ apiKeys { id } }');
    expect(list.body.data?.apiKeys.map((k) => k.id)).not.toContain(apiKey.id);
    const revoke = await t.gql(other, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', {
      id: apiKey.id,
    });
    expect(revoke.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
