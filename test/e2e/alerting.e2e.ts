import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookReceiver } from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

// Alert rules over real metrics: failing webhook deliveries (recorded by the webhook worker)
// drive a rule to FIRING, seen on Subscription.alerts and delivered as alert.* platform events
// to a webhook; the condition clearing resolves it. Two-second metric buckets and one-second
// evaluations keep the scenario short; the machinery is the production one.
let w: WebhookTestPlatform;
let tenant: string;
let token: string;
let failing: WebhookReceiver;
let alertHook: WebhookReceiver;
let slack: WebhookReceiver;
let pagerDuty: WebhookReceiver;
let smtp: SMTPServer;
const mails: Array<{ to: string[]; subject: string; text: string }> = [];

/** A real SMTP server on 127.0.0.1 that keeps what it is sent. */
async function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, text: raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return (smtp.server.address() as AddressInfo).port;
}

const RULE = `mutation($input: CreateAlertRuleInput!) {
  createAlertRule(input: $input) { id name window for severity summary labels { name value } }
}`;
const ALERTS_SUB = `subscription($since: String) {
  alerts(minSeverity: WARNING, since: $since) { id state severity summary value acknowledgedAt silenced cursor }
}`;

async function gql<T>(query: string, variables: Record<string, unknown> = {}, as = token) {
  const res = await w.t.gql<T>(as, query, variables);
  return res.body;
}

async function webhook(url: string, eventTypes: string[]): Promise<string> {
  const body = await gql<{ createWebhook: { webhook: { id: string } } }>(
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    { input: { url, eventTypes, retrySchedule: [1, 1] } },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.createWebhook.webhook.id as string;
}

const publish = (n: number) =>
  gql('mutation($i: PublishEventInput!) { publishEvent(input: $i) { id } }', {
    i: { type: 'document.processed', data: { documentId: `doc-${n}` } },
  });

const alertEvents = (receiver: WebhookReceiver) =>
  receiver.received.map(
    (r) => JSON.parse(r.body) as { type: string; data: { alertId: string; state: string } },
  );

beforeAll(async () => {
  const smtpPort = await startSmtp();
  w = await startWebhookTestPlatform({
    METRICS_RESOLUTION_SECONDS: '2',
    METRICS_FLUSH_MS: '200',
    ALERT_EVAL_INTERVAL_SECONDS: '1',
    ALERT_GROUP_WAIT_SECONDS: '0',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  });
  tenant = w.t.tenant('alerting');
  token = await w.t.token(tenant);
  failing = await w.receiver(() => ({ status: 500 }));
  alertHook = await w.receiver(() => ({ status: 204 }));
  slack = await w.receiver(() => ({ status: 200, body: 'ok' }));
  pagerDuty = await w.receiver(() => ({ status: 202, body: '{"status":"success"}' }));
  await webhook(failing.url, ['document.processed']);
  await webhook(alertHook.url, ['alert.firing', 'alert.acknowledged', 'alert.resolved']);
}, 120_000);

afterAll(async () => {
  await w?.close();
  await new Promise((resolve) => smtp?.close(() => resolve(undefined)));
});

async function channel(input: Record<string, unknown>): Promise<string> {
  const body = await gql<{ createNotificationChannel: { id: string; target: string } }>(
    'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { id target } }',
    { input },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.createNotificationChannel.id as string;
}

describe('alert rules → alerts → notifications', () => {
  it('refuses bad rules with BAD_USER_INPUT naming the field', async () => {
    const unknown = await gql<unknown>(RULE, {
      input: { name: 'x', metric: 'no_such_metric', comparison: 'GREATER_THAN', threshold: 1 },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metric' });
    expect(
      (unknown.errors?.[0]?.extensions?.known as string[]).includes('webhook_deliveries_failed_total'),
    ).toBe(true);
    const negative = await gql<unknown>(RULE, {
      input: {
        name: 'x',
        metric: 'graphql_errors_total',
        comparison: 'GREATER_THAN',
        threshold: 1,
        window: -5,
      },
    });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'window' });
    const empty = await gql<unknown>(RULE, {
      input: { name: '  ', metric: 'graphql_errors_total', comparison: 'GREATER_THAN', threshold: 1 },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const p95OfCounter = await gql<unknown>(RULE, {
      input: {
        name: 'x',
        metric: 'graphql_errors_total',
        comparison: 'GREATER_THAN',
        threshold: 1,
        aggregation: 'P95',
      },
    });
    expect(p95OfCounter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'aggregation',
    });
  });

  it('fires on failing deliveries, notifies every channel once, is acknowledged, and resolves when they stop', async () => {
    const channels = [
      await channel({ name: 'ops slack', type: 'SLACK', url: `${slack.url}/services/T0/B0/x` }),
      await channel({
        name: 'on call',
        type: 'PAGERDUTY',
        url: `${pagerDuty.url}/v2/enqueue`,
        routingKey: 'R0UT1NGKEY',
      }),
      await channel({ name: 'ops mail', type: 'EMAIL', to: ['ops@example.com'] }),
    ];
    // Secrets stay in: the API shows the host only.
    const listed = await gql<{ notificationChannels: Array<{ target: string }> }>(
      '{ notificationChannels { target } }',
    );
    expect(JSON.stringify(listed.data)).not.toContain('R0UT1NGKEY');
    expect(JSON.stringify(listed.data)).not.toContain('/services/T0');
    const created = await gql<{ createAlertRule: { id: string; summary: string } }>(RULE, {
      input: {
        name: 'deliveries failing',
        metric: 'webhook_deliveries_failed_total',
        aggregation: 'SUM',
        window: 4,
        comparison: 'GREATER_OR_EQUAL',
        threshold: 2,
        severity: 'ERROR',
        labels: [{ name: 'team', value: 'integrations' }],
        summary: '{{value}} failed deliveries (threshold {{threshold}}) for {{labels.team}}',
        channels,
      },
    });
    expect(created.errors).toBeUndefined();
    const ruleId = created.data?.createAlertRule.id as string;
    const client = wsClient(w.t.url, token);
    const stream = collect(client, ALERTS_SUB);
    try {
      let n = 0;
      await eventually(
        async () => {
          n += 1;
          await publish(n);
          return stream.results.some(
            (r) => (r.data?.alerts as { state: string } | undefined)?.state === 'FIRING',
          );
        },
        30_000,
        'the alert to fire',
      );
      const firing = stream.results
        .map((r) => r.data?.alerts as { id: string; state: string; summary: string; severity: string })
        .find((a) => a.state === 'FIRING');
      expect(firing?.severity).toBe('ERROR');
      expect(firing?.summary).toMatch(/^\d+ failed deliveries \(threshold 2\) for integrations$/);
      const alertId = firing?.id as string;

      const ack = await gql<{ acknowledgeAlert: { acknowledgedAt: string | null; state: string } }>(
        'mutation($id: ID!) { acknowledgeAlert(id: $id, note: "looking") { state acknowledgedAt } }',
        { id: alertId },
      );
      expect(ack.errors).toBeUndefined();
      expect(ack.data?.acknowledgeAlert).toMatchObject({ state: 'FIRING' });
      expect(ack.data?.acknowledgeAlert.acknowledgedAt).toBeTruthy();

      // The endpoint recovers: failures stop, the window empties, the alert resolves.
      failing.respond(() => ({ status: 204 }));
      await eventually(
        () =>
          stream.results.some(
            (r) =>
              (r.data?.alerts as { id: string; state: string }).id === alertId &&
              (r.data?.alerts as { state: string }).state === 'RESOLVED',
          ),
        30_000,
        'the alert to resolve',
      );
      await eventually(
        () => alertEvents(alertHook).some((e) => e.type === 'alert.resolved' && e.data.alertId === alertId),
        30_000,
        'alert.resolved at the webhook',
      );
      const mine = alertEvents(alertHook).filter((e) => e.data.alertId === alertId);
      // Each transition delivered exactly once, in order, to the webhook and to every channel.
      expect(mine.map((e) => e.type)).toEqual(['alert.firing', 'alert.acknowledged', 'alert.resolved']);
      await eventually(
        () => slack.received.length >= 3 && pagerDuty.received.length >= 3 && mails.length >= 3,
        20_000,
        'every channel',
      );
      const slackBodies = slack.received.map(
        (r) => JSON.parse(r.body) as { text: string; blocks: unknown[] },
      );
      expect(slackBodies.map((b) => b.text.split(']')[0])).toEqual(['[ERROR', '[ACKNOWLEDGED', '[RESOLVED']);
      expect(slackBodies.every((b) => Array.isArray(b.blocks) && b.blocks.length > 0)).toBe(true);
      const pd = pagerDuty.received.map(
        (r) =>
          JSON.parse(r.body) as {
            routing_key: string;
            event_action: string;
            dedup_key: string;
            payload: { severity: string; source: string; summary: string };
          },
      );
      expect(pd.map((e) => e.event_action)).toEqual(['trigger', 'acknowledge', 'resolve']);
      const fingerprint = (
        await gql<{ alert: { fingerprint: string } }>('query($id: ID!) { alert(id: $id) { fingerprint } }', {
          id: alertId,
        })
      ).data?.alert.fingerprint;
      expect(new Set(pd.map((e) => e.dedup_key))).toEqual(new Set([fingerprint]));
      expect(pd[0]).toMatchObject({
        routing_key: 'R0UT1NGKEY',
        payload: { severity: 'error', source: 'kg-platform' },
      });
      expect(mails.map((m) => m.subject.split(']')[0])).toEqual(['[ERROR', '[ACKNOWLEDGED', '[RESOLVED']);
      expect(mails[0]?.to).toEqual(['ops@example.com']);

      const listed = await gql<{
        alerts: { edges: Array<{ node: { id: string; state: string; rule: { id: string } } }> };
      }>('{ alerts(filter: { states: [RESOLVED] }, first: 10) { edges { node { id state rule { id } } } } }');
      expect(listed.data?.alerts.edges.map((e) => e.node)).toContainEqual({
        id: alertId,
        state: 'RESOLVED',
        rule: { id: ruleId },
      });

      // Resuming from the first change's cursor replays every later change: no gap.
      const cursor = (stream.results[0]?.data?.alerts as { cursor: string }).cursor;
      const replay = collect(client, ALERTS_SUB, { since: cursor });
      const replayed = await replay.waitFor(stream.results.length - 1, 10_000);
      expect(replayed.map((r) => (r.data?.alerts as { cursor: string }).cursor)).toEqual(
        stream.results.slice(1).map((r) => (r.data?.alerts as { cursor: string }).cursor),
      );
      replay.stop();
      await gql('mutation($id: ID!) { deleteAlertRule(id: $id) }', { id: ruleId });
    } finally {
      stream.stop();
      await client.dispose();
    }
  }, 90_000);

  it('a silence suppresses notifications, not state', async () => {
    const silence = await gql<{ createSilence: { id: string; status: string } }>(
      'mutation($input: CreateSilenceInput!) { createSilence(input: $input) { id status } }',
      {
        input: {
          matchers: [{ name: 'team', value: 'quiet' }],
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          comment: 'maintenance window',
        },
      },
    );
    expect(silence.data?.createSilence.status).toBe('ACTIVE');
    const before = alertHook.received.length;
    failing.respond(() => ({ status: 500 }));
    const created = await gql<{ createAlertRule: { id: string } }>(RULE, {
      input: {
        name: 'silenced failures',
        metric: 'webhook_deliveries_failed_total',
        window: 4,
        comparison: 'GREATER_OR_EQUAL',
        threshold: 1,
        labels: [{ name: 'team', value: 'quiet' }],
      },
    });
    const ruleId = created.data?.createAlertRule.id as string;
    let n = 1000;
    await eventually(
      async () => {
        n += 1;
        await publish(n);
        const page = await gql<{ alerts: { edges: Array<{ node: { state: string; silenced: boolean } }> } }>(
          '{ alerts(filter: { ruleId: "' + ruleId + '" }, first: 5) { edges { node { state silenced } } } }',
        );
        return page.data?.alerts.edges.some((e) => e.node.state === 'FIRING' && e.node.silenced) ?? false;
      },
      30_000,
      'the silenced alert to fire',
    );
    // Two more evaluation cycles: still nothing delivered for it.
    await new Promise((r) => setTimeout(r, 2_500));
    const since = alertHook.received
      .slice(before)
      .map((r) => JSON.parse(r.body) as { data: { labels?: Record<string, string> } });
    expect(since.filter((e) => e.data.labels?.team === 'quiet')).toEqual([]);
    failing.respond(() => ({ status: 204 }));
    await gql('mutation($id: ID!) { deleteAlertRule(id: $id) }', { id: ruleId });
  }, 60_000);

  it('turns Alertmanager webhook payloads into the tenant’s EXTERNAL alerts', async () => {
    const url = w.t.url.replace(/\/graphql$/, '/alerts/alertmanager');
    const post = (body: unknown, auth: string | null = token) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify(body),
      });
    const payload = (status: 'firing' | 'resolved') => ({
      version: '4',
      groupKey: '{}:{alertname="DiskFull"}',
      status,
      receiver: 'kg-platform',
      groupLabels: { alertname: 'DiskFull' },
      commonLabels: { alertname: 'DiskFull' },
      commonAnnotations: {},
      externalURL: 'http://alertmanager.invalid',
      alerts: [
        {
          status,
          labels: { alertname: 'DiskFull', severity: 'critical', instance: 'db-1' },
          annotations: { summary: 'Disk 97% full on db-1' },
          startsAt: '2026-12-01T10:00:00Z',
          endsAt: status === 'resolved' ? '2026-12-01T10:30:00Z' : '0001-01-01T00:00:00Z',
          generatorURL: 'http://prometheus.invalid/graph',
          fingerprint: 'c0ffee1234567890',
        },
      ],
    });
    expect((await post(payload('firing'), null)).status).toBe(401);
    const first = await post(payload('firing'));
    expect(first.status).toBe(200);
    expect(((await first.json()) as { data: unknown }).data).toEqual({
      ingestAlertmanagerAlerts: { received: 1, changed: 1 },
    });
    // Alertmanager repeats firing groups: a repeat changes nothing.
    expect(((await (await post(payload('firing'))).json()) as { data: unknown }).data).toEqual({
      ingestAlertmanagerAlerts: { received: 1, changed: 0 },
    });
    const external = await gql<{
      alerts: {
        edges: Array<{
          node: { source: string; state: string; severity: string; fingerprint: string; summary: string };
        }>;
      };
    }>(
      '{ alerts(filter: { states: [FIRING] }, first: 50) { edges { node { source state severity fingerprint summary } } } }',
    );
    expect(external.data?.alerts.edges.map((e) => e.node)).toContainEqual({
      source: 'EXTERNAL',
      state: 'FIRING',
      severity: 'CRITICAL',
      fingerprint: 'am-c0ffee1234567890',
      summary: 'Disk 97% full on db-1',
    });
    expect((await post(payload('resolved'))).status).toBe(200);
    await eventually(
      () =>
        alertEvents(alertHook).some(
          (e) =>
            e.type === 'alert.resolved' &&
            (e.data as { fingerprint?: string }).fingerprint === 'am-c0ffee1234567890',
        ),
      10_000,
      'the external alert resolved at the webhook',
    );
    const badPayload = await post({ version: '3', alerts: [] });
    expect(badPayload.status).toBe(400);
    expect(
      ((await badPayload.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it('serves the tenant’s own metric series, and /metrics stays tenant-free with 1,000 tenants', async () => {
    const catalogue = await gql<{ metricCatalogue: Array<{ name: string; scope: string }> }>(
      '{ metricCatalogue { name scope } }',
    );
    expect(catalogue.data?.metricCatalogue).toContainEqual({
      name: 'graphql_operations_total',
      scope: 'TENANT',
    });
    const metricsUrl = w.t.url.replace(/\/graphql$/, '/metrics');
    const seriesLines = async () =>
      (await (await fetch(metricsUrl)).text())
        .split('\n')
        .filter((l) => l.startsWith('gateway_') || l.startsWith('graphql_')).length;
    const before = await seriesLines();
    const tokens = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => w.t.token(w.t.tenant(`many-${i}`), ['graph:read'])),
    );
    for (let i = 0; i < tokens.length; i += 50)
      await Promise.all(tokens.slice(i, i + 50).map((t) => w.t.gql(t, '{ me { tenantId } }')));
    const text = await (await fetch(metricsUrl)).text();
    expect(text).not.toMatch(/tenant/i);
    // Same series as before the 1,000 tenants came (label values are codes and types, not ids).
    expect(await seriesLines()).toBeLessThanOrEqual(before + 20);

    await eventually(
      async () => {
        const mine = await gql<{ metrics: Array<{ name: string; points: Array<{ value: number }> }> }>(
          '{ metrics(names: ["graphql_operations_total"], step: 60) { name labels { name value } points { at value } } }',
        );
        return (mine.data?.metrics ?? []).some((s) => s.points.some((p) => p.value > 0));
      },
      10_000,
      'the tenant’s operations series',
    );
    // Another tenant with the scope sees its own (empty) series, never this tenant's failures.
    const neighbourToken = await w.t.token(w.t.tenant('alerting-neighbour'), ['observability:read']);
    const neighbour = await gql<{ metrics: unknown[] }>(
      '{ metrics(names: ["webhook_deliveries_failed_total"]) { points { value } } }',
      {},
      neighbourToken,
    );
    expect(neighbour.data?.metrics).toEqual([]);
    const forbidden = await gql<unknown>(
      '{ metrics(names: ["graphql_operations_total"]) { name } }',
      {},
      tokens[0],
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Platform series every tenant reads (process resources by role, dependency round trips),
    // and this tenant's open subscriptions.
    const client = wsClient(w.t.url, token);
    const open = collect(client, ALERTS_SUB);
    try {
      await eventually(
        async () => {
          const platform = await gql<{
            metrics: Array<{
              name: string;
              labels: Array<{ name: string; value: string }>;
              points: Array<{ value: number }>;
            }>;
          }>(
            '{ metrics(names: ["process_memory_percent", "dependency_latency_ms", "subscriptions_open"]) { name labels { name value } points { value } } }',
          );
          const series = platform.data?.metrics ?? [];
          const has = (name: string, label?: string) =>
            series.some(
              (m) =>
                m.name === name &&
                m.points.some((p) => p.value > 0) &&
                (!label || m.labels.some((l) => l.name === label)),
            );
          return (
            has('process_memory_percent', 'role') &&
            has('dependency_latency_ms', 'dependency') &&
            has('subscriptions_open')
          );
        },
        20_000,
        'platform series and subscriptions_open',
      );
    } finally {
      open.stop();
      await client.dispose();
    }
    const unknown = await gql<unknown>('{ metrics(names: ["nope"]) { name } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names' });
  }, 120_000);

  it('keeps tenants apart: rules, alerts, silences and channels', async () => {
    const other = await w.t.token(w.t.tenant('alerting-other'));
    const rules = await gql<{
      alertRules: unknown[];
      alerts: { edges: unknown[] };
      silences: unknown[];
      notificationChannels: unknown[];
    }>(
      '{ alertRules { id } alerts(first: 50) { edges { node { id } } } silences { id } notificationChannels { id } }',
      {},
      other,
    );
    expect(rules.data).toEqual({
      alertRules: [],
      alerts: { edges: [] },
      silences: [],
      notificationChannels: [],
    });
    const mine = await gql<{ alerts: { edges: Array<{ node: { id: string } }> } }>(
      '{ alerts(first: 1) { edges { node { id } } } }',
    );
    const id = mine.data?.alerts.edges[0]?.node.id as string;
    const theirs = await gql<{ alert: unknown }>('query($id: ID!) { alert(id: $id) { id } }', { id }, other);
    expect(theirs.data?.alert).toBeNull();
    const ack = await gql<unknown>('mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }', { id }, other);
    expect(ack.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
