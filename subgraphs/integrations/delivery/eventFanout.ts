import { groupBySlot, type RedisClient } from '../../../lib/redis.js';
import { encodeCursor } from '../../../lib/events/envelope.js';
import type { Logger } from '../../../lib/logger.js';
import type { WebhookRecord, WebhookStore } from '../webhookStore.js';
import type { DeliveryQueue } from './deliveryQueue.js';
import { deliveryId, type DeliveryRecord, type DeliveryStore } from './deliveryStore.js';
import {
  ensureGroup,
  eventStreamKey,
  FANOUT_GROUP,
  tenantsKey,
  tenantsVersionKey,
} from './eventStreamGroup.js';

type StreamRows = Array<[string, string[]]>;

/** The body every endpoint receives: the PlatformEvent envelope (docs/WEBHOOKS.md). */
export interface WebhookEnvelope {
  id: string;
  type: string;
  tenantId: string;
  occurredAt: string;
  data: unknown;
  cursor: string;
  publishedBy: { subject: string };
}

export interface EventFanoutOptions {
  /** A connection of its own: XREADGROUP blocks it. */
  readonly reader: RedisClient;
  readonly prefix: string;
  readonly webhooks: WebhookStore;
  readonly deliveries: DeliveryStore;
  readonly queue: DeliveryQueue;
  /** Unique per worker process: the consumer name in the group. */
  readonly consumer: string;
  readonly claimIdleMs: number;
  readonly logger: Logger;
}

const BATCH = 200;
const TENANT_REFRESH_MS = 5000;
/** Also bounds how long a new tenant's first event waits for the workers to notice the tenant. */
const BLOCK_MS = 250;

/**
 * Turns events into deliveries. Each tenant's event stream has one consumer group shared by all
 * worker processes; an entry is acknowledged only after its deliveries are stored and queued, so
 * a worker killed at any point leaves it pending, and another worker claims it once idle for
 * `claimIdleMs`. Deliveries have deterministic ids, so fanning out an entry twice creates nothing
 * twice.
 */
export class EventFanout {
  private running = false;
  private loop: Promise<void> | null = null;
  private readonly known = new Set<string>();

  constructor(private readonly o: EventFanoutOptions) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async close(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    let tenants: string[] = [];
    let refreshedAt = 0;
    let claimedAt = 0;
    let seenVersion: string | null = null;
    while (this.running) {
      try {
        const version = await this.o.reader.get(tenantsVersionKey(this.o.prefix));
        if (version !== seenVersion || Date.now() - refreshedAt >= TENANT_REFRESH_MS) {
          tenants = await this.refreshTenants();
          refreshedAt = Date.now();
          seenVersion = version;
        }
        if (tenants.length === 0) {
          await sleep(200);
          continue;
        }
        if (Date.now() - claimedAt >= this.o.claimIdleMs / 2) {
          for (const tenantId of tenants) await this.reclaim(tenantId);
          claimedAt = Date.now();
        }
        const keys = tenants.map((t) => eventStreamKey(this.o.prefix, t));
        for (const [key, rows] of await this.read(keys)) {
          const tenantId = tenants[keys.indexOf(key)];
          if (tenantId) await this.fanOut(tenantId, rows);
        }
      } catch (error) {
        if (!this.running) return;
        // NOGROUP after a stream was deleted: recreate groups on the next refresh.
        this.known.clear();
        refreshedAt = 0;
        this.o.logger.warn({ err: error }, 'webhook fan-out failed; retrying');
        await sleep(500);
      }
    }
  }

  /**
   * New entries of the streams for this consumer. One XREADGROUP may only name streams of one
   * slot: with several slot groups (Redis Cluster) each is read without blocking, all at once,
   * and an empty round waits BLOCK_MS — the latency bound a single blocking read has too.
   */
  private async read(keys: readonly string[]): Promise<Array<[string, StreamRows]>> {
    const groups = groupBySlot(this.o.reader, keys);
    const streams = (group: readonly string[]) => [...group, ...group.map(() => '>')];
    const [only] = groups;
    if (groups.length === 1 && only) {
      const result = (await this.o.reader.xreadgroup(
        'GROUP',
        FANOUT_GROUP,
        this.o.consumer,
        'COUNT',
        BATCH,
        'BLOCK',
        BLOCK_MS,
        'STREAMS',
        ...streams(only),
      )) as Array<[string, StreamRows]> | null;
      return result ?? [];
    }
    const results = await Promise.all(
      groups.map(
        (group) =>
          this.o.reader.xreadgroup(
            'GROUP',
            FANOUT_GROUP,
            this.o.consumer,
            'COUNT',
            BATCH,
            'STREAMS',
            ...streams(group),
          ) as Promise<Array<[string, StreamRows]> | null>,
      ),
    );
    const rows = results.flatMap((result) => result ?? []);
    if (rows.length === 0) await sleep(BLOCK_MS);
    return rows;
  }

  private async refreshTenants(): Promise<string[]> {
    const tenants = await this.o.reader.smembers(tenantsKey(this.o.prefix));
    for (const tenantId of tenants) {
      if (this.known.has(tenantId)) continue;
      await ensureGroup(this.o.reader, eventStreamKey(this.o.prefix, tenantId));
      this.known.add(tenantId);
    }
    return tenants;
  }

  /** Takes over entries other (dead) consumers read but never acknowledged. */
  private async reclaim(tenantId: string): Promise<void> {
    const key = eventStreamKey(this.o.prefix, tenantId);
    let start = '0-0';
    do {
      const [next, rows] = (await this.o.reader.xautoclaim(
        key,
        FANOUT_GROUP,
        this.o.consumer,
        this.o.claimIdleMs,
        start,
        'COUNT',
        BATCH,
      )) as [string, StreamRows];
      const live = rows.filter((r): r is [string, string[]] => Array.isArray(r?.[1]));
      if (live.length > 0) {
        this.o.logger.info({ tenantId, count: live.length }, 'reclaimed unacknowledged events');
        await this.fanOut(tenantId, live);
      }
      start = next;
    } while (start !== '0-0' && this.running);
  }

  private async fanOut(tenantId: string, rows: StreamRows): Promise<void> {
    const began = Date.now();
    const endpoints = (await this.o.webhooks.all(tenantId)).filter((e) => e.state.status !== 'DISABLED');
    const records: DeliveryRecord[] = [];
    const bodies = new Map<string, string>();
    for (const [streamId, fields] of rows) {
      const envelope = parseEntry(tenantId, streamId, fields);
      if (!envelope) continue;
      // The publish's trace (EventLog's `t` field), kept with each delivery for its attempts' spans.
      const traceparent = fields[2] === 't' ? fields[3] : undefined;
      for (const { record } of endpoints) {
        if (!routes(envelope, record)) continue;
        if (!bodies.has(envelope.id)) bodies.set(envelope.id, JSON.stringify(envelope));
        records.push({
          id: deliveryId(record.id, envelope.id),
          tenantId,
          webhookId: record.id,
          eventId: envelope.id,
          eventType: envelope.type,
          createdAt: envelope.occurredAt,
          updatedAt: new Date().toISOString(),
          status: 'PENDING',
          attemptCount: 0,
          roundAttempts: 0,
          nextAttemptAt: envelope.occurredAt,
          round: 0,
          failureReason: null,
          ...(traceparent ? { traceparent } : {}),
        });
      }
    }
    const created = await this.o.deliveries.createMany(records, bodies);
    const fresh = records.filter((_, i) => created[i]);
    // Seen before (an entry reclaimed after a crash): queue again what is still pending; the
    // queue ignores a job id it already holds.
    const seen = await this.o.deliveries.getMany(
      tenantId,
      records.filter((_, i) => !created[i]).map((r) => r.id),
    );
    await this.o.queue.enqueue([...fresh, ...seen.filter((r) => r.status === 'PENDING')]);
    if (rows.length > 0) {
      await this.o.reader.xack(
        eventStreamKey(this.o.prefix, tenantId),
        FANOUT_GROUP,
        ...rows.map(([id]) => id),
      );
    }
    this.o.logger.debug(
      { tenantId, events: rows.length, deliveries: records.length, ms: Date.now() - began },
      'fanned out',
    );
  }
}

/** Which events an endpoint gets: its types from its creation on; webhook.* never loop back. */
function routes(event: WebhookEnvelope, endpoint: WebhookRecord): boolean {
  const about = (event.data as { webhookId?: unknown } | null)?.webhookId;
  if (event.type === 'webhook.test') return about === endpoint.id;
  // An endpoint never hears about its own failures: delivering them to it would fail again.
  if (event.type.startsWith('webhook.') && about === endpoint.id) return false;
  return endpoint.eventTypes.includes(event.type) && event.occurredAt >= endpoint.createdAt;
}

function parseEntry(tenantId: string, streamId: string, fields: string[]): WebhookEnvelope | null {
  if (fields[0] !== 'e' || !fields[1]) return null;
  try {
    const body = JSON.parse(fields[1]) as Omit<WebhookEnvelope, 'cursor' | 'publishedBy'> & {
      publishedBy: string;
    };
    if (body.tenantId !== tenantId) return null;
    return {
      id: body.id,
      type: body.type,
      tenantId,
      occurredAt: body.occurredAt,
      data: body.data,
      cursor: encodeCursor(tenantId, streamId),
      publishedBy: { subject: body.publishedBy },
    };
  } catch {
    return null;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
