import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { HISTOGRAM_BUCKETS, metricDefinition } from './catalogue.js';
import { labelKey, type Labels, type MetricStore, type SeriesDelta } from './MetricStore.js';

/** Most distinct series-minutes held between flushes; beyond it new ones are dropped (and said). */
const MAX_PENDING = 50_000;

/**
 * This process's tenant metrics, aggregated in memory per series and minute and flushed to the
 * MetricStore every few seconds in one pipeline: recording is a map update, never a round trip.
 * One per process, made by runtime's `connect` and handed to every role; until `start` it only
 * aggregates.
 */
export class MetricsRecorder {
  private pending = new Map<string, SeriesDelta>();
  private store: MetricStore | null = null;
  private timer: NodeJS.Timeout | null = null;
  private dropped = 0;
  private logger: Logger | null = null;
  readonly instance = randomUUID();

  private delta(tenantId: string, name: string, labels: Labels, now: number): SeriesDelta | null {
    const bucket = this.store?.bucketMs ?? 60_000;
    const minute = Math.floor(now / bucket) * bucket;
    const key = `${tenantId}\n${name}\n${labelKey(labels)}\n${minute}`;
    let delta = this.pending.get(key);
    if (!delta) {
      if (this.pending.size >= MAX_PENDING) {
        this.dropped += 1;
        return null;
      }
      delta = { tenantId, name, labels, minute, value: 0, count: 0, buckets: null };
      this.pending.set(key, delta);
    }
    return delta;
  }

  count(tenantId: string, name: string, labels: Labels = {}, value = 1, now = Date.now()): void {
    const delta = this.delta(tenantId, name, labels, now);
    if (delta) delta.value += value;
  }

  observe(tenantId: string, name: string, value: number, labels: Labels = {}, now = Date.now()): void {
    const delta = this.delta(tenantId, name, labels, now);
    if (!delta) return;
    delta.value += value;
    delta.count += 1;
    delta.buckets ??= new Array<number>(HISTOGRAM_BUCKETS.length + 1).fill(0);
    let i = HISTOGRAM_BUCKETS.findIndex((bound) => value <= bound);
    if (i < 0) i = HISTOGRAM_BUCKETS.length;
    delta.buckets[i] = (delta.buckets[i] as number) + 1;
  }

  /** A gauge's current value in this process (the store keeps one value per process per minute). */
  gauge(tenantId: string, name: string, value: number, labels: Labels = {}, now = Date.now()): void {
    const delta = this.delta(tenantId, name, labels, now);
    if (delta) delta.value = value;
  }

  start(store: MetricStore, logger: Logger, flushMs: number): void {
    this.store = store;
    this.logger = logger;
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.flush(), flushMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (!this.store || this.pending.size === 0) return;
    const batch = [...this.pending.values()].filter((d) => metricDefinition(d.name));
    this.pending = new Map();
    try {
      await this.store.write(batch, this.instance);
    } catch (error) {
      // Metrics are best effort: an outage loses a flush, never a request.
      this.logger?.warn({ err: error, series: batch.length }, 'metrics flush failed');
    }
    if (this.dropped > 0) {
      this.logger?.warn({ dropped: this.dropped }, 'metrics recorder dropped series over its bound');
      this.dropped = 0;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    this.store = null;
  }
}
