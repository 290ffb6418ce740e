import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApolloPeer, type Answer, type ApolloPeer } from '../support/apolloPeer.js';
import { deleteTenantGraph, writeTenantGraph, type TenantFixture } from '../support/knowledgeFixture.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// The gateway runs plans with its own executor and response shaper (gateway/engine). This holds
// them to @apollo/gateway's: the same operations over the same real subgraphs, one through our
// gateway and one through a vanilla @apollo/gateway signing the same principal, must answer the
// same data, byte for byte (key order included), with errors at the same paths.

let t: TestPlatform;
let fixture: TenantFixture;
let token: string;
let apollo: ApolloPeer;

beforeAll(async () => {
  t = await startTestPlatform();
  const { neo4j } = t.platform.connections;
  fixture = await writeTenantGraph(neo4j, t.config.NEO4J_DATABASE, t.tenant('parity'), 'Parity');
  token = await t.token(fixture.tenantId);
  for (const packageId of [fixture.packageId, fixture.packageId, 'no-such-package']) {
    const created = await t.gql(
      token,
      'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id } }',
      { p: packageId },
    );
    expect(created.body.errors).toBeUndefined();
  }
  // @apollo/gateway otherwise starts a usage exporter that probes cloud metadata endpoints.
  vi.stubEnv('APOLLO_TELEMETRY_DISABLED', 'true');
  apollo = await startApolloPeer(t, fixture.tenantId);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await apollo?.stop();
  await deleteTenantGraph(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, fixture.tenantId);
  await t.close();
});

const operations: Array<{ name: string; query: string; variables?: () => Record<string, unknown> }> = [
  {
    name: 'three subgraphs: jobs, their requester and package (documents → entities)',
    query: `{ me { subject tenantId } exportJobs(first: 20) { edges { cursor node { id status format
      requestedBy { subject tenantId } package { name status documents { title documentType
      entities { name entityType } } } } } pageInfo { hasNextPage } } }`,
  },
  {
    name: 'aliases, named and inline fragments, __typename, @skip/@include by variable',
    query: `query ($withDocs: Boolean!, $noStatus: Boolean = true) {
      jobs: exportJobs(first: 5) { edges { node { ...Job kind: __typename
        status @skip(if: $noStatus)
        pkg: package { __typename ... on DocumentPackage { id: packageId label: name }
          docs: documents @include(if: $withDocs) { t: title ...Doc } } } } } }
      fragment Job on ExportJob { id format requestedBy { tenantId } }
      fragment Doc on Document { documentType entities { name } }`,
    variables: () => ({ withDocs: true }),
  },
  {
    name: 'a knowledge root field with nested lists and arguments',
    query: `query ($id: ID!) { documentPackages(where: { packageId: { eq: $id } }) { packageId name
      documents(limit: 5) { title pageCount entities { name confidence } } } }`,
    variables: () => ({ id: fixture.packageId }),
  },
  {
    name: 'introspection beside data',
    query: `{ __typename me { tenantId } __type(name: "ExportJob") { name kind fields { name type { name kind } } } }`,
  },
];

describe('our engine answers as @apollo/gateway does', () => {
  for (const operation of operations) {
    it(operation.name, async () => {
      const variables = operation.variables?.() ?? {};
      const ours = (await t.gql(token, operation.query, variables)).body as Answer;
      const theirs = await apollo.query(operation.query, variables);
      expect(theirs.errors?.map((e) => e.path)).toEqual(ours.errors?.map((e) => e.path));
      expect(ours.data).not.toBeNull();
      expect(JSON.stringify(ours.data)).toBe(JSON.stringify(theirs.data));
    });
  }

  it('a job whose package does not exist: the same null in both', async () => {
    const query = '{ exportJobs(first: 20) { edges { node { package { name } } } } }';
    const ours = (await t.gql(token, query)).body as Answer;
    const edges = (ours.data as { exportJobs: { edges: Array<{ node: { package: unknown } }> } }).exportJobs
      .edges;
    expect(edges.filter((e) => e.node.package === null)).toHaveLength(1);
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify((await apollo.query(query)).data));
  });
});
