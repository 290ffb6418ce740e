import type { Logger } from '../../../lib/logger.js';
import type { JobStore } from '../jobs/JobStore.js';

const INTERVAL_MS = 250;

/**
 * Publishes a running job's progress at most every 250 ms (however fast rows are written) and, on
 * the same beat, notices a cancel: a progress write that no longer applies, or a status that left
 * PROCESSING, aborts the run. A cancel therefore stops work within about one beat.
 */
export class ProgressMonitor {
  private processed = 0;
  private total: number | null = null;
  private published = -1;
  private readonly timer: NodeJS.Timeout;
  private busy = false;

  constructor(
    private readonly store: JobStore,
    private readonly tenantId: string,
    private readonly exportId: string,
    private readonly onCancelled: () => void,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => void this.beat(), INTERVAL_MS);
  }

  update = (processed: number, total: number | null): void => {
    this.processed = processed;
    this.total = total;
  };

  stop(): void {
    clearInterval(this.timer);
  }

  private async beat(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      if (this.processed !== this.published || this.published < 0) {
        const processed = this.processed;
        const result = await this.store.transition(this.tenantId, this.exportId, ['PROCESSING'], {
          processed,
          total: this.total,
        });
        this.published = processed;
        if (!result?.applied) this.onCancelled();
      } else {
        const record = await this.store.get(this.tenantId, this.exportId);
        if (record?.status !== 'PROCESSING') this.onCancelled();
      }
    } catch (error) {
      this.log.warn({ err: error, exportId: this.exportId }, 'export progress update failed');
    } finally {
      this.busy = false;
    }
  }
}
