import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookReceiver } from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { testConfig } from '../support/testPlatform.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

// The health model the monitor keeps: Neo4j behind a proxy the test can take down, a webhook
// worker replica the test kills, healthChanged on a subscription, system.health_alert at a
// webhook, and history. One-second checks keep it short.
let proxy: TcpProxy;
let w: WebhookTestPlatform;
let token: string;
let hook: WebhookReceiver;

interface Transition {
  component: string;
  status: string;
  previousStatus: string | null;
  reason: string;
}

beforeAll(async () => {
  const target = new URL(testConfig().NEO4J_URI.replace(/^\w+(\+\w+)?:/, 'http:'));
  proxy = await startTcpProxy(`${target.hostname}:${target.port || 7687}`);
  w = await startWebhookTestPlatform({
    NEO4J_URI: `bolt://${proxy.address}`,
    NEO4J_MAX_RETRY_MS: '200',
    HEALTH_INTERVAL_SECONDS: '1',
    HEARTBEAT_INTERVAL_MS: '300',
    ALERT_EVAL_INTERVAL_SECONDS: '1',
  });
  token = await w.t.token(w.t.tenant('health'));
  hook = await w.receiver(() => ({ status: 204 }));
  const created = await w.t.gql(
    token,
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    { input: { url: hook.url, eventTypes: ['system.health_alert'] } },
  );
  expect(created.body.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await w?.close();
  await proxy?.close();
});

const HEALTH =
  '{ platformHealth { status checkedAt components { name status observedValue reason since } } }';

describe('health model', () => {
  it('reports every component, and Neo4j going down and up as transitions everywhere', async () => {
    await eventually(
      async () => {
        const res = await w.t.gql<{
          platformHealth: { components: Array<{ name: string; status: string }> };
        }>(token, HEALTH);
        const names = res.body.data?.platformHealth.components.map((c) => c.name) ?? [];
        return [
          'neo4j',
          'redis',
          'event-path',
          'role:gateway',
          'role:worker-monitor',
          'queue:webhook-deliveries',
        ].every((n) => names.includes(n));
      },
      15_000,
      'the first health check',
    );
    const client = wsClient(w.t.url, token);
    const changes = collect(
      client,
      'subscription { healthChanged(components: ["neo4j"]) { component status previousStatus reason at cursor } }',
    );
    try {
      proxy.setDown(true);
      proxy.cut();
      await eventually(
        () => changes.results.some((r) => (r.data?.healthChanged as Transition).status === 'CRITICAL'),
        20_000,
        'neo4j CRITICAL on healthChanged',
      );
      const down = await w.t.gql<{
        platformHealth: {
          status: string;
          components: Array<{ name: string; status: string; reason: string }>;
        };
      }>(token, HEALTH);
      expect(down.body.data?.platformHealth.status).toBe('CRITICAL');
      const neo4j = down.body.data?.platformHealth.components.find((c) => c.name === 'neo4j');
      expect(neo4j).toMatchObject({ status: 'CRITICAL', reason: 'unreachable' });
      // Reasons are facts, never connection strings or driver messages.
      expect(JSON.stringify(down.body.data)).not.toMatch(/bolt:|password|neo4j:\/\//i);

      proxy.setDown(false);
      await eventually(
        () => changes.results.some((r) => (r.data?.healthChanged as Transition).status === 'HEALTHY'),
        30_000,
        'neo4j HEALTHY again',
      );
      // Down, then back (through DEGRADED when the first queries after reconnecting are slow).
      const statuses = changes.results.map((r) => (r.data?.healthChanged as Transition).status);
      // A slow check under load may have flagged it DEGRADED first: what matters is the outage.
      expect(statuses.filter((s) => s !== 'DEGRADED')[0]).toBe('CRITICAL');
      expect(statuses.at(-1)).toBe('HEALTHY');
      expect(statuses.filter((s) => s === 'CRITICAL')).toHaveLength(1);

      // Webhooks got the same transitions as system.health_alert events.
      await eventually(
        () =>
          hook.received.some((r) => {
            const e = JSON.parse(r.body) as { type: string; data: Transition };
            return (
              e.type === 'system.health_alert' && e.data.component === 'neo4j' && e.data.status === 'HEALTHY'
            );
          }),
        20_000,
        'system.health_alert at the webhook',
      );
      const neo4jAlerts = hook.received
        .map((r) => JSON.parse(r.body) as { data: Transition })
        .filter((e) => e.data.component === 'neo4j')
        .map((e) => e.data.status);
      // Each transition once, the same ones the subscription saw.
      // (later transitions, e.g. a slow check on this busy machine, may follow: compare the prefix).
      expect(neo4jAlerts.slice(0, statuses.length)).toEqual(statuses);

      const history = await w.t.gql<{ healthHistory: Transition[] }>(
        token,
        '{ healthHistory(component: "neo4j") { component status previousStatus } }',
      );
      // The baseline first; what the subscription saw is in it, in order and contiguous.
      const recorded = history.body.data?.healthHistory.map((h) => h.status) ?? [];
      expect(recorded[0]).toBe('HEALTHY');
      expect(recorded.join(',')).toContain(statuses.join(','));
    } finally {
      changes.stop();
      await client.dispose();
    }
  }, 90_000);

  it('calls a role with a silent replica DEGRADED', async () => {
    const replica = await w.t.workerProcess('webhooks', { HEARTBEAT_INTERVAL_MS: '300' });
    const role = async () =>
      (
        await w.t.gql<{
          platformHealth: { components: Array<{ name: string; status: string; observedValue: number }> };
        }>(token, HEALTH)
      ).body.data?.platformHealth.components.find((c) => c.name === 'role:worker-webhooks');
    await eventually(
      async () => (await role())?.observedValue === 2,
      15_000,
      'two webhook workers heartbeating',
    );
    replica.child.kill('SIGKILL');
    await eventually(async () => (await role())?.status === 'DEGRADED', 15_000, 'the role DEGRADED');
    expect((await role())?.observedValue).toBe(1);
  }, 60_000);
});
