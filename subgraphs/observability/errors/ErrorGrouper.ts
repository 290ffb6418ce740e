import type { RedisClient } from '../../../lib/redis.js';
import { errorStreamKey, type ErrorOccurrenceEntry } from '../../../lib/errorTracking/ErrorReporter.js';
import type { Logger } from '../../../lib/logger.js';
import { PLATFORM_TENANT } from '../../../lib/principal.js';
import { duplicateRedis, failFastWhenDown } from '../../../lib/redis.js';
import type { ErrorGroupAlerts } from './errorAlerts.js';
import { effectiveStatus, type ErrorGroupStore, type ViewOccurrence } from './ErrorGroupStore.js';

const GROUP = 'error-groups';
const BATCH = 200;
/** An entry a crashed monitor took but never acknowledged is taken over after this long. */
const CLAIM_IDLE_MS = 60_000;
const TRIM_EVERY_MS = 3_600_000;

/**
 * The views an occurrence counts in: the platform's (real message, frames, stack, tenant) and,
 * when a tenant's request or job failed, that tenant's, which keeps only what its client was
 * shown: a tenant's view never holds a real message, another tenant's anything, or a stack.
 */
export function viewsOf(entry: ErrorOccurrenceEntry): Array<{ owner: string; occurrence: ViewOccurrence }> {
  const base = {
    fingerprint: entry.fingerprint,
    type: entry.type,
    level: entry.level,
    operation: entry.operation,
    subgraph: entry.subgraph,
    count: entry.count,
    at: entry.at,
  };
  const platform = {
    owner: PLATFORM_TENANT,
    occurrence: {
      ...base,
      message: entry.message,
      normalizedMessage: entry.normalizedMessage,
      stored: {
        id: entry.id,
        at: entry.at,
        tenantId: entry.tenantId,
        operation: entry.operation,
        subgraph: entry.subgraph,
        requestId: entry.requestId,
        type: entry.type,
        message: entry.message,
        normalizedMessage: entry.normalizedMessage,
        frames: entry.frames,
        stack: entry.stack,
        count: entry.count,
      },
    },
  };
  if (!entry.tenantId || entry.tenantId === PLATFORM_TENANT) return [platform];
  return [
    {
      owner: entry.tenantId,
      occurrence: {
        ...base,
        message: entry.shownMessage,
        normalizedMessage: null,
        stored: {
          id: entry.id,
          at: entry.at,
          tenantId: null,
          operation: entry.operation,
          subgraph: entry.subgraph,
          requestId: entry.requestId,
          type: entry.type,
          message: entry.shownMessage,
          normalizedMessage: null,
          frames: null,
          stack: null,
          count: entry.count,
        },
      },
    },
    platform,
  ];
}

/**
 * Groups the platform's occurrence stream (lib/errorTracking) into error groups, in the monitor
 * role. Every monitor replica reads through one consumer group (an entry is acknowledged once
 * both its views are written, so a crash between the two counts that entry again); the leader's
 * sweep resolves alerts of groups that went quiet, takes over entries of dead replicas and
 * forgets groups past retention.
 */
export class ErrorGrouper {
  private readonly reader: RedisClient;
  private stopped = false;
  private consuming: Promise<void> | null = null;
  private groupReady = false;
  private lastTrim = 0;

  constructor(
    private readonly o: {
      redis: RedisClient;
      prefix: string;
      store: ErrorGroupStore;
      alerts: ErrorGroupAlerts;
      consumer: string;
      logger: Logger;
    },
  ) {
    // A blocking read holds its connection: it gets one of its own.
    this.reader = failFastWhenDown(
      duplicateRedis(o.redis, { connectionName: 'error-groups', enableOfflineQueue: true }),
      o.logger,
    );
  }

  private get stream(): string {
    return errorStreamKey(this.o.prefix);
  }

  start(): void {
    this.consuming ??= this.consume();
  }

  private async ensureGroup(): Promise<void> {
    if (this.groupReady) return;
    await this.o.redis.xgroup('CREATE', this.stream, GROUP, '0', 'MKSTREAM').catch((error: unknown) => {
      if (!String(error).includes('BUSYGROUP')) throw error;
    });
    this.groupReady = true;
  }

  private async consume(): Promise<void> {
    while (!this.stopped) {
      let result: Array<[string, Array<[string, string[]]>]> | null;
      try {
        await this.ensureGroup();
        result = (await this.reader.xreadgroup(
          'GROUP',
          GROUP,
          this.o.consumer,
          'COUNT',
          BATCH,
          'BLOCK',
          2000,
          'STREAMS',
          this.stream,
          '>',
        )) as typeof result;
      } catch (error) {
        if (this.stopped) return;
        // The stream (and its group) may have been deleted: create it again.
        this.groupReady = false;
        this.o.logger.warn({ err: error }, 'error occurrences read failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 1000).unref());
        continue;
      }
      for (const [, rows] of result ?? []) await this.handle(rows);
    }
  }

  private async handle(rows: ReadonlyArray<[string, string[]]>): Promise<void> {
    const owners = new Set<string>();
    for (const [id, fields] of rows) {
      try {
        const raw = fields[0] === 'o' ? fields[1] : undefined;
        const entry = raw ? (JSON.parse(raw) as ErrorOccurrenceEntry) : null;
        if (entry) {
          await this.apply(entry);
          for (const view of viewsOf(entry)) owners.add(view.owner);
        }
        await this.o.redis.xack(this.stream, GROUP, id);
      } catch (error) {
        // Left pending: the leader's sweep takes it over again after CLAIM_IDLE_MS.
        this.o.logger.warn({ err: error, id }, 'error occurrence not grouped; it will be retried');
      }
    }
    await this.o.store
      .addOwners([...owners])
      .catch((error: unknown) => this.o.logger.warn({ err: error }, 'error group owners not recorded'));
  }

  /** Counts one stream entry in its views and raises the alert of a view whose threshold it crossed. */
  async apply(entry: ErrorOccurrenceEntry): Promise<void> {
    for (const { owner, occurrence } of viewsOf(entry)) {
      const { fired } = await this.o.store.record(owner, occurrence);
      if (!fired) continue;
      // Marked first: if raising fails now, the sweep raises it.
      await this.o.store.markAlerting(owner, fired.fingerprint);
      await this.o.alerts
        .raise(owner, fired, entry.at)
        .catch((error: unknown) =>
          this.o.logger.warn(
            { err: error, owner, fingerprint: fired.fingerprint },
            'error alert not raised yet',
          ),
        );
    }
  }

  /**
   * The leader's share, each monitor cycle: a group's alert stays open while the group is
   * unresolved and was seen within the last window (opened again if someone resolved the alert
   * by hand, like a rule's), and resolves otherwise.
   */
  async sweep(now = Date.now()): Promise<void> {
    const { store, alerts, logger } = this.o;
    const { windowMs, retentionMs } = store.settings;
    for (const { owner, fingerprint } of await store.alerting()) {
      try {
        const group = await store.get(owner, fingerprint);
        const status = group ? effectiveStatus(group, now) : null;
        if (
          group?.alerting === 1 &&
          status !== 'RESOLVED' &&
          status !== 'IGNORED' &&
          group.lastSeen > now - windowMs
        ) {
          await alerts.raise(owner, group, now);
          continue;
        }
        // Changed meanwhile (seen again): decide at the next sweep.
        if (group?.alerting === 1 && !(await store.clearAlerting(owner, fingerprint, group.version)))
          continue;
        await alerts.clear(owner, fingerprint, now);
        await store.unmarkAlerting(owner, fingerprint);
      } catch (error) {
        logger.warn({ err: error, owner, fingerprint }, 'error alert sweep failed');
      }
    }
    const claimed = (await this.o.redis
      .xautoclaim(this.stream, GROUP, this.o.consumer, CLAIM_IDLE_MS, '0-0', 'COUNT', BATCH)
      .catch(() => null)) as [string, Array<[string, string[]]>] | null;
    if (claimed?.[1]?.length) await this.handle(claimed[1]);
    if (now - this.lastTrim >= TRIM_EVERY_MS) {
      this.lastTrim = now;
      const removed = await store.trim(now - retentionMs);
      if (removed > 0) logger.info({ removed }, 'error groups past retention forgotten');
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.reader.disconnect();
    await this.consuming?.catch(() => undefined);
  }
}
