import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dsrDeadlineFacts } from '../../subgraphs/audit/dsr/index.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually, wsClient, type Received } from '../support/wsClient.js';

interface Dsr {
  id: string;
  type: string;
  regime: string;
  subjectId: string;
  status: string;
  receivedAt: string;
  dueAt: string;
  overdue: boolean;
  answeredLate: boolean | null;
  extension: {
    reason: string;
    noticeAt: string;
    previousDueAt: string;
    extendedBy: { subject: string };
  } | null;
  rejectionReason: string | null;
  history: Array<{
    kind: string;
    actor: { subject: string };
    fromStatus: string | null;
    toStatus: string | null;
  }>;
}

const FIELDS = `id type regime subjectId status receivedAt dueAt overdue answeredLate rejectionReason
  extension { reason noticeAt previousDueAt extendedBy { subject } }
  history { kind actor { subject } fromStatus toStatus }`;

const DAY = 86_400_000;

/** `months` calendar months after `from` in UTC, clamped to the month's last day (as Art. 12(3) counts). */
function plusMonths(from: string, months: number): string {
  const d = new Date(from);
  const day = d.getUTCDate();
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString();
}

describe('data-subject requests: lifecycle, due dates, queries, events', () => {
  let t: TestPlatform;
  let tenant: string;
  let token: string;

  const create = async (input: string, as = token) => {
    const res = await t.gql<{ createDataSubjectRequest: Dsr }>(
      as,
      `mutation { createDataSubjectRequest(input: ${input}) { ${FIELDS} } }`,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data?.createDataSubjectRequest as Dsr;
  };
  const mutate = (field: string, args: string, as = token) =>
    t.gql<Record<string, Dsr>>(as, `mutation { ${field}(${args}) { ${FIELDS} } }`);

  beforeAll(async () => {
    t = await startTestPlatform();
    tenant = t.tenant('dsr');
    token = await t.token(
      tenant,
      ['compliance:read', 'compliance:write', 'audit:read', 'events:read'],
      'dpo',
    );
  });
  afterAll(() => t?.close());

  it('computes the regime due dates and walks the lifecycle, every change on the history, the trail and the event path', async () => {
    const ws = wsClient(t.url, token);
    const sub = collect(
      ws,
      'subscription { events(types: ["compliance.dsr_created", "compliance.dsr_started", "compliance.dsr_extended", "compliance.dsr_completed", "compliance.dsr_rejected"]) { type data publishedBy { subject } } }',
    );
    // Live once a probe request published after it started arrives.
    await eventually(
      async () => {
        await create('{ type: ACCESS, subjectId: "probe", regime: CCPA }');
        return sub.results.length > 0;
      },
      15_000,
      'the event subscription to start',
    );

    const gdpr = await create('{ type: ACCESS, subjectId: "user:alice", regime: GDPR, note: "by e-mail" }');
    expect(gdpr).toMatchObject({
      type: 'ACCESS',
      regime: 'GDPR',
      subjectId: 'user:alice',
      status: 'RECEIVED',
      overdue: false,
      answeredLate: null,
      extension: null,
      history: [{ kind: 'created', actor: { subject: 'dpo' }, toStatus: 'RECEIVED' }],
    });
    expect(gdpr.dueAt).toBe(plusMonths(gdpr.receivedAt, 1));

    const ccpa = await create('{ type: PORTABILITY, subjectId: "user:bob", regime: CCPA }');
    expect(Date.parse(ccpa.dueAt) - Date.parse(ccpa.receivedAt)).toBe(45 * DAY);

    // The one extension: GDPR two further months, CCPA 45 more days; with notice.
    const extended = (await mutate('extendDataSubjectRequest', `id: "${gdpr.id}", reason: "complex request"`))
      .body.data?.extendDataSubjectRequest as Dsr;
    expect(extended.dueAt).toBe(plusMonths(gdpr.receivedAt, 3));
    expect(extended.extension).toMatchObject({
      reason: 'complex request',
      previousDueAt: gdpr.dueAt,
      extendedBy: { subject: 'dpo' },
    });
    const again = await mutate('extendDataSubjectRequest', `id: "${gdpr.id}", reason: "more"`);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const ccpaExtended = (await mutate('extendDataSubjectRequest', `id: "${ccpa.id}", reason: "volume"`)).body
      .data?.extendDataSubjectRequest as Dsr;
    expect(Date.parse(ccpaExtended.dueAt) - Date.parse(ccpa.receivedAt)).toBe(90 * DAY);

    // RECEIVED → IN_PROGRESS → COMPLETED through processing; final states refuse every move.
    const done = (await mutate('processDataSubjectRequest', `id: "${gdpr.id}"`)).body.data
      ?.processDataSubjectRequest as Dsr;
    expect(done.status).toBe('COMPLETED');
    expect(done.answeredLate).toBe(false);
    expect(done.history.map((h) => [h.kind, h.fromStatus, h.toStatus])).toEqual([
      ['created', null, 'RECEIVED'],
      ['extended', null, null],
      ['status_changed', 'RECEIVED', 'IN_PROGRESS'],
      ['status_changed', 'IN_PROGRESS', 'COMPLETED'],
    ]);
    const reprocess = await mutate('processDataSubjectRequest', `id: "${gdpr.id}"`);
    expect(reprocess.body.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'COMPLETED',
      to: 'IN_PROGRESS',
      allowed: [],
    });
    const rejectDone = await mutate('rejectDataSubjectRequest', `id: "${gdpr.id}", reason: "late"`);
    expect(rejectDone.body.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    const rejected = (
      await mutate('rejectDataSubjectRequest', `id: "${ccpa.id}", reason: "identity not verified"`)
    ).body.data?.rejectDataSubjectRequest as Dsr;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'identity not verified' });
    const extendRejected = await mutate('extendDataSubjectRequest', `id: "${ccpa.id}", reason: "x"`);
    expect(extendRejected.body.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    // Every change reached the event path in order, naming the request but never the subject.
    // A probe still on its way when the subscription went live may land in between: leave probes out.
    const ours = (results: Received[]) =>
      results
        .map((r) => (r.data as { events: { type: string; data: Record<string, unknown> } }).events)
        .filter((e) => e.data.requestId === gdpr.id || e.data.requestId === ccpa.id);
    await eventually(() => ours(sub.results).length >= 7, 20_000, 'the seven events');
    const events = ours(sub.results);
    expect(events.map((e) => [e.type, e.data.requestId])).toEqual([
      ['compliance.dsr_created', gdpr.id],
      ['compliance.dsr_created', ccpa.id],
      ['compliance.dsr_extended', gdpr.id],
      ['compliance.dsr_extended', ccpa.id],
      ['compliance.dsr_started', gdpr.id],
      ['compliance.dsr_completed', gdpr.id],
      ['compliance.dsr_rejected', ccpa.id],
    ]);
    expect(events[2]?.data).toMatchObject({
      regime: 'GDPR',
      dueAt: extended.dueAt,
      previousDueAt: gdpr.dueAt,
    });
    expect(JSON.stringify(events)).not.toContain('user:alice');
    sub.stop();
    await ws.dispose();

    // …and the audit trail: every change recorded by the gateway and by the service.
    const trail = await t.gql<{
      auditEvents: {
        edges: Array<{ node: { action: string; actor: { subject: string }; resourceId: string } }>;
      };
    }>(
      token,
      `{ auditEvents(filter: { actions: ["dataSubjectRequest."], resourceId: "${gdpr.id}" }, first: 50, order: OLDEST_FIRST) { edges { node { action actor { subject } resourceId } } } }`,
    );
    const actions = trail.body.data?.auditEvents.edges.map((e) => e.node.action) ?? [];
    // Domain records (created, extended, started, completed) and the gateway's per-mutation ones.
    for (const action of [
      'dataSubjectRequest.created',
      'dataSubjectRequest.extended',
      'dataSubjectRequest.started',
      'dataSubjectRequest.completed',
      'dataSubjectRequest.create',
      'dataSubjectRequest.extend',
      'dataSubjectRequest.process',
    ])
      expect(actions).toContain(action);
    // The gateway's records are the person's (with their address); the service's are the
    // platform's, on the person's behalf (they have no client origin: AUDIT-02).
    for (const { node } of trail.body.data?.auditEvents.edges ?? [])
      expect(node.actor.subject).toBe(/(ed)$/.test(node.action) ? 'system:compliance' : 'dpo');

    // The compliance control's facts: one open (the probe), none overdue, none answered late.
    const facts = await dsrDeadlineFacts(
      { redis: t.platform.connections.redis, prefix: t.config.REDIS_KEY_PREFIX },
      tenant,
    );
    expect(facts.open).toBeGreaterThanOrEqual(1);
    expect(facts.overdue).toEqual([]);
    expect(facts.answeredLate).toEqual([]);
    // Seen from 50 days on, the open CCPA probe (45 days) is overdue.
    const later = await dsrDeadlineFacts(
      { redis: t.platform.connections.redis, prefix: t.config.REDIS_KEY_PREFIX },
      tenant,
      Date.now() + 50 * DAY,
    );
    expect(later.overdue.length).toBe(facts.open);
  });

  it('pages newest first with keyset cursors, filters by status, and keeps tenants apart', async () => {
    const other = t.tenant('dsr-pages');
    const own = await t.token(other, ['compliance:read', 'compliance:write'], 'dpo2');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1)
      ids.push((await create(`{ type: ERASURE, subjectId: "user:${i}", regime: CCPA }`, own)).id);
    await mutate('rejectDataSubjectRequest', `id: "${ids[1]}", reason: "duplicate"`, own);
    type Page = {
      dataSubjectRequests: {
        edges: Array<{ node: { id: string; status: string }; cursor: string }>;
        totalCount: number;
        hasNextPage: boolean;
        endCursor: string | null;
      };
    };
    const page = (args: string, as = own) =>
      t.gql<Page>(
        as,
        `{ dataSubjectRequests(${args}) { edges { node { id status } cursor } totalCount hasNextPage endCursor } }`,
      );
    const first = (await page('first: 2')).body.data?.dataSubjectRequests;
    expect(first?.edges.map((e) => e.node.id)).toEqual([ids[4], ids[3]]);
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
    const rest = (await page(`first: 10, after: "${first?.endCursor}"`)).body.data?.dataSubjectRequests;
    expect(rest?.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(rest?.hasNextPage).toBe(false);
    const rejected = (await page('status: REJECTED')).body.data?.dataSubjectRequests;
    expect(rejected?.edges.map((e) => e.node.id)).toEqual([ids[1]]);

    // The first tenant sees none of them, and cannot read or change one by id.
    const foreign = (await page('first: 50', token)).body.data?.dataSubjectRequests;
    expect(foreign?.edges.some((e) => ids.includes(e.node.id))).toBe(false);
    const byId = await t.gql<{ dataSubjectRequest: Dsr | null }>(
      token,
      `{ dataSubjectRequest(id: "${ids[0]}") { id } }`,
    );
    expect(byId.body.data?.dataSubjectRequest).toBeNull();
    const change = await mutate('processDataSubjectRequest', `id: "${ids[0]}"`);
    expect(change.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A cursor of another tenant is refused.
    const stolen = await page(`after: "${first?.endCursor}"`, token);
    expect(stolen.body.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
  });

  it('refuses bad input and callers without the compliance scopes', async () => {
    const empty = await t.gql(
      token,
      'mutation { createDataSubjectRequest(input: { type: ACCESS, subjectId: "  ", regime: GDPR }) { id } }',
    );
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    const long = await t.gql(
      token,
      `mutation { createDataSubjectRequest(input: { type: ACCESS, subjectId: "${'x'.repeat(201)}", regime: GDPR }) { id } }`,
    );
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badPage = await t.gql(token, '{ dataSubjectRequests(first: 0) { totalCount } }');
    expect(badPage.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const noReason = await mutate('rejectDataSubjectRequest', 'id: "dsr_x", reason: " "');
    expect(noReason.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const reader = await t.token(tenant, ['compliance:read'], 'auditor');
    const denied = await t.gql(
      reader,
      'mutation { createDataSubjectRequest(input: { type: ACCESS, subjectId: "u", regime: GDPR }) { id } }',
    );
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const none = await t.token(tenant, ['audit:read'], 'someone');
    const hidden = await t.gql(none, '{ dataSubjectRequests { totalCount } }');
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
