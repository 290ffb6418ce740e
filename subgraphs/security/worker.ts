import { createKeyring } from '../../lib/crypto/createKeyring.js';
import { maintainKeys } from './keys/keyMaintenance.js';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisClient } from '../../lib/redis.js';
import { createAuditLog } from '../audit/auditApi.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { Lease } from '../../lib/lease.js';
import { duplicateRedis, failFastWhenDown } from '../../lib/redis.js';
import { activityStreamKey, type ActivityEntry } from '../../lib/security/activity.js';
import type { RunningWorker, SubgraphDeps } from '../../lib/subgraphServer.js';
import { SECURITY_SYSTEM, SecurityEvents } from './securityEvents.js';
import { SecurityService } from './service.js';
import { Detectors } from './threats/detectors.js';

const GROUP = 'security-detectors';
const BATCH = 200;
/** An entry a crashed replica took but never acknowledged is taken over after this long. */
const CLAIM_IDLE_MS = 60_000;
/** Principals handled at once within a batch. */
const LANES = 16;

export interface RunningSecurityWorker extends RunningWorker {
  /** Entries read and detections made since start (tests, benchmarks). */
  stats(): { entries: number; detections: number; cycles: number };
  /** Runs the periodic checks now if this replica leads (tests). */
  cycle(): Promise<void>;
}

/**
 * The security role (`main.ts worker security`): the threat detectors read the activity stream
 * through a consumer group (every replica shares the work; an entry is acknowledged once its
 * detections are stored), and the leader (a Redis lease) checks incident due times each
 * SECURITY_CYCLE_SECONDS.
 */
export async function startSecurityWorker(deps: SubgraphDeps): Promise<RunningSecurityWorker> {
  const { config } = deps;
  const prefix = config.REDIS_KEY_PREFIX;
  const log = deps.logger.child({ worker: 'security' });
  const consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const eventLog = EventLog.fromConfig(config, deps.redis, deps.logger, undefined, deps.metrics);
  const { trail } = createAuditLog(deps.redis, config);
  const securityEvents = new SecurityEvents(eventLog);
  const service = new SecurityService({
    redis: deps.redis,
    prefix,
    events: securityEvents,
    logger: log,
    audit: (entry) => trail.append(entry),
  });
  // Detectors read a tenant's settings per summary: cached briefly (a change applies within 2 s).
  const settingsCache = new Map<string, { at: number; value: ReturnType<typeof service.settings.get> }>();
  const settingsOf = (tenantId: string) => {
    const now = Date.now();
    const cached = settingsCache.get(tenantId);
    if (cached && now - cached.at < 2_000) return cached.value;
    if (settingsCache.size > 10_000) settingsCache.clear();
    const value = service.settings.get(tenantId);
    settingsCache.set(tenantId, { at: now, value });
    value.catch(() => settingsCache.delete(tenantId));
    return value;
  };
  const detectors = new Detectors({
    redis: deps.redis,
    prefix,
    settings: (tenantId) => settingsOf(tenantId),
    windowSeconds: config.SECURITY_BASELINE_WINDOW_SECONDS,
    minWindows: config.SECURITY_BASELINE_MIN_WINDOWS,
    floors: {
      requests: config.SECURITY_MIN_REQUESTS_PER_WINDOW,
      recordsRead: config.SECURITY_MIN_RECORDS_PER_WINDOW,
      bytesDownloaded: config.SECURITY_MIN_BYTES_PER_WINDOW,
    },
  });
  const keyring = createKeyring(deps, 'security', trail);
  const stream = activityStreamKey(prefix);
  const cycleMs = config.SECURITY_CYCLE_SECONDS * 1000;
  const lease = new Lease(deps.redis, `${prefix}security:worker-leader`, consumer, cycleMs * 2);
  // A blocking read holds its connection: it gets one of its own.
  const reader: RedisClient = failFastWhenDown(
    duplicateRedis(deps.redis, { connectionName: 'security-detectors', enableOfflineQueue: true }),
    log,
  );
  await deps.redis.xgroup('CREATE', stream, GROUP, '0', 'MKSTREAM').catch((error: unknown) => {
    if (!String(error).includes('BUSYGROUP')) throw error;
  });

  let stopped = false;
  let entries = 0;
  let detections = 0;
  let cycles = 0;

  const parse = (id: string, fields: string[]): ActivityEntry | null => {
    const raw = fields[0] === 'a' ? fields[1] : undefined;
    try {
      return raw ? (JSON.parse(raw) as ActivityEntry) : null;
    } catch {
      log.warn({ id }, 'skipping unreadable activity entry');
      return null;
    }
  };

  const handle = async (id: string, entry: ActivityEntry | null): Promise<void> => {
    if (entry) {
      for (const detection of await detectors.process(entry)) {
        const threat = await service.detected(detection);
        detections += 1;
        log.info(
          { tenantId: threat.tenantId, threatId: threat.id, type: threat.type, condition: threat.condition },
          'threat detected',
        );
      }
    }
    entries += 1;
    await deps.redis.xack(stream, GROUP, id);
  };

  /**
   * A batch in parallel lanes, one per principal (or client IP), so one principal's summaries
   * stay in order while the round trips of different principals overlap.
   */
  const handleBatch = async (rows: ReadonlyArray<[string, string[]]>) => {
    const lanes = new Map<string, Array<[string, ActivityEntry | null]>>();
    for (const [id, fields] of rows) {
      const entry = parse(id, fields);
      const lane = !entry
        ? ''
        : entry.kind === 'activity'
          ? `${entry.tenantId}\n${entry.principal}`
          : `ip\n${entry.ip}`;
      const queue = lanes.get(lane) ?? [];
      queue.push([id, entry]);
      lanes.set(lane, queue);
    }
    const queues = [...lanes.values()];
    await Promise.all(
      Array.from({ length: Math.min(LANES, queues.length) }, async () => {
        for (let queue = queues.shift(); queue; queue = queues.shift()) {
          for (const [id, entry] of queue) {
            // An entry that fails stays pending and is retried (claimed) later; the others go on.
            await handle(id, entry).catch((error: unknown) =>
              log.warn({ err: error, id }, 'activity entry failed; it will be retried'),
            );
          }
        }
      }),
    );
  };

  const consume = async () => {
    while (!stopped) {
      let result: Array<[string, Array<[string, string[]]>]> | null;
      try {
        result = (await reader.xreadgroup(
          'GROUP',
          GROUP,
          consumer,
          'COUNT',
          BATCH,
          'BLOCK',
          2000,
          'STREAMS',
          stream,
          '>',
        )) as typeof result;
      } catch (error) {
        if (stopped) return;
        log.warn({ err: error }, 'activity read failed; retrying');
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      for (const [, rows] of result ?? []) await handleBatch(rows);
    }
  };

  const tick = async () => {
    if (!(await lease.hold().catch(() => false))) return;
    cycles += 1;
    // Scheduled rotation and KEK rewrap of data keys (audited by maintainKeys itself).
    await maintainKeys(deps, keyring, (tenantId, type, data) =>
      securityEvents.publish(tenantId, type, data, SECURITY_SYSTEM),
    ).catch((error: unknown) => log.warn({ err: error }, 'key maintenance failed'));
    const tenants = await deps.redis.smembers(service.incidents.tenantsKey);
    for (const tenantId of tenants) {
      await service.incidentService
        .checkOverdue(tenantId)
        .catch((error: unknown) => log.warn({ err: error, tenantId }, 'incident SLA check failed'));
    }
    // Entries a dead replica took and never acknowledged.
    const claimed = (await deps.redis
      .xautoclaim(stream, GROUP, consumer, CLAIM_IDLE_MS, '0-0', 'COUNT', BATCH)
      .catch(() => null)) as [string, Array<[string, string[]]>] | null;
    await handleBatch(claimed?.[1] ?? []);
  };

  let ticking: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (ticking) return;
    ticking = tick()
      .catch((error: unknown) => log.warn({ err: error }, 'security cycle failed'))
      .finally(() => {
        ticking = null;
      });
  }, cycleMs);
  timer.unref();
  const consuming = consume();
  log.info({ consumer, cycleMs }, 'security worker started');

  return {
    name: 'security',
    stats: () => ({ entries, detections, cycles }),
    cycle: async () => {
      await ticking;
      await tick();
    },
    close: async () => {
      stopped = true;
      clearInterval(timer);
      reader.disconnect();
      await consuming.catch(() => undefined);
      await ticking;
      await lease.release();
      await eventLog.close();
      await keyring.close();
    },
  };
}
