import type { Redis } from 'ioredis';
import { PlatformError } from '../../../lib/errors.js';
import { isFinal, type ExportJobRecord } from './ExportJobRecord.js';
import type { JobStore } from './JobStore.js';

type Listener = (record: ExportJobRecord) => void;

/**
 * Follows jobs for Subscription.exportJobUpdated over one Redis subscriber connection per process.
 * Each change arrives as the whole record, so a slow consumer only needs the newest one: updates
 * are conflated, memory per watcher is one record, and the final state is never dropped.
 */
export class JobWatcher {
  private readonly subscriber: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    redis: Redis,
    private readonly store: JobStore,
  ) {
    this.subscriber = redis.duplicate({ connectionName: 'exports-job-watcher' });
    this.subscriber.on('message', (channel: string, message: string) => {
      const set = this.listeners.get(channel);
      if (!set) return;
      const record = JSON.parse(message) as ExportJobRecord;
      for (const listener of set) listener(record);
    });
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
    await this.add(channel, listener);
    // Subscribed first, read second: a change in between is both in the read and on the channel,
    // and the version check drops the older copy.
    const current = await this.store.get(tenantId, id);
    if (!current) {
      await this.remove(channel, listener);
      throw new PlatformError('NOT_FOUND', 'Export job not found', { field: 'id' });
    }
    const remove = () => this.remove(channel, listener);
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
    this.listeners.clear();
    this.subscriber.disconnect();
  }

  private async add(channel: string, listener: Listener): Promise<void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.subscriber.subscribe(channel);
    }
    set.add(listener);
  }

  private async remove(channel: string, listener: Listener): Promise<void> {
    const set = this.listeners.get(channel);
    if (!set) return;
    set.delete(listener);
    if (set.size === 0) {
      this.listeners.delete(channel);
      await this.subscriber.unsubscribe(channel).catch(() => undefined);
    }
  }
}
