import type {
  ExportDestinationKind,
  ExportFormat,
  ExportStatus,
  ExportType,
} from '../generated/resolvers.js';
import type { Config } from '../../../lib/config.js';
import type { TenantRecord } from '../../../lib/tenantRecords.js';

export type { ExportDestinationKind, ExportFormat, ExportStatus, ExportType };

/** States a job never leaves: cancel is refused and workers stop. */
export const FINAL_STATUSES: readonly ExportStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

export function jobParams(record: Pick<ExportJobRecord, 'paramsJson'>): Record<string, unknown> {
  return record.paramsJson ? (JSON.parse(record.paramsJson) as Record<string, unknown>) : {};
}

export function isFinal(status: ExportStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** EXPORTS_RETENTION_HOURS in ms. */
export function retentionMs(config: Pick<Config, 'EXPORTS_RETENTION_HOURS'>): number {
  return config.EXPORTS_RETENTION_HOURS * 3_600_000;
}

/**
 * When retention deletes the job (ms): completion + EXPORTS_RETENTION_HOURS; null until final.
 * Derived, not stored, so a changed retention applies to jobs already finished.
 */
export function expiresAtMs(
  record: Pick<ExportJobRecord, 'status' | 'completedAt'>,
  retentionMs: number,
): number | null {
  if (!isFinal(record.status) || !record.completedAt) return null;
  return Date.parse(record.completedAt) + retentionMs;
}

/** Past retention: hidden from every read even before the sweeper has deleted it. */
export function isExpired(
  record: Pick<ExportJobRecord, 'status' | 'completedAt'>,
  retentionMs: number,
  nowMs = Date.now(),
): boolean {
  const expiry = expiresAtMs(record, retentionMs);
  return expiry !== null && expiry <= nowMs;
}

/** Where a finished file lives; `key` is relative to the destination (never a client input). */
export interface StoredFile {
  key: string;
  fileName: string;
  contentType: string;
  fileSize: number;
  sha256: string;
  /** `s3://bucket/key` for S3 (ExportJob.location); absent for LOCAL. */
  location?: string;
}

/** One export job as stored in Redis (TenantRecords layout, updated atomically by JobStore). */
export interface ExportJobRecord extends TenantRecord {
  type: ExportType;
  format: ExportFormat;
  status: ExportStatus;
  destination: ExportDestinationKind;
  /** S3: the checked client folder inside the tenant's folder (parseClientPrefix); absent on older records. */
  destinationPrefix?: string | null;
  requestedBy: string;
  packageId: string | null;
  query: string | null;
  /**
   * CUSTOM_QUERY parameters and format options as JSON text: the transition script round-trips
   * records through Lua cjson, which would turn an empty list into a map.
   */
  paramsJson: string;
  processed: number;
  total: number | null;
  file: StoredFile | null;
  error: { code: string; message: string } | null;
  startedAt: string | null;
  completedAt: string | null;
  /** Times a worker found this job PROCESSING with no live worker (crash) and took it over. */
  recoveries: number;
  /**
   * Times a run failed transiently in Neo4j (retryPolicy.ts) and the job was queued again;
   * absent on records older than retries.
   */
  retries?: number;
  /** Bumped by every stored change; watchers skip changes older than what they have shown. */
  version?: number;
}

export type NewJob = Pick<
  ExportJobRecord,
  | 'id'
  | 'tenantId'
  | 'type'
  | 'format'
  | 'destination'
  | 'destinationPrefix'
  | 'requestedBy'
  | 'packageId'
  | 'query'
  | 'paramsJson'
>;

/** A job as it starts: QUEUED, nothing processed, no file yet. */
export function queuedJob(job: NewJob): ExportJobRecord {
  return {
    ...job,
    createdAt: new Date().toISOString(),
    status: 'QUEUED',
    processed: 0,
    total: null,
    file: null,
    error: null,
    startedAt: null,
    completedAt: null,
    recoveries: 0,
    retries: 0,
  };
}

/** The subset of a record a transition may change. */
export type JobPatch = Partial<
  Pick<
    ExportJobRecord,
    | 'status'
    | 'processed'
    | 'total'
    | 'file'
    | 'error'
    | 'startedAt'
    | 'completedAt'
    | 'recoveries'
    | 'retries'
  >
>;
