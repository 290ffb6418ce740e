import type { RedisClient } from '../../../lib/redis.js';
import { alertSignalStreamKey, type AlertSignal } from '../../../lib/alertSignals.js';
import type { Logger } from '../../../lib/logger.js';
import { ingestExternalAlerts } from './alertmanager.js';
import type { AlertChange, AlertRecord, AlertStore } from './AlertStore.js';

const GROUP = 'alerting';
const BATCH = 500;
/** A signal read by a monitor that never acknowledged it is taken over after this long. */
const CLAIM_IDLE_MS = 30_000;

/**
 * Applies the alert signals other subgraphs raise (lib/alertSignals.ts) as alerts of their
 * source: firing opens or refreshes the alert of the fingerprint, resolved resolves it. Read
 * through a consumer group and acknowledged once applied, so a crash re-applies (idempotently).
 */
export class AlertSignalConsumer {
  private ready: Promise<void> | null = null;

  constructor(
    private readonly options: {
      redis: RedisClient;
      prefix: string;
      store: AlertStore;
      consumer: string;
      notify: (alert: AlertRecord, change: AlertChange) => Promise<void>;
      logger: Logger;
    },
  ) {}

  private get stream(): string {
    return alertSignalStreamKey(this.options.prefix);
  }

  /** Applies what is waiting (never blocks); returns how many signals it read. */
  async drain(): Promise<number> {
    const { redis } = this.options;
    this.ready ??= redis
      .xgroup('CREATE', this.stream, GROUP, '0', 'MKSTREAM')
      .then(() => undefined)
      .catch((error: unknown) => {
        if (!String(error).includes('BUSYGROUP')) {
          this.ready = null;
          throw error;
        }
      });
    await this.ready;
    let read = 0;
    // Entries a previous leader read and never acknowledged (it died), taken over once idle.
    const claimed = (await redis
      .xautoclaim(this.stream, GROUP, this.options.consumer, CLAIM_IDLE_MS, '0-0', 'COUNT', BATCH)
      .catch(() => null)) as [string, Array<[string, string[]] | null>] | null;
    const orphans = (claimed?.[1] ?? []).filter((r): r is [string, string[]] => Array.isArray(r?.[1]));
    read += await this.applyRows(orphans);
    // Own pending entries first (a previous drain that failed midway), then new ones.
    for (const from of ['0', '>']) {
      const result = (await redis.xreadgroup(
        'GROUP',
        GROUP,
        this.options.consumer,
        'COUNT',
        BATCH,
        'STREAMS',
        this.stream,
        from,
      )) as Array<[string, Array<[string, string[]]>]> | null;
      for (const [, rows] of result ?? []) read += await this.applyRows(rows);
    }
    return read;
  }

  /** Applies and acknowledges each entry; one that fails stays pending (retried, or claimed). */
  private async applyRows(rows: ReadonlyArray<[string, string[]]>): Promise<number> {
    for (const [id, fields] of rows) {
      try {
        const signal = JSON.parse(fields[1] ?? 'null') as AlertSignal | null;
        if (signal) await this.apply(signal);
      } catch (error) {
        this.options.logger.warn({ err: error, id }, 'alert signal failed');
        continue;
      }
      await this.options.redis.xack(this.stream, GROUP, id);
    }
    return rows.length;
  }

  private async apply(signal: AlertSignal): Promise<void> {
    await ingestExternalAlerts(
      this.options.store,
      signal.tenantId,
      [
        {
          status: signal.state,
          labels: {
            ...signal.labels,
            severity: signal.severity.toLowerCase(),
            source: signal.source.toLowerCase(),
          },
          annotations: {
            summary: signal.summary,
            ...(signal.description ? { description: signal.description } : {}),
          },
          startsAt: signal.at,
          endsAt: signal.state === 'resolved' ? signal.at : null,
          fingerprint: signal.fingerprint,
        },
      ],
      this.options.notify,
      signal.source,
    );
  }
}
