import { slotPipelines, type RedisClient } from '../redis.js';
import { tenantKey } from '../redis.js';
import { HISTOGRAM_BUCKETS, metricDefinition, type MetricDefinition } from './catalogue.js';

export type Labels = Readonly<Record<string, string>>;
export type Aggregation = 'RATE' | 'SUM' | 'AVG' | 'MAX' | 'P95';

const DAY = 86_400_000;

/** A stable text for a label set: sorted `name=value` pairs (values are bounded, never ids). */
export function labelKey(labels: Labels): string {
  const names = Object.keys(labels).sort();
  return names.length === 0 ? '-' : names.map((n) => `${n}=${labels[n]}`).join(',');
}

/** What one process adds to one series in one minute, before it is flushed. */
export interface SeriesDelta {
  readonly tenantId: string;
  readonly name: string;
  readonly labels: Labels;
  /** Start of its bucket (ms since the epoch). */
  readonly minute: number;
  /** counter: increment; gauge: the latest value; histogram: the observations' sum. */
  value: number;
  /** histogram only: observations and their bucket counts. */
  count: number;
  buckets: number[] | null;
}

/** One series' minutes as stored: minute → fields (counter `v`, gauge per instance, histogram). */
type Minutes = Map<number, Map<string, number>>;

export interface SeriesPoints {
  readonly labels: Labels;
  readonly points: ReadonlyArray<{ readonly at: number; readonly value: number }>;
}

/**
 * Tenant and platform metrics at minute resolution in Redis: one hash per series per day (field
 * `<minute>|<part>`), expiring after the retention, and a per-tenant index of each metric's
 * label sets. Writers flush aggregated deltas in one pipeline; readers fetch the day hashes a
 * window covers. Keys carry the tenant's hash tag, so a tenant's series share a slot.
 */
export class MetricStore {
  /** Bucket width: a minute in production (METRICS_RESOLUTION_SECONDS), seconds in tests. */
  readonly bucketMs: number;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly retentionDays: number,
    resolutionSeconds = 60,
  ) {
    this.bucketMs = resolutionSeconds * 1000;
  }

  private dayKey(tenantId: string, name: string, labels: string, day: number): string {
    return tenantKey(this.prefix, tenantId, 'metrics', name, labels, String(day));
  }

  private indexKey(tenantId: string, name: string): string {
    return tenantKey(this.prefix, tenantId, 'metrics-index', name);
  }

  /** Writes one flush of deltas; `instance` names this process for gauges. */
  async write(deltas: readonly SeriesDelta[], instance: string): Promise<void> {
    if (deltas.length === 0) return;
    // Tenants' series live in their tenants' slots: one pipeline per slot under Cluster.
    const pipelines = slotPipelines(this.redis);
    const ttl = Math.ceil((this.retentionDays * DAY + DAY) / 1000);
    const indexed = new Set<string>();
    for (const delta of deltas) {
      const definition = metricDefinition(delta.name);
      if (!definition) continue;
      const labels = labelKey(delta.labels);
      const key = this.dayKey(delta.tenantId, delta.name, labels, Math.floor(delta.minute / DAY));
      const minute = String(Math.floor(delta.minute / this.bucketMs));
      const pipeline = pipelines.forKey(key);
      if (definition.kind === 'counter') pipeline.hincrbyfloat(key, `${minute}|v`, delta.value);
      else if (definition.kind === 'gauge') pipeline.hset(key, `${minute}|${instance}`, String(delta.value));
      else {
        pipeline.hincrbyfloat(key, `${minute}|sum`, delta.value);
        pipeline.hincrby(key, `${minute}|count`, delta.count);
        delta.buckets?.forEach((n, i) => {
          if (n > 0) pipeline.hincrby(key, `${minute}|b${i}`, n);
        });
      }
      pipeline.expire(key, ttl);
      const index = `${delta.tenantId}\n${delta.name}\n${labels}`;
      if (!indexed.has(index)) {
        indexed.add(index);
        pipeline.hset(this.indexKey(delta.tenantId, delta.name), labels, JSON.stringify(delta.labels));
      }
    }
    await pipelines.exec();
  }

  /**
   * Drops one label set from the tenant's index of the metric (its stored points expire with the
   * retention): for series whose subject is gone (a deleted synthetic check), so the index stays
   * bounded by what exists.
   */
  async forget(tenantId: string, name: string, labels: Labels): Promise<void> {
    await this.redis.hdel(this.indexKey(tenantId, name), labelKey(labels));
  }

  /** The label sets a tenant's metric has been recorded with, matching `filter` (all equal). */
  async series(tenantId: string, name: string, filter: Labels = {}): Promise<Labels[]> {
    const all = await this.redis.hgetall(this.indexKey(tenantId, name));
    const wanted = Object.entries(filter);
    return Object.values(all)
      .map((text) => JSON.parse(text) as Labels)
      .filter((labels) => wanted.every(([k, v]) => labels[k] === v));
  }

  private async minutes(
    tenantId: string,
    name: string,
    labels: Labels,
    from: number,
    to: number,
  ): Promise<Minutes> {
    const key = labelKey(labels);
    const days: number[] = [];
    for (let day = Math.floor(from / DAY); day <= Math.floor(to / DAY); day += 1) days.push(day);
    const pipeline = this.redis.pipeline();
    for (const day of days) pipeline.hgetall(this.dayKey(tenantId, name, key, day));
    const results = (await pipeline.exec()) ?? [];
    const minutes: Minutes = new Map();
    const first = Math.floor(from / this.bucketMs);
    const last = Math.floor(to / this.bucketMs);
    for (const [error, hash] of results) {
      if (error) throw error;
      for (const [field, value] of Object.entries(hash as Record<string, string>)) {
        const bar = field.indexOf('|');
        const minute = Number(field.slice(0, bar));
        if (minute < first || minute > last) continue;
        let fields = minutes.get(minute);
        if (!fields) minutes.set(minute, (fields = new Map()));
        fields.set(field.slice(bar + 1), Number(value));
      }
    }
    return minutes;
  }

  /**
   * One number for a window ending at `now`, over every series of `name` matching `filter` (the
   * value an alert rule compares). Null when the metric has no data in the window (gauges and
   * histograms); counters without increments are 0.
   */
  async aggregate(
    tenantId: string,
    name: string,
    filter: Labels,
    aggregation: Aggregation,
    windowSeconds: number,
    now: number,
  ): Promise<number | null> {
    const definition = metricDefinition(name);
    if (!definition) return null;
    const from = now - windowSeconds * 1000;
    const all = await Promise.all(
      (await this.series(tenantId, name, filter)).map((labels) =>
        this.minutes(tenantId, name, labels, from, now),
      ),
    );
    return reduce(definition, aggregation, all, windowSeconds, this.bucketMs / 1000);
  }

  /** Points per `stepSeconds` for each matching series: what `Query.metrics` returns. */
  async points(
    tenantId: string,
    name: string,
    filter: Labels,
    from: number,
    to: number,
    stepSeconds: number,
  ): Promise<SeriesPoints[]> {
    const definition = metricDefinition(name);
    if (!definition) return [];
    const bucket = this.bucketMs;
    const step = Math.max(bucket, Math.round((stepSeconds * 1000) / bucket) * bucket);
    const series = await this.series(tenantId, name, filter);
    return Promise.all(
      series.map(async (labels) => {
        const minutes = await this.minutes(tenantId, name, labels, from, to);
        const points: Array<{ at: number; value: number }> = [];
        for (let at = Math.floor(from / step) * step; at <= to; at += step) {
          const slice: Minutes = new Map(
            [...minutes].filter(([m]) => m * bucket >= at && m * bucket < at + step),
          );
          if (slice.size === 0) continue;
          const aggregation: Aggregation =
            definition.kind === 'histogram'
              ? 'P95'
              : definition.kind === 'counter'
                ? 'SUM'
                : definition.combine === 'sum'
                  ? 'AVG'
                  : 'MAX';
          const value = reduce(definition, aggregation, [slice], step / 1000, bucket / 1000);
          if (value !== null) points.push({ at, value });
        }
        return { labels, points };
      }),
    );
  }
}

/** Whether an aggregation means anything for a kind of metric (BAD_USER_INPUT otherwise). */
export function aggregationFits(kind: MetricDefinition['kind'], aggregation: Aggregation): boolean {
  if (aggregation === 'P95') return kind === 'histogram';
  if (aggregation === 'RATE') return kind !== 'gauge';
  return true;
}

function gaugeValue(fields: Map<string, number>, combine: 'sum' | 'max'): number {
  const values = [...fields.values()];
  return combine === 'sum' ? values.reduce((a, b) => a + b, 0) : Math.max(...values);
}

function percentile(buckets: number[], count: number, q: number): number {
  const rank = q * count;
  let seen = 0;
  for (let i = 0; i < buckets.length; i += 1) {
    seen += buckets[i] ?? 0;
    if (seen >= rank) return HISTOGRAM_BUCKETS[i] ?? (HISTOGRAM_BUCKETS.at(-1) as number) * 2;
  }
  return (HISTOGRAM_BUCKETS.at(-1) as number) * 2;
}

function reduce(
  definition: MetricDefinition,
  aggregation: Aggregation,
  seriesMinutes: Minutes[],
  windowSeconds: number,
  bucketSeconds: number,
): number | null {
  if (definition.kind === 'counter') {
    // Per minute, summed over series.
    const perMinute = new Map<number, number>();
    for (const minutes of seriesMinutes)
      for (const [minute, fields] of minutes)
        perMinute.set(minute, (perMinute.get(minute) ?? 0) + (fields.get('v') ?? 0));
    const values = [...perMinute.values()];
    const sum = values.reduce((a, b) => a + b, 0);
    if (aggregation === 'SUM') return sum;
    if (aggregation === 'RATE') return sum / windowSeconds;
    if (aggregation === 'MAX') return values.length ? Math.max(...values) : 0;
    if (aggregation === 'AVG') return sum / Math.max(1, Math.round(windowSeconds / bucketSeconds));
    return null;
  }
  if (definition.kind === 'gauge') {
    const combine = definition.combine ?? 'max';
    const perMinute = new Map<number, number>();
    for (const minutes of seriesMinutes)
      for (const [minute, fields] of minutes) {
        const value = gaugeValue(fields, combine);
        const had = perMinute.get(minute);
        perMinute.set(
          minute,
          had === undefined ? value : combine === 'sum' ? had + value : Math.max(had, value),
        );
      }
    const values = [...perMinute.values()];
    if (values.length === 0) return null;
    if (aggregation === 'MAX') return Math.max(...values);
    if (aggregation === 'SUM') return values.reduce((a, b) => a + b, 0);
    if (aggregation === 'AVG') return values.reduce((a, b) => a + b, 0) / values.length;
    return null;
  }
  let sum = 0;
  let count = 0;
  const buckets = new Array<number>(HISTOGRAM_BUCKETS.length + 1).fill(0);
  for (const minutes of seriesMinutes)
    for (const fields of minutes.values()) {
      sum += fields.get('sum') ?? 0;
      count += fields.get('count') ?? 0;
      for (let i = 0; i < buckets.length; i += 1)
        buckets[i] = (buckets[i] as number) + (fields.get(`b${i}`) ?? 0);
    }
  if (count === 0) return aggregation === 'RATE' ? 0 : null;
  if (aggregation === 'RATE') return count / windowSeconds;
  if (aggregation === 'SUM') return sum;
  if (aggregation === 'AVG') return sum / count;
  if (aggregation === 'P95') return percentile(buckets, count, 0.95);
  return percentile(buckets, count, 1);
}
