/** Why a run stopped early; the worker tells a cancel from a shutdown hand-back by class. */
export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

/** The worker is shutting down: the job goes back to the queue for another worker. */
export class ExportHandedBack extends Error {
  override name = 'ExportHandedBack';
}

export type AbortReason = 'cancelled' | 'shutdown';

export function abortError(signal: AbortSignal): Error {
  return signal.reason === 'shutdown'
    ? new ExportHandedBack('worker shutting down')
    : new ExportCancelled('export cancelled');
}
