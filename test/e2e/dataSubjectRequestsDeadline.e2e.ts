import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

// The near-deadline alert through the real alerting engine: a short DSR_DUE_SOON_DAYS makes a
// fresh GDPR request (due in about 30 days) due soon at once, a CCPA one (45 days) not.
describe('data-subject request near-deadline alert', () => {
  let t: TestPlatform;
  let token: string;

  beforeAll(async () => {
    t = await startTestPlatform({
      DSR_DUE_SOON_DAYS: '40',
      DSR_CHECK_SECONDS: '1',
      ALERT_EVAL_INTERVAL_SECONDS: '1',
    });
    token = await t.token(
      t.tenant('dsr-deadline'),
      ['compliance:read', 'compliance:write', 'observability:read', 'events:read'],
      'dpo',
    );
  });
  afterAll(() => t?.close());

  type Alert = { source: string; state: string; severity: string; fingerprint: string; summary: string };
  const alertOf = async (requestId: string): Promise<Alert | undefined> =>
    (
      await t.gql<{ alerts: { edges: Array<{ node: Alert }> } }>(
        token,
        '{ alerts(first: 50) { edges { node { source state severity fingerprint summary } } } }',
      )
    ).body.data?.alerts.edges
      .map((e) => e.node)
      .find((a) => a.fingerprint.endsWith(`dsr-${requestId}`));
  const create = async (regime: string) =>
    (
      await t.gql<{ createDataSubjectRequest: { id: string } }>(
        token,
        `mutation { createDataSubjectRequest(input: { type: ACCESS, subjectId: "user:erin", regime: ${regime} }) { id } }`,
      )
    ).body.data?.createDataSubjectRequest.id as string;
  const historyOf = async (id: string) =>
    (
      await t.gql<{ dataSubjectRequest: { history: Array<{ kind: string; actor: { subject: string } }> } }>(
        token,
        `{ dataSubjectRequest(id: "${id}") { history { kind actor { subject } } } }`,
      )
    ).body.data?.dataSubjectRequest.history ?? [];

  it('raises a COMPLIANCE alert and compliance.dsr_due_soon once, and the extension resolves it', async () => {
    const ws = wsClient(t.url, token);
    const sub = collect(
      ws,
      'subscription { events(types: ["compliance.dsr_created", "compliance.dsr_due_soon"]) { type data } }',
    );
    type Event = { type: string; data: Record<string, unknown> };
    const dueSoon = () =>
      sub.results
        .map((r) => (r.data as { events: Event }).events)
        .filter((e) => e.type === 'compliance.dsr_due_soon');
    // Live once a probe (a CCPA request, never due soon here) published after it started arrives.
    const probes: string[] = [];
    await eventually(
      async () => {
        probes.push(await create('CCPA'));
        return sub.results.length > 0;
      },
      15_000,
      'the event subscription to start',
    );
    const ccpa = probes[0] as string;
    const gdpr = await create('GDPR');

    await eventually(
      async () => (await alertOf(gdpr))?.state === 'FIRING',
      20_000,
      'the near-deadline alert',
    );
    expect(await alertOf(gdpr)).toMatchObject({ source: 'COMPLIANCE', severity: 'WARNING' });
    expect((await alertOf(gdpr))?.summary).toMatch(
      new RegExp(`^Data-subject request ${gdpr} \\(GDPR ACCESS\\) is due in \\d+ day\\(s\\)$`),
    );
    await eventually(() => dueSoon().length > 0, 20_000, 'compliance.dsr_due_soon');
    expect(dueSoon()[0]?.data).toMatchObject({ requestId: gdpr, regime: 'GDPR', status: 'RECEIVED' });
    expect((await historyOf(gdpr)).map((h) => [h.kind, h.actor.subject])).toEqual([
      ['created', 'dpo'],
      ['due_soon', 'system:compliance'],
    ]);
    // The cycle that alerted for the GDPR request examined the older CCPA one too: not due soon.
    expect((await historyOf(ccpa)).map((h) => h.kind)).toEqual(['created']);
    expect(await alertOf(ccpa)).toBeUndefined();

    const extended = await t.gql(
      token,
      `mutation { extendDataSubjectRequest(id: "${gdpr}", reason: "many systems to search") { dueAt } }`,
    );
    expect(extended.body.errors).toBeUndefined();
    await eventually(async () => (await alertOf(gdpr))?.state === 'RESOLVED', 20_000, 'the alert to resolve');
    // Three months out now: past DSR_DUE_SOON_DAYS, so nothing fires again; and it fired once.
    expect((await historyOf(gdpr)).map((h) => h.kind)).toEqual(['created', 'due_soon', 'extended']);
    expect(dueSoon().map((e) => e.data.requestId)).toEqual([gdpr]);
    sub.stop();
    await ws.dispose();
  });
});
