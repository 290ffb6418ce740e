import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords, type KeysetPage, type TenantRecord } from '../../../lib/tenantRecords.js';
import type {
  DataSubjectRequestStatus,
  DataSubjectRequestType,
  PrivacyRegime,
} from '../generated/resolvers.js';
import { isOpen } from './deadlines.js';

export interface DsrChange {
  readonly at: string;
  readonly actor: string;
  readonly kind: 'created' | 'status_changed' | 'extended' | 'due_soon' | 'overdue';
  readonly fromStatus?: DataSubjectRequestStatus;
  readonly toStatus?: DataSubjectRequestStatus;
  readonly note?: string;
}

export interface PackageSummary {
  readonly generatedAt: string;
  readonly byteSize: number;
  readonly auditEvents: number;
  readonly apiKeys: number;
  readonly webhooks: number;
  readonly alertRules: number;
  readonly exportJobs: number;
}

export interface ErasureResult {
  readonly erasedAt: string;
  readonly auditEventsAffected: number;
  readonly keyDestroyed: boolean;
  readonly packagesDeleted: number;
  /** Records other subgraphs kept about the subject apart from the trail (threat detection's IPs). */
  readonly subgraphRecordsErased: number;
}

export interface DsrRecord extends TenantRecord {
  readonly type: DataSubjectRequestType;
  readonly regime: PrivacyRegime;
  readonly subjectId: string;
  readonly status: DataSubjectRequestStatus;
  readonly dueAt: string;
  readonly extension: {
    readonly reason: string;
    readonly noticeAt: string;
    readonly previousDueAt: string;
    readonly extendedBy: string;
  } | null;
  readonly note: string | null;
  readonly requestedBy: string;
  readonly completedAt: string | null;
  readonly rejectedAt: string | null;
  readonly rejectionReason: string | null;
  readonly history: readonly DsrChange[];
  /** When the near-deadline alert was raised for the current due time (cleared by an extension). */
  readonly dueSoonAt: string | null;
  readonly overdueAt: string | null;
  readonly packageSummary: PackageSummary | null;
  readonly erasure: ErasureResult | null;
  readonly updatedAt: string;
  /** Bumped by every write: changes are compare-and-set on it. */
  readonly revision: number;
}

/** What the compliance control "data-subject requests answered in time" weighs. */
export interface DeadlineFacts {
  readonly open: number;
  readonly overdue: Array<{ id: string; dueAt: string }>;
  readonly answeredLate: Array<{ id: string }>;
}

/**
 * How far back a request answered after its due time still fails DSR-01: twelve months, the
 * period an annual assessment looks at. An older late answer is history, not a current failure.
 */
export const ANSWERED_LATE_WINDOW_DAYS = 365;

/** Records `facts` reads at most per tenant (newest first). */
const FACTS_SCAN = 100_000;

/**
 * Data-subject requests in Redis: TenantRecords (id → JSON, creation index), every change a
 * compare-and-set on the revision, an index of open requests per tenant and the set of tenants
 * with open ones (what the deadline check walks), and each answered ACCESS / PORTABILITY
 * request's sealed package.
 */
export class DsrStore {
  readonly records: TenantRecords<DsrRecord>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.records = new TenantRecords<DsrRecord>(redis, prefix, 'compliance:dsr');
  }

  private openKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'compliance', 'dsr', 'open');
  }

  packageKey(tenantId: string, id: string): string {
    return tenantKey(this.prefix, tenantId, 'compliance', 'dsr', 'package', id);
  }

  /** Tenants with open requests: what the deadline check walks. */
  get tenantsKey(): string {
    return `${this.prefix}compliance:dsr-tenants`;
  }

  async create(record: DsrRecord): Promise<DsrRecord> {
    await this.records.put(record);
    // The tenant's set and the platform's list are in different hash slots: the tenant first,
    // so the deadline walk never misses a stored request.
    await this.redis.sadd(this.openKey(record.tenantId), record.id);
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
    change: (current: DsrRecord) => DsrRecord | null,
  ): Promise<{ record: DsrRecord; changed: boolean } | null> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await this.records.get(tenantId, id);
      if (!current) return null;
      const next = change(current);
      if (!next) return { record: current, changed: false };
      const stored: DsrRecord = { ...next, revision: current.revision + 1 };
      if (!(await this.records.compareAndSet(tenantId, id, current.revision, stored))) continue;
      if (!isOpen(stored.status)) await this.redis.srem(this.openKey(tenantId), id);
      return { record: stored, changed: true };
    }
    throw new Error(`data-subject request ${id} contended`);
  }

  async open(tenantId: string): Promise<DsrRecord[]> {
    const ids = await this.redis.smembers(this.openKey(tenantId));
    const found = await this.records.getMany(tenantId, ids);
    return found.filter((r): r is DsrRecord => r !== null && isOpen(r.status));
  }

  /** Drops a tenant from the walk once it has no open request (re-added if one arrived meanwhile). */
  async forgetTenantIfIdle(tenantId: string): Promise<void> {
    if ((await this.redis.scard(this.openKey(tenantId))) > 0) return;
    await this.redis.srem(this.tenantsKey, tenantId);
    if ((await this.redis.scard(this.openKey(tenantId))) > 0)
      await this.redis.sadd(this.tenantsKey, tenantId);
  }

  list(
    tenantId: string,
    status: DataSubjectRequestStatus | null,
    first: number,
    after: string | null,
  ): Promise<KeysetPage<DsrRecord>> {
    return this.records.page(tenantId, { first, after, matches: (r) => !status || r.status === status });
  }

  /** Every request of the tenant, newest first, in keyset pages (at most FACTS_SCAN). */
  async *all(tenantId: string): AsyncGenerator<DsrRecord[]> {
    let after: string | null = null;
    for (let read = 0; read < FACTS_SCAN;) {
      const page: KeysetPage<DsrRecord> = await this.records.page(tenantId, {
        first: 500,
        after,
        matches: () => true,
      });
      read += page.items.length;
      if (page.items.length > 0) yield page.items;
      if (!page.hasNextPage || !page.endCursor) return;
      after = page.endCursor;
    }
  }

  async putPackage(tenantId: string, id: string, sealed: string): Promise<void> {
    await this.redis.set(this.packageKey(tenantId, id), sealed);
  }

  async getPackage(tenantId: string, id: string): Promise<string | null> {
    return this.redis.get(this.packageKey(tenantId, id));
  }

  async deletePackages(tenantId: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.redis.del(...ids.map((id) => this.packageKey(tenantId, id)));
  }

  /**
   * The tenant's open requests, those open past their due time, and those answered after it
   * within the last ANSWERED_LATE_WINDOW_DAYS.
   */
  async deadlineFacts(tenantId: string, now = Date.now()): Promise<DeadlineFacts> {
    let open = 0;
    const overdue: Array<{ id: string; dueAt: string }> = [];
    const answeredLate: Array<{ id: string }> = [];
    const lateSince = now - ANSWERED_LATE_WINDOW_DAYS * 86_400_000;
    for await (const page of this.all(tenantId)) {
      for (const r of page) {
        if (isOpen(r.status)) {
          open += 1;
          if (Date.parse(r.dueAt) <= now) overdue.push({ id: r.id, dueAt: r.dueAt });
          continue;
        }
        const answeredAt = r.completedAt ?? r.rejectedAt;
        if (answeredAt && Date.parse(answeredAt) > Date.parse(r.dueAt) && Date.parse(answeredAt) >= lateSince)
          answeredLate.push({ id: r.id });
      }
    }
    return { open, overdue, answeredLate };
  }
}
