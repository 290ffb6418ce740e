import { randomUUID } from 'node:crypto';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteTenantGraph,
  writeTenantGraph,
  knowledgeTestDriver,
} from '../../test/support/knowledgeFixture.js';
import { cypherMeterOf } from './cypherMeter.js';
import { buildKnowledgeSchema } from './index.js';
import { translationCacheStats } from './translationCache.js';

const { config, driver } = knowledgeTestDriver();
const run = randomUUID().slice(0, 8);
const tenantA = `kg-cache-a-${run}`;
const tenantB = `kg-cache-b-${run}`;
let schema: GraphQLSchema;

const PAGE = parse(`query Page($offset: Int!) {
  documentPackages(limit: 1, offset: $offset, sort: [{ name: ASC }]) {
    name
    documents { title entities { name } }
  }
}`);

interface Page {
  documentPackages: Array<{
    name: string;
    documents: Array<{ title: string; entities: Array<{ name: string }> }>;
  }>;
}

/** One request as the subgraph runs it: the tenant's claims and a counted statement runner. */
async function page(tenantId: string, offset: number): Promise<{ data: Page; statements: number }> {
  const requestId = randomUUID();
  const result = await execute({
    schema,
    document: PAGE,
    variableValues: { offset },
    contextValue: {
      jwt: { sub: 'tester', tenant_id: tenantId, scope: 'graph:read' },
      executionContext: cypherMeterOf(driver).forRequest(requestId, config.NEO4J_DATABASE),
    },
  });
  expect(result.errors).toBeUndefined();
  return {
    data: result.data as unknown as Page,
    statements: cypherMeterOf(driver).queriesFor(requestId) ?? 0,
  };
}

const stats = () => ({ ...translationCacheStats(schema) });

beforeAll(async () => {
  schema = await buildKnowledgeSchema(driver);
  await writeTenantGraph(driver, config.NEO4J_DATABASE, tenantA, 'Alpha');
  await writeTenantGraph(driver, config.NEO4J_DATABASE, `${tenantA}-2`, 'Alpha Two');
  // A second package of tenant A, so offsets 0 and 1 are different pages.
  await driver.executeQuery(
    'MATCH (n {tenant_id: $from}) SET n.tenant_id = $to',
    { from: `${tenantA}-2`, to: tenantA },
    { database: config.NEO4J_DATABASE },
  );
  await writeTenantGraph(driver, config.NEO4J_DATABASE, tenantB, 'Bravo');
  // The process's first request also asks the server for its version; not part of what is measured.
  await page(tenantA, 0);
});

afterAll(async () => {
  await deleteTenantGraph(driver, config.NEO4J_DATABASE, tenantA);
  await deleteTenantGraph(driver, config.NEO4J_DATABASE, tenantB);
  await driver.close();
});

describe('translation cache (real Neo4j)', () => {
  it('a hit answers as the translation did, with one statement and no translating', async () => {
    const before = stats();
    const first = await page(tenantA, 1);
    const again = await page(tenantA, 1);
    expect(again.data).toEqual(first.data);
    expect(first.data.documentPackages.map((p) => p.name)).toEqual(['Alpha Two Package']);
    expect(again.statements).toBe(1);
    expect(stats()).toEqual({ hits: (before.hits ?? 0) + 1, misses: (before.misses ?? 0) + 1 });
  });

  it('another tenant sending the same document and variables never gets the first tenant’s statement', async () => {
    const a = await page(tenantA, 0);
    const before = stats();
    const b = await page(tenantB, 0);
    const bAgain = await page(tenantB, 0);
    const aAgain = await page(tenantA, 0);
    expect(a.data.documentPackages.map((p) => p.name)).toEqual(['Alpha Package']);
    expect(b.data.documentPackages).toEqual([
      {
        name: 'Bravo Package',
        documents: [{ title: 'Bravo Underwriting Guide', entities: [{ name: 'Bravo Maximum DTI' }] }],
      },
    ]);
    expect(bAgain.data).toEqual(b.data);
    expect(aAgain.data).toEqual(a.data);
    // B's first request translated afresh; its repeat and A's repeat reused their own entries.
    expect(stats()).toEqual({ hits: (before.hits ?? 0) + 2, misses: (before.misses ?? 0) + 1 });
  });

  it('different variable values are different entries: each offset gets its own page', async () => {
    const pages = [
      await page(tenantA, 0),
      await page(tenantA, 1),
      await page(tenantA, 0),
      await page(tenantA, 1),
    ];
    expect(pages.map((p) => p.data.documentPackages.map((d) => d.name))).toEqual([
      ['Alpha Package'],
      ['Alpha Two Package'],
      ['Alpha Package'],
      ['Alpha Two Package'],
    ]);
  });
});
