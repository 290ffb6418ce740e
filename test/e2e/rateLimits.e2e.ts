import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

async function call(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables?: object,
): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

describe('cost and rate limits', () => {
  let t: TestPlatform;
  let tenant: string;
  beforeAll(async () => {
    t = await startTestPlatform({
      RATE_LIMIT_PRINCIPAL_POINTS: '60',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      COST_MAX_PER_OPERATION: '500',
    });
    tenant = t.tenant('limits');
  });
  afterAll(() => t.close());

  it('computes the cost of nested lists from their limits and reports it with IETF headers', async () => {
    const token = await t.token(tenant, undefined, 'costed');
    const res = await call(
      t.url,
      { authorization: `Bearer ${token}` },
      '{ documentPackages(limit: 5) { name documents(limit: 4) { title } } }',
    );
    expect(res.status).toBe(200);
    // 5 packages × (1 + 4 documents)
    expect(res.body.extensions?.cost).toMatchObject({ requested: 25, remaining: 35 });
    expect(res.headers.get('ratelimit-policy')).toBe('"principal";q=60;w=60');
    expect(res.headers.get('ratelimit')).toMatch(/^"principal";r=35;t=\d+$/);
  });

  it('refuses an operation above the per-operation cost with its cost and the limit', async () => {
    const token = await t.token(tenant, undefined, 'greedy');
    const res = await call(
      t.url,
      { authorization: `Bearer ${token}` },
      '{ documentPackages(limit: 100) { documents(limit: 100) { title } } }',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      cost: 10_100,
      max: 500,
    });
  });

  it('answers 429 RATE_LIMITED with Retry-After once the budget is spent, shared across gateway processes', async () => {
    const token = await t.token(tenant, undefined, 'spender');
    const second = await t.secondGateway({
      RATE_LIMIT_PRINCIPAL_POINTS: '60',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      COST_MAX_PER_OPERATION: '500',
    });
    try {
      // 25 points on this gateway, 25 on the other: 50 of 60 spent.
      const query = '{ documentPackages(limit: 5) { documents(limit: 4) { title } } }';
      expect((await call(t.url, { authorization: `Bearer ${token}` }, query)).status).toBe(200);
      const other = await call(second.url, { authorization: `Bearer ${token}` }, query);
      expect(other.status).toBe(200);
      expect(other.body.extensions?.cost).toMatchObject({ requested: 25, remaining: 10 });
      const refused = await call(t.url, { authorization: `Bearer ${token}` }, query);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        scope: 'principal',
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('ratelimit')).toMatch(/^"principal";r=0;t=\d+$/);
      // Another principal of the tenant still has its own budget.
      const fresh = await t.token(tenant, undefined, 'someone-else');
      expect((await call(second.url, { authorization: `Bearer ${fresh}` }, query)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });

  it('refuses a subscription over WebSocket with RATE_LIMITED once the budget is spent', async () => {
    const token = await t.token(tenant, undefined, 'subscriber');
    const client = wsClient(t.url, token);
    try {
      const expensive = '{ documentPackages(limit: 60) { name } }';
      expect((await call(t.url, { authorization: `Bearer ${token}` }, expensive)).status).toBe(200);
      const sub = collect(client, 'subscription { events { type } } ');
      const ended = await sub.ended;
      expect(JSON.stringify(ended.error)).toContain('RATE_LIMITED');
    } finally {
      await client.dispose();
    }
  });

  it('honours a per-key budget', async () => {
    const admin = await t.token(tenant, ['security:admin', 'graph:read'], 'key-admin');
    const created = await t.gql<{ createApiKey: { secret: string } }>(
      admin,
      'mutation { createApiKey(input: { name: "tight", scopes: ["graph:read"], rateLimit: { points: 3, windowSeconds: 60 } }) { secret } }',
    );
    const secret = created.body.data?.createApiKey.secret as string;
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1)
      codes.push((await call(t.url, { 'x-api-key': secret }, '{ me { subject } }')).status);
    expect(codes).toEqual([200, 200, 200, 429]);
  });
});

describe('brute-force protection', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({
      AUTH_BLOCK_FAILURES: '5',
      AUTH_BLOCK_WINDOW_SECONDS: '60',
      AUTH_BLOCK_SECONDS: '2',
      TRUSTED_PROXY_CIDRS: '127.0.0.1/32,::1/128',
    });
  });
  afterAll(() => t.close());

  const guess = () => `kgk_${'x'.repeat(38)}`;

  it('blocks a client IP after 5 failures without checking its credential, then lets it in after the block', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 5; i += 1) {
      const res = await call(
        t.url,
        { ...attacker, authorization: `Bearer ${guess()}${i}` },
        '{ me { subject } }',
      );
      expect(res.status).toBe(401);
    }
    // Even a valid token is not checked while the IP is blocked.
    const valid = await t.token(t.tenant('victim'));
    const blocked = await call(
      t.url,
      { ...attacker, authorization: `Bearer ${valid}` },
      '{ me { subject } }',
    );
    expect(blocked.status).toBe(429);
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('AUTH_BLOCKED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Others behind the same trusted proxy are not locked out.
    const neighbour = await call(
      t.url,
      { 'x-forwarded-for': '203.0.113.8', authorization: `Bearer ${valid}` },
      '{ me { subject } }',
    );
    expect(neighbour.status).toBe(200);
    await eventually(
      async () =>
        (await call(t.url, { ...attacker, authorization: `Bearer ${valid}` }, '{ me { subject } }'))
          .status === 200,
      10_000,
      'the block to end',
    );
  });

  it('blocks a token subject guessed from many IPs, audits login_failed and records a BRUTE_FORCE_ATTACK', async () => {
    const tenant = t.tenant('targeted');
    const forged = await new SignJWT({ tenant_id: tenant, scope: 'graph:read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('not-the-platform-secret-not-the-platform-secret'));
    for (let i = 0; i < 5; i += 1) {
      const res = await call(
        t.url,
        { 'x-forwarded-for': `198.51.100.${i + 1}`, authorization: `Bearer ${forged}` },
        '{ me { subject } }',
      );
      expect(res.status).toBe(401);
    }
    const sixth = await call(
      t.url,
      { 'x-forwarded-for': '198.51.100.99', authorization: `Bearer ${forged}` },
      '{ me { subject } }',
    );
    expect(sixth.status).toBe(429);

    const admin = await t.token(tenant, ['security:admin', 'audit:read']);
    await eventually(
      async () => {
        const res = await t.gql<{
          auditEvents: { edges: Array<{ node: { action: string; outcome: string } }> };
          securityThreats: {
            edges: Array<{
              node: { type: string; severity: number; principal: string; evidence: { failures: number } };
            }>;
          };
        }>(
          admin,
          '{ auditEvents(first: 50) { edges { node { action outcome } } } securityThreats { edges { node { type severity principal evidence } } } }',
        );
        const actions = res.body.data?.auditEvents.edges.map((e) => e.node.action) ?? [];
        const threat = res.body.data?.securityThreats.edges[0]?.node;
        return (
          actions.filter((a) => a === 'auth.fail').length >= 5 &&
          actions.includes('auth.block') &&
          threat?.type === 'BRUTE_FORCE_ATTACK' &&
          threat.severity === 0.9 &&
          threat.principal === 'jwt:alice' &&
          threat.evidence.failures >= 5
        );
      },
      10_000,
      'login_failed audit events and the BRUTE_FORCE_ATTACK threat',
    );
  });

  it('ignores X-Forwarded-For from an untrusted peer', async () => {
    const strict = await startTestPlatform({ AUTH_BLOCK_FAILURES: '3', AUTH_BLOCK_SECONDS: '60' });
    try {
      for (let i = 0; i < 3; i += 1) {
        await call(
          strict.url,
          { 'x-forwarded-for': `192.0.2.${i}`, authorization: `Bearer ${guess()}${i}` },
          '{ me { subject } }',
        );
      }
      // Spoofed addresses changed nothing: the real peer (loopback) is what got blocked.
      const valid = await strict.token(strict.tenant('x'));
      const res = await call(
        strict.url,
        { 'x-forwarded-for': '192.0.2.200', authorization: `Bearer ${valid}` },
        '{ me { subject } }',
      );
      expect(res.status).toBe(429);
    } finally {
      await strict.close();
    }
  });
});
