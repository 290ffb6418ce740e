/** Why a run stopped early; the worker tells a cancel from a shutdown hand-back by class. */
export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

/** The worker is shutting down: the job goes back to the queue for another worker. */
export class ExportHandedBack extends Error {
  override name = 'ExportHandedBack';
}

/**
 * Neo4j failed in a way a later run can get past (retryPolicy.ts): the worker puts the job back
 * in the queue with a backoff instead of failing it. `code` is Neo4j's, for the logs.
 */
export class ExportRetryLater extends Error {
  override name = 'ExportRetryLater';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export type AbortReason = 'cancelled' | 'shutdown';

export function abortError(signal: AbortSignal): Error {
  return signal.reason === 'shutdown'
    ? new ExportHandedBack('worker shutting down')
    : new ExportCancelled('export cancelled');
}
