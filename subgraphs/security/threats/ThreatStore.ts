import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { TenantRecords, type TenantRecord } from '../../../lib/tenantRecords.js';

export type ThreatType = 'BRUTE_FORCE_ATTACK' | 'DATA_EXFILTRATION' | 'ANOMALOUS_BEHAVIOR';
export type ThreatStatus = 'OPEN' | 'CONFIRMED' | 'DISMISSED';

export interface ThreatRecord extends TenantRecord {
  readonly type: ThreatType;
  /** 0–1. */
  readonly severity: number;
  readonly confidence: number;
  /** The credential or principal the threat concerns; never a secret. */
  readonly principal: string | null;
  readonly clientIp: string | null;
  readonly evidence: Record<string, unknown>;
  readonly detectedAt: string;
  readonly status: ThreatStatus;
}

export { PLATFORM_TENANT } from '../../../lib/principal.js';

export type ThreatInput = Omit<ThreatRecord, 'id' | 'createdAt' | 'detectedAt' | 'status'>;

/** Security threats (detections), walled by tenant like every record. */
export class ThreatStore {
  readonly records: TenantRecords<ThreatRecord>;

  constructor(redis: Redis, prefix: string) {
    this.records = new TenantRecords<ThreatRecord>(redis, prefix, 'security:threats');
  }

  async record(input: ThreatInput, now = new Date()): Promise<ThreatRecord> {
    return this.records.put({
      ...input,
      id: randomUUID(),
      createdAt: now.toISOString(),
      detectedAt: now.toISOString(),
      status: 'OPEN',
    });
  }
}
