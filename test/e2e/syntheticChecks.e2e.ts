import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_PREFIX, signSyntheticCredential } from '../../lib/syntheticCredential.js';
import type { WebhookReceiver } from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

// Synthetic checks on the real platform: the monitor (in-process, leading) runs each check
// through the gateway with its own short-lived credential. A check on a webhook's status goes
// red when the webhook is paused (its alert fires and pages the check's Slack channel, the
// metric reads 0, a rule on it fires) and green when it is resumed. One-second minimum intervals
// and monitor cycles, two-second metric buckets: the machinery is the production one.
let w: WebhookTestPlatform;
let a: string;
let b: string;
let tokenA: string;
let tokenB: string;
let slack: WebhookReceiver;
let endpoint: WebhookReceiver;

const INTERVAL = 2;
const CREATE = `mutation($input: CreateSyntheticCheckInput!) {
  createSyntheticCheck(input: $input) { id type scopes intervalSeconds status assertions { type path value } }
}`;
const CHECK = `query($id: ID!) {
  syntheticCheck(id: $id) {
    id status nextRunAt
    lastResult { id at success durationMs errorCodes failures { assertion path expected actual } }
    alert { id state source severity summary labels { name value } }
  }
}`;
const RUN = `mutation($id: ID!) {
  runSyntheticCheck(id: $id) { id at success durationMs errorCodes failures { assertion path expected actual } }
}`;
const RESULTS = `query($id: ID!, $first: Int, $after: String) {
  syntheticCheck(id: $id) {
    results(first: $first, after: $after) { edges { cursor node { id at success } } pageInfo { hasNextPage endCursor } }
  }
}`;

interface Failure {
  assertion: string | null;
  path: string | null;
  expected: string;
  actual: string;
}
interface Result {
  id: string;
  at: string;
  success: boolean;
  durationMs: number;
  errorCodes: string[];
  failures: Failure[];
}
interface CheckView {
  id: string;
  status: string;
  nextRunAt: string | null;
  lastResult: Result | null;
  alert: { id: string; state: string; source: string; severity: string; summary: string } | null;
}
type Body<T> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}) {
  return (await w.t.gql<T>(token, query, variables)).body as Body<T>;
}

/** A call that must succeed: a failed one would look like an empty answer. */
async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gql<T>(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function create(token: string, input: Record<string, unknown>): Promise<string> {
  return (await ok<{ createSyntheticCheck: { id: string } }>(token, CREATE, { input })).createSyntheticCheck
    .id;
}

const check = async (token: string, id: string) =>
  (await ok<{ syntheticCheck: CheckView | null }>(token, CHECK, { id })).syntheticCheck;

const run = async (token: string, id: string) =>
  (await ok<{ runSyntheticCheck: Result }>(token, RUN, { id })).runSyntheticCheck;

/** Waits for the check's status, returning the check as then read. */
async function status(id: string, wanted: string, timeoutMs: number): Promise<CheckView> {
  let seen: CheckView | null = null;
  await eventually(
    async () => {
      seen = await check(tokenA, id);
      return seen?.status === wanted;
    },
    timeoutMs,
    `the check to be ${wanted}`,
  );
  return seen as unknown as CheckView;
}

async function post(authorization: string, query: string) {
  const response = await fetch(w.t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Body<unknown> };
}

beforeAll(async () => {
  w = await startWebhookTestPlatform(
    {
      SYNTHETIC_MIN_INTERVAL_SECONDS: '1',
      ALERT_EVAL_INTERVAL_SECONDS: '1',
      METRICS_RESOLUTION_SECONDS: '2',
      METRICS_FLUSH_MS: '200',
      ALERT_GROUP_WAIT_SECONDS: '0',
    },
    { workers: ['monitor'] },
  );
  a = w.t.tenant('synthetic-a');
  b = w.t.tenant('synthetic-b');
  tokenA = await w.t.token(a);
  tokenB = await w.t.token(b);
  slack = await w.receiver(() => ({ status: 200, body: 'ok' }));
  endpoint = await w.receiver(() => ({ status: 204 }));
}, 120_000);

afterAll(async () => {
  await w?.close();
});

describe('synthetic checks', () => {
  it('goes red within two intervals when its field starts failing, pages its channel, and green after the fix', async () => {
    const webhookId = (
      await ok<{ createWebhook: { webhook: { id: string } } }>(
        tokenA,
        'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
        { input: { url: endpoint.url, eventTypes: ['document.processed'] } },
      )
    ).createWebhook.webhook.id;
    const channel = (
      await ok<{ createNotificationChannel: { id: string } }>(
        tokenA,
        'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { id } }',
        { input: { name: 'ops', type: 'SLACK', url: `${slack.url}/services/T0/B0/x` } },
      )
    ).createNotificationChannel.id;
    const id = await create(tokenA, {
      name: 'webhook is active',
      operation: 'query Probe($id: ID!) { webhook(id: $id) { status } }',
      variables: { id: webhookId },
      intervalSeconds: INTERVAL,
      timeoutMs: 5000,
      scopes: ['webhooks:read'],
      channels: [channel],
      assertions: [
        { type: 'NO_ERRORS' },
        { type: 'MAX_DURATION_MS', value: 5000 },
        { type: 'JSON_PATH_EQUALS', path: '$.data.webhook.status', value: 'ACTIVE' },
      ],
    });
    const green = await status(id, 'PASSING', 10_000);
    expect(green.lastResult).toMatchObject({ success: true, failures: [], errorCodes: [] });
    expect(green.lastResult?.durationMs).toBeGreaterThan(0);
    expect(green.alert).toBeNull();

    // A rule on the check's metric, as any tenant can write.
    const ruleId = (
      await ok<{ createAlertRule: { id: string } }>(
        tokenA,
        'mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }',
        {
          input: {
            name: 'probe down',
            metric: 'synthetic_check_success',
            aggregation: 'MAX',
            window: 2,
            comparison: 'LESS_THAN',
            threshold: 1,
            labelFilter: [{ name: 'check', value: id }],
          },
        },
      )
    ).createAlertRule.id;

    await ok(tokenA, 'mutation($id: ID!) { pauseWebhook(id: $id) { status } }', { id: webhookId });
    const brokenAt = Date.now();
    const red = await status(id, 'FAILING', 2 * INTERVAL * 1000 + 3_000);
    // Within two intervals of the break (the monitor looks each second; reads poll every 25 ms).
    expect(Date.now() - brokenAt).toBeLessThanOrEqual(2 * INTERVAL * 1000 + 1_000);
    expect(red.lastResult?.failures).toEqual([
      {
        assertion: 'JSON_PATH_EQUALS',
        path: '$.data.webhook.status',
        expected: '"ACTIVE"',
        actual: '"PAUSED"',
      },
    ]);
    expect(red.alert).toMatchObject({ state: 'FIRING', source: 'SYNTHETIC', severity: 'ERROR' });
    expect(red.alert?.summary).toContain('webhook is active');
    const alertId = red.alert?.id as string;
    await eventually(
      () => slack.received.some((r) => (JSON.parse(r.body) as { text: string }).text.startsWith('[ERROR]')),
      10_000,
      'the check’s channel to be paged',
    );
    const page = JSON.parse(slack.received[0]?.body ?? '{}') as { text: string };
    expect(page.text).toContain('Synthetic check "webhook is active" is failing');
    expect(page.text).toContain('expected "ACTIVE", got "PAUSED"');

    // The metric reads 0 while it fails, and the rule on it fires.
    await eventually(
      async () => {
        const { metrics } = await ok<{
          metrics: Array<{
            labels: Array<{ name: string; value: string }>;
            points: Array<{ value: number }>;
          }>;
        }>(
          tokenA,
          'query($from: DateTime) { metrics(names: ["synthetic_check_success"], from: $from) { labels { name value } points { value } } }',
          {
            from: new Date(Date.now() - 1000).toISOString(),
          },
        );
        const series = metrics.find((s) => s.labels.some((l) => l.name === 'check' && l.value === id));
        return series?.points.at(-1)?.value === 0;
      },
      10_000,
      'synthetic_check_success 0',
    );
    await eventually(
      async () => {
        const { alerts } = await ok<{ alerts: { edges: Array<{ node: { state: string } }> } }>(
          tokenA,
          'query($ruleId: ID) { alerts(filter: { ruleId: $ruleId }, first: 5) { edges { node { state } } } }',
          { ruleId },
        );
        return alerts.edges.some((e) => e.node.state === 'FIRING');
      },
      15_000,
      'the rule on synthetic_check_success to fire',
    );
    const { metrics: durations } = await ok<{
      metrics: Array<{ labels: Array<{ name: string; value: string }>; points: Array<{ value: number }> }>;
    }>(
      tokenA,
      '{ metrics(names: ["synthetic_check_duration_ms"]) { labels { name value } points { value } } }',
    );
    const duration = durations.find((s) => s.labels.some((l) => l.value === id));
    expect(duration?.points.at(-1)?.value).toBeGreaterThan(0);

    await ok(tokenA, 'mutation($id: ID!) { resumeWebhook(id: $id) { status } }', { id: webhookId });
    const fixed = await status(id, 'PASSING', 2 * INTERVAL * 1000 + 3_000);
    expect(fixed.alert).toBeNull();
    const resolved = await ok<{ alert: { state: string; source: string; endsAt: string | null } }>(
      tokenA,
      'query($id: ID!) { alert(id: $id) { state source endsAt } }',
      { id: alertId },
    );
    expect(resolved.alert).toMatchObject({ state: 'RESOLVED', source: 'SYNTHETIC' });
    await eventually(
      () =>
        slack.received.some((r) => (JSON.parse(r.body) as { text: string }).text.startsWith('[RESOLVED]')),
      15_000,
      'the resolve at the channel',
    );

    // History, newest first, in pages.
    const history = await ok<{
      syntheticCheck: {
        results: {
          edges: Array<{ cursor: string; node: { id: string; at: string; success: boolean } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    }>(tokenA, RESULTS, { id, first: 200 });
    const nodes = history.syntheticCheck.results.edges.map((e) => e.node);
    expect(nodes[0]?.success).toBe(true);
    expect(nodes.some((n) => !n.success)).toBe(true);
    const times = nodes.map((n) => Date.parse(n.at));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const firstPage = await ok<typeof history>(tokenA, RESULTS, { id, first: 1 });
    expect(firstPage.syntheticCheck.results.pageInfo.hasNextPage).toBe(true);
    const second = await ok<typeof history>(tokenA, RESULTS, {
      id,
      first: 1,
      after: firstPage.syntheticCheck.results.pageInfo.endCursor,
    });
    expect(second.syntheticCheck.results.edges[0]?.node.id).toBe(nodes[1]?.id);

    await ok(tokenA, 'mutation($id: ID!) { deleteAlertRule(id: $id) }', { id: ruleId });
    expect(await ok(tokenA, 'mutation($id: ID!) { deleteSyntheticCheck(id: $id) }', { id })).toEqual({
      deleteSyntheticCheck: true,
    });
    expect(await check(tokenA, id)).toBeNull();
  }, 90_000);

  it('fails NO_ERRORS by code and MAX_DURATION_MS by time; runs by hand return the result', async () => {
    // The credential carries only the check's scopes: graph:read cannot read webhooks.
    const denied = await create(tokenA, {
      name: 'no scope for webhooks',
      operation: '{ webhooks { id } }',
      intervalSeconds: 3600,
      scopes: ['graph:read'],
      assertions: [{ type: 'NO_ERRORS' }],
    });
    const result = await run(tokenA, denied);
    expect(result.success).toBe(false);
    expect(result.errorCodes).toEqual(['FORBIDDEN']);
    expect(result.failures).toEqual([
      { assertion: 'NO_ERRORS', path: null, expected: 'no errors', actual: '1 error: FORBIDDEN' },
    ]);

    const slow = await create(tokenA, {
      name: 'impossibly fast',
      operation: '{ webhooks { id } }',
      intervalSeconds: 3600,
      scopes: ['webhooks:read'],
      enabled: false,
      assertions: [{ type: 'NO_ERRORS' }, { type: 'MAX_DURATION_MS', value: 1 }],
    });
    // Disabled: not scheduled, but it runs by hand (and pages nobody).
    const view = await check(tokenA, slow);
    expect(view).toMatchObject({ status: 'UNKNOWN', nextRunAt: null, lastResult: null });
    const timed = await run(tokenA, slow);
    expect(timed.failures).toEqual([
      {
        assertion: 'MAX_DURATION_MS',
        path: null,
        expected: 'at most 1 ms',
        actual: `${Math.round(timed.durationMs)} ms`,
      },
    ]);
    const after = await check(tokenA, slow);
    expect(after).toMatchObject({ status: 'FAILING', alert: null, nextRunAt: null });
    expect(after?.lastResult?.id).toBe(timed.id);
  }, 60_000);

  it('runs the built-in subscription round trip for a tenant without event scopes of its own', async () => {
    const observer = await w.t.token(a, ['observability:read', 'observability:write'], 'observer');
    const created = (
      await ok<{ createSyntheticCheck: { id: string; type: string; scopes: string[] } }>(observer, CREATE, {
        input: {
          name: 'events path',
          type: 'SUBSCRIPTION_ROUND_TRIP',
          intervalSeconds: INTERVAL,
          timeoutMs: 5000,
          assertions: [{ type: 'NO_ERRORS' }, { type: 'MAX_DURATION_MS', value: 5000 }],
        },
      })
    ).createSyntheticCheck;
    expect(created).toMatchObject({
      type: 'SUBSCRIPTION_ROUND_TRIP',
      scopes: ['events:read', 'events:publish'],
    });
    const result = await run(observer, created.id);
    expect(result).toMatchObject({ success: true, failures: [], errorCodes: [] });
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.durationMs).toBeLessThan(5000);
    await status(created.id, 'PASSING', 10_000);
    await ok(observer, 'mutation($id: ID!) { deleteSyntheticCheck(id: $id) }', { id: created.id });
  }, 60_000);

  it('refuses bad checks with BAD_USER_INPUT naming the field, and scopes the author lacks', async () => {
    const base = { name: 'x', operation: '{ webhooks { id } }' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ intervalSeconds: 0 }, 'BAD_USER_INPUT', 'intervalSeconds'],
      [{ operation: '{ webhooks { id }' }, 'BAD_USER_INPUT', 'operation'],
      [{ operation: 'mutation { pauseWebhook(id: "x") { id } }' }, 'BAD_USER_INPUT', 'operation'],
      [
        { assertions: [{ type: 'JSON_PATH_EXISTS', path: '$.data[?(@.id)]' }] },
        'BAD_USER_INPUT',
        'assertions[0].path',
      ],
      [{ timeoutMs: 60_000 }, 'BAD_USER_INPUT', 'timeoutMs'],
      [{ channels: [randomUUID()] }, 'BAD_USER_INPUT', 'channels'],
      [{ scopes: ['platform:operator'] }, 'BAD_USER_INPUT', 'scopes'],
    ];
    for (const [input, code, field] of cases) {
      const body = await gql(tokenA, CREATE, { input: { ...base, ...input } });
      expect(body.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
    const reader = await w.t.token(a, ['observability:write', 'graph:read'], 'reader');
    const beyond = await gql(reader, CREATE, { input: { ...base, scopes: ['webhooks:read'] } });
    expect(beyond.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'scopes' });
    const noWrite = await gql(await w.t.token(a, ['observability:read'], 'viewer'), CREATE, { input: base });
    expect(noWrite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('walls checks and their results by tenant', async () => {
    // Disabled: only runs by hand, so each history is exactly what was run.
    const quiet = { operation: '{ __typename }', intervalSeconds: 3600, enabled: false };
    const mine = await create(tokenA, { name: 'a only', ...quiet });
    const other = await create(tokenA, { name: 'a other', ...quiet });
    const theirs = await create(tokenB, { name: 'b only', ...quiet });
    const ranA = [await run(tokenA, mine), await run(tokenA, mine)];
    const ranB = await run(tokenB, theirs);
    expect([...ranA, ranB].every((r) => r.success)).toBe(true);

    expect(await check(tokenB, mine)).toBeNull();
    const listed = await ok<{ syntheticChecks: Array<{ id: string }> }>(tokenB, '{ syntheticChecks { id } }');
    expect(listed.syntheticChecks.map((c) => c.id)).toEqual([theirs]);
    const ran = await gql(tokenB, RUN, { id: mine });
    expect(ran.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const updated = await gql(
      tokenB,
      'mutation($id: ID!) { updateSyntheticCheck(id: $id, input: { enabled: false }) { id } }',
      {
        id: mine,
      },
    );
    expect(updated.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await ok(tokenB, 'mutation($id: ID!) { deleteSyntheticCheck(id: $id) }', { id: mine })).toEqual({
      deleteSyntheticCheck: false,
    });
    expect((await check(tokenA, mine))?.lastResult).not.toBeNull();

    // Cursors name their tenant and check.
    const page = await ok<{ syntheticCheck: { results: { pageInfo: { endCursor: string } } } }>(
      tokenA,
      RESULTS,
      {
        id: mine,
        first: 1,
      },
    );
    const cursor = page.syntheticCheck.results.pageInfo.endCursor;
    const crossTenant = await gql(tokenB, RESULTS, { id: theirs, first: 1, after: cursor });
    expect(crossTenant.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
    const crossCheck = await gql(tokenA, RESULTS, { id: other, first: 1, after: cursor });
    expect(crossCheck.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
    const bResults = await ok<{ syntheticCheck: { results: { edges: Array<{ node: { id: string } }> } } }>(
      tokenB,
      RESULTS,
      { id: theirs, first: 200 },
    );
    const aResults = await ok<typeof bResults>(tokenA, RESULTS, { id: mine, first: 200 });
    expect(bResults.syntheticCheck.results.edges.map((e) => e.node.id)).toEqual([ranB.id]);
    expect(aResults.syntheticCheck.results.edges.map((e) => e.node.id)).toEqual(
      ranA.map((r) => r.id).reverse(),
    );
  }, 60_000);

  it('refuses synthetic credentials that are forged, expired, or altered to another tenant', async () => {
    const key = w.t.config.INTERNAL_SIGNING_KEY;
    const checkId = await create(tokenA, {
      name: 'wall',
      operation: '{ __typename }',
      intervalSeconds: 3600,
    });
    const query = '{ syntheticChecks { id } }';
    const grant = { tenantId: a, checkId, scopes: ['observability:read'] };
    // The platform's own credential works (what the monitor mints): as the check, in its tenant.
    const genuine = await post(`Bearer ${signSyntheticCredential(grant, key)}`, query);
    expect(genuine.status).toBe(200);
    expect(genuine.body.errors).toBeUndefined();

    const forged = signSyntheticCredential(grant, randomBytes(36).toString('base64url'));
    const expired = signSyntheticCredential(grant, key, { nowMs: Date.now() - 120_000 });
    const [body, signature] = signSyntheticCredential(grant, key).slice(SYNTHETIC_PREFIX.length).split('.');
    const payload = JSON.parse(Buffer.from(body as string, 'base64url').toString('utf8')) as { tid: string };
    payload.tid = b;
    const otherTenant = `${SYNTHETIC_PREFIX}${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    for (const credential of [forged, expired, otherTenant, `${SYNTHETIC_PREFIX}garbage`]) {
      const refused = await post(`Bearer ${credential}`, query);
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // A genuine one only reads: a mutation is refused, and its one write is the round trip's ping.
    const genuineWrite = signSyntheticCredential(
      { ...grant, scopes: ['observability:write', 'events:publish'] },
      key,
    );
    const mutation = await post(
      `Bearer ${genuineWrite}`,
      'mutation { deleteSyntheticCheck(id: "' + checkId + '") }',
    );
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherEvent = await post(
      `Bearer ${genuineWrite}`,
      'mutation { publishEvent(input: { type: "package.created", data: { packageId: "p" } }) { id } }',
    );
    expect(otherEvent.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The refused delete left the check in place.
    const still = await post(`Bearer ${signSyntheticCredential(grant, key)}`, query);
    expect(
      (still.body.data as { syntheticChecks: Array<{ id: string }> }).syntheticChecks.map((c) => c.id),
    ).toContain(checkId);

    // Over WebSocket too: connection_init with a forged one is closed 4403.
    let code = 0;
    const client = wsClient(w.t.url, forged, (c) => {
      code = c;
    });
    const sub = collect(client, 'subscription { events { id } }');
    await sub.ended;
    expect(code).toBe(4403);
    await client.dispose();
  });
});
