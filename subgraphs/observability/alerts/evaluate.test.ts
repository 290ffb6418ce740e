import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../lib/logger.js';
import { MetricStore } from '../../../lib/metrics/MetricStore.js';
import { MetricsRecorder } from '../../../lib/metrics/recorder.js';
import { createRedis } from '../../../lib/redis.js';
import { TenantRecords } from '../../../lib/tenantRecords.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { AlertStore } from './AlertStore.js';
import { evaluateTenant, type EvaluationDeps } from './evaluate.js';
import { ruleFromInput, type AlertRuleRecord } from './rules.js';

// Against real Redis: the evaluation state machine, and what makes two monitors safe.
const redis = createRedis(testConfig().REDIS_URL, 'alerts-test');
const prefix = `test:alerts:${randomUUID().slice(0, 8)}:`;
const logger = createLogger('silent', 'test');

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

function setup() {
  const tenantId = `t-${randomUUID()}`;
  const metrics = new MetricStore(redis, prefix, 1, 60);
  const rules = new TenantRecords<AlertRuleRecord>(redis, prefix, 'observability:alert-rules');
  const alerts = new AlertStore(redis, prefix, 1000);
  const deps: EvaluationDeps = { rules, alerts, metrics, logger, recordEvaluations: async () => undefined };
  const recorder = new MetricsRecorder();
  recorder.start(metrics, logger, 60_000);
  return { tenantId, deps, recorder, rules, alerts };
}

const rule = (tenantId: string, extra: Record<string, unknown> = {}) =>
  ruleFromInput(
    {
      name: 'errors',
      metric: 'graphql_errors_total',
      comparison: 'GREATER_THAN',
      threshold: 2,
      window: 300,
      ...extra,
    } as never,
    { id: randomUUID(), tenantId, createdAt: new Date().toISOString(), createdBy: 'user-1' },
  );

describe('alert evaluation', () => {
  it('goes PENDING → FIRING after `for`, and RESOLVED once the condition clears', async () => {
    const { tenantId, deps, recorder, rules, alerts } = setup();
    await rules.put(rule(tenantId, { for: 60 }));
    const t0 = Date.now();
    recorder.count(tenantId, 'graphql_errors_total', { code: 'X' }, 5, t0);
    await recorder.flush();
    await evaluateTenant(deps, tenantId, t0);
    const pending = [...(await alerts.open(tenantId)).values()];
    expect(pending.map((a) => a.state)).toEqual(['PENDING']);
    await evaluateTenant(deps, tenantId, t0 + 30_000);
    expect([...(await alerts.open(tenantId)).values()].map((a) => a.state)).toEqual(['PENDING']);
    await evaluateTenant(deps, tenantId, t0 + 61_000);
    const firing = [...(await alerts.open(tenantId)).values()];
    expect(firing.map((a) => [a.state, a.id])).toEqual([['FIRING', pending[0]?.id]]);
    // Ten minutes on, the five errors are out of the 300 s window.
    await evaluateTenant(deps, tenantId, t0 + 600_000);
    expect((await alerts.open(tenantId)).size).toBe(0);
    expect((await alerts.get(tenantId, pending[0]?.id as string))?.state).toBe('RESOLVED');
    await recorder.stop();
  });

  it('applies a transition once when two monitors evaluate the same moment', async () => {
    const { tenantId, deps, recorder, rules, alerts } = setup();
    await rules.put(rule(tenantId));
    const now = Date.now();
    recorder.count(tenantId, 'graphql_errors_total', {}, 10, now);
    await recorder.flush();
    const results = await Promise.all(Array.from({ length: 4 }, () => evaluateTenant(deps, tenantId, now)));
    expect(results.reduce((n, r) => n + r.transitions, 0)).toBe(1);
    const page = await alerts.list(tenantId, {}, 10, null);
    expect(page.alerts.map((a) => a.state)).toEqual(['FIRING']);
    // One platform event for webhooks, whatever the number of evaluators.
    const events = await redis.xrange(`${prefix}{t:${tenantId}}:events`, '-', '+');
    expect(events.filter(([, fields]) => fields[1]?.includes('"alert.firing"'))).toHaveLength(1);
    await recorder.stop();
  });

  it('notifies a firing alert once its silence ends, not while it holds', async () => {
    const { tenantId, deps, recorder, rules, alerts } = setup();
    const notified: string[] = [];
    const spied = { ...deps, notify: async (_alert: unknown, change: string) => void notified.push(change) };
    await rules.put(rule(tenantId, { labels: [{ name: 'team', value: 'db' }] }));
    const t0 = Date.now();
    await alerts.silences.put({
      id: randomUUID(),
      tenantId,
      createdAt: new Date(t0).toISOString(),
      matchers: { team: 'db' },
      startsAt: new Date(t0 - 1000).toISOString(),
      endsAt: new Date(t0 + 60_000).toISOString(),
      comment: 'maintenance',
      createdBy: 'user-1',
    });
    recorder.count(tenantId, 'graphql_errors_total', {}, 10, t0);
    await recorder.flush();
    await evaluateTenant(spied, tenantId, t0);
    const [firing] = [...(await alerts.open(tenantId)).values()];
    expect(firing).toMatchObject({ state: 'FIRING', silenced: true });
    // The platform event is withheld while silenced.
    const events = () => redis.xrange(`${prefix}{t:${tenantId}}:events`, '-', '+');
    expect(await events()).toHaveLength(0);
    await evaluateTenant(spied, tenantId, t0 + 61_000);
    expect([...(await alerts.open(tenantId)).values()][0]).toMatchObject({
      state: 'FIRING',
      silenced: false,
    });
    expect(notified).toEqual(['firing', 'firing']);
    expect((await events()).filter(([, f]) => f[1]?.includes('"alert.firing"'))).toHaveLength(1);
    await recorder.stop();
  });

  it('keeps firing for keepFiringFor after the condition clears', async () => {
    const { tenantId, deps, recorder, rules, alerts } = setup();
    await rules.put(rule(tenantId, { keepFiringFor: 120, window: 60 }));
    const t0 = Date.now();
    recorder.count(tenantId, 'graphql_errors_total', {}, 10, t0);
    await recorder.flush();
    await evaluateTenant(deps, tenantId, t0);
    await evaluateTenant(deps, tenantId, t0 + 180_000);
    expect([...(await alerts.open(tenantId)).values()].map((a) => a.state)).toEqual(['FIRING']);
    await evaluateTenant(deps, tenantId, t0 + 301_000);
    expect((await alerts.open(tenantId)).size).toBe(0);
    await recorder.stop();
  });
});
