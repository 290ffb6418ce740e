// Retention beyond Redis: events older than the hot window sealed into segments, segments past
// retention deleted. One audit subgraph replica does it at a time (lib/lease).
import type { Logger } from '../../../lib/logger.js';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import type { AuditEntry, AuditTrail } from './AuditTrail.js';
import { auditTenantsKey, type AuditCheckpoints } from './checkpoints.js';
import type { AuditSegments } from './segments.js';

const DAY_MS = 86_400_000;

export interface SealerOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly trail: AuditTrail;
  readonly checkpoints: AuditCheckpoints;
  readonly segments: AuditSegments;
  readonly hotDays: number;
  readonly retentionDays: number;
  readonly minRetentionDays: number;
  readonly maxSegmentEvents: number;
  readonly logger: Logger;
  /** The clock (tests move it instead of waiting). @default Date.now */
  readonly now?: () => number;
}

export interface TenantRetention {
  /** The tenant's own setting, or the platform's AUDIT_RETENTION_DAYS. */
  readonly days: number;
  /** True when the tenant set it (setAuditRetention). */
  readonly overridden: boolean;
}

/** What one pass did for a tenant. */
export interface SealResult {
  readonly sealed: number;
  readonly segmentsWritten: number;
  readonly deleted: number;
  readonly segmentsDeleted: number;
}

/** Deletions past retention, as recorded by the sealer (AUDIT-06 / AUDIT-07 read them). */
export interface AuditDeletions {
  /** Segments deleted. */
  readonly count: number;
  readonly lastAt: string;
  /** The youngest age, in days, that any deleted record had when it was deleted. */
  readonly youngestAgeDays: number;
}

export class AuditSealer {
  constructor(private readonly o: SealerOptions) {}

  private now(): number {
    return (this.o.now ?? Date.now)();
  }

  private retentionKey(tenantId: string): string {
    return tenantKey(this.o.prefix, tenantId, 'audit', 'retention');
  }

  private deletionsKey(tenantId: string): string {
    return tenantKey(this.o.prefix, tenantId, 'audit', 'deletions');
  }

  /**
   * Notes a deletion past retention whose newest record was `newestAt`: the count, when, and the
   * youngest age (days) any deleted record had at its deletion, which retention controls judge
   * (the oldest kept record's age says nothing once a tenant was idle for a while).
   */
  async recordDeletion(tenantId: string, newestAt: string): Promise<void> {
    const key = this.deletionsKey(tenantId);
    const age = (this.now() - Date.parse(newestAt)) / DAY_MS;
    const previous = await this.o.redis.hget(key, 'youngestAgeDays');
    const youngest = previous === null ? age : Math.min(Number(previous), age);
    await this.o.redis.hset(key, {
      youngestAgeDays: String(youngest),
      lastAt: new Date(this.now()).toISOString(),
    });
    await this.o.redis.hincrby(key, 'count', 1);
  }

  /** What deletions past retention did to the tenant's log, or null when none was recorded. */
  async deletions(tenantId: string): Promise<AuditDeletions | null> {
    const fields = await this.o.redis.hgetall(this.deletionsKey(tenantId));
    if (!fields['count']) return null;
    return {
      count: Number(fields['count']),
      lastAt: fields['lastAt'] ?? '',
      youngestAgeDays: Number(fields['youngestAgeDays']),
    };
  }

  async retention(tenantId: string): Promise<TenantRetention> {
    const own = await this.o.redis.get(this.retentionKey(tenantId));
    return own === null
      ? { days: this.o.retentionDays, overridden: false }
      : { days: Number(own), overridden: true };
  }

  /** Sets the tenant's retention (null: back to the platform's); the caller checked the minimum. */
  async setRetention(tenantId: string, days: number | null): Promise<TenantRetention> {
    if (days === null) await this.o.redis.del(this.retentionKey(tenantId));
    else await this.o.redis.set(this.retentionKey(tenantId), String(days));
    return this.retention(tenantId);
  }

  /** Seals what is older than the hot window, then deletes what is past retention. */
  async sealTenant(tenantId: string): Promise<SealResult> {
    const { trail, segments } = this.o;
    const cutoff = new Date(this.now() - this.o.hotDays * DAY_MS).toISOString();
    let sealed = 0;
    let segmentsWritten = 0;
    for (;;) {
      const { trimmed } = await trail.marks(tenantId);
      const texts = await trail.rawRange(tenantId, trimmed, trimmed + this.o.maxSegmentEvents - 1);
      // Events are in append order; the hot window starts at the first one inside it.
      let n = 0;
      let newestAt = '';
      for (const text of texts) {
        const { occurredAt } = JSON.parse(text) as Pick<AuditEntry, 'occurredAt'>;
        if (occurredAt >= cutoff) break;
        newestAt = occurredAt;
        n += 1;
      }
      if (n === 0) break;
      const info = await segments.write(
        tenantId,
        trimmed,
        texts.slice(0, n),
        newestAt,
        await this.o.checkpoints.latest(tenantId),
      );
      if (!(await trail.trim(tenantId, trimmed, n))) {
        // Another sealer got there first: its segment holds these events.
        await segments.remove(tenantId, info);
        break;
      }
      sealed += n;
      segmentsWritten += 1;
      if (n < texts.length) break;
    }
    const { days } = await this.retention(tenantId);
    const expiry = new Date(this.now() - days * DAY_MS).toISOString();
    let deleted = 0;
    let segmentsDeleted = 0;
    for (const info of await segments.list(tenantId)) {
      if (info.newestAt >= expiry) break;
      const { texts } = await segments.open(tenantId, info);
      const ids = texts.map((text) => (JSON.parse(text) as Pick<AuditEntry, 'id'>).id);
      await trail.markDeleted(tenantId, info.last + 1, ids);
      await this.recordDeletion(tenantId, info.newestAt);
      await segments.remove(tenantId, info);
      deleted += texts.length;
      segmentsDeleted += 1;
    }
    return { sealed, segmentsWritten, deleted, segmentsDeleted };
  }

  /** One pass over every tenant with a trail. */
  async sweep(): Promise<void> {
    let cursor = '0';
    do {
      const [next, tenants] = await this.o.redis.sscan(auditTenantsKey(this.o.prefix), cursor, 'COUNT', 500);
      cursor = next;
      for (const tenantId of tenants) {
        try {
          const result = await this.sealTenant(tenantId);
          if (result.sealed + result.deleted > 0)
            this.o.logger.info({ tenantId, ...result }, 'audit segments sealed');
        } catch (error) {
          this.o.logger.warn({ err: error, tenantId }, 'audit sealing failed');
        }
      }
    } while (cursor !== '0');
  }
}
