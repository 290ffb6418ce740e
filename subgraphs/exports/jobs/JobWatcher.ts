import type { RedisClient } from '../../../lib/redis.js';
import { ChannelListeners } from '../../../lib/ChannelListeners.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import { isFinal, type ExportJobRecord } from './ExportJobRecord.js';
import type { JobStore } from './JobStore.js';

type Listener = (record: ExportJobRecord) => void;

/**
 * Follows jobs for Subscription.exportJobUpdated over one Redis subscriber connection per process.
 * Each change arrives as the whole record, so a slow consumer only needs the newest one: updates
 * are conflated, memory per watcher is one record, and the final state is never dropped.
 */
export class JobWatcher {
  private readonly channels: ChannelListeners<ExportJobRecord>;

  constructor(
    redis: RedisClient,
    private readonly store: JobStore,
    logger: Logger,
  ) {
    this.channels = new ChannelListeners(redis, 'exports-job-watcher', logger);
  }

  /** The job now, then each newer state, ending after a final state. NOT_FOUND outside the tenant. */
  async watch(tenantId: string, id: string): Promise<AsyncGenerator<ExportJobRecord>> {
    const channel = this.store.channel(tenantId, id);
    let pending: ExportJobRecord | null = null;
    let wake: (() => void) | null = null;
    const listener: Listener = (record) => {
      if ((record.version ?? 0) > (pending?.version ?? -1)) pending = record;
      wake?.();
    };
    await this.channels.add(channel, listener);
    // Subscribed first, read second: a change in between is both in the read and on the channel,
    // and the version check drops the older copy.
    const current = await this.store.get(tenantId, id);
    if (!current) {
      await this.channels.remove(channel, listener);
      throw new PlatformError('NOT_FOUND', 'Export job not found', { field: 'id' });
    }
    const remove = () => this.channels.remove(channel, listener);
    async function* iterate(): AsyncGenerator<ExportJobRecord> {
      let shown = current as ExportJobRecord;
      try {
        yield shown;
        while (!isFinal(shown.status)) {
          const next = pending as ExportJobRecord | null;
          if (!next || (next.version ?? 0) <= (shown.version ?? 0)) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            wake = null;
            continue;
          }
          pending = null;
          shown = next;
          yield shown;
        }
      } finally {
        await remove();
      }
    }
    return iterate();
  }

  async close(): Promise<void> {
    this.channels.close();
  }
}
