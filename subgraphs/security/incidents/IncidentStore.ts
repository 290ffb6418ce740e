import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords, type KeysetPage, type TenantRecord } from '../../../lib/tenantRecords.js';
import type { IncidentSeverity, IncidentStatus } from './lifecycle.js';

export interface TimelineEntry {
  readonly at: string;
  readonly actor: string;
  readonly kind: 'opened' | 'status_changed' | 'assigned' | 'note' | 'threat_linked' | 'overdue';
  readonly fromStatus?: IncidentStatus;
  readonly toStatus?: IncidentStatus;
  readonly note?: string;
  readonly assignee?: string | null;
  readonly threatId?: string;
}

export interface IncidentRecord extends TenantRecord {
  readonly title: string;
  readonly description: string | null;
  readonly severity: IncidentSeverity;
  readonly status: IncidentStatus;
  readonly assignee: string | null;
  readonly threatIds: readonly string[];
  readonly timeline: readonly TimelineEntry[];
  readonly openedBy: string;
  readonly acknowledgedAt: string | null;
  readonly acknowledgeDueAt: string;
  readonly resolvedAt: string | null;
  readonly resolutionDueAt: string;
  /** When it was first found past a due time (the alert was raised then). */
  readonly overdueSince: string | null;
  readonly updatedAt: string;
  /** Bumped by every write: changes are compare-and-set on it. */
  readonly revision: number;
}

export interface IncidentFilter {
  readonly statuses?: readonly IncidentStatus[] | null;
  readonly severities?: readonly IncidentSeverity[] | null;
  readonly overdue?: boolean | null;
  readonly assignee?: string | null;
}

/** Timeline entries kept per incident (the oldest, including `opened`, stay; the middle is trimmed). */
const MAX_TIMELINE = 500;

/** Past a due time it has not met. */
export function isOverdue(incident: IncidentRecord, now: number): boolean {
  if (incident.status === 'RESOLVED') return false;
  if (!incident.acknowledgedAt && Date.parse(incident.acknowledgeDueAt) <= now) return true;
  return Date.parse(incident.resolutionDueAt) <= now;
}

/**
 * Security incidents: ids INC-YYYYMMDD-NNNN from a per-tenant daily counter, every change a
 * compare-and-set on the record's revision (two people updating at once both land, in order, or
 * the loser retries on the fresh record), and an index of unresolved incidents the SLA check reads.
 */
export class IncidentStore {
  readonly records: TenantRecords<IncidentRecord>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.records = new TenantRecords<IncidentRecord>(redis, prefix, 'security:incidents');
  }

  private unresolvedKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'security', 'incidents', 'unresolved');
  }

  /** Tenants with unresolved incidents: what the SLA check walks. */
  get tenantsKey(): string {
    return `${this.prefix}security:incident-tenants`;
  }

  async nextId(tenantId: string, now: Date): Promise<string> {
    const day = now.toISOString().slice(0, 10).replace(/-/g, '');
    const key = tenantKey(this.prefix, tenantId, 'security', 'incident-seq', day);
    const [[, n]] = (await this.redis
      .multi()
      .incr(key)
      .expire(key, 3 * 86_400)
      .exec()) as [[null, number]];
    return `INC-${day}-${String(n).padStart(4, '0')}`;
  }

  async create(record: IncidentRecord): Promise<IncidentRecord> {
    await this.records.put(record);
    // Two commands, not one transaction: the tenant's set and the platform's list of tenants are
    // in different hash slots. The tenant first, so the SLA walk never misses a stored incident.
    await this.redis.sadd(this.unresolvedKey(record.tenantId), record.id);
    await this.redis.sadd(this.tenantsKey, record.tenantId);
    return record;
  }

  /**
   * Applies `change` to the freshest record until it lands (5 tries). `change` returns null to
   * leave the record alone; it may throw (INVALID_TRANSITION) to refuse.
   */
  async change(
    tenantId: string,
    id: string,
    change: (current: IncidentRecord) => IncidentRecord | null,
  ): Promise<{ record: IncidentRecord; changed: boolean } | null> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await this.records.get(tenantId, id);
      if (!current) return null;
      const next = change(current);
      if (!next) return { record: current, changed: false };
      const stored: IncidentRecord = {
        ...next,
        timeline:
          next.timeline.length > MAX_TIMELINE
            ? [...next.timeline.slice(0, 1), ...next.timeline.slice(-(MAX_TIMELINE - 1))]
            : next.timeline,
        revision: current.revision + 1,
      };
      if (!(await this.records.compareAndSet(tenantId, id, current.revision, stored))) continue;
      if (stored.status === 'RESOLVED') await this.redis.srem(this.unresolvedKey(tenantId), id);
      else if (current.status === 'RESOLVED') await this.redis.sadd(this.unresolvedKey(tenantId), id);
      return { record: stored, changed: true };
    }
    throw new Error(`incident ${id} contended`);
  }

  async unresolved(tenantId: string): Promise<IncidentRecord[]> {
    const ids = await this.redis.smembers(this.unresolvedKey(tenantId));
    const found = await this.records.getMany(tenantId, ids);
    return found.filter((r): r is IncidentRecord => r !== null);
  }

  list(
    tenantId: string,
    filter: IncidentFilter,
    first: number,
    after: string | null,
    now: number,
  ): Promise<KeysetPage<IncidentRecord>> {
    return this.records.page(tenantId, {
      first,
      after,
      matches: (r) =>
        (!filter.statuses?.length || filter.statuses.includes(r.status)) &&
        (!filter.severities?.length || filter.severities.includes(r.severity)) &&
        (filter.overdue === null || filter.overdue === undefined || isOverdue(r, now) === filter.overdue) &&
        (!filter.assignee || r.assignee === filter.assignee),
    });
  }
}
