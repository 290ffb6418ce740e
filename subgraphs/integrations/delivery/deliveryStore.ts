import { createHash } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import type { WebhookDeliveryStatus } from '../generated/resolvers.js';

export interface DeliveryRecord {
  id: string;
  tenantId: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  createdAt: string;
  updatedAt: string;
  status: WebhookDeliveryStatus;
  attemptCount: number;
  nextAttemptAt: string | null;
  /** Increments on each replay so a replay gets a queue job of its own. */
  round: number;
  /** Attempts in the current round: the retry schedule restarts with each replay. */
  roundAttempts: number;
  /** Why a FAILED delivery ended (last error, 410, endpoint deleted or disabled); null otherwise. */
  failureReason: string | null;
  /** The trace of the event's publish, when it was traced: each attempt's span links to it. */
  traceparent?: string;
}

export interface AttemptRecord {
  number: number;
  at: string;
  statusCode: number | null;
  durationMs: number;
  responseBody: string | null;
  error: string | null;
  succeeded: boolean;
}

/** What Subscription.webhookDeliveryUpdated streams, over Redis pub/sub. */
export interface DeliveryUpdate {
  delivery: DeliveryRecord;
  attempt: AttemptRecord | null;
}

export interface DeliveryFilter {
  status?: WebhookDeliveryStatus | null;
  eventType?: string | null;
  /** Inclusive bounds on creation time, ms. */
  from?: number | null;
  to?: number | null;
}

const MAX_ATTEMPTS_KEPT = 50;
/** Bound on index entries one page may scan when filters skip most of them. */
const MAX_SCAN = 5000;

// KEYS: record, attempts. ARGV: record JSON, attempt JSON or '', ttl, attempts kept, channel, update.
const SAVE = `
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
if ARGV[2] ~= '' then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  redis.call('LTRIM', KEYS[2], -tonumber(ARGV[4]), -1)
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
redis.call('PUBLISH', ARGV[5], ARGV[6])
return 1
`;

interface SaveCommand {
  webhookSaveDelivery(
    recordKey: string,
    attemptsKey: string,
    record: string,
    attempt: string,
    ttlSeconds: number,
    keep: number,
    channel: string,
    update: string,
  ): Promise<number>;
}

/** One delivery per (endpoint, event): deterministic, so a repeated fan-out finds the same one. */
export function deliveryId(webhookId: string, eventId: string): string {
  return `dlv_${createHash('sha256').update(`${webhookId}\n${eventId}`).digest('base64url').slice(0, 24)}`;
}

/**
 * Delivery records and their attempts, walled by tenant and expiring after retention. Each
 * endpoint has an index of its deliveries by creation time for listing and recovery.
 */
export class DeliveryStore {
  private readonly ttlSeconds: number;
  private readonly redis: RedisClient & SaveCommand;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
    retentionDays: number,
  ) {
    this.ttlSeconds = retentionDays * 86_400;
    redis.defineCommand('webhookSaveDelivery', { numberOfKeys: 2, lua: SAVE });
    this.redis = redis as RedisClient & SaveCommand;
  }

  private key(tenantId: string, id: string, ...rest: string[]): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'delivery', id, ...rest);
  }

  private indexKey(tenantId: string, webhookId: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'webhook', webhookId, 'deliveries');
  }

  feedChannel(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'delivery-feed');
  }

  /**
   * Stores new deliveries of one tenant in one transaction, with each event's body once (all its
   * deliveries POST the same bytes, replays included). For each delivery, false when it already
   * existed (a repeated fan-out after a crash), in which case it is left as it is.
   */
  async createMany(
    records: readonly DeliveryRecord[],
    bodies: ReadonlyMap<string, string>,
  ): Promise<boolean[]> {
    if (records.length === 0) return [];
    const tx = this.redis.multi();
    for (const [eventId, body] of bodies) {
      tx.set(this.bodyKey(records[0]?.tenantId as string, eventId), body, 'EX', this.ttlSeconds, 'NX');
    }
    const first = bodies.size;
    for (const record of records) {
      const index = this.indexKey(record.tenantId, record.webhookId);
      tx.set(this.key(record.tenantId, record.id), JSON.stringify(record), 'EX', this.ttlSeconds, 'NX')
        .zadd(index, 'NX', Date.parse(record.createdAt), record.id)
        .expire(index, this.ttlSeconds);
    }
    // Index entries past retention point at expired records: drop them as new ones arrive.
    for (const index of new Set(records.map((r) => this.indexKey(r.tenantId, r.webhookId)))) {
      tx.zremrangebyscore(index, 0, Date.now() - this.ttlSeconds * 1000);
    }
    const results = (await tx.exec()) ?? [];
    return records.map((_, i) => results[first + i * 3]?.[1] === 'OK');
  }

  /** The envelope JSON POSTed for an event; null past retention. */
  body(tenantId: string, eventId: string): Promise<string | null> {
    return this.redis.get(this.bodyKey(tenantId, eventId));
  }

  private bodyKey(tenantId: string, eventId: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'event-body', eventId);
  }

  async get(tenantId: string, id: string): Promise<DeliveryRecord | null> {
    const raw = await this.redis.get(this.key(tenantId, id));
    return raw ? (JSON.parse(raw) as DeliveryRecord) : null;
  }

  async attempts(tenantId: string, id: string): Promise<AttemptRecord[]> {
    const raws = await this.redis.lrange(this.key(tenantId, id, 'attempts'), 0, -1);
    return raws.map((r) => JSON.parse(r) as AttemptRecord);
  }

  /**
   * Saves the delivery's new state with the attempt that caused it, and tells live watchers, in
   * one script call: the busiest write of the worker, so one command instead of five.
   */
  async save(record: DeliveryRecord, attempt: AttemptRecord | null): Promise<void> {
    const recordJson = JSON.stringify(record);
    const attemptJson = attempt ? JSON.stringify(attempt) : '';
    // The feed message (a DeliveryUpdate) reuses both serialisations rather than redoing them.
    const update = `{"delivery":${recordJson},"attempt":${attemptJson || 'null'}}`;
    await this.redis.webhookSaveDelivery(
      this.key(record.tenantId, record.id),
      this.key(record.tenantId, record.id, 'attempts'),
      recordJson,
      attemptJson,
      this.ttlSeconds,
      MAX_ATTEMPTS_KEPT,
      this.feedChannel(record.tenantId),
      update,
    );
  }

  /**
   * One page of an endpoint's deliveries, newest first. The cursor is the (time, id) of the last
   * item, so deliveries created meanwhile neither shift nor repeat the pages.
   */
  async list(
    tenantId: string,
    webhookId: string,
    filter: DeliveryFilter,
    first: number,
    after: string | null,
  ): Promise<{ items: DeliveryRecord[]; endCursor: string | null; hasNextPage: boolean }> {
    let max = filter.to ?? Number.POSITIVE_INFINITY;
    let afterId: string | null = null;
    if (after) {
      const [score, id] = Buffer.from(after, 'base64url').toString('utf8').split('\n');
      if (score && id) {
        max = Math.min(max, Number(score));
        afterId = id;
      }
    }
    const min = filter.from ?? 0;
    const items: DeliveryRecord[] = [];
    const last = { score: 0, id: '' };
    let scanned = 0;
    let offset = 0;
    for (;;) {
      const page = await this.redis.zrevrangebyscore(
        this.indexKey(tenantId, webhookId),
        max === Number.POSITIVE_INFINITY ? '+inf' : max,
        min,
        'WITHSCORES',
        'LIMIT',
        offset,
        200,
      );
      if (page.length === 0) return { items, endCursor: null, hasNextPage: false };
      offset += page.length / 2;
      const entries: Array<{ id: string; score: number }> = [];
      for (let i = 0; i < page.length; i += 2) {
        const id = page[i] as string;
        const score = Number(page[i + 1]);
        // Same-millisecond entries come in descending id order; skip up to the cursor's.
        if (afterId && score === max && id >= afterId) continue;
        entries.push({ id, score });
      }
      const records = entries.length
        ? await this.redis.mget(...entries.map((e) => this.key(tenantId, e.id)))
        : [];
      for (const [i, raw] of records.entries()) {
        scanned += 1;
        const entry = entries[i] as { id: string; score: number };
        last.score = entry.score;
        last.id = entry.id;
        if (!raw) continue;
        const record = JSON.parse(raw) as DeliveryRecord;
        if (filter.status && record.status !== filter.status) continue;
        if (filter.eventType && record.eventType !== filter.eventType) continue;
        items.push(record);
        if (items.length === first) return { items, endCursor: cursorOf(last), hasNextPage: true };
      }
      if (scanned >= MAX_SCAN) return { items, endCursor: cursorOf(last), hasNextPage: true };
    }
  }

  /** Ids of an endpoint's deliveries created in [from, to], oldest first, at most `limit`. */
  async idsBetween(
    tenantId: string,
    webhookId: string,
    from: number,
    to: number,
    limit: number,
  ): Promise<string[]> {
    return this.redis.zrangebyscore(this.indexKey(tenantId, webhookId), from, to, 'LIMIT', 0, limit);
  }

  async getMany(tenantId: string, ids: readonly string[]): Promise<DeliveryRecord[]> {
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(...ids.map((id) => this.key(tenantId, id)));
    return raws.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as DeliveryRecord);
  }
}

function cursorOf(last: { score: number; id: string }): string {
  return Buffer.from(`${last.score}\n${last.id}`, 'utf8').toString('base64url');
}
