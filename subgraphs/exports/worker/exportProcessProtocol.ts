import { PlatformError, type ErrorCode } from '../../../lib/errors.js';
import type { SegmentStoreConfig } from '../../audit/auditApi.js';
import type { DestinationConfig } from '../destinations/createDestination.js';
import type { ExportJobRecord } from '../jobs/ExportJobRecord.js';
import { ExportCancelled, ExportHandedBack, ExportRetryLater, type AbortReason } from './outcomes.js';
import { isRetryableNeo4jError } from './retryPolicy.js';
import type { RunResult } from './runExport.js';

/** What an export process is started with: plain data, sent over its IPC channel. */
export interface ExportProcessInput {
  job: ExportJobRecord;
  neo4j: { uri: string; user: string; password: string; database: string };
  /** Where the tenants' audit trails live (AUDIT_LOG). */
  redis: { url: string; clusterNodes: ReadonlyArray<{ host: string; port: number }>; keyPrefix: string };
  /** The platform KEKs (base64), so the audit trail's personal fields open in the export. */
  secretsKeys: ReadonlyArray<{ id: string; key: string }>;
  /** Where sealed audit segments are read back from (AUDIT_SEGMENTS_STORE: a directory or S3). */
  auditSegments: SegmentStoreConfig;
  destinations: DestinationConfig;
  limits: { excelMaxRows: number; queryMaxRows: number; queryTimeoutMs: number };
}

/** Worker → export process: one start, then at most an abort. */
export type ProcessCommand =
  { type: 'start'; input: ExportProcessInput } | { type: 'abort'; reason: AbortReason };

/** A failure as it crosses the process boundary; rebuilt into the class the worker tells apart. */
export type ProcessFailure =
  | { kind: 'platform'; code: ErrorCode; message: string; details: Record<string, unknown> }
  | { kind: 'cancelled' }
  | { kind: 'handedBack' }
  | { kind: 'retryLater'; message: string; code: string }
  | { kind: 'other'; message: string; code: string | null };

/** Export process → worker. */
export type ProcessReport =
  | { type: 'progress'; processed: number; total: number | null }
  | { type: 'done'; result: RunResult }
  | { type: 'failed'; failure: ProcessFailure };

export function toProcessFailure(error: unknown): ProcessFailure {
  if (error instanceof PlatformError)
    return { kind: 'platform', code: error.code, message: error.message, details: error.details };
  if (error instanceof ExportCancelled) return { kind: 'cancelled' };
  if (error instanceof ExportHandedBack) return { kind: 'handedBack' };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && isRetryableNeo4jError(error)) {
    return { kind: 'retryLater', message: error instanceof Error ? error.message : String(error), code };
  }
  return {
    kind: 'other',
    message: error instanceof Error ? error.message : String(error),
    // Neo4j errors keep their code: the worker reports client errors (bad Cypher) to the user.
    code: typeof code === 'string' ? code : null,
  };
}

/** An error carrying a Neo4j (or system) code across the process boundary. */
export class ExportProcessError extends Error {
  override name = 'ExportProcessError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

export function fromProcessFailure(failure: ProcessFailure): Error {
  switch (failure.kind) {
    case 'platform':
      return new PlatformError(failure.code, failure.message, failure.details);
    case 'cancelled':
      return new ExportCancelled('export cancelled');
    case 'handedBack':
      return new ExportHandedBack('worker shutting down');
    case 'retryLater':
      return new ExportRetryLater(failure.message, failure.code);
    case 'other':
      return new ExportProcessError(failure.message, failure.code);
  }
}
