import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { alertSignalStreamKey, type AlertSignal } from '../../../lib/alertSignals.js';
import { eventStreamKey } from '../../../lib/events/EventLog.js';
import { createLogger } from '../../../lib/logger.js';
import { createRedis } from '../../../lib/redis.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { createAuditLog } from '../store/auditLog.js';
import { createDsrModule } from './index.js';

const DAY = 86_400_000;
const config = testConfig({ DSR_DUE_SOON_DAYS: '7' });
const prefix = config.REDIS_KEY_PREFIX;
const redis = createRedis(config.REDIS_URL, 'dsr-deadline-test');
const log = createAuditLog(redis, config);
const dsr = createDsrModule({ redis, config, logger: createLogger('silent', 'test'), log, providers: [] });

afterAll(async () => {
  await dsr.close();
  await log.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const signals = async (tenantId: string): Promise<AlertSignal[]> =>
  (await redis.xrange(alertSignalStreamKey(prefix), '-', '+'))
    .map(([, fields]) => JSON.parse(fields[1] as string) as AlertSignal)
    .filter((s) => s.tenantId === tenantId);

const eventTypes = async (tenantId: string): Promise<string[]> =>
  (await redis.xrange(eventStreamKey(prefix, tenantId), '-', '+')).map(
    ([, fields]) => (JSON.parse(fields[1] as string) as { type: string }).type,
  );

describe('the data-subject request deadline check (injected clock)', () => {
  it('raises the near-deadline alert once, then the overdue one, and resolves it when answered', async () => {
    const tenant = `t-${randomUUID()}`;
    const received = Date.now();
    const request = await dsr.service.create(
      tenant,
      { type: 'ACCESS', subjectId: 'user:carol', regime: 'CCPA' },
      'dpo',
      new Date(received),
    );
    const due = Date.parse(request.dueAt);
    expect(due - received).toBe(45 * DAY);

    // 10 days in: 35 days left, nothing to say.
    expect(await dsr.monitor.cycle(received + 10 * DAY)).toBe(0);
    // 6 days before the due time: due soon, once.
    expect(await dsr.monitor.cycle(due - 6 * DAY)).toBe(1);
    expect(await dsr.monitor.cycle(due - 5 * DAY)).toBe(0);
    const [soon] = await signals(tenant);
    expect(soon).toMatchObject({
      source: 'COMPLIANCE',
      fingerprint: `dsr-${request.id}`,
      state: 'firing',
      severity: 'WARNING',
      labels: { request: request.id, regime: 'CCPA', stage: 'due_soon' },
    });
    expect(soon?.summary).toContain('due in 6 day(s)');
    // Past the due time: overdue, the same alert at CRITICAL.
    expect(await dsr.monitor.cycle(due + 1)).toBe(1);
    expect(await dsr.monitor.cycle(due + DAY)).toBe(0);
    expect((await signals(tenant)).map((s) => [s.state, s.severity, s.labels?.stage])).toEqual([
      ['firing', 'WARNING', 'due_soon'],
      ['firing', 'CRITICAL', 'overdue'],
    ]);
    expect(await dsr.service.checkDeadlines(tenant, due + 2 * DAY)).toBe(0);

    const rejected = await dsr.service.reject(tenant, request.id, 'identity not verified', 'dpo');
    expect(rejected.history.map((h) => h.kind)).toEqual(['created', 'due_soon', 'overdue', 'status_changed']);
    expect((await signals(tenant)).at(-1)).toMatchObject({
      state: 'resolved',
      fingerprint: `dsr-${request.id}`,
    });
    expect(await eventTypes(tenant)).toEqual(
      expect.arrayContaining([
        'compliance.dsr_created',
        'compliance.dsr_due_soon',
        'compliance.dsr_overdue',
        'compliance.dsr_rejected',
      ]),
    );
    // The service's records are the platform's; a person's change names them as onBehalfOf.
    const trail = (await log.trail.range(tenant, 0, 100)).map((e) => [
      e.action,
      e.actor,
      (e.details as Record<string, unknown> | null)?.onBehalfOf ?? null,
    ]);
    expect(trail).toEqual(
      expect.arrayContaining([
        ['dataSubjectRequest.dueSoon', 'system:compliance', null],
        ['dataSubjectRequest.overdue', 'system:compliance', null],
        ['dataSubjectRequest.rejected', 'system:compliance', 'dpo'],
      ]),
    );
  });

  it('an extension resolves the near-deadline alert, and the new due time alerts again', async () => {
    const tenant = `t-${randomUUID()}`;
    const request = await dsr.service.create(
      tenant,
      { type: 'ERASURE', subjectId: 'u', regime: 'GDPR' },
      'dpo',
    );
    const due = Date.parse(request.dueAt);
    expect(await dsr.service.checkDeadlines(tenant, due - 3 * DAY)).toBe(1);
    const extended = await dsr.service.extend(tenant, request.id, 'many systems', 'dpo');
    expect(extended.dueSoonAt).toBeNull();
    expect((await signals(tenant)).map((s) => s.state)).toEqual(['firing', 'resolved']);
    const newDue = Date.parse(extended.dueAt);
    expect(newDue).toBeGreaterThan(due + 55 * DAY);
    expect(await dsr.service.checkDeadlines(tenant, due + DAY)).toBe(0);
    expect(await dsr.service.checkDeadlines(tenant, newDue - DAY)).toBe(1);
    expect((await signals(tenant)).map((s) => s.state)).toEqual(['firing', 'resolved', 'firing']);
  });
});
