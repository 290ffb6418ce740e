import type { RedisClient } from './redis.js';
import type { Logger } from './logger.js';

/**
 * Appends a batch of JSON entries to a bounded Redis stream in one pipeline, for the coalescing
 * reporters (security activity, error occurrences): one batch in flight at a time, and a failure
 * is logged, never thrown, because losing a batch must not hold up the requests that filled it.
 */
export class StreamBatch {
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly options: {
      redis: RedisClient;
      /** The stream's key. */
      key: string;
      /** The entry's field name (readers look for it). */
      field: string;
      /** Entries kept (approximate trim). */
      retention: number;
      logger: Logger;
      /** The warning logged when a batch is lost. */
      lost: string;
    },
  ) {}

  /** The batch being sent, if any (a flush waits for it instead of sending a second). */
  get pending(): Promise<void> | null {
    return this.inFlight;
  }

  send(entries: readonly unknown[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const { redis, key, field, retention, logger, lost } = this.options;
    const pipeline = redis.pipeline();
    for (const entry of entries)
      pipeline.xadd(key, 'MAXLEN', '~', String(retention), '*', field, JSON.stringify(entry));
    this.inFlight = pipeline
      .exec()
      .then(() => undefined)
      .catch((error: unknown) => {
        logger.warn({ err: error, entries: entries.length }, lost);
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
