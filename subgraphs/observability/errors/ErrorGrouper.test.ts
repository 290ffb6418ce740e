import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorReporter, type ErrorOccurrenceEntry } from '../../../lib/errorTracking/ErrorReporter.js';
import { fingerprint, normaliseMessage } from '../../../lib/errorTracking/fingerprint.js';
import { createLogger } from '../../../lib/logger.js';
import { PLATFORM_TENANT } from '../../../lib/principal.js';
import { createRedis } from '../../../lib/redis.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { eventually } from '../../../test/support/wsClient.js';
import { AlertStore, type AlertChange, type AlertRecord } from '../alerts/AlertStore.js';
import { ErrorGroupAlerts } from './errorAlerts.js';
import { effectiveStatus, ErrorGroupStore, type ErrorTrackingSettings } from './ErrorGroupStore.js';
import { ErrorGrouper } from './ErrorGrouper.js';

// The grouping engine against a real Redis: views, windows, status and threshold alerts, with
// occurrence times chosen by the test (no clock is waited on).
const config = testConfig();
const prefix = config.REDIS_KEY_PREFIX;
const redis = createRedis(config.REDIS_URL, 'error-groups-test');
const logger = createLogger('silent', 'error-groups-test');
const WINDOW = 300_000;
const settings: ErrorTrackingSettings = {
  windowMs: WINDOW,
  thresholds: { CRITICAL: 1, HIGH: 5, MEDIUM: 20 },
  retentionMs: 30 * 86_400_000,
};
const alertStore = new AlertStore(redis, prefix, 1000);
const changes: Array<{ alert: AlertRecord; change: AlertChange }> = [];
const store = new ErrorGroupStore(redis, prefix, settings);
const alerts = new ErrorGroupAlerts({
  alerts: alertStore,
  notify: async (alert, change) => {
    changes.push({ alert, change });
  },
  settings,
});
const closers: Array<() => Promise<void>> = [];
const grouper = (): ErrorGrouper => {
  const g = new ErrorGrouper({ redis, prefix, store, alerts, consumer: randomUUID(), logger });
  closers.push(() => g.close());
  return g;
};

afterAll(async () => {
  for (const close of closers) await close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** A window start well away from now, so every test owns its own windows. */
const windowAt = (n: number) => Math.floor(Date.now() / WINDOW) * WINDOW - n * WINDOW;

function occurrence(
  over: Partial<ErrorOccurrenceEntry> & { message: string; at: number },
): ErrorOccurrenceEntry {
  const type = over.type ?? 'SyntaxError';
  const normalizedMessage = normaliseMessage(over.message);
  const frames = over.frames ?? ['JSON.parse (<anonymous>)', 'AlertStore.get (subgraphs/x.ts)'];
  return {
    id: randomUUID(),
    source: 'request',
    level: 'MEDIUM',
    fingerprint: fingerprint(type, normalizedMessage, frames),
    type,
    normalizedMessage,
    shownMessage: over.message,
    frames,
    stack: `${type}: ${over.message}\n    at JSON.parse (<anonymous>)`,
    tenantId: null,
    operation: 'Inspect',
    subgraph: 'observability',
    requestId: randomUUID(),
    count: 1,
    ...over,
  };
}

const errorAlerts = async (owner: string) =>
  (await alertStore.list(owner, {}, 200, null)).alerts.filter((a) => a.source === 'ERROR_TRACKING');

describe('error groups', () => {
  it('makes one group of thirty occurrences, with one alert per view when the window crosses the threshold', async () => {
    const g = grouper();
    const tenant = `a-${randomUUID()}`;
    const start = windowAt(10);
    let print = '';
    for (let i = 0; i < 30; i += 1) {
      const o = occurrence({ message: `position ${40 + i}`, at: start + 1_000 + i, tenantId: tenant });
      print = o.fingerprint;
      await g.apply(o);
    }
    const mine = await store.get(tenant, print);
    const platform = await store.get(PLATFORM_TENANT, print);
    expect(mine).toMatchObject({ count: 30, status: 'UNRESOLVED', level: 'MEDIUM', alerting: 1 });
    expect(mine?.windows).toEqual({ [String(start)]: 30 });
    expect(mine?.operations).toEqual({ Inspect: 30 });
    expect(platform?.count).toBeGreaterThanOrEqual(30);
    const raised = await errorAlerts(tenant);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      state: 'FIRING',
      severity: 'WARNING',
      fingerprint: `error_tracking-${print}`,
    });
    expect(changes.filter((c) => c.alert.tenantId === tenant).map((c) => c.change)).toEqual(['firing']);
    expect(await alerts.open(PLATFORM_TENANT, print)).not.toBeNull();

    // Quiet for a whole window: the sweep resolves it; a sweep before that keeps it.
    await g.sweep(start + 1_000 + WINDOW - 1);
    expect((await errorAlerts(tenant))[0]?.state).toBe('FIRING');
    await g.sweep(start + 2_000 + WINDOW);
    expect((await errorAlerts(tenant))[0]?.state).toBe('RESOLVED');
    expect((await store.get(tenant, print))?.alerting).toBe(0);
  });

  it('counts a burst across a window boundary whole (sliding window)', async () => {
    const g = grouper();
    const tenant = `b-${randomUUID()}`;
    const boundary = windowAt(20);
    for (let i = 0; i < 10; i += 1)
      await g.apply(
        occurrence({ type: 'RangeError', message: 'x', at: boundary - 100 + i, tenantId: tenant }),
      );
    for (let i = 0; i < 10; i += 1)
      await g.apply(occurrence({ type: 'RangeError', message: 'x', at: boundary + i, tenantId: tenant }));
    // 10 + 10 × (a hair under 1): just under the threshold of 20…
    expect(await errorAlerts(tenant)).toHaveLength(0);
    await g.apply(occurrence({ type: 'RangeError', message: 'x', at: boundary + 10, tenantId: tenant }));
    // …and the next one crosses it, though neither fixed window holds 20.
    const [group] = (await store.list(tenant, {}, 10, null, boundary)).groups;
    expect(group?.windows).toEqual({ [String(boundary - WINDOW)]: 10, [String(boundary)]: 11 });
    expect(await errorAlerts(tenant)).toHaveLength(1);
  });

  it('alerts a critical group at its first occurrence and a high one at its fifth', async () => {
    const g = grouper();
    const tenant = `c-${randomUUID()}`;
    const at = windowAt(30) + 5_000;
    await g.apply(
      occurrence({
        type: 'TypeError',
        message: 'crash',
        at,
        tenantId: tenant,
        source: 'process',
        level: 'CRITICAL',
      }),
    );
    expect((await errorAlerts(tenant)).map((a) => a.severity)).toEqual(['CRITICAL']);
    for (let i = 0; i < 4; i += 1)
      await g.apply(
        occurrence({
          type: 'Error',
          message: 'job',
          at: at + i,
          tenantId: tenant,
          source: 'worker',
          level: 'HIGH',
        }),
      );
    expect(await errorAlerts(tenant)).toHaveLength(1);
    await g.apply(
      occurrence({
        type: 'Error',
        message: 'job',
        at: at + 5,
        tenantId: tenant,
        source: 'worker',
        level: 'HIGH',
      }),
    );
    expect((await errorAlerts(tenant)).map((a) => a.severity).sort()).toEqual(['CRITICAL', 'ERROR']);
  });

  it('regresses a resolved group that recurs', async () => {
    const g = grouper();
    const tenant = `d-${randomUUID()}`;
    const at = windowAt(40);
    const first = occurrence({ message: 'again', at, tenantId: tenant });
    await g.apply(first);
    const resolved = await store.decide(tenant, first.fingerprint, { action: 'resolve', by: 'ops' }, at + 1);
    expect(resolved?.group).toMatchObject({ status: 'RESOLVED', resolvedBy: 'ops' });
    await g.apply(occurrence({ message: 'again', at: at + 2, tenantId: tenant }));
    expect(await store.get(tenant, first.fingerprint)).toMatchObject({
      status: 'REGRESSED',
      regressedAt: at + 2,
      count: 2,
    });
  });

  it('ignores for a number of occurrences or until a time, counting meanwhile and never alerting', async () => {
    const g = grouper();
    const tenant = `e-${randomUUID()}`;
    const at = windowAt(50);
    const o = (i: number) =>
      occurrence({ type: 'Error', message: 'noisy', at: at + i, tenantId: tenant, level: 'HIGH' });
    const print = o(0).fingerprint;
    await g.apply(o(0));
    await store.decide(tenant, print, { action: 'ignore', until: null, remaining: 5 }, at);
    for (let i = 1; i <= 5; i += 1) await g.apply(o(i));
    expect(await store.get(tenant, print)).toMatchObject({
      status: 'IGNORED',
      ignoredRemaining: 0,
      count: 6,
    });
    expect(await errorAlerts(tenant)).toHaveLength(0);
    await g.apply(o(6));
    // Past its count: unresolved, and the window (7 > 5) raises the alert now.
    expect(await store.get(tenant, print)).toMatchObject({ status: 'UNRESOLVED', count: 7 });
    expect(await errorAlerts(tenant)).toHaveLength(1);

    const until = at + 60_000;
    const ignored = await store.decide(tenant, print, { action: 'ignore', until, remaining: null }, at + 10);
    expect(ignored?.wasAlerting).toBe(true);
    expect(effectiveStatus(ignored?.group as never, until - 1)).toBe('IGNORED');
    expect(effectiveStatus(ignored?.group as never, until)).toBe('UNRESOLVED');
    await g.apply(o(20));
    expect((await store.get(tenant, print))?.status).toBe('IGNORED');
    await g.apply(o(60_001));
    expect((await store.get(tenant, print))?.status).toBe('UNRESOLVED');
  });

  it('keeps each tenant to its own counts, operations and shown messages; only the platform view has the real ones', async () => {
    const g = grouper();
    const a = `f-a-${randomUUID()}`;
    const b = `f-b-${randomUUID()}`;
    const at = windowAt(60);
    const real = (who: string) => `Expected ',' or '}' in JSON at position ${who === a ? 45 : 52}`;
    for (let i = 0; i < 3; i += 1)
      await g.apply(
        occurrence({
          message: real(a),
          shownMessage: `shown to A ${i}`,
          at: at + i,
          tenantId: a,
          operation: 'OpA',
        }),
      );
    await g.apply(
      occurrence({
        message: real(b),
        shownMessage: 'shown to B',
        at: at + 10,
        tenantId: b,
        operation: 'OpB',
      }),
    );
    const print = occurrence({ message: real(a), at }).fingerprint;
    expect(occurrence({ message: real(b), at }).fingerprint).toBe(print);

    const viewA = await store.get(a, print);
    const viewB = await store.get(b, print);
    const platform = await store.get(PLATFORM_TENANT, print);
    expect(viewA).toMatchObject({ count: 3, message: 'shown to A 2', operations: { OpA: 3 } });
    expect(viewA?.normalizedMessage).toBeUndefined();
    expect(viewB).toMatchObject({ count: 1, message: 'shown to B', operations: { OpB: 1 } });
    expect(platform).toMatchObject({ message: real(b), operations: { OpA: 3, OpB: 1 } });
    const ofA = JSON.stringify([viewA, await store.occurrences(a, print, 50)]);
    expect(ofA).not.toContain('shown to B');
    expect(ofA).not.toContain('OpB');
    expect(ofA).not.toContain('position');
    expect(ofA).not.toContain(b);
    const [latestOfA] = await store.occurrences(a, print, 1);
    expect(latestOfA).toMatchObject({
      message: 'shown to A 2',
      stack: null,
      frames: null,
      normalizedMessage: null,
      tenantId: null,
    });
    const [latest] = await store.occurrences(PLATFORM_TENANT, print, 1);
    expect(latest).toMatchObject({ tenantId: b, message: real(b), operation: 'OpB' });
    expect(latest?.stack).toContain('JSON.parse');
    expect(await store.get(`f-c-${randomUUID()}`, print)).toBeNull();
  });

  it('pages a view last seen first with keyset cursors, filtered', async () => {
    const g = grouper();
    const tenant = `g-${randomUUID()}`;
    const at = windowAt(70);
    for (let i = 0; i < 5; i += 1)
      await g.apply(
        occurrence({
          type: `E${i}`,
          message: 'm',
          at: at + i,
          tenantId: tenant,
          subgraph: i % 2 ? 'odd' : 'even',
        }),
      );
    const first = await store.list(tenant, {}, 2, null, at);
    expect(first.groups.map((x) => x.type)).toEqual(['E4', 'E3']);
    expect(first.hasNextPage).toBe(true);
    const second = await store.list(tenant, {}, 2, first.endCursor, at);
    expect(second.groups.map((x) => x.type)).toEqual(['E2', 'E1']);
    const third = await store.list(tenant, {}, 2, second.endCursor, at);
    expect(third.groups.map((x) => x.type)).toEqual(['E0']);
    expect(third.hasNextPage).toBe(false);
    expect((await store.list(tenant, { subgraph: 'odd' }, 10, null, at)).groups.map((x) => x.type)).toEqual([
      'E3',
      'E1',
    ]);
    await expect(store.list(`other-${randomUUID()}`, {}, 2, first.endCursor, at)).rejects.toMatchObject({
      code: 'CURSOR_INVALID',
    });
  });

  it('groups what reporters capture, coalescing a burst on the stream', async () => {
    const g = grouper();
    g.start();
    const tenant = `h-${randomUUID()}`;
    const reporter = new ErrorReporter({
      redis,
      prefix,
      logger,
      role: 'test',
      flushMs: 60_000,
      retention: 1000,
    });
    closers.push(() => reporter.close());
    const boom = () => {
      try {
        JSON.parse(`{"id":"${randomUUID()}" x}`);
      } catch (error) {
        return error;
      }
      return null;
    };
    for (let i = 0; i < 25; i += 1)
      reporter.capture(boom(), {
        source: 'request',
        tenantId: tenant,
        operation: 'Burst',
        shownMessage: 'masked',
      });
    await reporter.flush();
    // Ten entries one by one, the last standing for the other fifteen.
    const lengths = await redis.xlen(`${prefix}observability:error-occurrences`);
    expect(lengths).toBeGreaterThanOrEqual(10);
    let group = null as Awaited<ReturnType<typeof store.list>>['groups'][number] | null;
    await eventually(
      async () => {
        group = (await store.list(tenant, {}, 5, null, Date.now())).groups[0] ?? null;
        return group?.count === 25;
      },
      10_000,
      'the burst to be grouped',
    );
    expect(group).toMatchObject({
      type: 'SyntaxError',
      message: 'masked',
      count: 25,
      subgraphs: { test: 25 },
    });
    const occurrences = await store.occurrences(tenant, group?.fingerprint as string, 50);
    expect(occurrences).toHaveLength(10);
    expect(occurrences.reduce((n, o) => n + o.count, 0)).toBe(25);
  });
});
