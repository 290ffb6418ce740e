import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookReceiver } from '../../subgraphs/integrations/testing/webhookReceiver.js';
import type { PlatformProcess } from '../support/processes.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { eventually } from '../support/wsClient.js';

// Two monitor processes (`main.ts worker monitor`) over one platform: one leads, each transition
// is notified once, and when the leader is killed the standby carries on within two intervals.
const FAST = { METRICS_RESOLUTION_SECONDS: '2', METRICS_FLUSH_MS: '200', ALERT_EVAL_INTERVAL_SECONDS: '1' };

let w: WebhookTestPlatform;
let token: string;
let hook: WebhookReceiver;
const monitors: Array<PlatformProcess & { port: number }> = [];

beforeAll(async () => {
  // No monitor in the platform process: only the two below evaluate.
  w = await startWebhookTestPlatform(FAST, { workers: ['webhooks', 'exports'] });
  token = await w.t.token(w.t.tenant('monitors'));
  hook = await w.receiver(() => ({ status: 204 }));
  const created = await w.t.gql(
    token,
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    { input: { url: hook.url, eventTypes: ['alert.firing', 'alert.resolved'] } },
  );
  expect(created.body.errors).toBeUndefined();
  monitors.push(await w.t.workerProcess('monitor', FAST), await w.t.workerProcess('monitor', FAST));
}, 120_000);

afterAll(async () => {
  await w?.close();
});

const notified = () => hook.received.map((r) => (JSON.parse(r.body) as { type: string }).type);

describe('two monitors', () => {
  it('notify each transition once, and the standby takes over when the leader dies', async () => {
    const rule = await w.t.gql<{ createAlertRule: { id: string } }>(
      token,
      'mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }',
      {
        input: {
          name: 'bad queries',
          metric: 'graphql_errors_total',
          labelFilter: [{ name: 'code', value: 'GRAPHQL_VALIDATION_FAILED' }],
          window: 4,
          comparison: 'GREATER_OR_EQUAL',
          threshold: 3,
        },
      },
    );
    expect(rule.body.errors).toBeUndefined();
    // Errors the gateway counts for this tenant: documents that do not validate.
    await eventually(
      async () => {
        await Promise.all([1, 2, 3].map(() => w.t.gql(token, '{ noSuchField }')));
        return notified().includes('alert.firing');
      },
      30_000,
      'alert.firing',
    );
    const leaderKey = `${w.t.config.REDIS_KEY_PREFIX}observability:monitor-leader`;
    const leaderId = (await w.t.platform.connections.redis.get(leaderKey)) as string;
    const leader = monitors.find((m) => leaderId.includes(`-${m.child.pid}-`));
    expect(leader, `leader ${leaderId} is one of the two monitors`).toBeDefined();
    leader?.child.kill('SIGKILL');

    // With no more errors the condition clears; only the standby is left to see it.
    await eventually(() => notified().includes('alert.resolved'), 30_000, 'alert.resolved from the standby');
    const standbyId = (await w.t.platform.connections.redis.get(leaderKey)) as string;
    expect(standbyId).not.toBe(leaderId);
    // A moment for any duplicate to show up; none may.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(notified()).toEqual(['alert.firing', 'alert.resolved']);
  }, 90_000);
});
