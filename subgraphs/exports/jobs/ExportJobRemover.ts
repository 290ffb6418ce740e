import type { Destination } from '../destinations/Destination.js';
import type { ExportJobRecord } from './ExportJobRecord.js';
import type { JobStore } from './JobStore.js';

/** The destination that holds a job's file. */
export type DestinationOf = (record: ExportJobRecord) => Pick<Destination, 'remove'>;

/**
 * Deletes finished jobs for deleteExport and retention: the file first, then the record, so a
 * failed file deletion leaves the job in place to be retried rather than an orphaned file.
 * Idempotent, so two deleters racing on one job are harmless.
 */
export class ExportJobRemover {
  constructor(
    private readonly store: JobStore,
    private readonly destinationOf: DestinationOf,
  ) {}

  async remove(record: ExportJobRecord): Promise<void> {
    if (record.file) await this.destinationOf(record).remove(record.tenantId, record.file.key);
    await this.store.remove(record.tenantId, record.id);
  }
}
