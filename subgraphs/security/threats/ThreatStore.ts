import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import { TenantRecords, type KeysetPage, type TenantRecord } from '../../../lib/tenantRecords.js';

export type ThreatType = 'BRUTE_FORCE_ATTACK' | 'DATA_EXFILTRATION' | 'ANOMALOUS_BEHAVIOR';
export type ThreatStatus = 'OPEN' | 'CONFIRMED' | 'DISMISSED';

export interface ThreatRecord extends TenantRecord {
  readonly type: ThreatType;
  /** What was detected: `auth_failures`, `password_spray`, `export_volume`, `new_ip`, … */
  readonly condition: string;
  /** 0–1. */
  readonly severity: number;
  readonly confidence: number;
  /** The credential or principal the threat concerns; never a secret. */
  readonly principal: string | null;
  readonly clientIp: string | null;
  readonly evidence: Record<string, unknown>;
  readonly detectedAt: string;
  readonly lastSeenAt: string;
  readonly occurrences: number;
  readonly status: ThreatStatus;
  readonly incidentId: string | null;
  readonly response: string | null;
  readonly notes: ReadonlyArray<{ readonly at: string; readonly by: string; readonly note: string }>;
  /** Bumped by every write: changes are compare-and-set on it (absent on early records: 0). */
  readonly revision?: number;
}

export interface Detection {
  readonly tenantId: string;
  readonly type: ThreatType;
  readonly condition: string;
  readonly severity: number;
  readonly confidence: number;
  readonly principal: string | null;
  readonly clientIp: string | null;
  readonly evidence: Record<string, unknown>;
  /**
   * The tenant comes from a credential nobody verified (a failing JWT's `tenant_id`): anyone can
   * name any tenant there, so such a threat never opens an incident or suspends a key by itself.
   */
  readonly tenantClaimed?: boolean;
}

export function riskOf(threat: Pick<ThreatRecord, 'severity' | 'confidence'>): number {
  return Math.round(100 * threat.severity * threat.confidence);
}

export interface ThreatFilter {
  readonly types?: readonly ThreatType[] | null;
  readonly statuses?: readonly ThreatStatus[] | null;
  readonly minSeverity?: number | null;
  readonly principal?: string | null;
}

/**
 * Security threats (detections), walled by tenant like every record. One open threat per
 * (type, condition, principal): a detection of the same condition updates it — occurrences,
 * last seen, newest evidence, highest severity — instead of adding a duplicate. The claim on that
 * slot is an HSETNX, so two detector replicas racing on one condition still make one threat.
 */
export class ThreatStore {
  readonly records: TenantRecords<ThreatRecord>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.records = new TenantRecords<ThreatRecord>(redis, prefix, 'security:threats');
  }

  private openKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'security', 'open-threats');
  }

  private static slot(detection: Pick<Detection, 'type' | 'condition' | 'principal'>): string {
    return `${detection.type}\n${detection.condition}\n${detection.principal ?? ''}`;
  }

  /** Records a detection: a new threat, or the open one of its condition updated. */
  async raise(detection: Detection, now = new Date()): Promise<{ threat: ThreatRecord; created: boolean }> {
    const slot = ThreatStore.slot(detection);
    const at = now.toISOString();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const openId = await this.redis.hget(this.openKey(detection.tenantId), slot);
      if (openId) {
        // Recurrence: the open threat of the condition is updated, unless someone dismissed it
        // meanwhile (then the slot is free and a new threat starts).
        const updated = await this.change(detection.tenantId, openId, (current) =>
          current.status === 'DISMISSED'
            ? null
            : {
                ...current,
                severity: Math.max(current.severity, detection.severity),
                confidence: Math.max(current.confidence, detection.confidence),
                clientIp: detection.clientIp ?? current.clientIp,
                evidence: detection.evidence,
                lastSeenAt: at,
                occurrences: current.occurrences + 1,
              },
        );
        if (updated?.changed) return { threat: updated.record, created: false };
      }
      const { tenantClaimed: _claimed, ...detected } = detection;
      const threat: ThreatRecord = {
        ...detected,
        id: randomUUID(),
        createdAt: at,
        detectedAt: at,
        lastSeenAt: at,
        occurrences: 1,
        status: 'OPEN',
        incidentId: null,
        response: null,
        notes: [],
        revision: 1,
      };
      const claimed = openId
        ? // The slot's threat was dismissed (or lost): take the slot over only if it is unchanged.
          Number(
            await this.redis.eval(
              "if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0",
              1,
              this.openKey(detection.tenantId),
              slot,
              openId,
              threat.id,
            ),
          )
        : await this.redis.hsetnx(this.openKey(detection.tenantId), slot, threat.id);
      if (claimed === 1) return { threat: await this.records.put(threat), created: true };
    }
    throw new Error('threat slot contended');
  }

  /**
   * Applies `apply` to the freshest record until it lands (compare-and-set on the revision, 5
   * tries): a detection and a person's verdict never overwrite each other. `apply` returns null to
   * leave the record alone. A dismissed threat frees its condition's slot.
   */
  async change(
    tenantId: string,
    id: string,
    apply: (current: ThreatRecord) => ThreatRecord | null,
  ): Promise<{ record: ThreatRecord; changed: boolean } | null> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await this.records.get(tenantId, id);
      if (!current) return null;
      const next = apply(current);
      if (!next) return { record: current, changed: false };
      const revision = current.revision ?? 0;
      const stored: ThreatRecord = { ...next, revision: revision + 1 };
      if (!(await this.records.compareAndSet(tenantId, id, revision, stored))) continue;
      if (stored.status === 'DISMISSED' && current.status !== 'DISMISSED')
        await this.redis.eval(
          "if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[1], ARGV[1]) end return 1",
          1,
          this.openKey(tenantId),
          ThreatStore.slot(stored),
          stored.id,
        );
      return { record: stored, changed: true };
    }
    throw new Error(`threat ${id} contended`);
  }

  /** Newest first, filtered; keyset cursors (creation time, id) so inserts never shift a page. */
  async list(
    tenantId: string,
    filter: ThreatFilter,
    first: number,
    after: string | null,
  ): Promise<KeysetPage<ThreatRecord>> {
    return this.records.page(tenantId, {
      first,
      after,
      matches: (t) =>
        (!filter.types?.length || filter.types.includes(t.type)) &&
        (!filter.statuses?.length || filter.statuses.includes(t.status)) &&
        (filter.minSeverity === null ||
          filter.minSeverity === undefined ||
          t.severity >= filter.minSeverity) &&
        (!filter.principal || t.principal === filter.principal),
    });
  }
}
