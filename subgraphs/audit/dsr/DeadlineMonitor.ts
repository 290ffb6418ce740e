import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisClient } from '../../../lib/redis.js';
import { Lease } from '../../../lib/lease.js';
import type { Logger } from '../../../lib/logger.js';
import type { DsrService } from './DsrService.js';

export interface DeadlineMonitorOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly service: DsrService;
  readonly logger: Logger;
  /** DSR_CHECK_SECONDS. */
  readonly intervalSeconds: number;
}

/**
 * Runs the data-subject request deadline check every DSR_CHECK_SECONDS on one audit subgraph
 * replica: the one holding the lease (lapses after two intervals, so a standby takes over).
 * Each stage is a compare-and-set on the request, so two leaders at once still alert once.
 */
export class DeadlineMonitor {
  private readonly lease: Lease;
  private readonly timer: NodeJS.Timeout;
  private running: Promise<number> | null = null;

  constructor(private readonly options: DeadlineMonitorOptions) {
    const holder = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    const ms = options.intervalSeconds * 1000;
    this.lease = new Lease(options.redis, `${options.prefix}compliance:dsr-deadline-leader`, holder, ms * 2);
    this.timer = setInterval(() => void this.cycle(), ms);
    this.timer.unref();
  }

  /** One check now if this replica leads; the number of alerts raised. */
  cycle(now = Date.now()): Promise<number> {
    this.running ??= (async () => {
      try {
        if (!(await this.lease.hold())) return 0;
        return await this.options.service.checkAllDeadlines(now);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'dsr deadline cycle failed');
        return 0;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.lease.release();
  }
}
