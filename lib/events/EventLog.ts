import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../redis.js';
import type { Config } from '../config.js';
import { PlatformError } from '../errors.js';
import type { Logger } from '../logger.js';
import calculateSlot from 'cluster-key-slot';
import { duplicateRedis, failFastWhenDown, isCluster, tenantKey } from '../redis.js';
import {
  compareStreamIds,
  decodeCursor,
  encodeCursor,
  type PlatformEvent,
  type StreamId,
} from './envelope.js';
import { validateEvent } from './validateEvent.js';
import { currentTraceparent } from '../telemetry/tracing.js';
import type { MetricsRecorder } from '../metrics/recorder.js';

export interface PublishInput {
  tenantId: string;
  type: string;
  data: unknown;
  publishedBy: string;
}

export interface EventLogOptions {
  redis: RedisClient;
  prefix: string;
  /** Events kept per tenant stream (approximate trim). */
  retention: number;
  logger: Logger;
  /** Events a local subscriber may have queued before it is cut off. */
  subscriberBuffer: number;
  /**
   * The tenant stream this log reads and writes. @default the platform event stream; the audit
   * subgraph reads each tenant's audit stream (subgraphs/audit/store) with the same machinery.
   */
  streamKey?: (prefix: string, tenantId: string) => string;
  /** Counts `events_published_total` per tenant and type. */
  metrics?: MetricsRecorder;
}

/**
 * One blocking reader and the tenants whose streams it tails. A single server has one group for
 * every tenant; under Cluster, XREAD may only name keys of one slot, so there is a group per slot.
 */
interface ReadGroup {
  readonly slot: number;
  readonly tenantIds: Set<string>;
  reader: RedisClient;
  /** The reader's CLIENT ID on a single server, where CLIENT UNBLOCK wakes it for a new tenant. */
  readerId: number | null;
}

interface Subscriber {
  readonly types: ReadonlySet<string> | null;
  push(event: PlatformEvent, id: StreamId): void;
}

type Fields = string[];

/** Key of a tenant's event stream: EventLog reads it; the audit log announces records into it. */
export function eventStreamKey(prefix: string, tenantId: string): string {
  return tenantKey(prefix, tenantId, 'events');
}

const READ_BATCH = 500;

/**
 * The platform event path: a durable, bounded Redis Stream per tenant. Every process that serves
 * subscribers tails the streams of the tenants it serves with one blocking XREAD (one per Cluster
 * slot), so an event published once (on any replica) reaches each local subscriber once, in order.
 * Subscribers with a cursor replay what is retained after it first, then continue live without a
 * gap or duplicate.
 */
export class EventLog {
  private readonly tenants = new Map<string, { position: StreamId; subscribers: Set<Subscriber> }>();
  private readonly groups = new Map<number, ReadGroup>();
  private readonly loops = new Set<Promise<void>>();
  private readonly cluster: boolean;
  private running = true;
  private wake: (() => void) | null = null;

  /** The platform's event log as configured (prefix, retention, per-subscriber buffer). */
  static fromConfig(
    config: Pick<Config, 'REDIS_KEY_PREFIX' | 'EVENTS_RETENTION' | 'EVENTS_SUBSCRIBER_BUFFER'>,
    redis: RedisClient,
    logger: Logger,
    streamKey?: EventLogOptions['streamKey'],
    metrics?: MetricsRecorder,
  ): EventLog {
    return new EventLog({
      redis,
      prefix: config.REDIS_KEY_PREFIX,
      retention: config.EVENTS_RETENTION,
      subscriberBuffer: config.EVENTS_SUBSCRIBER_BUFFER,
      logger,
      ...(streamKey ? { streamKey } : {}),
      ...(metrics ? { metrics } : {}),
    });
  }

  constructor(private readonly options: EventLogOptions) {
    this.cluster = isCluster(options.redis);
  }

  private newReader(): RedisClient {
    return failFastWhenDown(
      duplicateRedis(this.options.redis, { connectionName: 'event-log-reader', enableOfflineQueue: true }),
      this.options.logger,
    );
  }

  /** The read group of a tenant's stream: its slot under Cluster, the one group otherwise. */
  private groupOf(tenantId: string): number {
    return this.cluster ? calculateSlot(this.streamKey(tenantId)) : 0;
  }

  private streamKey(tenantId: string): string {
    return (this.options.streamKey ?? eventStreamKey)(this.options.prefix, tenantId);
  }

  /** Validates against the catalogue, appends, and returns the envelope with its cursor. */
  async publish(input: PublishInput): Promise<PlatformEvent> {
    validateEvent(input.type, input.data);
    const traceparent = currentTraceparent();
    const body = {
      id: randomUUID(),
      type: input.type,
      tenantId: input.tenantId,
      occurredAt: new Date().toISOString(),
      data: input.data,
      publishedBy: input.publishedBy,
    };
    const streamId = await this.options.redis.xadd(
      this.streamKey(input.tenantId),
      'MAXLEN',
      '~',
      String(this.options.retention),
      '*',
      'e',
      JSON.stringify(body),
      // The publish's trace, when traced: webhook deliveries and subscription executions link to it.
      ...(traceparent ? ['t', traceparent] : []),
    );
    this.options.metrics?.count(input.tenantId, 'events_published_total', { type: input.type });
    return { ...body, cursor: encodeCursor(input.tenantId, streamId as string) };
  }

  /**
   * Events of one tenant, optionally filtered by type, starting after `since` (a cursor) or now.
   * The iterator ends with SUBSCRIPTION_SLOW_CONSUMER when its consumer falls too far behind.
   */
  async subscribe(
    tenantId: string,
    options: { types?: readonly string[] | null; since?: string | null },
  ): Promise<AsyncGenerator<PlatformEvent>> {
    const sinceId = options.since ? decodeCursor(tenantId, options.since) : null;
    if (sinceId) await this.assertRetained(tenantId, sinceId);
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    const queue: Array<{ event: PlatformEvent; id: StreamId }> = [];
    let overflow = false;
    let notify: (() => void) | null = null;
    const subscriber: Subscriber = {
      types,
      push: (event, id) => {
        if (queue.length >= this.options.subscriberBuffer) overflow = true;
        else queue.push({ event, id });
        notify?.();
      },
    };
    // Join the live tail first, then replay: anything live that replay also returns is skipped.
    const joinedAt = await this.attach(tenantId, subscriber);
    const replay = sinceId ? this.readRange(tenantId, sinceId, joinedAt, types) : null;
    const detach = () => this.detach(tenantId, subscriber);

    async function* iterate(): AsyncGenerator<PlatformEvent> {
      let last = sinceId ?? joinedAt;
      try {
        if (replay) {
          for await (const { event, id } of replay) {
            last = id;
            yield event;
          }
        }
        for (;;) {
          if (overflow) {
            throw new PlatformError(
              'SUBSCRIPTION_SLOW_CONSUMER',
              'Subscriber fell behind; resume with the last cursor',
            );
          }
          const next = queue.shift();
          if (!next) {
            await new Promise<void>((resolve) => {
              notify = resolve;
            });
            notify = null;
            continue;
          }
          if (compareStreamIds(next.id, last) <= 0) continue;
          last = next.id;
          yield next.event;
        }
      } finally {
        detach();
      }
    }
    return iterate();
  }

  /** Stops tailing; pending subscriber iterators stay as they are until their consumers return. */
  async close(): Promise<void> {
    this.running = false;
    this.wake?.();
    for (const group of this.groups.values()) await this.stopReader(group);
    await Promise.all([...this.loops]);
    this.groups.clear();
  }

  /** Ends a group's blocking read (its loop then sees it is no longer the group's reader). */
  private async stopReader(group: ReadGroup): Promise<void> {
    if (group.readerId !== null) await this.options.redis.client('UNBLOCK', group.readerId).catch(() => 0);
    group.reader.disconnect();
  }

  private async assertRetained(tenantId: string, sinceId: StreamId): Promise<void> {
    const info = (await this.options.redis
      .xinfo('STREAM', this.streamKey(tenantId))
      .catch(() => null)) as Array<string | number | null> | null;
    if (!info) return;
    const index = info.indexOf('max-deleted-entry-id');
    const maxDeleted = index >= 0 ? String(info[index + 1]) : '0-0';
    if (compareStreamIds(sinceId, maxDeleted) < 0) {
      throw new PlatformError('CURSOR_EXPIRED', 'Events after this cursor are past retention', {
        field: 'since',
      });
    }
  }

  /** Retained events in (from, to], in pages. */
  private async *readRange(
    tenantId: string,
    from: StreamId,
    to: StreamId,
    types: ReadonlySet<string> | null,
  ): AsyncGenerator<{ event: PlatformEvent; id: StreamId }> {
    let start = `(${from}`;
    for (;;) {
      const page = (await this.options.redis.xrange(
        this.streamKey(tenantId),
        start,
        to,
        'COUNT',
        READ_BATCH,
      )) as Array<[string, Fields]>;
      for (const [id, fields] of page) {
        const event = this.toEvent(tenantId, id, fields);
        if (event && (!types || types.has(event.type))) yield { event, id };
      }
      if (page.length < READ_BATCH) return;
      start = `(${page[page.length - 1]?.[0]}`;
    }
  }

  private async attach(tenantId: string, subscriber: Subscriber): Promise<StreamId> {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) {
      const newest = (await this.options.redis.xrevrange(
        this.streamKey(tenantId),
        '+',
        '-',
        'COUNT',
        1,
      )) as Array<[string, Fields]>;
      tenant = this.tenants.get(tenantId) ?? { position: newest[0]?.[0] ?? '0-0', subscribers: new Set() };
      this.tenants.set(tenantId, tenant);
      await this.joinGroup(tenantId);
    }
    tenant.subscribers.add(subscriber);
    return tenant.position;
  }

  private detach(tenantId: string, subscriber: Subscriber): void {
    const tenant = this.tenants.get(tenantId);
    if (!tenant) return;
    tenant.subscribers.delete(subscriber);
    if (tenant.subscribers.size > 0) return;
    this.tenants.delete(tenantId);
    const slot = this.groupOf(tenantId);
    const group = this.groups.get(slot);
    group?.tenantIds.delete(tenantId);
    // Under Cluster a slot's reader is a connection per slot: it goes when its last tenant does.
    if (group && this.cluster && group.tenantIds.size === 0) {
      this.groups.delete(slot);
      void this.stopReader(group);
    }
  }

  /**
   * Adds a tenant to its read group: starts the group's reader, or makes the running one pick the
   * tenant up (a single server unblocks its read; under Cluster, where a reader's connection is
   * not addressable, the slot's reader is replaced — positions live here, so nothing is skipped).
   */
  private async joinGroup(tenantId: string): Promise<void> {
    if (!this.running) return;
    const slot = this.groupOf(tenantId);
    const group = this.groups.get(slot);
    if (!group) {
      const created: ReadGroup = {
        slot,
        tenantIds: new Set([tenantId]),
        reader: this.newReader(),
        readerId: null,
      };
      this.groups.set(slot, created);
      await this.startLoop(created);
      return;
    }
    group.tenantIds.add(tenantId);
    if (!this.cluster) {
      this.wake?.();
      if (group.readerId !== null) await this.options.redis.client('UNBLOCK', group.readerId);
      return;
    }
    const previous = group.reader;
    group.reader = this.newReader();
    previous.disconnect();
    await this.startLoop(group);
  }

  private async startLoop(group: ReadGroup): Promise<void> {
    const reader = group.reader;
    if (!this.cluster) group.readerId = Number(await reader.client('ID'));
    const loop = this.tail(group, reader).finally(() => this.loops.delete(loop));
    this.loops.add(loop);
  }

  /** Tails a group's streams while `reader` is the group's reader. */
  private async tail(group: ReadGroup, reader: RedisClient): Promise<void> {
    // Ends when the log closes, the reader is replaced, or the group went with its last tenant.
    const current = () => this.running && group.reader === reader && this.groups.get(group.slot) === group;
    while (current()) {
      const entries = [...group.tenantIds].flatMap((tenantId) => {
        const tenant = this.tenants.get(tenantId);
        return tenant ? [[tenantId, tenant] as const] : [];
      });
      if (entries.length === 0) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, 1000).unref();
        });
        this.wake = null;
        continue;
      }
      let result: Array<[string, Array<[string, Fields]>]> | null;
      try {
        result = (await reader.xread(
          'COUNT',
          READ_BATCH,
          'BLOCK',
          5000,
          'STREAMS',
          ...entries.map(([tenantId]) => this.streamKey(tenantId)),
          ...entries.map(([, t]) => t.position),
        )) as Array<[string, Array<[string, Fields]>]> | null;
      } catch (error) {
        if (!current()) return;
        this.options.logger.warn({ err: error }, 'event log read failed; retrying');
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      // A replaced reader's last batch is still delivered: positions only move forward.
      for (const [key, rows] of result ?? []) {
        const tenantId = entries.find(([id]) => this.streamKey(id) === key)?.[0];
        const tenant = tenantId ? this.tenants.get(tenantId) : undefined;
        if (!tenantId || !tenant) continue;
        for (const [id, fields] of rows) {
          if (compareStreamIds(id, tenant.position) <= 0) continue;
          tenant.position = id;
          const event = this.toEvent(tenantId, id, fields);
          if (!event) continue;
          for (const subscriber of tenant.subscribers) {
            if (!subscriber.types || subscriber.types.has(event.type)) subscriber.push(event, id);
          }
        }
      }
    }
  }

  private toEvent(tenantId: string, id: StreamId, fields: Fields): PlatformEvent | null {
    const raw = fields[1];
    if (fields[0] !== 'e' || !raw) return null;
    try {
      const body = JSON.parse(raw) as Omit<PlatformEvent, 'cursor'>;
      // The stream key already walls tenants; the check guards against a corrupted entry.
      if (body.tenantId !== tenantId) return null;
      const traceparent = fields[2] === 't' ? fields[3] : undefined;
      return { ...body, cursor: encodeCursor(tenantId, id), ...(traceparent ? { traceparent } : {}) };
    } catch {
      this.options.logger.warn({ id }, 'skipping unreadable event');
      return null;
    }
  }
}
