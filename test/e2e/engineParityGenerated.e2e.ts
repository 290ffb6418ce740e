import {
  buildClientSchema,
  execute,
  getIntrospectionQuery,
  parse,
  validate,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUDIT_READS } from '../../gateway/plugins/useAudit.js';
import { startApolloPeer, type Answer, type ApolloPeer } from '../support/apolloPeer.js';
import { deleteTenantGraph, writeTenantGraph, type TenantFixture } from '../support/knowledgeFixture.js';
import { OperationGenerator, Random, type Generated } from '../support/operationGenerator.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, wsClient } from '../support/wsClient.js';

// engineParity.e2e.ts holds our engine to @apollo/gateway on hand-written operations; this one on
// many generated ones (test/support/operationGenerator.ts), sent to both gateways over the same
// real subgraphs. For each operation:
// - our data must be the operation's own completion: graphql-js, executing the operation over our
//   data as the root value, must give it back byte for byte, with no error. That checks every
//   selected field is there and nothing else, @skip/@include, __typename, leaf types, non-null,
//   and key order as the spec's CollectFields gives it;
// - the values must be @apollo/gateway's, key order aside: with a fragment repeating a field, it
//   orders keys by its plan rather than by the spec;
// - errors must be at the same paths;
// - the same operation over WebSocket (graphql-ws) must answer what it answered over HTTP: one
//   engine serves both transports.
// Every divergence is collected, then the test fails once with the seeds and the operations.

const SEED = 0x5eed_2025;
const OPERATIONS = 300;
const FINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/**
 * Left out of the generated operations, each for a reason outside the engines: their values change
 * from one request to the next, so the second gateway asked would always see others.
 */
const EXCLUDED = new Map<string, string>([
  // Our pipeline audits each read of the audit trail (useAudit), the vanilla gateway does not:
  // the trail, its chain and its checkpoints grow with every read through ours.
  ...[...AUDIT_READS].map((name): [string, string] => [`Query.${name}`, 'audited by our pipeline only']),
  ['ExportJob.downloadUrl', 'a signed URL minted per request'],
  ['DependencyHealth.latencyMs', 'each health check measures it anew'],
]);

let t: TestPlatform;
let fixture: TenantFixture;
let token: string;
let apollo: ApolloPeer;
let schema: GraphQLSchema;
let ws: Client;
const jobIds: string[] = [];

beforeAll(async () => {
  t = await startTestPlatform();
  const { neo4j } = t.platform.connections;
  fixture = await writeTenantGraph(neo4j, t.config.NEO4J_DATABASE, t.tenant('parity-gen'), 'ParityGen');
  token = await t.token(fixture.tenantId);
  for (const packageId of [fixture.packageId, fixture.packageId, 'no-such-package']) {
    const created = await t.gql<{ createExport: { id: string } }>(
      token,
      'mutation($p: ID) { createExport(input: { type: DOCUMENT_PACKAGE, format: JSON, packageId: $p }) { id } }',
      { p: packageId },
    );
    expect(created.body.errors).toBeUndefined();
    jobIds.push((created.body.data as { createExport: { id: string } }).createExport.id);
  }
  // @apollo/gateway otherwise starts a usage exporter that probes cloud metadata endpoints.
  vi.stubEnv('APOLLO_TELEMETRY_DISABLED', 'true');
  apollo = await startApolloPeer(t, fixture.tenantId);
  ws = wsClient(t.url, token);
  const introspection = await t.gql<IntrospectionQuery>(token, getIntrospectionQuery());
  schema = buildClientSchema(introspection.body.data as IntrospectionQuery);
  await jobsFinal();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await ws?.dispose();
  await apollo?.stop();
  await deleteTenantGraph(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, fixture.tenantId);
  await t.close();
});

/** Jobs change status as the worker runs them: compare only once they no longer will. */
async function jobsFinal(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { body } = await t.gql<{ exportJobs: { edges: Array<{ node: { status: string } }> } }>(
      token,
      '{ exportJobs(first: 20) { edges { node { status } } } }',
    );
    const statuses = body.data?.exportJobs.edges.map((e) => e.node.status) ?? [];
    if (statuses.length === jobIds.length && statuses.every((s) => FINAL.has(s))) return;
    if (Date.now() > deadline) throw new Error(`export jobs still running: ${statuses.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function generate(index: number): Generated {
  return new OperationGenerator(new Random(SEED + index), {
    schema,
    excluded: EXCLUDED,
    joinRoots: ['exportJobs', 'exportJob', 'documentPackages', 'me'],
    jobIds,
    phrase: 'ParityGen',
    ids: { packageId: fixture.packageId, documentId: fixture.documentId, enhancedEntityId: fixture.entityId },
  }).operation();
}

/** JSON with every object's keys sorted: the same values, whatever the key order. */
function sortedJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The operation completed by graphql-js over `data`: each field read by its response key, each
 * abstract type told by the `__typename` in the data.
 */
function completed(operation: Generated, data: unknown): Answer {
  const result = execute({
    schema,
    document: parse(operation.query),
    variableValues: operation.variables,
    rootValue: data,
    fieldResolver: (source, _args, _context, info) => (source as Record<string, unknown>)[info.path.key],
    typeResolver: (value) => (value as { __typename?: string }).__typename,
  }) as { data?: unknown; errors?: readonly Error[] };
  return { data: result.data, errors: result.errors?.map((e) => ({ message: e.message })) };
}

function excerpt(ours: string, theirs: string): string {
  let at = 0;
  while (at < ours.length && ours[at] === theirs[at]) at += 1;
  const from = Math.max(0, at - 80);
  return `at char ${at}\n    ours:   …${ours.slice(from, at + 120)}\n    theirs: …${theirs.slice(from, at + 120)}`;
}

/** Error paths as a sorted list: fetches in parallel answer (and so report) in any order. */
function errorPaths(answer: Answer): string[] {
  return (answer.errors ?? []).map((e) => JSON.stringify(e.path ?? null)).sort();
}

function errorList(answer: Answer): string {
  const errors = answer.errors ?? [];
  const shown = errors.slice(0, 3).map((e) => `${String(e.extensions?.code)} ${e.message?.slice(0, 100)}`);
  return errors.length > 3 ? `${shown.join(' | ')} | … (${errors.length})` : shown.join(' | ');
}

/** What is wrong with our answer; nothing when both gateways failed as a whole (data null, errors). */
function differences(operation: Generated, ours: Answer, theirs: Answer): string[] {
  const failed = (ours.errors?.length ?? 0) > 0 && (theirs.errors?.length ?? 0) > 0;
  if (ours.data == null && theirs.data == null && failed) return [];
  const found: string[] = [];
  const oursData = JSON.stringify(ours.data) ?? '';
  if (!ours.errors?.length) {
    const oracle = completed(operation, ours.data);
    const expected = JSON.stringify(oracle.data) ?? '';
    if (oracle.errors?.length) found.push(`not the operation's completion: ${errorList(oracle)}`);
    else if (expected !== oursData) found.push(`not in the operation's shape ${excerpt(oursData, expected)}`);
  }
  // @apollo/gateway answers `data: null` and no error where a plan's hoisted @skip/@include left
  // a non-null object unfetched (ResponseShaper.selectsNothing): there is no peer answer to match.
  const peerInvalid = theirs.data === null && !theirs.errors?.length;
  const [ours_, theirs_] = [sortedJson(ours.data) ?? '', sortedJson(theirs.data) ?? ''];
  if (!peerInvalid && ours_ !== theirs_) found.push(`data ${excerpt(ours_, theirs_)}`);
  const [oursPaths, theirsPaths] = [errorPaths(ours), errorPaths(theirs)];
  if (!peerInvalid && oursPaths.join() !== theirsPaths.join())
    found.push(`error paths\n    ours:   ${oursPaths.join(' ')}\n    theirs: ${theirsPaths.join(' ')}`);
  if (found.length > 0)
    found.push(`errors\n    ours:   ${errorList(ours)}\n    theirs: ${errorList(theirs)}`);
  return found;
}

/** The operation's one result over WebSocket, as a `next` message carries it. */
async function viaWebSocket(operation: Generated): Promise<Answer> {
  const subscription = collect(ws, operation.query, operation.variables);
  const { error } = await subscription.ended;
  if (error !== undefined) return { errors: [{ message: `subscribe failed: ${JSON.stringify(error)}` }] };
  const [first, ...more] = subscription.results;
  if (!first || more.length > 0) return { errors: [{ message: `${subscription.results.length} results` }] };
  return first as Answer;
}

/** Where our WebSocket answer differs from our HTTP one (extensions aside: cost is per request). */
function transportDifferences(http: Answer, socket: Answer): string[] {
  const found: string[] = [];
  const [overHttp, overSocket] = [JSON.stringify(http.data) ?? '', JSON.stringify(socket.data) ?? ''];
  if (overHttp !== overSocket) found.push(`WebSocket data ${excerpt(overSocket, overHttp)}`);
  const errors = (answer: Answer) => JSON.stringify(answer.errors?.map((e) => [e.path, e.extensions?.code]));
  if (errors(http) !== errors(socket)) found.push(`WebSocket errors ${errors(socket)}, HTTP ${errors(http)}`);
  return found;
}

interface Divergence {
  index: number;
  operation: Generated;
  what: string;
}

function report(divergences: readonly Divergence[]): string[] {
  return divergences.map(
    (d) =>
      `#${d.index} (seed ${SEED + d.index}) ${d.what}\n  ${d.operation.query}\n  variables ${JSON.stringify(d.operation.variables)}`,
  );
}

describe('our engine answers generated operations as @apollo/gateway does', () => {
  it(`${OPERATIONS} operations from seed ${SEED}`, { timeout: 300_000 }, async () => {
    const divergences: Divergence[] = [];
    /** Operations answered with an error through ours, by `extensions.code`. */
    const withErrors = new Map<string, number>();
    let peerInvalid = 0;
    let refused = 0;
    for (let index = 0; index < OPERATIONS; index += 1) {
      const operation = generate(index);
      // The generator's own bug, not the engines': both would refuse it alike.
      const invalid = validate(schema, parse(operation.query)).map((e) => e.message);
      if (invalid.length > 0) {
        divergences.push({ index, operation, what: `invalid operation generated: ${invalid.join(' | ')}` });
        continue;
      }
      const ours = (await t.gql(token, operation.query, operation.variables)).body as Answer;
      // Our cost limit refuses it before planning (a policy the vanilla gateway does not have).
      if (ours.errors?.length && ours.errors.every((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) {
        refused += 1;
        continue;
      }
      const theirs = await apollo.query(operation.query, operation.variables);
      const socket = await viaWebSocket(operation);
      if (theirs.data === null && !theirs.errors?.length) peerInvalid += 1;
      for (const code of new Set(ours.errors?.map((e) => String(e.extensions?.code))))
        withErrors.set(code, (withErrors.get(code) ?? 0) + 1);
      const found = [...differences(operation, ours, theirs), ...transportDifferences(ours, socket)];
      if (found.length > 0) divergences.push({ index, operation, what: found.join('\n  ') });
    }
    console.info(
      `operations with errors through ours, by code: ${JSON.stringify(Object.fromEntries(withErrors))}; ` +
        `answered data: null without an error by @apollo/gateway: ${peerInvalid}; ` +
        `refused by our cost limit: ${refused}`,
    );
    expect(report(divergences), `${divergences.length} of ${OPERATIONS} operations diverge`).toEqual([]);
    // Every operation is valid over data the fixture holds: none should fail in a subgraph (26 of
    // these 150 did, before subgraphs/knowledge/translatableSelections.ts).
    expect(Object.fromEntries(withErrors)).toEqual({});
  });
});
