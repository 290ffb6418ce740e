import type { RedisClient } from '../../lib/redis.js';
import type { Sealed, SealedValue } from '../../lib/crypto/envelope.js';
import { KeyringError } from '../../lib/crypto/keyErrors.js';
import type { Keyring } from '../../lib/crypto/keyring.js';
import type { SealedRecords } from '../../lib/crypto/rewrapSweep.js';
import { tenantKey } from '../../lib/redis.js';
import { TenantRecords, type TenantRecord } from '../../lib/tenantRecords.js';
import type { WebhookStatus } from './generated/resolvers.js';

/** An endpoint's configuration, changed only through the management API. */
export interface WebhookRecord extends TenantRecord {
  url: string;
  eventTypes: string[];
  description: string | null;
  headers: Record<string, string>;
  rateLimitPerSecond: number | null;
  /** Seconds before each retry; null means the platform default. */
  retrySchedule: number[] | null;
  createdBy: string;
  updatedAt: string;
  /** Sealed under the tenant's WEBHOOK_SECRETS key (legacy records: under a KEK until rewrapped). */
  secret: Sealed;
  /** The secret before the last rotation, still signing beside the new one until it expires. */
  previousSecret: Sealed | null;
  previousSecretExpiresAt: string | null;
}

/**
 * An endpoint's operational state, kept apart from its configuration because workers change it
 * (disable, failure tracking) concurrently with users (pause, resume): each field is one atomic
 * HSET, so neither side can overwrite the other's change with a stale copy.
 */
export interface WebhookState {
  status: WebhookStatus;
  statusReason: string | null;
  /** When the current run of failures began (ms), null while healthy. */
  failingSince: number | null;
  /** A delivery was exhausted during the current failure run; the next success is a recovery. */
  degraded: boolean;
  /** After 429/502/504 every delivery of the endpoint waits until then (ms). */
  throttledUntil: number | null;
}

export const SECRET_OVERLAP_MS = 24 * 3600 * 1000;

export class WebhookStore {
  readonly records: TenantRecords<WebhookRecord>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly keyring: Keyring,
  ) {
    this.records = new TenantRecords<WebhookRecord>(redis, prefix, 'integrations:webhooks');
  }

  private hashKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations:webhooks');
  }

  private stateKey(tenantId: string, id: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'webhook-state', id);
  }

  async getState(tenantId: string, id: string): Promise<WebhookState> {
    return toState(await this.redis.hgetall(this.stateKey(tenantId, id)));
  }

  /** Configuration and state in one round trip; null when the endpoint is not in this tenant. */
  async load(tenantId: string, id: string): Promise<{ record: WebhookRecord; state: WebhookState } | null> {
    const [raw, state] = await Promise.all([
      this.redis.hget(this.hashKey(tenantId), id),
      this.redis.hgetall(this.stateKey(tenantId, id)),
    ]);
    if (!raw) return null;
    return { record: withDefaults(JSON.parse(raw) as WebhookRecord), state: toState(state) };
  }

  /** Every endpoint of a tenant (the fan-out matches events against them). */
  async all(tenantId: string): Promise<Array<{ record: WebhookRecord; state: WebhookState }>> {
    const raws = await this.redis.hvals(this.hashKey(tenantId));
    const records = raws.map((r) => withDefaults(JSON.parse(r) as WebhookRecord));
    const pipeline = this.redis.pipeline();
    for (const r of records) pipeline.hgetall(this.stateKey(tenantId, r.id));
    const states = (await pipeline.exec()) ?? [];
    return records.map((record, i) => ({ record, state: toState(states[i]?.[1]) }));
  }

  async setState(tenantId: string, id: string, patch: Partial<WebhookState>): Promise<void> {
    const fields: Record<string, string> = {};
    const remove: string[] = [];
    for (const [name, value] of Object.entries(patch)) {
      if (value === null || value === false) remove.push(name);
      else fields[name] = String(value === true ? 1 : value);
    }
    const tx = this.redis.multi();
    if (Object.keys(fields).length > 0) tx.hset(this.stateKey(tenantId, id), fields);
    if (remove.length > 0) tx.hdel(this.stateKey(tenantId, id), ...remove);
    await tx.exec();
  }

  /** Marks the start of a failure run unless one is already running; returns its start. */
  async markFailing(tenantId: string, id: string, now: number): Promise<number> {
    const key = this.stateKey(tenantId, id);
    const result = await this.redis.multi().hsetnx(key, 'failingSince', now).hget(key, 'failingSince').exec();
    return Number(result?.[1]?.[1] ?? now);
  }

  /** Disables the endpoint unless already disabled; true only for the caller that disabled it. */
  async disableOnce(tenantId: string, id: string, reason: string): Promise<boolean> {
    const changed = await this.redis.eval(
      "if redis.call('HGET', KEYS[1], 'status') == 'DISABLED' then return 0 end " +
        "redis.call('HSET', KEYS[1], 'status', 'DISABLED', 'statusReason', ARGV[1]) return 1",
      1,
      this.stateKey(tenantId, id),
      reason,
    );
    return Number(changed) === 1;
  }

  /** Ends a failure run; true only for the caller that cleared a degraded endpoint (a recovery). */
  async clearFailing(tenantId: string, id: string): Promise<boolean> {
    const result = await this.redis
      .multi()
      .hdel(this.stateKey(tenantId, id), 'degraded')
      .hdel(this.stateKey(tenantId, id), 'failingSince')
      .exec();
    return Number(result?.[0]?.[1] ?? 0) === 1;
  }

  private heldKey(tenantId: string, id: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'webhook', id, 'held');
  }

  /** Parks a delivery of a paused endpoint (a queue-job description) until resume drains it. */
  async hold(tenantId: string, id: string, job: string): Promise<void> {
    await this.redis.sadd(this.heldKey(tenantId, id), job);
  }

  /** Takes a parked delivery back; true only for the one caller that removed it. */
  async unhold(tenantId: string, id: string, job: string): Promise<boolean> {
    return (await this.redis.srem(this.heldKey(tenantId, id), job)) === 1;
  }

  /** Removes and returns up to `count` parked deliveries. */
  async drainHeld(tenantId: string, id: string, count: number): Promise<string[]> {
    return this.redis.spop(this.heldKey(tenantId, id), count);
  }

  async delete(tenantId: string, id: string): Promise<boolean> {
    await this.redis.del(this.stateKey(tenantId, id));
    return this.records.delete(tenantId, id);
  }

  /**
   * The plaintext secrets that sign now: the current one, and the previous while it overlaps.
   * Throws KeyringError when the current one cannot be opened (KEY_DESTROYED, …); a previous one
   * that cannot be opened any more (destroyed with its key, a new secret rotated in since) is left
   * out.
   */
  async signingSecrets(record: WebhookRecord, now = Date.now()): Promise<string[]> {
    const overlapping =
      record.previousSecret !== null &&
      record.previousSecretExpiresAt !== null &&
      Date.parse(record.previousSecretExpiresAt) > now;
    const [current, previous] = await Promise.all([
      this.keyring.open(record.tenantId, 'WEBHOOK_SECRETS', record.secret),
      overlapping && record.previousSecret
        ? this.keyring
            .open(record.tenantId, 'WEBHOOK_SECRETS', record.previousSecret)
            .catch((error: unknown) => {
              if (error instanceof KeyringError && error.permanent) return null;
              throw error;
            })
        : null,
    ]);
    return previous === null ? [current] : [current, previous];
  }

  /** Called when some tenant's secrets key was destroyed or had versions retired (any process). */
  onSecretsRevoked(listener: () => void): () => void {
    return this.keyring.onChange((change) => {
      if (
        change.purpose === 'WEBHOOK_SECRETS' &&
        (change.change === 'destroyed' || change.change === 'retired')
      )
        listener();
    });
  }

  seal(tenantId: string, secret: string): Promise<SealedValue> {
    return this.keyring.seal(tenantId, 'WEBHOOK_SECRETS', secret);
  }

  /** Where the rewrap sweep finds the secrets (webhookWorker). */
  readonly sealedRecords: SealedRecords<WebhookRecord> = {
    hashKey: (tenantId) => this.hashKey(tenantId),
    sealed: (record) => [record.secret, record.previousSecret ?? null],
    withSealed: (record, [secret, previousSecret]) => ({
      ...record,
      secret: secret as Sealed,
      previousSecret: previousSecret ?? null,
    }),
  };
}

function withDefaults(record: WebhookRecord): WebhookRecord {
  return {
    ...record,
    headers: record.headers ?? {},
    rateLimitPerSecond: record.rateLimitPerSecond ?? null,
    retrySchedule: record.retrySchedule ?? null,
    updatedAt: record.updatedAt ?? record.createdAt,
    previousSecret: record.previousSecret ?? null,
    previousSecretExpiresAt: record.previousSecretExpiresAt ?? null,
  };
}

function toState(raw: unknown): WebhookState {
  const fields = (raw ?? {}) as Record<string, string | undefined>;
  return {
    status: (fields.status as WebhookStatus | undefined) ?? 'ACTIVE',
    statusReason: fields.statusReason ?? null,
    failingSince: fields.failingSince ? Number(fields.failingSince) : null,
    degraded: fields.degraded === '1',
    throttledUntil: fields.throttledUntil ? Number(fields.throttledUntil) : null,
  };
}
