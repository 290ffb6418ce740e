import { PlatformError } from '../../../lib/errors.js';
import type { ExportDestinationKind } from '../jobs/ExportJobRecord.js';
import type { Destination } from './Destination.js';
import { LocalDestination } from './LocalDestination.js';

/** Destinations a job can name today; the others are refused at createExport with NOT_AVAILABLE. */
export const AVAILABLE_DESTINATIONS: readonly ExportDestinationKind[] = ['LOCAL'];

export function assertDestinationAvailable(kind: ExportDestinationKind): void {
  if (!AVAILABLE_DESTINATIONS.includes(kind)) {
    throw new PlatformError('NOT_AVAILABLE', `${kind} export destinations are not available yet; use LOCAL`, {
      field: 'destination',
      available: [...AVAILABLE_DESTINATIONS],
    });
  }
}

export function createDestination(kind: ExportDestinationKind, options: { exportsDir: string }): Destination {
  assertDestinationAvailable(kind);
  return new LocalDestination(options.exportsDir);
}
