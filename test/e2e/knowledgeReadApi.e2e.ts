import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// The knowledge read API through the gateway, checked against what Cypher finds in the same graph:
// tenant wall on every kind of read, nested fields, full-text search, filters, sorting, cursors.

let t: TestPlatform;
let tenantA: string;
let tenantB: string;
let tokenA: string;
let tokenB: string;

const PACKAGES = { a: 7, b: 4 };
const DOCUMENTS = 3;
const ENTITIES = 5;

async function cypher<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await t.platform.connections.neo4j.executeQuery(query, params, {
    database: t.config.NEO4J_DATABASE,
  });
  return records.map((r) => r.toObject() as T);
}

async function data<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await t.gql<T>(token, query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

beforeAll(async () => {
  t = await startTestPlatform();
  tenantA = t.tenant('kg-read-a');
  tenantB = t.tenant('kg-read-b');
  const { neo4j } = t.platform.connections;
  const logger = createLogger('silent', 'knowledge-e2e');
  const shape = { documentsPerPackage: DOCUMENTS, entitiesPerDocument: ENTITIES, seed: 5 };
  await seedTenants(neo4j, t.config.NEO4J_DATABASE, logger, {
    tenants: [tenantA],
    packages: PACKAGES.a,
    ...shape,
  });
  await seedTenants(neo4j, t.config.NEO4J_DATABASE, logger, {
    tenants: [tenantB],
    packages: PACKAGES.b,
    ...shape,
  });
  [tokenA, tokenB] = await Promise.all([t.token(tenantA), t.token(tenantB)]);
});

afterAll(async () => {
  for (const tenant of [tenantA, tenantB]) {
    await wipeTenant(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant);
  }
  await t.close();
});

describe('tenant wall', () => {
  interface Conn {
    totalCount: number;
    edges: Array<{ node: { tenantId: string; documentsConnection: { totalCount: number } } }>;
  }
  const CONNECTION = `{ documentPackagesConnection { totalCount edges { node { tenantId
      documentsConnection { totalCount } } } } documentsConnection { totalCount } entitiesConnection { totalCount } }`;

  it.each([
    ['A', () => tokenA, () => tenantA, PACKAGES.a],
    ['B', () => tokenB, () => tenantB, PACKAGES.b],
  ])('connections count and list only tenant %s', async (_name, token, tenant, packages) => {
    const res = await data<{
      documentPackagesConnection: Conn;
      documentsConnection: { totalCount: number };
      entitiesConnection: { totalCount: number };
    }>(token(), CONNECTION);
    expect(res.documentPackagesConnection.totalCount).toBe(packages);
    expect(res.documentPackagesConnection.edges).toHaveLength(packages);
    for (const { node } of res.documentPackagesConnection.edges) {
      expect(node.tenantId).toBe(tenant());
      expect(node.documentsConnection.totalCount).toBe(DOCUMENTS);
    }
    expect(res.documentsConnection.totalCount).toBe(packages * DOCUMENTS);
    expect(res.entitiesConnection.totalCount).toBe(packages * DOCUMENTS * ENTITIES);
  });

  it('a filter naming the other tenant’s ids finds nothing, in lists and connections', async () => {
    const res = await data<{ documentPackagesConnection: { totalCount: number }; documents: unknown[] }>(
      tokenA,
      `query($p: ID!, $t: ID!) { documentPackagesConnection(where: { OR: [{ packageId: { eq: $p } }, { tenantId: { eq: $t } }] }) { totalCount }
         documents(where: { documentId: { startsWith: $t } }) { title } }`,
      { p: `${tenantB}-pkg-000001`, t: tenantB },
    );
    expect(res).toEqual({ documentPackagesConnection: { totalCount: 0 }, documents: [] });
  });
});

describe('nested fields', () => {
  it('walks package → documents → navigation → decision trees and back, inside the tenant', async () => {
    const p = `${tenantA}-pkg-000002`;
    const res = await data<{
      documentPackages: Array<{
        matrices: Array<{ matrixId: string }>;
        documents: Array<{
          package: Array<{ packageId: string }>;
          navigation: Array<{ level: number; decisionTrees: Array<{ tenantId: string }> }>;
          entities: Array<{ tenantId: string; documents: Array<{ documentId: string }> }>;
        }>;
      }>;
    }>(
      tokenA,
      `query($p: ID!) { documentPackages(where: { packageId: { eq: $p } }) { matrices { matrixId }
         documents { package { packageId } navigation { level decisionTrees { tenantId } }
           entities { tenantId documents { documentId } } } } }`,
      { p },
    );
    const [pkg] = res.documentPackages;
    expect(pkg?.matrices).toHaveLength(3);
    expect(pkg?.documents).toHaveLength(DOCUMENTS);
    for (const doc of pkg?.documents ?? []) {
      expect(doc.package).toEqual([{ packageId: p }]);
      expect(doc.navigation).toHaveLength(6);
      expect(doc.navigation.flatMap((n) => n.decisionTrees)).toEqual([
        { tenantId: tenantA },
        { tenantId: tenantA },
      ]);
      expect(doc.entities).toHaveLength(ENTITIES);
      expect(doc.entities.every((e) => e.tenantId === tenantA && e.documents.length === 1)).toBe(true);
    }
  });
});

describe('full-text search', () => {
  const count = async (index: string, phrase: string, tenant?: string) =>
    (
      await cypher<{ n: number }>(
        `CALL db.index.fulltext.queryNodes($index, $phrase) YIELD node
         WHERE $tenant IS NULL OR node.tenant_id = $tenant RETURN count(node) AS n`,
        { index, phrase, tenant: tenant ?? null },
      )
    )[0]?.n ?? 0;

  it('entitiesByName finds the caller’s matches and none of another tenant’s', async () => {
    const [b] = await cypher<{ name: string }>(
      'MATCH (e:Entity {tenant_id: $t}) RETURN e.name AS name LIMIT 1',
      {
        t: tenantB,
      },
    );
    const phrase = `"${b?.name}"`;
    // The phrase matches in B (and maybe elsewhere): A must see exactly its own matches.
    expect(await count('EntityNameFulltext', phrase)).toBeGreaterThan(
      await count('EntityNameFulltext', phrase, tenantA),
    );
    const res = await data<{
      entitiesByName: {
        totalCount: number;
        edges: Array<{ score: number; node: { tenantId: string; name: string } }>;
      };
    }>(
      tokenA,
      'query($q: String!) { entitiesByName(phrase: $q, first: 500) { totalCount edges { score node { tenantId name } } } }',
      {
        q: phrase,
      },
    );
    const own = await count('EntityNameFulltext', phrase, tenantA);
    expect(res.entitiesByName.totalCount).toBe(own);
    expect(res.entitiesByName.edges).toHaveLength(own);
    expect(res.entitiesByName.edges.every((e) => e.node.tenantId === tenantA && e.score > 0)).toBe(true);
  });

  it('documentsByTitle pages with first/after and stays in the tenant', async () => {
    const phrase = 'Guidelines OR Guide OR Matrix OR Memo OR Bulletin OR Requirements OR Checklist OR Plan';
    const own = await count('DocumentTitleFulltext', phrase, tenantB);
    expect(own).toBe(PACKAGES.b * DOCUMENTS);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: {
        documentsByTitle: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: { documentId: string; tenantId: string } }>;
        };
      } = await data(
        tokenB,
        `query($q: String!, $after: String) { documentsByTitle(phrase: $q, first: 5, after: $after, sort: [{ node: { documentId: ASC } }]) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { documentId tenantId } } } }`,
        { q: phrase, after },
      );
      expect(res.documentsByTitle.totalCount).toBe(own);
      expect(res.documentsByTitle.edges.every((e) => e.node.tenantId === tenantB)).toBe(true);
      seen.push(...res.documentsByTitle.edges.map((e) => e.node.documentId));
      if (!res.documentsByTitle.pageInfo.hasNextPage) break;
      after = res.documentsByTitle.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(own);
  });
});

describe('filters, sorting and pagination', () => {
  it('filters and sorts like the equivalent Cypher', async () => {
    const expected = await cypher<{ id: string }>(
      `MATCH (e:Entity {tenant_id: $t}) WHERE e.entity_type IN $types AND e.confidence >= 0.8
       RETURN e.enhanced_entity_id AS id ORDER BY e.confidence DESC, e.enhanced_entity_id ASC LIMIT 8`,
      { t: tenantA, types: ['AGENCY', 'LOAN_TYPE'] },
    );
    expect(expected.length).toBeGreaterThan(1);
    const res = await data<{
      entities: Array<{ enhancedEntityId: string; confidence: number; entityType: string }>;
    }>(
      tokenA,
      `{ entities(where: { entityType: { in: ["AGENCY", "LOAN_TYPE"] }, confidence: { gte: 0.8 } },
           sort: [{ confidence: DESC }, { enhancedEntityId: ASC }], limit: 8) { enhancedEntityId confidence entityType } }`,
    );
    expect(res.entities.map((e) => e.enhancedEntityId)).toEqual(expected.map((e) => e.id));
  });

  it('nested filters apply per parent', async () => {
    const res = await data<{ documentPackages: Array<{ documents: Array<{ documentType: string }> }> }>(
      tokenA,
      '{ documentPackages { documents(where: { documentType: { in: ["GUIDELINE", "MATRIX"] } }) { documentType } } }',
    );
    const types = res.documentPackages.flatMap((p) => p.documents.map((d) => d.documentType));
    const [row] = await cypher<{ n: number }>(
      `MATCH (:DocumentPackage {tenant_id: $t})-[:CONTAINS]->(d:Document) WHERE d.document_type IN ['GUIDELINE', 'MATRIX'] RETURN count(d) AS n`,
      { t: tenantA },
    );
    expect(types).toHaveLength(row?.n ?? -1);
  });

  it('cursor pagination visits every package once, in order', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: {
        documentPackagesConnection: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: { packageId: string } }>;
        };
      } = await data(
        tokenA,
        `query($after: String) { documentPackagesConnection(first: 3, after: $after, sort: [{ name: DESC }, { packageId: ASC }]) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { packageId } } } }`,
        { after },
      );
      pages += 1;
      expect(res.documentPackagesConnection.totalCount).toBe(PACKAGES.a);
      ids.push(...res.documentPackagesConnection.edges.map((e) => e.node.packageId));
      if (!res.documentPackagesConnection.pageInfo.hasNextPage) break;
      after = res.documentPackagesConnection.pageInfo.endCursor;
    }
    const expected = await cypher<{ id: string }>(
      'MATCH (p:DocumentPackage {tenant_id: $t}) RETURN p.package_id AS id ORDER BY p.name DESC, p.package_id ASC',
      { t: tenantA },
    );
    expect(pages).toBe(Math.ceil(PACKAGES.a / 3));
    expect(ids).toEqual(expected.map((e) => e.id));
  });

  it('limit and offset page a sorted list', async () => {
    const all = await data<{ documentPackages: Array<{ packageId: string }> }>(
      tokenA,
      '{ documentPackages(sort: [{ createdAt: ASC }, { packageId: ASC }]) { packageId } }',
    );
    const page = await data<{ documentPackages: Array<{ packageId: string }> }>(
      tokenA,
      '{ documentPackages(sort: [{ createdAt: ASC }, { packageId: ASC }], limit: 2, offset: 3) { packageId } }',
    );
    expect(page.documentPackages).toEqual(all.documentPackages.slice(3, 5));
  });
});
