import { PlatformError, type ErrorCode } from '../../../lib/errors.js';
import type { DestinationConfig } from '../destinations/createDestination.js';
import type { ExportJobRecord } from '../jobs/ExportJobRecord.js';
import { ExportCancelled, ExportHandedBack, ExportRetryLater, type AbortReason } from './outcomes.js';
import { isRetryableNeo4jError } from './retryPolicy.js';
import type { RunResult } from './runExport.js';

/** What an export thread is started with: plain data, since threads share no objects. */
export interface ExportThreadInput {
  job: ExportJobRecord;
  neo4j: { uri: string; user: string; password: string; database: string };
  /** Where the tenants' audit trails live (AUDIT_LOG). */
  redis: { url: string; keyPrefix: string };
  destinations: DestinationConfig;
  limits: { excelMaxRows: number; queryMaxRows: number; queryTimeoutMs: number };
}

/** Worker → thread. */
export type ThreadCommand = { type: 'abort'; reason: AbortReason };

/** A failure as it crosses the thread boundary; rebuilt into the class the worker tells apart. */
export type ThreadFailure =
  | { kind: 'platform'; code: ErrorCode; message: string; details: Record<string, unknown> }
  | { kind: 'cancelled' }
  | { kind: 'handedBack' }
  | { kind: 'retryLater'; message: string; code: string }
  | { kind: 'other'; message: string; code: string | null };

/** Thread → worker. */
export type ThreadReport =
  | { type: 'progress'; processed: number; total: number | null }
  | { type: 'done'; result: RunResult }
  | { type: 'failed'; failure: ThreadFailure };

export function toThreadFailure(error: unknown): ThreadFailure {
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

/** An error carrying a Neo4j (or system) code across the thread boundary. */
export class ThreadError extends Error {
  override name = 'ThreadError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

export function fromThreadFailure(failure: ThreadFailure): Error {
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
      return new ThreadError(failure.message, failure.code);
  }
}
