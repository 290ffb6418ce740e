import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER, signPrincipal } from '../../lib/principal.js';
import { cypherMeterOf } from '../../subgraphs/knowledge/cypherMeter.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../support/testPlatform.js';

// Cypher round-trips per request, read from the knowledge subgraph's driver meter: the nested read
// API and `_entities` must each cost one statement whatever the amount of data (no N+1).

let t: TestPlatform;
let tenantA: string;
let tenantB: string;
let tokenA: string;

const PACKAGES_A = 10;
const DOCUMENTS = 3;
const ENTITIES = 4;
const packageId = (tenant: string, n: number) => `${tenant}-pkg-${String(n).padStart(6, '0')}`;

interface Measured<T> extends GraphQLResponse<T> {
  /** Cypher statements the knowledge subgraph sent for this request (0 when none). */
  cypher: number;
}

/** A gateway request with its own request id, which the gateway forwards to every subgraph. */
async function measured<T>(query: string, variables?: Record<string, unknown>): Promise<Measured<T>> {
  const requestId = randomUUID();
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokenA}`,
      [REQUEST_ID_HEADER]: requestId,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>['body'];
  const cypher = cypherMeterOf(t.platform.connections.neo4j).queriesFor(requestId) ?? 0;
  return { status: response.status, body, cypher };
}

beforeAll(async () => {
  t = await startTestPlatform();
  tenantA = t.tenant('kg-batch-a');
  tenantB = t.tenant('kg-batch-b');
  const { neo4j } = t.platform.connections;
  const logger = createLogger('silent', 'knowledge-e2e');
  const shape = { documentsPerPackage: DOCUMENTS, entitiesPerDocument: ENTITIES, seed: 11 };
  await seedTenants(neo4j, t.config.NEO4J_DATABASE, logger, {
    tenants: [tenantA],
    packages: PACKAGES_A,
    ...shape,
  });
  await seedTenants(neo4j, t.config.NEO4J_DATABASE, logger, { tenants: [tenantB], packages: 3, ...shape });
  tokenA = await t.token(tenantA);
  // @neo4j/graphql asks the server for its version once per process, on the first request.
  await measured('{ documentPackages(limit: 1) { name } }');
});

afterAll(async () => {
  for (const tenant of [tenantA, tenantB]) {
    await wipeTenant(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant);
  }
  await t.close();
});

interface Pkg {
  name: string;
  documents: Array<{
    title: string;
    entities: Array<{
      name: string;
      relatedTo: Array<{ name: string }>;
      relatedToConnection: { totalCount: number };
    }>;
  }>;
}

describe('nested reads', () => {
  const NESTED = `query($limit: Int) { documentPackages(limit: $limit, sort: [{ packageId: ASC }]) {
    name documents { title entities { name relatedTo { name } relatedToConnection { totalCount } } } } }`;

  it.each([1, 4, PACKAGES_A])(
    'package → documents → entities → relatedTo is one Cypher statement (%i packages)',
    async (limit) => {
      const res = await measured<{ documentPackages: Pkg[] }>(NESTED, { limit });
      expect(res.body.errors).toBeUndefined();
      const packages = res.body.data?.documentPackages ?? [];
      expect(packages).toHaveLength(limit);
      for (const pkg of packages) {
        expect(pkg.documents).toHaveLength(DOCUMENTS);
        for (const doc of pkg.documents) {
          expect(doc.entities).toHaveLength(ENTITIES);
          for (const entity of doc.entities) {
            expect(entity.relatedTo).toHaveLength(2);
            expect(entity.relatedToConnection.totalCount).toBe(2);
          }
        }
      }
      expect(res.cypher).toBe(1);
    },
  );

  it('a connection with nested connections and totals is one Cypher statement', async () => {
    const res = await measured<{ documentPackagesConnection: { totalCount: number; edges: unknown[] } }>(
      `{ documentPackagesConnection(first: 5) { totalCount edges { node { name
          documentsConnection { totalCount edges { node { title navigation { title decisionTrees { name } } } } } } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.documentPackagesConnection.totalCount).toBe(PACKAGES_A);
    expect(res.body.data?.documentPackagesConnection.edges).toHaveLength(5);
    expect(res.cypher).toBe(1);
  });
});

describe('_entities through the gateway', () => {
  it('ten export jobs on ten packages resolve their packages with one Cypher statement', async () => {
    const wanted = new Map<string, string>();
    for (let n = 1; n <= PACKAGES_A; n++) {
      const created = await measured<{ createExport: { id: string } }>(
        'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id } }',
        { p: packageId(tenantA, n) },
      );
      wanted.set(created.body.data?.createExport.id as string, packageId(tenantA, n));
    }
    // Another tenant's package and one that does not exist: both references must come back null.
    for (const p of [packageId(tenantB, 1), `${tenantA}-pkg-missing`]) {
      const created = await measured<{ createExport: { id: string } }>(
        'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id } }',
        { p },
      );
      wanted.set(created.body.data?.createExport.id as string, '');
    }

    const res = await measured<{
      exportJobs: {
        edges: Array<{
          node: {
            id: string;
            package: {
              packageId: string;
              tenantId: string;
              name: string;
              documents: Array<{ title: string }>;
            } | null;
          };
        }>;
      };
    }>(
      '{ exportJobs(first: 50) { edges { node { id package { packageId tenantId name documents { title } } } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const jobs = res.body.data?.exportJobs.edges.map((e) => e.node) ?? [];
    expect(jobs).toHaveLength(PACKAGES_A + 2);
    for (const job of jobs) {
      const expected = wanted.get(job.id);
      if (expected === '') {
        expect(job.package).toBeNull();
      } else {
        // Each representation gets its own package back, whatever order the batch query returned.
        expect(job.package?.packageId).toBe(expected);
        expect(job.package?.tenantId).toBe(tenantA);
        expect(job.package?.documents).toHaveLength(DOCUMENTS);
      }
    }
    expect(res.cypher).toBe(1);
  });
});

describe('_entities on the knowledge subgraph', () => {
  async function entities(tenantId: string, representations: unknown[], query: string, variables = {}) {
    const requestId = randomUUID();
    const knowledge = t.platform.subgraphs.find((s) => s.name === 'knowledge');
    const response = await fetch(knowledge?.url as string, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PRINCIPAL_HEADER]: signPrincipal(
          { subject: 'svc', tenantId, scopes: ['graph:read'] },
          t.config.INTERNAL_SIGNING_KEY,
          60,
        ),
        [REQUEST_ID_HEADER]: requestId,
      },
      body: JSON.stringify({ query, variables: { ...variables, representations } }),
    });
    const body = (await response.json()) as { data?: { _entities: unknown[] }; errors?: unknown[] };
    return { body, cypher: cypherMeterOf(t.platform.connections.neo4j).queriesFor(requestId) ?? 0 };
  }

  const pkg = (id: string) => ({ __typename: 'DocumentPackage', packageId: id });
  const entity = (id: string) => ({ __typename: 'Entity', enhancedEntityId: id });

  it('answers in representation order, null for other tenants and unknown keys, one query per type', async () => {
    const a1 = packageId(tenantA, 1);
    const a2 = packageId(tenantA, 2);
    const e1 = `${tenantA}-ent-000001-001-001`;
    const res = await entities(
      tenantA,
      [
        pkg(a2),
        pkg(packageId(tenantB, 1)),
        entity(e1),
        pkg('nope'),
        pkg(a1),
        pkg(a2),
        entity(`${tenantB}-ent-000001-001-001`),
      ],
      `query($representations: [_Any!]!, $docs: Int) { _entities(representations: $representations) {
         __typename ...P ... on Entity { enhancedEntityId tenantId } } }
       fragment P on DocumentPackage { packageId tenantId documents(limit: $docs, sort: [{ documentId: ASC }]) { documentId } }`,
      { docs: 2 },
    );
    expect(res.body.errors).toBeUndefined();
    const docs = (p: string) => [1, 2].map((d) => ({ documentId: `${p.replace('-pkg-', '-doc-')}-00${d}` }));
    expect(res.body.data?._entities).toEqual([
      { __typename: 'DocumentPackage', packageId: a2, tenantId: tenantA, documents: docs(a2) },
      null,
      { __typename: 'Entity', enhancedEntityId: e1, tenantId: tenantA },
      null,
      { __typename: 'DocumentPackage', packageId: a1, tenantId: tenantA, documents: docs(a1) },
      { __typename: 'DocumentPackage', packageId: a2, tenantId: tenantA, documents: docs(a2) },
      null,
    ]);
    // Two types in the call: one batch query each.
    expect(res.cypher).toBe(2);
  });

  it('the same keys asked by tenant B resolve to nothing', async () => {
    const res = await entities(
      tenantB,
      [pkg(packageId(tenantA, 1)), pkg(packageId(tenantB, 2))],
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on DocumentPackage { packageId tenantId } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?._entities).toEqual([null, { packageId: packageId(tenantB, 2), tenantId: tenantB }]);
    expect(res.cypher).toBe(1);
  });
});
