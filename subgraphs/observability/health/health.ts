import { randomUUID } from 'node:crypto';
import { statfs } from 'node:fs/promises';
import { Queue } from 'bullmq';
import type { RedisClient } from '../../../lib/redis.js';
import type { Config } from '../../../lib/config.js';
import { EventLog } from '../../../lib/events/EventLog.js';
import { heartbeatKey, heartbeatRolesKey } from '../../../lib/heartbeat.js';
import type { Logger } from '../../../lib/logger.js';
import type { MetricStore } from '../../../lib/metrics/MetricStore.js';
import { QUEUE_NAMES, webhookTenantsKey } from '../../../lib/platformKeys.js';
import { PLATFORM_TENANT } from '../../../lib/principal.js';
import { bullPrefix, isCluster, tenantKey } from '../../../lib/redis.js';
import type { SubgraphDeps } from '../../../lib/subgraphServer.js';
import { probe } from '../../../lib/probe.js';

export type Status = 'HEALTHY' | 'DEGRADED' | 'UNHEALTHY' | 'CRITICAL';

export interface ComponentHealth {
  readonly name: string;
  readonly status: Status;
  readonly observedValue: number | null;
  /** Plain facts ("unreachable", "latency 1200 ms > 1000 ms"): never a driver's error text. */
  readonly reason: string;
  readonly since: string;
}

export interface HealthTransition {
  readonly component: string;
  readonly status: Status;
  readonly previousStatus: Status | null;
  readonly observedValue: number | null;
  readonly reason: string;
  readonly at: string;
}

const RANK: Record<Status, number> = { HEALTHY: 0, DEGRADED: 1, UNHEALTHY: 2, CRITICAL: 3 };
export const worst = (statuses: readonly Status[]): Status =>
  statuses.reduce<Status>((a, b) => (RANK[b] > RANK[a] ? b : a), 'HEALTHY');

export function healthStreamKey(prefix: string): string {
  return tenantKey(prefix, PLATFORM_TENANT, 'observability', 'health-stream');
}

/** Each component's state; the platform tenant's hash tag keeps it in the stream's slot. */
export function healthCurrentKey(prefix: string): string {
  return tenantKey(prefix, PLATFORM_TENANT, 'observability', 'health-current');
}

function checkedAtKey(prefix: string): string {
  return tenantKey(prefix, PLATFORM_TENANT, 'observability', 'health-checked-at');
}

/**
 * Records one component's state and, if its status changed, the transition (history and
 * Subscription.healthChanged) in the same step: a new leader compares with what the last one
 * stored, so no transition is reported twice. KEYS: current, stream. ARGV: component, state JSON,
 * status, announcement, retention. Returns the previous status when it changed, else ''.
 */
const RECORD_SCRIPT = `
local stored = redis.call('HGET', KEYS[1], ARGV[1])
local previous = stored and cjson.decode(stored) or nil
local state = cjson.decode(ARGV[2])
if previous and previous.status == ARGV[3] then
  state.since = previous.since
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(state))
  return ''
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local announcement = cjson.decode(ARGV[4])
announcement.data.previousStatus = previous and previous.status or cjson.null
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], '*', 'e', cjson.encode(announcement))
return previous and previous.status or 'NONE'
`;

type RecordingRedis = RedisClient & {
  healthRecord?(numKeys: number, ...args: string[]): Promise<string>;
};

interface Thresholds {
  readonly latencyMs: number;
  readonly degradedPercent: number;
  readonly cpuCritical: number;
  readonly memoryCritical: number;
  readonly diskCritical: number;
  readonly queueAgeSeconds: number;
}

function latency(
  name: string,
  ms: number | null,
  down: Status,
  t: Thresholds,
): Omit<ComponentHealth, 'since'> {
  if (ms === null) return { name, status: down, observedValue: null, reason: 'unreachable' };
  if (ms > t.latencyMs)
    return {
      name,
      status: 'DEGRADED',
      observedValue: ms,
      reason: `latency ${Math.round(ms)} ms > ${t.latencyMs} ms`,
    };
  return { name, status: 'HEALTHY', observedValue: ms, reason: `latency ${Math.round(ms)} ms` };
}

async function timed(check: () => Promise<unknown>): Promise<number | null> {
  const result = await probe(check);
  return result.ok ? result.latencyMs : null;
}

function percent(name: string, value: number | null, critical: number, t: Thresholds, what: string) {
  if (value === null) return null;
  const status: Status = value > critical ? 'CRITICAL' : value > t.degradedPercent ? 'DEGRADED' : 'HEALTHY';
  return { name, status, observedValue: value, reason: `${what} ${value.toFixed(1)} %` };
}

/**
 * The health model the monitor leader runs every HEALTH_INTERVAL_SECONDS: dependencies, every
 * role's heartbeats, queues, export storage, process resources, the event path and the monitor
 * itself; overall is the worst. Transitions go to history, Subscription.healthChanged and, as
 * `system.health_alert` events, to every tenant's webhooks.
 */
export class HealthModel {
  private readonly redis: RecordingRedis;
  private readonly queues: Queue[];
  private readonly events: EventLog;
  private readonly thresholds: Thresholds;

  constructor(
    private readonly deps: SubgraphDeps,
    private readonly metrics: MetricStore,
    private readonly logger: Logger,
  ) {
    const { config } = deps;
    this.redis = deps.redis as RecordingRedis;
    if (typeof this.redis.healthRecord !== 'function')
      deps.redis.defineCommand('healthRecord', { lua: RECORD_SCRIPT });
    this.queues = Object.values(QUEUE_NAMES).map(
      (name) =>
        new Queue(name, {
          connection: deps.redis,
          prefix: bullPrefix(config.REDIS_KEY_PREFIX, name, isCluster(deps.redis)),
        }),
    );
    this.events = EventLog.fromConfig(config, deps.redis, logger);
    this.thresholds = {
      latencyMs: config.HEALTH_LATENCY_DEGRADED_MS,
      degradedPercent: config.HEALTH_RESOURCE_DEGRADED_PERCENT,
      cpuCritical: config.HEALTH_CPU_CRITICAL_PERCENT,
      memoryCritical: config.HEALTH_MEMORY_CRITICAL_PERCENT,
      diskCritical: config.HEALTH_DISK_CRITICAL_PERCENT,
      queueAgeSeconds: config.HEALTH_QUEUE_AGE_DEGRADED_SECONDS,
    };
  }

  private get config(): Config {
    return this.deps.config;
  }

  private async roles(now: number): Promise<Array<Omit<ComponentHealth, 'since'>>> {
    const prefix = this.config.REDIS_KEY_PREFIX;
    const silentAfter = 3 * this.config.HEARTBEAT_INTERVAL_MS;
    const roles = (await this.redis.smembers(heartbeatRolesKey(prefix))).sort();
    return Promise.all(
      roles.map(async (role) => {
        const key = heartbeatKey(prefix, role);
        // A replica silent for an hour was scaled away, not crashed: forget it.
        await this.redis.zremrangebyscore(key, '-inf', now - 3_600_000);
        const beats = await this.redis.zrange(key, 0, -1, 'WITHSCORES');
        let live = 0;
        let silent = 0;
        for (let i = 1; i < beats.length; i += 2) {
          if (Number(beats[i]) >= now - silentAfter) live += 1;
          else silent += 1;
        }
        const name = `role:${role}`;
        if (live === 0)
          return {
            name,
            status: 'CRITICAL' as Status,
            observedValue: 0,
            reason: silent ? `all ${silent} instances silent` : 'no instance running',
          };
        if (silent > 0)
          return {
            name,
            status: 'DEGRADED' as Status,
            observedValue: live,
            reason: `${silent} of ${live + silent} instances silent`,
          };
        return {
          name,
          status: 'HEALTHY' as Status,
          observedValue: live,
          reason: `${live} instance${live === 1 ? '' : 's'} heartbeating`,
        };
      }),
    );
  }

  private async queueHealth(now: number): Promise<Array<Omit<ComponentHealth, 'since'>>> {
    return Promise.all(
      this.queues.map(async (queue) => {
        const name = `queue:${queue.name}`;
        try {
          const [counts, oldest] = await Promise.all([
            queue.getJobCounts('waiting', 'delayed', 'active'),
            queue.getWaiting(0, 0),
          ]);
          const depth = (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0);
          const age = oldest[0] ? Math.max(0, (now - oldest[0].timestamp) / 1000) : 0;
          const t = this.thresholds.queueAgeSeconds;
          const status: Status = age > 6 * t ? 'UNHEALTHY' : age > t ? 'DEGRADED' : 'HEALTHY';
          return {
            name,
            status,
            observedValue: depth,
            reason: `${depth} jobs, oldest waiting ${Math.round(age)} s`,
          };
        } catch {
          return { name, status: 'UNHEALTHY' as Status, observedValue: null, reason: 'queue unreadable' };
        }
      }),
    );
  }

  private async resources(now: number): Promise<Array<Omit<ComponentHealth, 'since'>>> {
    const window = Math.max(
      2 * (this.metrics.bucketMs / 1000),
      2 * (this.config.HEARTBEAT_INTERVAL_MS / 1000),
    );
    const out: Array<Omit<ComponentHealth, 'since'>> = [];
    const series = await this.metrics.series(PLATFORM_TENANT, 'process_memory_percent');
    for (const { role } of series) {
      if (!role) continue;
      const [memory, cpu] = await Promise.all([
        this.metrics.aggregate(PLATFORM_TENANT, 'process_memory_percent', { role }, 'MAX', window, now),
        this.metrics.aggregate(PLATFORM_TENANT, 'process_cpu_percent', { role }, 'MAX', window, now),
      ]);
      const m = percent(`memory:${role}`, memory, this.thresholds.memoryCritical, this.thresholds, 'memory');
      const c = percent(`cpu:${role}`, cpu, this.thresholds.cpuCritical, this.thresholds, 'CPU');
      if (m) out.push(m);
      if (c) out.push(c);
    }
    return out;
  }

  private async storage(): Promise<Array<Omit<ComponentHealth, 'since'>>> {
    try {
      const fs = await statfs(this.config.EXPORTS_DIR);
      const used = (1 - fs.bavail / fs.blocks) * 100;
      const p = percent('export-storage', used, this.thresholds.diskCritical, this.thresholds, 'disk used');
      return p ? [p] : [];
    } catch {
      // Not on this machine (S3 only, or another host's disk): not this monitor's to judge.
      return [];
    }
  }

  /** Every component now (without `since`), worst last as `overall`. */
  async check(now = Date.now()): Promise<Array<Omit<ComponentHealth, 'since'>>> {
    const t = this.thresholds;
    const probeKey = `${this.config.REDIS_KEY_PREFIX}health:probe`;
    const [redisMs, neo4jMs, eventPathMs, roles, queues, resources, storage] = await Promise.all([
      timed(() => this.deps.redis.ping()),
      timed(() => this.deps.neo4j.executeQuery('RETURN 1', {}, { database: this.config.NEO4J_DATABASE })),
      // The event path: an append and a read back on a stream, as every event takes.
      timed(async () => {
        const id = await this.deps.redis.xadd(probeKey, 'MAXLEN', '10', '*', 'p', '1');
        await this.deps.redis.xrange(probeKey, id as string, id as string);
      }),
      this.roles(now),
      this.queueHealth(now),
      this.resources(now),
      this.storage(),
    ]);
    const components = [
      latency('neo4j', neo4jMs, 'CRITICAL', t),
      latency('redis', redisMs, 'UNHEALTHY', t),
      latency('event-path', eventPathMs, 'UNHEALTHY', t),
      ...roles,
      ...queues,
      ...storage,
      ...resources,
    ];
    const overall = worst(components.map((c) => c.status));
    const failing = components.filter((c) => c.status !== 'HEALTHY').map((c) => c.name);
    return [
      ...components,
      {
        name: 'overall',
        status: overall,
        observedValue: null,
        reason: failing.length ? `not healthy: ${failing.join(', ')}` : 'all components healthy',
      },
    ];
  }

  /** Stores a check and reports its transitions (once, whoever leads). */
  async record(
    components: ReadonlyArray<Omit<ComponentHealth, 'since'>>,
    now = Date.now(),
  ): Promise<HealthTransition[]> {
    const prefix = this.config.REDIS_KEY_PREFIX;
    const at = new Date(now).toISOString();
    const transitions: HealthTransition[] = [];
    for (const component of components) {
      const state: ComponentHealth = { ...component, since: at };
      const announcement = {
        id: randomUUID(),
        type: 'system.health_changed',
        tenantId: PLATFORM_TENANT,
        occurredAt: at,
        publishedBy: 'system:monitor',
        data: {
          component: component.name,
          status: component.status,
          observedValue: component.observedValue,
          reason: component.reason,
          at,
        } as Record<string, unknown>,
      };
      const previous = await (this.redis.healthRecord as NonNullable<RecordingRedis['healthRecord']>)(
        2,
        healthCurrentKey(prefix),
        healthStreamKey(prefix),
        component.name,
        JSON.stringify(state),
        component.status,
        JSON.stringify(announcement),
        '10000',
      );
      if (previous === '') continue;
      transitions.push({
        component: component.name,
        status: component.status,
        previousStatus: previous === 'NONE' ? null : (previous as Status),
        observedValue: component.observedValue,
        reason: component.reason,
        at,
      });
    }
    // Components no longer reported (a role's resources after its last process went, storage that
    // became unreadable) leave rather than stay in their last state forever.
    const reported = new Set(components.map((c) => c.name));
    const stale = (await this.redis.hkeys(healthCurrentKey(prefix))).filter((name) => !reported.has(name));
    if (stale.length > 0) await this.redis.hdel(healthCurrentKey(prefix), ...stale);
    await this.redis.set(checkedAtKey(prefix), at);
    // The first check of a platform records its baseline; only changes after it are alerts.
    const alerts = transitions.filter((t) => t.previousStatus !== null);
    if (alerts.length > 0) await this.notifyTenants(alerts);
    return transitions;
  }

  /** `system.health_alert` into the event stream of every tenant with webhooks. */
  private async notifyTenants(transitions: readonly HealthTransition[]): Promise<void> {
    const tenants = await this.redis.smembers(webhookTenantsKey(this.config.REDIS_KEY_PREFIX));
    for (const tenantId of tenants) {
      for (const t of transitions) {
        await this.events
          .publish({
            tenantId,
            type: 'system.health_alert',
            data: {
              component: t.component,
              status: t.status,
              previousStatus: t.previousStatus,
              reason: t.reason,
              at: t.at,
            },
            publishedBy: 'system:monitor',
          })
          .catch((error: unknown) =>
            this.logger.warn({ err: error, tenantId }, 'health alert not published'),
          );
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    await this.events.close();
  }
}

/** The stored state of every component, and when it was last checked. */
export async function readHealth(
  redis: RedisClient,
  prefix: string,
): Promise<{ components: ComponentHealth[]; checkedAt: string | null }> {
  const [current, checkedAt] = await Promise.all([
    redis.hgetall(healthCurrentKey(prefix)),
    redis.get(checkedAtKey(prefix)),
  ]);
  return {
    components: Object.values(current)
      .map((text) => JSON.parse(text) as ComponentHealth)
      .sort((a, b) => a.name.localeCompare(b.name)),
    checkedAt,
  };
}
