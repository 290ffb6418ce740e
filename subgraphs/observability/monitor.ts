import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { hostForUrl } from '../../lib/httpServer.js';
import { Lease } from '../../lib/lease.js';
import { MetricStore } from '../../lib/metrics/MetricStore.js';
import { PLATFORM_TENANT } from '../../lib/principal.js';
import { probe } from '../../lib/probe.js';
import type { RunningWorker, SubgraphDeps } from '../../lib/subgraphServer.js';
import { createAlerting } from './alerting.js';
import { evaluateTenant } from './alerts/evaluate.js';
import { AlertSignalConsumer } from './alerts/signals.js';
import { ErrorGroupAlerts } from './errors/errorAlerts.js';
import { ErrorGroupStore, errorTrackingSettings } from './errors/ErrorGroupStore.js';
import { ErrorGrouper } from './errors/ErrorGrouper.js';
import { HealthModel } from './health/health.js';
import { SyntheticRunner } from './synthetic/runner.js';
import { SyntheticScheduler } from './synthetic/SyntheticScheduler.js';
import { SyntheticAlerts } from './synthetic/syntheticAlerts.js';
import { SyntheticStore } from './synthetic/SyntheticStore.js';

/** How often the leader looks for due synthetic checks: their schedule is to the second. */
const SYNTHETIC_DISPATCH_MS = 1_000;

export interface MonitorStats {
  readonly leader: boolean;
  readonly cycles: number;
  readonly lastCycleMs: number | null;
  readonly lastTransitions: number;
  readonly lastRules: number;
}

export interface RunningMonitor extends RunningWorker {
  stats(): MonitorStats;
  /** Runs one cycle now if this instance leads (tests and benchmarks). */
  cycle(): Promise<void>;
}

/**
 * The monitor role (`main.ts worker monitor`): evaluates every tenant's alert rules each
 * ALERT_EVAL_INTERVAL_SECONDS, checks health, groups errors and runs synthetic checks. Several
 * replicas are safe: one leads through a Redis lease that lapses after two intervals, so a standby
 * takes over within two intervals of the leader dying; and every transition is a compare-and-set,
 * so even two leaders at once notify a change once.
 */
export async function startMonitor(deps: SubgraphDeps): Promise<RunningMonitor> {
  const { config } = deps;
  const log = deps.logger.child({ worker: 'monitor' });
  const id = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const leaseKey = `${config.REDIS_KEY_PREFIX}observability:monitor-leader`;
  const intervalMs = Math.min(config.ALERT_EVAL_INTERVAL_SECONDS, config.HEALTH_INTERVAL_SECONDS) * 1000;
  // One leads; the lease lapses after two intervals, so a standby takes over within two.
  const lease = new Lease(deps.redis, leaseKey, id, intervalMs * 2);
  const healthEveryMs = config.HEALTH_INTERVAL_SECONDS * 1000;
  const alertsEveryMs = config.ALERT_EVAL_INTERVAL_SECONDS * 1000;
  let lastHealthAt = 0;
  let lastAlertsAt = 0;
  const alerting = createAlerting(deps);
  const health = new HealthModel(
    deps,
    new MetricStore(
      deps.redis,
      config.REDIS_KEY_PREFIX,
      config.METRICS_RETENTION_DAYS,
      config.METRICS_RESOLUTION_SECONDS,
    ),
    log,
  );
  // Every monitor replica sends queued notifications; BullMQ hands each job to one of them.
  alerting.notifier.start();
  alerting.startChannelRewrap();
  // Alerts other subgraphs raise (an overdue security incident): applied by the leader each cycle.
  const signals = new AlertSignalConsumer({
    redis: deps.redis,
    prefix: config.REDIS_KEY_PREFIX,
    store: alerting.alerts,
    consumer: id,
    notify: (alert, change) => alerting.notifier.enqueue(alert, change),
    logger: log,
  });
  // Every replica groups unexpected errors (lib/errorTracking) as they arrive; the leader sweeps.
  const errorTracking = errorTrackingSettings(config);
  const errorGroups = new ErrorGrouper({
    redis: deps.redis,
    prefix: config.REDIS_KEY_PREFIX,
    store: new ErrorGroupStore(deps.redis, config.REDIS_KEY_PREFIX, errorTracking),
    alerts: new ErrorGroupAlerts({
      alerts: alerting.alerts,
      notify: (alert, change) => alerting.notifier.enqueue(alert, change),
      settings: errorTracking,
    }),
    consumer: id,
    logger: log,
  });
  errorGroups.start();
  const metrics = new MetricStore(
    deps.redis,
    config.REDIS_KEY_PREFIX,
    config.METRICS_RETENTION_DAYS,
    config.METRICS_RESOLUTION_SECONDS,
  );
  let leader = false;
  let cycles = 0;
  let lastCycleMs: number | null = null;
  let lastTransitions = 0;
  let lastRules = 0;
  let running: Promise<void> | null = null;
  let stopped = false;

  // Synthetic checks: the leader dispatches due runs every second, apart from the cycle, so a run
  // (up to its timeout) never holds up health checks or rule evaluation.
  const synthetic = new SyntheticScheduler({
    store: new SyntheticStore(deps.redis, config.REDIS_KEY_PREFIX),
    alerts: new SyntheticAlerts({
      alerts: alerting.alerts,
      notify: (alert, change) => alerting.notifier.enqueue(alert, change),
    }),
    metrics: deps.metrics,
    runner: new SyntheticRunner({
      gatewayUrl:
        config.SYNTHETIC_GATEWAY_URL ?? `http://${hostForUrl(config.HOST)}:${config.GATEWAY_PORT}/graphql`,
      internalKey: config.INTERNAL_SIGNING_KEY,
      redis: deps.redis,
    }),
    concurrency: config.SYNTHETIC_CONCURRENCY,
    logger: log,
  });
  let dispatching = false;
  const dispatchTimer = setInterval(() => {
    if (!leader || stopped || dispatching) return;
    dispatching = true;
    synthetic
      .dispatch()
      .catch((error: unknown) => log.warn({ err: error }, 'synthetic dispatch failed'))
      .finally(() => (dispatching = false));
  }, SYNTHETIC_DISPATCH_MS);
  dispatchTimer.unref();

  /** Round trips to the dependencies, as platform series rules and status pages can read. */
  const probeDependencies = async () => {
    const timed = async (dependency: string, check: () => Promise<unknown>) => {
      const result = await probe(check);
      // Unreachable: the slowest possible answer, so a latency rule fires.
      deps.metrics.gauge(PLATFORM_TENANT, 'dependency_latency_ms', result.ok ? result.latencyMs : 2_000, {
        dependency,
      });
    };
    await Promise.all([
      timed('redis', () => deps.redis.ping()),
      timed('neo4j', () => deps.neo4j.executeQuery('RETURN 1', {}, { database: config.NEO4J_DATABASE })),
    ]);
  };

  const evaluateAll = async () => {
    const started = performance.now();
    void probeDependencies();
    const now = Date.now();
    const tenants = await alerting.ruleTenants();
    let transitions = 0;
    let rules = 0;
    // A few tenants at a time: each tenant's reads are pipelined, and Redis is the bound.
    const queue = [...tenants];
    const lanes = Array.from({ length: Math.min(16, queue.length) }, async () => {
      for (let tenantId = queue.shift(); tenantId !== undefined; tenantId = queue.shift()) {
        try {
          const result = await evaluateTenant(
            { ...alerting.evaluationDeps, metrics, logger: log },
            tenantId,
            now,
          );
          transitions += result.transitions;
          rules += result.rules;
        } catch (error) {
          log.warn({ err: error, tenantId }, 'tenant evaluation failed');
        }
      }
    });
    await Promise.all(lanes);
    cycles += 1;
    lastCycleMs = performance.now() - started;
    lastTransitions = transitions;
    lastRules = rules;
    if (transitions > 0)
      log.info({ tenants: tenants.length, rules, transitions, ms: Math.round(lastCycleMs) }, 'alert cycle');
  };

  const tick = async () => {
    try {
      leader = await lease.hold();
    } catch (error) {
      leader = false;
      log.warn({ err: error }, 'monitor lease unavailable');
      return;
    }
    if (!leader) return;
    const now = Date.now();
    if (now - lastHealthAt >= healthEveryMs - 50) {
      lastHealthAt = now;
      try {
        const transitions = await health.record(await health.check(now), now);
        if (transitions.length > 0) log.info({ transitions }, 'health transitions');
      } catch (error) {
        log.warn({ err: error }, 'health check failed');
      }
    }
    if (now - lastAlertsAt >= alertsEveryMs - 50) {
      lastAlertsAt = now;
      await evaluateAll();
    }
    await signals.drain().catch((error: unknown) => log.warn({ err: error }, 'alert signals failed'));
    await errorGroups.sweep().catch((error: unknown) => log.warn({ err: error }, 'error group sweep failed'));
  };

  const loop = async () => {
    while (!stopped) {
      const started = Date.now();
      running = tick();
      await running;
      running = null;
      const wait = Math.max(0, intervalMs - (Date.now() - started));
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, wait);
        timer.unref();
      });
    }
  };
  void loop();
  log.info({ id, intervalMs }, 'monitor started');

  return {
    name: 'monitor',
    stats: () => ({ leader, cycles, lastCycleMs, lastTransitions, lastRules }),
    cycle: async () => {
      await running;
      await tick();
    },
    close: async () => {
      stopped = true;
      clearInterval(dispatchTimer);
      await running;
      await synthetic.close();
      await errorGroups.close();
      // Hand over at once rather than after the lease lapses.
      if (leader) await lease.release();
      await health.close();
      await alerting.close();
    },
  };
}
