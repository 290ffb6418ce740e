import type { Config } from '../../../lib/config.js';
import type { Logger } from '../../../lib/logger.js';
import { expiresAtMs, retentionMs } from '../jobs/ExportJobRecord.js';
import { ExportJobRemover, type DestinationOf } from '../jobs/ExportJobRemover.js';
import type { JobRef } from '../jobs/FinishedJobsIndex.js';
import type { JobStore } from '../jobs/JobStore.js';

export interface RetentionSweeperOptions {
  store: JobStore;
  remover: ExportJobRemover;
  /** Time a finished job is kept after completion, ms (EXPORTS_RETENTION_HOURS). */
  retentionMs: number;
  logger: Logger;
  /** Jobs claimed per pass. @default 100 */
  batchSize?: number;
  /** How long a claim keeps other sweepers off a job; a sweeper that dies lets it go after this. @default 60000 */
  leaseMs?: number;
  /** Pause between passes (none while a backlog fills whole batches). @default retention / 10, within 1–60 s */
  intervalMs?: number;
}

export interface SweepResult {
  claimed: number;
  deleted: number;
}

/**
 * Deletes export jobs past retention, with their files, in every exports worker process. Each pass
 * claims a bounded batch of due jobs from the FinishedJobsIndex atomically, so with several workers
 * each job is handled by one of them; a claim lapses after `leaseMs`, so a crash only delays it.
 */
export class RetentionSweeper {
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly o: RetentionSweeperOptions) {
    this.batchSize = o.batchSize ?? 100;
    this.leaseMs = o.leaseMs ?? 60_000;
    this.intervalMs = o.intervalMs ?? Math.min(60_000, Math.max(1_000, o.retentionMs / 10));
  }

  /** The sweeper of an exports worker process, already running. */
  static start(
    store: JobStore,
    destinationOf: DestinationOf,
    config: Pick<Config, 'EXPORTS_RETENTION_HOURS'>,
    logger: Logger,
  ): RetentionSweeper {
    const sweeper = new RetentionSweeper({
      store,
      remover: new ExportJobRemover(store, destinationOf),
      retentionMs: retentionMs(config),
      logger: logger.child({ component: 'exports-retention' }),
    });
    sweeper.schedule(0);
    return sweeper;
  }

  /** One bounded pass as of `nowMs`. */
  async sweepOnce(nowMs = Date.now()): Promise<SweepResult> {
    const due = nowMs - this.o.retentionMs;
    const claimed = await this.o.store.finished.claim(due, due + this.leaseMs, this.batchSize);
    let deleted = 0;
    for (const ref of claimed) {
      try {
        if (await this.settle(ref, nowMs)) deleted++;
      } catch (error) {
        this.o.logger.warn(
          { err: error, exportId: ref.id },
          'expired export not deleted; retried after the lease',
        );
      }
    }
    if (deleted > 0) this.o.logger.info({ deleted }, 'expired exports deleted');
    return { claimed: claimed.length, deleted };
  }

  /** Deletes the job when it is past retention, or re-dates its entry; true when deleted. */
  private async settle(ref: JobRef, nowMs: number): Promise<boolean> {
    const { store } = this.o;
    const record = await store.get(ref.tenantId, ref.id);
    if (!record) {
      await store.finished.remove(ref);
      return false;
    }
    const expiry = expiresAtMs(record, this.o.retentionMs);
    if (expiry === null) {
      // The entry announced a transition that did not apply: look again a retention later (a
      // real completion meanwhile re-dates it on the next visit).
      await store.finished.reschedule(ref, nowMs);
      return false;
    }
    if (expiry > nowMs) {
      await store.finished.reschedule(ref, expiry - this.o.retentionMs);
      return false;
    }
    await this.o.remover.remove(record);
    return true;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sweepOnce()
        .then(
          (result) => (result.claimed === this.batchSize ? 0 : this.intervalMs),
          (error: unknown) => {
            this.o.logger.error({ err: error }, 'export retention pass failed');
            return this.intervalMs;
          },
        )
        .then((next) => {
          this.running = null;
          this.schedule(next);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** Stops scheduling and waits for a pass in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
