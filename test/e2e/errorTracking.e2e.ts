import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantKey } from '../../lib/redis.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';

// Error tracking on the real platform (masking on, as in production). The unexpected error is a
// natural one: a tenant's stored alert record is corrupt, so reading it throws a SyntaxError from
// JSON.parse inside the observability subgraph, which nothing maps to a domain error. Its message
// carries the position of the damage, a number: two tenants' corruptions of different lengths
// give different real messages and one fingerprint.
let t: TestPlatform;
let a: string;
let b: string;
let tokenA: string;
let tokenB: string;
let operator: string;
let readOnly: string;
let groupId: string;

const INSPECT = 'query Inspect($id: ID!) { alert(id: $id) { id } }';
const PEEK = 'query Peek($id: ID!) { alert(id: $id) { id } }';
const GROUPS = `query Groups($filter: ErrorGroupFilter, $first: Int, $after: String) {
  errorGroups(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id fingerprint type message normalizedMessage level status count operations subgraphs
      windows { start count } ignoredRemaining regressedAt resolvedBy { subject } alert { id state severity source } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const GROUP = `query Group($id: ID!) {
  errorGroup(id: $id) { id type message normalizedMessage status count operations subgraphs ignoredRemaining
    alert { state source severity summary }
    recentOccurrences(first: 50) { id at tenantId operation subgraph requestId type message normalizedMessage frames stack count } }
}`;

interface GroupNode {
  id: string;
  fingerprint: string;
  type: string;
  message: string;
  normalizedMessage: string | null;
  level: string;
  status: string;
  count: number;
  operations: string[];
  subgraphs: string[];
  windows: Array<{ start: string; count: number }>;
  ignoredRemaining: number | null;
  regressedAt: string | null;
  resolvedBy: { subject: string } | null;
  alert: { id: string; state: string; severity: string; source: string; summary?: string } | null;
  recentOccurrences?: Array<
    Record<string, unknown> & { stack: string | null; frames: string[] | null; count: number }
  >;
}

async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  return (await t.gql<T>(token, query, variables)).body;
}

/** A read that must succeed: a failed one would look like an empty view. */
async function read<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gql<T>(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const groupsOf = async (token: string) =>
  (await read<{ errorGroups: { edges: Array<{ node: GroupNode }> } }>(token, GROUPS)).errorGroups.edges.map(
    (e) => e.node,
  );

const groupOf = async (token: string, id: string) =>
  (await read<{ errorGroup: GroupNode | null }>(token, GROUP, { id })).errorGroup;

/** Damages one of the tenant's stored alerts: `{"id":"…"` then junk, so JSON.parse fails at a position. */
async function corrupt(tenant: string, padding: string): Promise<string> {
  const id = randomUUID();
  await t.platform.connections.redis.hset(
    tenantKey(t.config.REDIS_KEY_PREFIX, tenant, 'observability', 'alerts'),
    id,
    `{"id":"${id}"${padding} x}`,
  );
  return id;
}

/** Reads the damaged alert `times` times; every answer must show the mask only. */
async function fail(token: string, query: string, id: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const body = await gql<{ alert: unknown }>(token, query, { id });
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_ERROR');
    expect(body.errors?.[0]?.message).toBe('Subgraph "observability" failed');
    const text = JSON.stringify(body);
    for (const leak of ['JSON', 'position', 'SyntaxError', 'AlertStore', 'stack'])
      expect(text).not.toContain(leak);
  }
}

const errorAlerts = async (token: string) =>
  (
    await read<{
      alerts: { edges: Array<{ node: { id: string; source: string; state: string; summary: string } }> };
    }>(token, '{ alerts(first: 200) { edges { node { id source state summary } } } }')
  ).alerts.edges
    .map((e) => e.node)
    .filter((n) => n.source === 'ERROR_TRACKING');

beforeAll(async () => {
  t = await startTestPlatform(
    { MASK_ERRORS: 'true', ALERT_EVAL_INTERVAL_SECONDS: '1', ERROR_TRACKING_FLUSH_MS: '100' },
    { workers: ['monitor'] },
  );
  a = t.tenant('errors-a');
  b = t.tenant('errors-b');
  const tenantScopes = ['observability:read', 'observability:write'];
  tokenA = await t.token(a, tenantScopes, 'alice');
  tokenB = await t.token(b, tenantScopes, 'bob');
  operator = await t.token(t.tenant('operators'), ['platform:operator'], 'ops');
  readOnly = await t.token(a, ['graph:read'], 'carol');
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('error tracking', () => {
  it('makes one group of 30 throws with one alert; the client only ever sees the mask', async () => {
    await fail(tokenA, INSPECT, await corrupt(a, ''), 30);
    let group: GroupNode | undefined;
    await eventually(
      async () => {
        const groups = await groupsOf(tokenA);
        group = groups[0];
        return groups.length === 1 && group?.count === 30 && group.alert?.state === 'FIRING';
      },
      20_000,
      'one group of 30 with its alert',
    );
    groupId = group?.id as string;
    expect(groupId).toMatch(/^[0-9a-f]{64}$/);
    expect(group?.fingerprint).toBe(groupId);
    expect(group).toMatchObject({
      type: 'SyntaxError',
      // What the client was shown (masked), never the real message.
      message: 'Internal server error',
      normalizedMessage: null,
      level: 'MEDIUM',
      status: 'UNRESOLVED',
      operations: ['Inspect'],
      subgraphs: ['observability'],
      alert: { source: 'ERROR_TRACKING', severity: 'WARNING', state: 'FIRING' },
    });
    expect(group?.windows.reduce((n, w) => n + w.count, 0)).toBe(30);
    // One alert, however many occurrences past the threshold, and monitor cycles, followed.
    const alerts = await errorAlerts(tokenA);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.summary).not.toContain('position');

    const seen = await groupOf(operator, groupId);
    expect(seen?.message).toMatch(/^Expected ',' or '}' after property value in JSON at position \d+$/);
    expect(seen?.normalizedMessage).toBe("Expected ',' or '}' after property value in JSON at position <n>");
    expect(seen?.alert).toMatchObject({ state: 'FIRING', severity: 'WARNING' });
    const [latest] = seen?.recentOccurrences ?? [];
    expect(latest).toMatchObject({
      tenantId: a,
      operation: 'Inspect',
      subgraph: 'observability',
      type: 'SyntaxError',
    });
    expect(latest?.stack).toContain('AlertStore');
    expect(latest?.frames).toHaveLength(3);
    expect(latest?.frames?.[0]).toBe('JSON.parse (<anonymous>)');
    expect(latest?.requestId).toBeTruthy();
  });

  it('walls tenants: each sees its own counts and operations, never a stack or another tenant’s message', async () => {
    expect(await groupsOf(tokenB)).toEqual([]);
    expect(await groupOf(tokenB, groupId)).toBeNull();
    const forbidden = await gql(readOnly, GROUPS);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // B's damage is longer: another real message, the same fingerprint.
    await fail(tokenB, PEEK, await corrupt(b, ',"padding":"xxxxxxxx"'), 3);
    let mine = null as GroupNode | null;
    await eventually(
      async () => {
        mine = await groupOf(tokenB, groupId);
        return mine?.count === 3;
      },
      20_000,
      "B's share of the group",
    );
    expect(mine).toMatchObject({
      message: 'Internal server error',
      normalizedMessage: null,
      operations: ['Peek'],
    });
    expect(mine?.alert).toBeNull();
    const ofB = JSON.stringify([mine, await groupsOf(tokenB), await errorAlerts(tokenB)]);
    for (const leak of ['Inspect', a, 'position', 'AlertStore', 'JSON.parse'])
      expect(ofB).not.toContain(leak);
    expect(mine?.recentOccurrences?.every((o) => o.stack === null && o.frames === null)).toBe(true);
    expect(mine?.recentOccurrences?.every((o) => o.tenantId === null)).toBe(true);

    const ofA = await groupOf(tokenA, groupId);
    expect(ofA).toMatchObject({ count: 30, operations: ['Inspect'] });
    expect(JSON.stringify(ofA)).not.toContain('Peek');

    const all = await groupOf(operator, groupId);
    expect(all?.count).toBe(33);
    expect(all?.operations).toEqual(['Inspect', 'Peek']);
    const tenants = new Set(all?.recentOccurrences?.map((o) => o.tenantId));
    expect(tenants).toEqual(new Set([a, b]));
    const positions = new Set(all?.recentOccurrences?.map((o) => o.message));
    expect(positions.size).toBe(2);

    // Someone else's group, a cursor of another view: not found, not ours.
    const missing = await gql(tokenB, 'mutation($id: ID!) { resolveErrorGroup(id: $id) { id } }', {
      id: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const page = await gql<{ errorGroups: { pageInfo: { endCursor: string } } }>(operator, GROUPS, {
      first: 1,
    });
    const stolen = await gql(tokenB, GROUPS, { after: page.data?.errorGroups.pageInfo.endCursor });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
  });

  it('resolving the group resolves its alert; throwing again marks it REGRESSED', async () => {
    const resolved = await gql<{ resolveErrorGroup: GroupNode }>(
      tokenA,
      'mutation($id: ID!) { resolveErrorGroup(id: $id) { id status resolvedBy { subject } alert { state } } }',
      { id: groupId },
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data?.resolveErrorGroup).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: { subject: 'alice' },
      alert: null,
    });
    const [alert] = await errorAlerts(tokenA);
    expect(alert?.state).toBe('RESOLVED');

    await fail(tokenA, INSPECT, await corrupt(a, ''), 1);
    await eventually(
      async () => (await groupOf(tokenA, groupId))?.status === 'REGRESSED',
      20_000,
      'the group to regress',
    );
    const regressed = (await groupsOf(tokenA))[0];
    expect(regressed).toMatchObject({ id: groupId, status: 'REGRESSED', count: 31 });
    expect(regressed?.regressedAt).toBeTruthy();
    // The platform's view has a status of its own: the tenant resolved only its view.
    expect((await groupOf(operator, groupId))?.status).toBe('UNRESOLVED');
  });

  it('ignores a group for a number of occurrences, then it is unresolved again', async () => {
    const bad = await gql(operator, 'mutation($id: ID!) { ignoreErrorGroup(id: $id, count: 0) { id } }', {
      id: groupId,
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    const past = await gql(
      operator,
      'mutation($id: ID!, $until: DateTime) { ignoreErrorGroup(id: $id, until: $until) { id } }',
      { id: groupId, until: new Date(Date.now() - 60_000).toISOString() },
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });

    const ignored = await gql<{ ignoreErrorGroup: GroupNode }>(
      operator,
      'mutation($id: ID!) { ignoreErrorGroup(id: $id, count: 2) { id status ignoredRemaining count alert { state } } }',
      { id: groupId },
    );
    expect(ignored.errors).toBeUndefined();
    expect(ignored.data?.ignoreErrorGroup).toMatchObject({
      status: 'IGNORED',
      ignoredRemaining: 2,
      alert: null,
    });
    const before = ignored.data?.ignoreErrorGroup.count as number;

    const damaged = await corrupt(b, '');
    await fail(tokenB, PEEK, damaged, 2);
    await eventually(
      async () => (await groupOf(operator, groupId))?.count === before + 2,
      20_000,
      'two ignored occurrences',
    );
    expect(await groupOf(operator, groupId)).toMatchObject({ status: 'IGNORED', ignoredRemaining: 0 });

    await fail(tokenB, PEEK, damaged, 1);
    await eventually(
      async () => (await groupOf(operator, groupId))?.count === before + 3,
      20_000,
      'the occurrence past the ignore',
    );
    expect(await groupOf(operator, groupId)).toMatchObject({ status: 'UNRESOLVED', ignoredRemaining: null });
  });
});
