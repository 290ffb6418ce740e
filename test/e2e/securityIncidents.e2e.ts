import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually, wsClient, type Received } from '../support/wsClient.js';

interface Incident {
  id: string;
  status: string;
  severity: string;
  overdue: boolean;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  acknowledgeDueAt: string;
  resolutionDueAt: string;
  assignee: string | null;
  timeline: Array<{
    kind: string;
    actor: string;
    fromStatus: string | null;
    toStatus: string | null;
    note: string | null;
  }>;
}

const FIELDS =
  'id status severity overdue acknowledgedAt resolvedAt acknowledgeDueAt resolutionDueAt assignee timeline { kind actor fromStatus toStatus note }';

const SECURITY_EVENTS = `subscription($since: String, $types: [SecurityEventType!]) {
  securityEvents(since: $since, types: $types) {
    id type eventType cursor data
    incident { id status }
    apiKey { id status }
    encryptionKey { id version }
  }
}`;

type SecurityEventResult = {
  type: string;
  eventType: string;
  cursor: string;
  data: Record<string, unknown>;
  incident: { id: string; status: string } | null;
  apiKey: { id: string; status: string } | null;
  encryptionKey: { id: string; version: number } | null;
};

function events(results: Received[]): SecurityEventResult[] {
  return results.map((r) => (r.data as { securityEvents: SecurityEventResult }).securityEvents);
}

describe('security incidents and the security event stream', () => {
  let t: TestPlatform;
  let tenant: string;
  let token: string;

  const open = async (input: string) => {
    const res = await t.gql<{ openSecurityIncident: Incident }>(
      token,
      `mutation { openSecurityIncident(input: ${input}) { ${FIELDS} } }`,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data?.openSecurityIncident as Incident;
  };
  const update = (id: string, args: string) =>
    t.gql<{ updateSecurityIncident: Incident }>(
      token,
      `mutation { updateSecurityIncident(id: "${id}", ${args}) { ${FIELDS} } }`,
    );

  beforeAll(async () => {
    t = await startTestPlatform({ SECURITY_CYCLE_SECONDS: '1', ALERT_EVAL_INTERVAL_SECONDS: '1' });
    tenant = t.tenant('incidents');
    token = await t.token(tenant, ['security:admin', 'observability:read', 'events:read'], 'responder');
  });
  afterAll(() => t?.close());

  it('walks an incident through its lifecycle, with every change on the timeline and the stream', async () => {
    const ws = wsClient(t.url, token);
    const sub = collect(ws, SECURITY_EVENTS, { types: ['INCIDENT_OPENED', 'INCIDENT_UPDATED'] });
    // The subscription is live once a probe event published after it starts arrives.
    await eventually(
      async () => {
        await open('{ title: "probe", severity: LOW }');
        return sub.results.length > 0;
      },
      10_000,
      'the security stream to start',
    );

    const incident = await open(
      '{ title: "Key leaked in a public repo", severity: CRITICAL, assignee: "alice" }',
    );
    expect(incident.id).toMatch(/^INC-\d{8}-\d{4}$/);
    expect(incident).toMatchObject({
      status: 'OPEN',
      severity: 'CRITICAL',
      assignee: 'alice',
      overdue: false,
    });
    // Seed SLA: CRITICAL acknowledged within 15 minutes, resolved within 4 hours.
    // Both due times count from opening: 4 h − 15 min apart.
    expect(Date.parse(incident.resolutionDueAt) - Date.parse(incident.acknowledgeDueAt)).toBe(
      4 * 3600_000 - 15 * 60_000,
    );

    for (const [status, note] of [
      ['INVESTIGATING', 'looking'],
      ['IDENTIFIED', 'found the commit'],
      ['MONITORING', 'key rotated'],
      ['RESOLVED', 'no further use'],
    ] as const) {
      const res = await update(incident.id, `status: ${status}, note: "${note}"`);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.updateSecurityIncident.status).toBe(status);
    }
    const noted = await update(incident.id, 'note: "post-mortem filed", assignee: "bob"');
    const final = noted.body.data?.updateSecurityIncident as Incident;
    expect(final.acknowledgedAt).not.toBeNull();
    expect(final.resolvedAt).not.toBeNull();
    expect(final.timeline.map((e) => [e.kind, e.toStatus])).toEqual([
      ['opened', 'OPEN'],
      ['assigned', null],
      ['status_changed', 'INVESTIGATING'],
      ['status_changed', 'IDENTIFIED'],
      ['status_changed', 'MONITORING'],
      ['status_changed', 'RESOLVED'],
      ['note', null],
      ['assigned', null],
    ]);
    expect(final.timeline.every((e) => e.actor === 'responder')).toBe(true);

    // Opened + 5 updates reached the stream, in order, with the incident as it is now.
    // A probe opened while the stream was starting may still be on its way: count this incident's.
    const ofIncident = () => events(sub.results).filter((e) => e.incident?.id === incident.id);
    await eventually(() => ofIncident().length >= 6, 20_000, "the incident's events");
    const received = ofIncident();
    expect(received.map((e) => [e.type, e.data.status])).toEqual([
      ['INCIDENT_OPENED', 'OPEN'],
      ['INCIDENT_UPDATED', 'INVESTIGATING'],
      ['INCIDENT_UPDATED', 'IDENTIFIED'],
      ['INCIDENT_UPDATED', 'MONITORING'],
      ['INCIDENT_UPDATED', 'RESOLVED'],
      ['INCIDENT_UPDATED', 'RESOLVED'],
    ]);
    expect(received[1]).toMatchObject({
      eventType: 'security.incident_updated',
      data: { fromStatus: 'OPEN' },
    });
    expect(received.every((e) => e.incident?.id === incident.id)).toBe(true);
    sub.stop();

    // Resuming from the second event's cursor replays exactly what followed it.
    const resumed = collect(ws, SECURITY_EVENTS, {
      since: received[1]?.cursor,
      types: ['INCIDENT_OPENED', 'INCIDENT_UPDATED'],
    });
    const replay = events(await resumed.waitFor(4)).slice(0, 4);
    expect(replay.map((e) => e.data.status)).toEqual(['IDENTIFIED', 'MONITORING', 'RESOLVED', 'RESOLVED']);
    resumed.stop();
    await ws.dispose();
  });

  it('refuses a move the lifecycle does not allow with INVALID_TRANSITION', async () => {
    const incident = await open('{ title: "Suspicious login", severity: MEDIUM }');
    const res = await update(incident.id, 'status: MONITORING');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'OPEN',
      to: 'MONITORING',
      allowed: ['INVESTIGATING', 'RESOLVED'],
    });
    const after = await t.gql<{ securityIncident: Incident }>(
      token,
      `{ securityIncident(id: "${incident.id}") { ${FIELDS} } }`,
    );
    expect(after.body.data?.securityIncident).toMatchObject({
      status: 'OPEN',
      timeline: [{ kind: 'opened' }],
    });
    const unknown = await update('INC-19990101-0001', 'status: INVESTIGATING');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('marks an incident overdue past its acknowledge time and raises an alert that resolving clears', async () => {
    const settings = await t.gql(
      token,
      'mutation { updateSecuritySettings(input: { incidentSla: [{ severity: HIGH, acknowledgeSeconds: 1, resolveSeconds: 3600 }] }) { incidentSla { severity acknowledgeSeconds } } }',
    );
    expect(settings.body.errors).toBeUndefined();
    const ws = wsClient(t.url, token);
    const overdueEvents = collect(ws, SECURITY_EVENTS, { types: ['INCIDENT_OVERDUE'] });
    const incident = await open('{ title: "Unacknowledged exfiltration", severity: HIGH }');

    const alertsQuery =
      '{ alerts(first: 50) { edges { node { source state severity fingerprint summary } } } }';
    type Alerts = {
      alerts: {
        edges: Array<{
          node: { source: string; state: string; severity: string; fingerprint: string; summary: string };
        }>;
      };
    };
    const alertOf = async () =>
      (await t.gql<Alerts>(token, alertsQuery)).body.data?.alerts.edges
        .map((e) => e.node)
        .find((a) => a.fingerprint === `security-incident-${incident.id}`);
    await eventually(async () => (await alertOf())?.state === 'FIRING', 15_000, 'the overdue alert');
    expect(await alertOf()).toMatchObject({
      source: 'SECURITY',
      severity: 'ERROR',
      summary: `Security incident ${incident.id} is overdue (acknowledge)`,
    });

    const [overdue] = events(await overdueEvents.waitFor(1));
    expect(overdue).toMatchObject({
      type: 'INCIDENT_OVERDUE',
      incident: { id: incident.id },
      data: { overdue: true },
    });
    const read = await t.gql<{ securityIncident: Incident }>(
      token,
      `{ securityIncident(id: "${incident.id}") { ${FIELDS} } }`,
    );
    expect(read.body.data?.securityIncident.overdue).toBe(true);
    expect(read.body.data?.securityIncident.timeline.map((e) => e.kind)).toEqual(['opened', 'overdue']);
    const listed = await t.gql<{ securityIncidents: { edges: Array<{ node: { id: string } }> } }>(
      token,
      '{ securityIncidents(filter: { overdue: true }) { edges { node { id } } } }',
    );
    expect(listed.body.data?.securityIncidents.edges.map((e) => e.node.id)).toEqual([incident.id]);

    // One alert per incident, however many cycles pass; resolving the incident resolves it.
    expect(
      (await update(incident.id, 'status: RESOLVED, note: "false positive"')).body.errors,
    ).toBeUndefined();
    await eventually(async () => (await alertOf())?.state === 'RESOLVED', 15_000, 'the alert to resolve');
    const all = (await t.gql<Alerts>(token, alertsQuery)).body.data?.alerts.edges.filter(
      (e) => e.node.fingerprint === `security-incident-${incident.id}`,
    );
    expect(all).toHaveLength(1);
    overdueEvents.stop();
    await ws.dispose();
  });

  it('streams API key changes, and keeps incidents and the stream inside the tenant', async () => {
    const other = t.tenant('elsewhere');
    const otherToken = await t.token(other, ['security:admin'], 'outsider');
    const wsOther = wsClient(t.url, otherToken);
    const theirs = collect(wsOther, SECURITY_EVENTS);
    const ws = wsClient(t.url, token);
    const mine = collect(ws, SECURITY_EVENTS, {
      types: ['API_KEY_CREATED', 'API_KEY_SUSPENDED', 'API_KEY_REVOKED', 'KEY_ROTATED'],
    });
    await eventually(
      async () => {
        await t.gql(
          token,
          'mutation { createApiKey(input: { name: "probe", scopes: ["security:admin"] }) { apiKey { id } } }',
        );
        return mine.results.length > 0;
      },
      10_000,
      'the stream to start',
    );
    // A probe created while the stream was starting may still be on its way: pick events by key.
    const eventsWhere = async (count: number, pick: (e: SecurityEventResult) => boolean) => {
      await eventually(() => events(mine.results).filter(pick).length >= count, 20_000, 'the events');
      return events(mine.results).filter(pick);
    };
    const created = await t.gql<{ createApiKey: { apiKey: { id: string } } }>(
      token,
      'mutation { createApiKey(input: { name: "ci", scopes: ["security:admin"] }) { apiKey { id } } }',
    );
    const id = created.body.data?.createApiKey.apiKey.id as string;
    await t.gql(
      token,
      `mutation { suspendApiKey(id: "${id}", seconds: 600, reason: "investigating") { status } }`,
    );
    await t.gql(token, `mutation { revokeApiKey(id: "${id}") { status } }`);
    const got = await eventsWhere(3, (e) => e.data.apiKeyId === id);
    expect(got.map((e) => [e.type, e.data.apiKeyId])).toEqual([
      ['API_KEY_CREATED', id],
      ['API_KEY_SUSPENDED', id],
      ['API_KEY_REVOKED', id],
    ]);
    expect(got[1]?.data).toMatchObject({ reason: 'investigating' });
    expect(got[2]?.apiKey).toMatchObject({ id, status: 'REVOKED' });

    // Rotating a data-encryption key is on the stream too, with the key's metadata as it is now.
    const keys = await t.gql<{ encryptionKeys: Array<{ id: string; purpose: string; version: number }> }>(
      token,
      '{ encryptionKeys { id purpose version } }',
    );
    const key = keys.body.data?.encryptionKeys.find((k) => k.purpose === 'WEBHOOK_SECRETS');
    expect(key).toBeDefined();
    const rotated = await t.gql<{ rotateEncryptionKey: { version: number } }>(
      token,
      `mutation { rotateEncryptionKey(id: "${key?.id}") { version } }`,
    );
    expect(rotated.body.data?.rotateEncryptionKey.version).toBe((key?.version ?? 0) + 1);
    const [keyEvent] = await eventsWhere(1, (e) => e.type === 'KEY_ROTATED');
    expect(keyEvent).toMatchObject({
      type: 'KEY_ROTATED',
      data: { keyId: key?.id, purpose: 'WEBHOOK_SECRETS', version: (key?.version ?? 0) + 1 },
      encryptionKey: { id: key?.id, version: (key?.version ?? 0) + 1 },
    });

    // The other tenant sees none of it, cannot read or change this tenant's incidents, and a
    // cursor of this tenant is refused on its stream.
    expect(theirs.results).toEqual([]);
    const [incident] =
      (
        await t.gql<{ securityIncidents: { edges: Array<{ node: { id: string } }> } }>(
          token,
          '{ securityIncidents(first: 1) { edges { node { id } } } }',
        )
      ).body.data?.securityIncidents.edges ?? [];
    const read = await t.gql<{ securityIncident: unknown }>(
      otherToken,
      `{ securityIncident(id: "${incident?.node.id}") { id } }`,
    );
    expect(read.body.data?.securityIncident).toBeNull();
    const change = await t.gql(
      otherToken,
      `mutation { updateSecurityIncident(id: "${incident?.node.id}", note: "x") { id } }`,
    );
    expect(change.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stolen = collect(wsOther, SECURITY_EVENTS, { since: got[0]?.cursor });
    await stolen.ended;
    expect(stolen.results).toEqual([
      {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'CURSOR_INVALID' }) }),
        ],
      },
    ]);
    theirs.stop();
    mine.stop();
    await ws.dispose();
    await wsOther.dispose();
  });
});
