import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINCIPAL_HEADER, signPrincipal } from '../../lib/principal.js';
import { deleteTenantGraph, writeTenantGraph, type TenantFixture } from '../support/knowledgeFixture.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

let t: TestPlatform;
let a: TenantFixture;
let b: TenantFixture;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  t = await startTestPlatform();
  const { neo4j } = t.platform.connections;
  a = await writeTenantGraph(neo4j, t.config.NEO4J_DATABASE, t.tenant('tenant-a'), 'Alpha');
  b = await writeTenantGraph(neo4j, t.config.NEO4J_DATABASE, t.tenant('tenant-b'), 'Bravo');
  tokenA = await t.token(a.tenantId);
  tokenB = await t.token(b.tenantId);
});

afterAll(async () => {
  const { neo4j } = t.platform.connections;
  await deleteTenantGraph(neo4j, t.config.NEO4J_DATABASE, a.tenantId);
  await deleteTenantGraph(neo4j, t.config.NEO4J_DATABASE, b.tenantId);
  await t.close();
});

function codes(body: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

describe('federated queries', () => {
  it('joins knowledge, exports and security in one query', async () => {
    const created = await t.gql<{ createExport: { id: string } }>(
      tokenA,
      'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id status } }',
      { p: a.packageId },
    );
    expect(created.body.errors).toBeUndefined();
    const res = await t.gql<{
      me: { tenantId: string };
      exportJob: {
        requestedBy: { subject: string; tenantId: string };
        package: { name: string; documents: Array<{ title: string }> };
      };
    }>(
      tokenA,
      `query($id: ID!) { me { tenantId } exportJob(id: $id) { status requestedBy { subject tenantId }
         package { name documents { title entities { name } } } } }`,
      { id: created.body.data?.createExport.id },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me.tenantId).toBe(a.tenantId);
    expect(res.body.data?.exportJob.requestedBy).toEqual({ subject: 'user-1', tenantId: a.tenantId });
    expect(res.body.data?.exportJob.package.name).toBe('Alpha Package');
    expect(res.body.data?.exportJob.package.documents).toEqual([
      { title: 'Alpha Underwriting Guide', entities: [{ name: 'Alpha Maximum DTI' }] },
    ]);
  });
});

describe('tenant wall', () => {
  it('root queries and connections only see the caller’s tenant', async () => {
    const res = await t.gql<{
      documentPackages: Array<{ packageId: string }>;
      documentsConnection: { totalCount: number };
    }>(tokenA, '{ documentPackages { packageId } documentsConnection { totalCount } }');
    expect(res.body.data?.documentPackages.map((p) => p.packageId)).toContain(a.packageId);
    expect(res.body.data?.documentPackages.map((p) => p.packageId)).not.toContain(b.packageId);
  });

  it('asking for a tenant-B id by argument returns nothing', async () => {
    const res = await t.gql<{ documentPackages: unknown[]; entities: unknown[] }>(
      tokenA,
      'query($p: ID!, $e: ID!) { documentPackages(where: { packageId: { eq: $p } }) { name } entities(where: { enhancedEntityId: { eq: $e } }) { name } }',
      { p: b.packageId, e: b.entityId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ documentPackages: [], entities: [] });
  });

  it('a tenant argument from the client cannot widen the wall', async () => {
    const res = await t.gql<{ documentPackages: Array<{ tenantId: string }> }>(
      tokenA,
      'query($t: ID!) { documentPackages(where: { tenantId: { eq: $t } }) { tenantId name } }',
      { t: b.tenantId },
    );
    expect(res.body.data?.documentPackages).toEqual([]);
  });

  it('full-text search does not cross tenants', async () => {
    const res = await t.gql<{ entitiesByName: { edges: Array<{ node: { name: string } }> } }>(
      tokenA,
      '{ entitiesByName(phrase: "Bravo") { edges { node { name tenantId } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.entitiesByName.edges).toEqual([]);
  });

  it('entity references from another subgraph resolve only inside the tenant', async () => {
    // Tenant A files an export naming tenant B's package: the reference must not resolve.
    const created = await t.gql<{ createExport: { id: string; package: { name: string | null } | null } }>(
      tokenA,
      'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id package { packageId name } } }',
      { p: b.packageId },
    );
    expect(created.body.data?.createExport.package).toBeNull();
  });

  it('records of another tenant are not found by id', async () => {
    const created = await t.gql<{ createExport: { id: string } }>(
      tokenB,
      'mutation { createExport(input: { type: FULL_KNOWLEDGE_GRAPH, format: CSV }) { id } }',
    );
    const id = created.body.data?.createExport.id;
    expect(id).toBeTruthy();
    const asA = await t.gql<{ exportJob: unknown; exportJobs: { edges: Array<{ node: { id: string } }> } }>(
      tokenA,
      'query($id: ID!) { exportJob(id: $id) { id } exportJobs { edges { node { id } } } }',
      { id },
    );
    expect(asA.body.data?.exportJob).toBeNull();
    expect(asA.body.data?.exportJobs.edges.map((e) => e.node.id)).not.toContain(id);
  });
});

describe('authentication', () => {
  it.each([
    ['no token', null],
    ['garbage token', 'not-a-jwt'],
  ])('%s → 401 UNAUTHENTICATED', async (_name, token) => {
    const res = await t.gql(token, '{ me { subject } }');
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('expired token → 401 UNAUTHENTICATED', async () => {
    const expired = await t.token(a.tenantId, undefined, 'user-1', -10);
    const res = await t.gql(expired, '{ me { subject } }');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toMatch(/expired/i);
  });

  it('token signed with another key → 401', async () => {
    const other = await startTestPlatformToken();
    const res = await t.gql(other, '{ me { subject } }');
    expect(res.status).toBe(401);
  });
});

async function startTestPlatformToken(): Promise<string> {
  const { mintToken } = await import('../../lib/devToken.js');
  return mintToken('a-completely-different-secret-of-enough-length', {
    subject: 'x',
    tenantId: a.tenantId,
    scopes: ['graph:read'],
  });
}

describe('subgraphs trust only the gateway', () => {
  const query = JSON.stringify({ query: '{ me { subject tenantId } }' });
  const securityUrl = () => t.platform.subgraphs.find((s) => s.name === 'security')?.url as string;

  it('refuses a call without the gateway signature', async () => {
    const res = await fetch(securityUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant-id': b.tenantId },
      body: query,
    });
    expect(res.status).toBe(401);
    expect(codes((await res.json()) as { errors?: [] })).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a forged or expired signature', async () => {
    const forged = signPrincipal(
      { subject: 'x', tenantId: b.tenantId, scopes: [] },
      'wrong-key-wrong-key-wrong-key-wrong-key',
      60,
    );
    const expired = signPrincipal(
      { subject: 'x', tenantId: b.tenantId, scopes: [] },
      t.config.INTERNAL_SIGNING_KEY,
      60,
      Date.now() - 3_600_000,
    );
    for (const header of [forged, expired, 'garbage']) {
      const res = await fetch(securityUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header },
        body: query,
      });
      expect(res.status).toBe(401);
    }
  });

  it('accepts a valid signature and scopes by its tenant', async () => {
    const header = signPrincipal(
      { subject: 'svc', tenantId: b.tenantId, scopes: [] },
      t.config.INTERNAL_SIGNING_KEY,
      60,
    );
    const res = await fetch(securityUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header },
      body: query,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown }).data).toEqual({
      me: { subject: 'svc', tenantId: b.tenantId },
    });
  });
});

describe('scopes', () => {
  it('a missing scope withholds only that field', async () => {
    const token = await t.token(a.tenantId, ['graph:read']);
    const res = await t.gql<{ me: { subject: string }; documentPackages: unknown[]; apiKeys: null }>(
      token,
      '{ me { subject } documentPackages { name } apiKeys { id } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.data?.me.subject).toBe('user-1');
    expect(res.body.data?.documentPackages).toEqual([{ name: 'Alpha Package' }]);
    expect(res.body.data?.apiKeys).toBeNull();
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        path: ['apiKeys'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
  });

  it('nested entity fields from the knowledge subgraph need graph:read', async () => {
    const token = await t.token(a.tenantId, ['exports:read', 'exports:write']);
    await t.gql(
      token,
      'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id } }',
      {
        p: a.packageId,
      },
    );
    const res = await t.gql<{
      exportJobs: { edges: Array<{ node: { package: { packageId: string; name: string | null } } }> };
    }>(token, 'query { exportJobs(first: 1) { edges { node { package { packageId name } } } } }');
    expect(res.body.data?.exportJobs.edges[0]?.node.package).toEqual({ packageId: a.packageId, name: null });
    expect(res.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
      ['FORBIDDEN', ['exportJobs', 'edges', 'node', 'package', 'name']],
    ]);
  });

  it('a fragment-spread field is withheld at each place it is used', async () => {
    const token = await t.token(a.tenantId, ['graph:read']);
    const res = await t.gql<{ me: { subject: string; tenantId: string } }>(
      token,
      'fragment F on Query { apiKeys { id } } query { me { subject tenantId } ...F }',
    );
    expect(res.body.data?.me.tenantId).toBe(a.tenantId);
    expect(codes(res.body)).toEqual(['FORBIDDEN']);
  });
});

describe('bad input', () => {
  // Clients that accept application/graphql-response+json get 4xx for request errors.
  async function post(body: string, headers: Record<string, string> = {}) {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${tokenA}`,
        ...headers,
      },
      body,
    });
    return {
      status: res.status,
      body: (await res.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> },
    };
  }

  it('malformed JSON → 400 BAD_REQUEST', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['BAD_REQUEST']);
  });

  it('unknown field → 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ nope }' }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('legacy application/json clients get 200 with the same code for request errors', async () => {
    for (const accept of ['application/json', '*/*']) {
      const res = await post(JSON.stringify({ query: '{ nope }' }), { accept });
      expect(res.status).toBe(200);
      expect(codes(res.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
    // A request that is not GraphQL at all stays 400 for everyone.
    expect((await post('{"query": ', { accept: 'application/json' })).status).toBe(400);
  });

  it('syntax error → 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ me { ' }));
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('body over 1 MB → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: `{ me { subject } } # ${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(codes(res.body)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('too deep, too many aliases, too many tokens → QUERY_TOO_COMPLEX', async () => {
    const deep = `{ documentPackages { documents { entities { ${'relatedTo { '.repeat(14)}name${' }'.repeat(14)} } } } }`;
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { subject }`).join(' ')} }`;
    const tokens = `{ me { ${'subject '.repeat(4000)} } }`;
    for (const query of [deep, aliases, tokens]) {
      const res = await post(JSON.stringify({ query }));
      expect(res.status).toBe(400);
      expect(codes(res.body)).toEqual(['QUERY_TOO_COMPLEX']);
    }
  });

  it('wrong variable types → GRAPHQL_VALIDATION_FAILED or BAD_USER_INPUT, never a crash', async () => {
    const res = await post(
      JSON.stringify({ query: 'query($id: ID!) { exportJob(id: $id) { id } }', variables: { id: { x: 1 } } }),
    );
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(codes(res.body).length).toBe(1);
    expect(await t.gql(tokenA, '{ me { subject } }')).toMatchObject({ status: 200 });
  });

  it('invalid mutation input → BAD_USER_INPUT and nothing stored', async () => {
    const res = await t.gql(
      tokenA,
      'mutation { createAlertRule(input: { name: "", metric: "graphql_errors_total", comparison: GREATER_THAN, threshold: 1 }) { id } }',
    );
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
    const rules = await t.gql<{ alertRules: unknown[] }>(tokenA, '{ alertRules { id } }');
    expect(rules.body.data?.alertRules).toEqual([]);
  });
});

describe('health and audit', () => {
  it('/healthz and /readyz report every dependency', async () => {
    const health = await fetch(new URL('/healthz', t.url));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL('/readyz', t.url));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as {
      dependencies: Array<{ name: string; ok: boolean; latencyMs: number }>;
    };
    expect(body.dependencies.map((d) => d.name).sort()).toEqual(
      [
        'neo4j',
        'redis',
        ...['audit', 'exports', 'integrations', 'knowledge', 'observability', 'security'].map(
          (s) => `subgraph:${s}`,
        ),
      ].sort(),
    );
    expect(body.dependencies.every((d) => d.ok && typeof d.latencyMs === 'number')).toBe(true);
  });

  it('mutations land in a verifiable audit chain', async () => {
    const tenant = t.tenant('audited');
    const token = await t.token(tenant);
    const made = await t.gql<{ createAlertRule: { id: string } }>(
      token,
      'mutation Make { createAlertRule(input: { name: "High latency", metric: "graphql_operation_duration_ms", comparison: GREATER_THAN, threshold: 0.5 }) { id } }',
    );
    const ruleId = made.body.data?.createAlertRule.id;
    await t.gql(
      token,
      'mutation Bad { createAlertRule(input: { name: "", metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
    );
    const res = await t.gql<{
      auditEvents: {
        totalCount: number;
        edges: Array<{ node: { action: string; resource: string | null; outcome: string } }>;
      };
      verifyAuditChain: { valid: boolean; checked: number };
    }>(
      token,
      '{ auditEvents { totalCount edges { node { action resource outcome } } } verifyAuditChain { valid checked } }',
    );
    // Actions come from the domain (the root field), resources from the result.
    expect(res.body.data?.auditEvents.edges.map((e) => e.node)).toEqual([
      { action: 'alertRule.create', resource: null, outcome: 'FAILURE' },
      { action: 'alertRule.create', resource: ruleId, outcome: 'SUCCESS' },
    ]);
    expect(res.body.data?.verifyAuditChain).toEqual({ valid: true, checked: 2 });

    // Rewriting history is detected.
    const key = `${t.config.REDIS_KEY_PREFIX}{t:${tenant}}:audit:events`;
    const first = JSON.parse((await t.platform.connections.redis.lindex(key, 0)) as string) as Record<
      string,
      unknown
    >;
    await t.platform.connections.redis.lset(key, 0, JSON.stringify({ ...first, outcome: 'FAILURE' }));
    const after = await t.gql<{ verifyAuditChain: { valid: boolean; brokenAt: number } }>(
      token,
      '{ verifyAuditChain { valid brokenAt } }',
    );
    expect(after.body.data?.verifyAuditChain).toEqual({ valid: false, brokenAt: 1 });
  });
});
