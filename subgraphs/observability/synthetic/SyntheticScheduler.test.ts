import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../lib/logger.js';
import { MetricsRecorder } from '../../../lib/metrics/recorder.js';
import { createRedis } from '../../../lib/redis.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { AlertStore } from '../alerts/AlertStore.js';
import type { AlertChange, AlertRecord } from '../alerts/AlertStore.js';
import { checkFromInput, type SyntheticCheckRecord } from './checks.js';
import type { RunOutcome } from './runner.js';
import { SyntheticAlerts, syntheticAlertFingerprint } from './syntheticAlerts.js';
import { SyntheticScheduler } from './SyntheticScheduler.js';
import { SyntheticStore } from './SyntheticStore.js';

// The scheduler against real Redis, with a runner the test controls: what is taken when, what is
// recorded, and what a stop leaves behind.
const redis = createRedis(testConfig().REDIS_URL, 'synthetic-test');
const base = `test:synthetic:${randomUUID().slice(0, 8)}:`;
const logger = createLogger('silent', 'test');

afterAll(async () => {
  const keys = await redis.keys(`${base}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}
const deferred = (): Deferred => {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

let setups = 0;

/** Each test has its own key prefix, so its due index holds only its own checks. */
function setup(concurrency = 2) {
  const prefix = `${base}${(setups += 1)}:`;
  const tenantId = `t-${randomUUID()}`;
  const store = new SyntheticStore(redis, prefix);
  const alertStore = new AlertStore(redis, prefix, 1000);
  const notified: Array<{ alert: AlertRecord; change: AlertChange }> = [];
  const alerts = new SyntheticAlerts({
    alerts: alertStore,
    notify: async (alert, change) => {
      notified.push({ alert, change });
    },
  });
  const metrics = new MetricsRecorder();
  const started: string[] = [];
  let gate: Deferred | null = null;
  let outcome: Omit<RunOutcome, 'at'> = { durationMs: 12, failures: [], errorCodes: [] };
  const runner = {
    run: async (check: SyntheticCheckRecord, signal: AbortSignal): Promise<RunOutcome> => {
      started.push(check.id);
      const at = Date.now();
      if (gate && !signal.aborted)
        await Promise.race([gate.promise, new Promise((r) => signal.addEventListener('abort', r))]);
      return { at, ...outcome };
    },
  };
  const scheduler = new SyntheticScheduler({ store, alerts, metrics, runner, concurrency, logger });
  const check = async (extra: Record<string, unknown> = {}) => {
    const record = checkFromInput(
      { name: 'c', operation: '{ __typename }', intervalSeconds: 60, ...extra } as never,
      { id: randomUUID(), tenantId, createdAt: new Date().toISOString(), createdBy: 'user-1' },
      ['graph:read'],
      1,
    );
    await store.checks.put(record);
    return record;
  };
  return {
    tenantId,
    store,
    alertStore,
    notified,
    started,
    scheduler,
    check,
    hold: () => (gate = deferred()),
    release: () => gate?.resolve(),
    fail: (failures: RunOutcome['failures']) => (outcome = { ...outcome, failures }),
    idle: async () => {
      const deadline = Date.now() + 5_000;
      while (scheduler.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    },
  };
}

describe('SyntheticScheduler', () => {
  it('takes due checks up to its free slots, never one already running, and keeps the cadence', async () => {
    const s = setup(2);
    const now = Date.now();
    const [a, b, c, later] = [await s.check(), await s.check(), await s.check(), await s.check()];
    for (const record of [a, b, c]) await s.store.schedule(s.tenantId, record.id, now - 1000);
    await s.store.schedule(s.tenantId, later.id, now + 60_000);
    s.hold();
    expect(await s.scheduler.dispatch(now)).toBe(2);
    // Both slots are busy: nothing more until one frees, and a running check is held.
    expect(await s.scheduler.dispatch(now)).toBe(0);
    s.release();
    await s.idle();
    expect(await s.scheduler.dispatch(now)).toBe(1);
    await s.idle();
    expect(new Set(s.started)).toEqual(new Set([a.id, b.id, c.id]));
    // The next run is an interval after the planned one; the later check was never taken.
    expect(await s.store.nextRunAt(s.tenantId, a.id)).toBe(now - 1000 + 60_000);
    expect(await s.store.nextRunAt(s.tenantId, later.id)).toBe(now + 60_000);
    const history = await s.store.results(s.tenantId, a.id, 10, null);
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ success: true, durationMs: 12, manual: false });
  });

  it('skips missed runs rather than bunching them when the schedule fell behind', async () => {
    const s = setup();
    const record = await s.check();
    const now = Date.now();
    await s.store.schedule(s.tenantId, record.id, now - 10 * 60_000);
    await s.scheduler.dispatch(now);
    await s.idle();
    const next = (await s.store.nextRunAt(s.tenantId, record.id)) as number;
    expect(next).toBeGreaterThanOrEqual(now + 60_000);
    expect(next).toBeLessThan(Date.now() + 60_001);
  });

  it('opens the check’s alert with its channels on failure and resolves it on success', async () => {
    const s = setup();
    const channel = randomUUID();
    const record = await s.check({ channels: [channel] });
    s.fail([{ assertion: 'NO_ERRORS', path: null, expected: 'no errors', actual: '1 error: FORBIDDEN' }]);
    await s.store.schedule(s.tenantId, record.id, 0);
    await s.scheduler.dispatch();
    await s.idle();
    const open = (await s.alertStore.open(s.tenantId)).get(syntheticAlertFingerprint(record.id));
    expect(open).toMatchObject({
      source: 'SYNTHETIC',
      state: 'FIRING',
      severity: 'ERROR',
      channels: [channel],
    });
    expect(s.notified.map((n) => n.change)).toEqual(['firing']);
    // Failing again changes nothing.
    await s.store.schedule(s.tenantId, record.id, 0);
    await s.scheduler.dispatch();
    await s.idle();
    expect(s.notified.map((n) => n.change)).toEqual(['firing']);
    s.fail([]);
    await s.store.schedule(s.tenantId, record.id, 0);
    await s.scheduler.dispatch();
    await s.idle();
    expect((await s.alertStore.open(s.tenantId)).size).toBe(0);
    expect(s.notified.map((n) => n.change)).toEqual(['firing', 'resolved']);
    expect((await s.store.last(s.tenantId, record.id))?.success).toBe(true);
  });

  it('drops disabled checks from the index unless run by hand, and pages nobody for them', async () => {
    const s = setup();
    const record = await s.check({ enabled: false });
    await s.store.schedule(s.tenantId, record.id, 0);
    await s.scheduler.dispatch();
    await s.idle();
    expect(s.started).toEqual([]);
    expect(await s.store.nextRunAt(s.tenantId, record.id)).toBeNull();
    s.fail([{ assertion: 'NO_ERRORS', path: null, expected: 'no errors', actual: '1 error: X' }]);
    await s.store.requestRun(s.tenantId, record.id);
    await s.scheduler.dispatch();
    await s.idle();
    expect(s.started).toEqual([record.id]);
    expect(await s.store.last(s.tenantId, record.id)).toMatchObject({ success: false, manual: true });
    expect(await s.store.nextRunAt(s.tenantId, record.id)).toBeNull();
    expect((await s.alertStore.open(s.tenantId)).size).toBe(0);
  });

  it('records nothing for runs a stop cut short, and hands them to the next leader at once', async () => {
    const s = setup();
    const record = await s.check();
    const now = Date.now();
    await s.store.schedule(s.tenantId, record.id, now - 1);
    s.hold();
    await s.scheduler.dispatch(now);
    // Stopped while the run is under way.
    for (let i = 0; i < 500 && s.started.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(s.started).toEqual([record.id]);
    await s.scheduler.close();
    expect(await s.store.last(s.tenantId, record.id)).toBeNull();
    expect(await s.store.nextRunAt(s.tenantId, record.id)).toBeLessThanOrEqual(Date.now());
    expect(await s.scheduler.dispatch()).toBe(0);
  });
});
