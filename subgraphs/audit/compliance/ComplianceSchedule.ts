import { hostname } from 'node:os';
import type { RedisClient } from '../../../lib/redis.js';
import { ChannelListeners } from '../../../lib/ChannelListeners.js';
import { Lease } from '../../../lib/lease.js';
import type { Logger } from '../../../lib/logger.js';
import type { ComplianceEvaluator } from './ComplianceEvaluator.js';
import { auditTenantsKey } from '../store/checkpoints.js';

/** Tenants one cycle evaluates at most (the rest wait for the next). */
const MAX_TENANTS_PER_CYCLE = 10_000;
/** Changes arriving within this window are evaluated together, ms. */
const CHANGE_DEBOUNCE_MS = 500;

export interface ComplianceScheduleOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly evaluator: ComplianceEvaluator;
  readonly intervalSeconds: number;
  readonly logger: Logger;
  /** Channels whose JSON messages name a `tenantId` whose evidence changed (API keys, encryption keys). */
  readonly changeChannels: readonly string[];
}

/**
 * Continuous evaluation: the replica holding the lease re-evaluates every tenant with an audit
 * log (or an earlier evaluation) each interval, and a tenant at once (debounced) when one of its
 * API keys or encryption keys changes. Configuration changes take a restart, and the first
 * cycle runs at start.
 */
export class ComplianceSchedule {
  private readonly lease: Lease;
  private readonly listeners: ChannelListeners<{ tenantId?: unknown }>;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private leading = false;
  private cycle: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: ComplianceScheduleOptions) {
    const ttlMs = Math.max(options.intervalSeconds * 2000, 10_000);
    this.lease = new Lease(
      options.redis,
      `${options.prefix}compliance:leader`,
      `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2)}`,
      ttlMs,
    );
    this.listeners = new ChannelListeners(options.redis, 'compliance-changes', options.logger);
  }

  start(): void {
    const onChange = (message: { tenantId?: unknown }) => {
      if (typeof message.tenantId === 'string') this.changed(message.tenantId);
    };
    for (const channel of this.options.changeChannels) {
      void this.listeners
        .add(channel, onChange)
        .catch((error: unknown) =>
          this.options.logger.warn({ err: error, channel }, 'compliance could not listen for changes'),
        );
    }
    const tick = () => {
      this.cycle = this.cycle.then(() => this.runCycle());
    };
    tick();
    this.timer = setInterval(tick, this.options.intervalSeconds * 1000);
    this.timer.unref();
  }

  /** A tenant's evidence changed: evaluate it soon, on the leader only (one set of transitions). */
  changed(tenantId: string): void {
    if (!this.leading || this.closed) return;
    this.pending.add(tenantId);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      const tenants = [...this.pending];
      this.pending.clear();
      this.cycle = this.cycle.then(() => this.evaluateAll(tenants));
    }, CHANGE_DEBOUNCE_MS);
  }

  private async runCycle(): Promise<void> {
    if (this.closed) return;
    try {
      this.leading = await this.lease.hold();
      if (!this.leading) return;
      await this.evaluateAll(await this.tenants());
    } catch (error) {
      this.options.logger.warn({ err: error }, 'compliance evaluation cycle failed');
    }
  }

  private async tenants(): Promise<string[]> {
    const { redis, prefix, evaluator } = this.options;
    const [audited, evaluated] = await Promise.all([
      redis.srandmember(auditTenantsKey(prefix), MAX_TENANTS_PER_CYCLE),
      redis.srandmember(evaluator.tenantsKey, MAX_TENANTS_PER_CYCLE),
    ]);
    return [...new Set([...audited, ...evaluated])].slice(0, MAX_TENANTS_PER_CYCLE);
  }

  private async evaluateAll(tenants: readonly string[]): Promise<void> {
    for (const tenantId of tenants) {
      if (this.closed) return;
      await this.options.evaluator
        .evaluate(tenantId)
        .catch((error: unknown) =>
          this.options.logger.warn({ err: error, tenantId }, 'compliance evaluation failed'),
        );
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.listeners.close();
    await this.cycle;
    await this.lease.release();
  }
}
