import { randomUUID } from 'node:crypto';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteTenantGraph,
  knowledgeTestDriver,
  writeTenantGraph,
  type TenantFixture,
} from '../../test/support/knowledgeFixture.js';
import { cypherMeterOf } from './cypherMeter.js';
import { buildKnowledgeSchema } from './index.js';

const { config, driver } = knowledgeTestDriver();
const tenant = `kg-batch-${randomUUID().slice(0, 8)}`;
let schema: GraphQLSchema;
let healthy: TenantFixture;
let broken: TenantFixture;

const ENTITIES = parse(`query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on DocumentPackage { packageId name documents { title } }
  }
}`);

async function entities(packageIds: string[]) {
  const requestId = randomUUID();
  const result = await execute({
    schema,
    document: ENTITIES,
    variableValues: {
      representations: packageIds.map((packageId) => ({ __typename: 'DocumentPackage', packageId })),
    },
    contextValue: {
      jwt: { sub: 'tester', tenant_id: tenant, scope: 'graph:read' },
      executionContext: cypherMeterOf(driver).forRequest(requestId, config.NEO4J_DATABASE),
    },
  });
  return { result, statements: cypherMeterOf(driver).queriesFor(requestId) ?? 0 };
}

beforeAll(async () => {
  schema = await buildKnowledgeSchema(driver);
  healthy = await writeTenantGraph(driver, config.NEO4J_DATABASE, tenant, 'Healthy');
  broken = await writeTenantGraph(driver, config.NEO4J_DATABASE, `${tenant}-b`, 'Broken');
  // The second package's document lacks its required title: bad data, as a faulty import leaves it.
  await driver.executeQuery(
    'MATCH (n {tenant_id: $from}) SET n.tenant_id = $to WITH n WHERE n:Document REMOVE n.title',
    { from: `${tenant}-b`, to: tenant },
    { database: config.NEO4J_DATABASE },
  );
  await entities([healthy.packageId]); // the process's first request also asks the server's version
});

afterAll(async () => {
  await deleteTenantGraph(driver, config.NEO4J_DATABASE, tenant);
  await driver.close();
});

describe('batched _entities (real Neo4j)', () => {
  it('answers every representation in order with one statement, null where nothing is visible', async () => {
    const { result, statements } = await entities([healthy.packageId, 'no-such-package', healthy.packageId]);
    expect(result.errors).toBeUndefined();
    const row = {
      packageId: healthy.packageId,
      name: 'Healthy Package',
      documents: [{ title: 'Healthy Underwriting Guide' }],
    };
    expect(result.data).toEqual({ _entities: [row, null, row] });
    expect(statements).toBe(1);
  });

  it("one row's bad data fails that representation only, with its error at _entities.<i>", async () => {
    const { result } = await entities([healthy.packageId, broken.packageId]);
    expect(result.data).toEqual({
      _entities: [
        {
          packageId: healthy.packageId,
          name: 'Healthy Package',
          documents: [{ title: 'Healthy Underwriting Guide' }],
        },
        null,
      ],
    });
    expect(result.errors?.map((e) => ({ message: e.message, path: e.path }))).toEqual([
      { message: 'Cannot return null for non-nullable field Document.title.', path: ['_entities', 1] },
    ]);
  });
});
