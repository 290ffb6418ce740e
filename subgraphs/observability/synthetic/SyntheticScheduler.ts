import type { Logger } from '../../../lib/logger.js';
import type { MetricsRecorder } from '../../../lib/metrics/recorder.js';
import { SYNTHETIC_METRICS, type SyntheticCheckRecord } from './checks.js';
import type { RunOutcome } from './runner.js';
import type { Claim, SyntheticStore } from './SyntheticStore.js';
import type { SyntheticAlerts } from './syntheticAlerts.js';

export interface SchedulerOptions {
  readonly store: SyntheticStore;
  readonly alerts: SyntheticAlerts;
  /** Where `synthetic_check_success` and `synthetic_check_duration_ms` are recorded per run. */
  readonly metrics: MetricsRecorder;
  readonly runner: { run(check: SyntheticCheckRecord, signal: AbortSignal): Promise<RunOutcome> };
  /** Runs in flight at once (SYNTHETIC_CONCURRENCY). */
  readonly concurrency: number;
  readonly logger: Logger;
}

/** Checks one dispatch takes at most, however many are due: the rest wait for the next. */
const BATCH = 50;
/** A claimed check is not taken again for this long: longer than any run (30 s at most). */
const HOLD_MS = 90_000;

/**
 * Runs due synthetic checks on the monitor leader: each dispatch takes what is due from the due
 * index (up to the free run slots), runs it without holding up the monitor's cycle, records the
 * result (history, metrics, alert) and schedules the next run one interval after the planned
 * one (or after now, when the schedule fell behind: missed runs are skipped, not bunched up).
 */
export class SyntheticScheduler {
  private readonly running = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(private readonly o: SchedulerOptions) {}

  get inFlight(): number {
    return this.running.size;
  }

  /** Starts the runs due by `now`; returns how many it started. */
  async dispatch(now = Date.now()): Promise<number> {
    const free = this.o.concurrency - this.running.size;
    if (free <= 0 || this.stopping.signal.aborted) return 0;
    const claims = await this.o.store.claim(now, Math.min(free, BATCH), now + HOLD_MS);
    for (const claim of claims) {
      const run: Promise<void> = this.runOne(claim)
        .catch((error: unknown) =>
          this.o.logger.warn(
            { err: error, tenantId: claim.tenantId, checkId: claim.checkId },
            'synthetic check run failed',
          ),
        )
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
    return claims.length;
  }

  private async runOne(claim: Claim): Promise<void> {
    const { store } = this.o;
    const check = await store.checks.get(claim.tenantId, claim.checkId);
    if (!check || (!check.enabled && !claim.manual)) {
      await store.unschedule(claim.tenantId, claim.checkId);
      return;
    }
    const outcome = this.stopping.signal.aborted
      ? null
      : await this.o.runner.run(check, this.stopping.signal);
    if (!outcome || this.stopping.signal.aborted) {
      // Cut short by a stop, not a verdict on the check: the next leader runs it again.
      await store.reschedule(claim.tenantId, claim.checkId, Date.now());
      return;
    }
    await this.record(claim, outcome);
  }

  private async record(claim: Claim, outcome: RunOutcome): Promise<void> {
    const { store, alerts, metrics } = this.o;
    // Read again: the check may have been changed, disabled or deleted while it ran.
    const check = await store.checks.get(claim.tenantId, claim.checkId);
    if (!check) {
      await store.unschedule(claim.tenantId, claim.checkId);
      return;
    }
    const success = outcome.failures.length === 0;
    const result = {
      at: new Date(outcome.at).toISOString(),
      success,
      durationMs: outcome.durationMs,
      failures: outcome.failures,
      errorCodes: outcome.errorCodes,
      manual: claim.manual,
    };
    // The alert first, the result (which makes the status) after: whoever reads FAILING finds
    // the alert open, and whoever reads PASSING finds it resolved. A disabled check (run by hand)
    // pages nobody.
    if (success || !check.enabled) await alerts.clear(check.tenantId, check.id, Date.now());
    else await alerts.raise(check, result);
    await store.append(check.tenantId, check.id, result);
    const [successMetric, durationMetric] = SYNTHETIC_METRICS;
    metrics.gauge(check.tenantId, successMetric, success ? 1 : 0, { check: check.id });
    metrics.gauge(check.tenantId, durationMetric, outcome.durationMs, { check: check.id });
    const now = Date.now();
    if (!check.enabled) {
      await store.unschedule(check.tenantId, check.id);
      return;
    }
    const interval = check.intervalSeconds * 1000;
    const planned = claim.plannedAt + interval;
    await store.reschedule(
      check.tenantId,
      check.id,
      claim.plannedAt > 0 && planned > now ? planned : now + interval,
    );
  }

  /** Stops dispatching, cuts running checks short (unrecorded) and waits for them. */
  async close(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([...this.running]);
  }
}
