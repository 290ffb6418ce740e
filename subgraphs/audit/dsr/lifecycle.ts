import { PlatformError } from '../../../lib/errors.js';
import type { DataSubjectRequestStatus } from '../generated/resolvers.js';

/**
 * The moves a request may make: work starts (IN_PROGRESS), then it is answered (COMPLETED) or
 * refused (REJECTED, also before work starts). Answered requests are final; a processing run that
 * failed leaves the request IN_PROGRESS, and processing again is IN_PROGRESS → IN_PROGRESS.
 */
export const TRANSITIONS: Readonly<Record<DataSubjectRequestStatus, readonly DataSubjectRequestStatus[]>> = {
  RECEIVED: ['IN_PROGRESS', 'REJECTED'],
  IN_PROGRESS: ['IN_PROGRESS', 'COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
};

/** INVALID_TRANSITION names where it stands, where it was asked to go and where it can. */
export function assertTransition(from: DataSubjectRequestStatus, to: DataSubjectRequestStatus): void {
  if (TRANSITIONS[from].includes(to)) return;
  throw new PlatformError('INVALID_TRANSITION', `A data-subject request cannot move from ${from} to ${to}`, {
    field: 'status',
    from,
    to,
    allowed: [...TRANSITIONS[from]],
  });
}
