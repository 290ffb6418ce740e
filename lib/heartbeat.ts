import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { slotPipelines, type RedisClient } from './redis.js';
import type { Logger } from './logger.js';

export function heartbeatKey(prefix: string, role: string): string {
  return `${prefix}health:heartbeats:${role}`;
}

export function heartbeatRolesKey(prefix: string): string {
  return `${prefix}health:roles`;
}

/**
 * Every long-running process says it is alive: for each role it runs, its instance id with the
 * time in a sorted set per role, every `intervalMs`. The monitor calls a role whose instances all
 * went silent CRITICAL and one silent replica DEGRADED. A process that stops cleanly leaves.
 */
export class Heartbeat {
  readonly instance = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly roles = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.beat(), intervalMs);
    this.timer.unref();
  }

  /** Roles this process runs (`gateway`, `subgraph-knowledge`, `worker-webhooks`, …). */
  add(...roles: string[]): void {
    for (const role of roles) this.roles.add(role);
    void this.beat();
  }

  private async beat(): Promise<void> {
    if (this.roles.size === 0) return;
    const now = Date.now();
    const pipelines = slotPipelines(this.redis);
    const rolesKey = heartbeatRolesKey(this.prefix);
    for (const role of this.roles) {
      const key = heartbeatKey(this.prefix, role);
      pipelines.forKey(key).zadd(key, now, this.instance);
      pipelines.forKey(rolesKey).sadd(rolesKey, role);
    }
    await pipelines.exec().catch((error: unknown) => this.logger.debug({ err: error }, 'heartbeat failed'));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    const pipelines = slotPipelines(this.redis);
    for (const role of this.roles) {
      const key = heartbeatKey(this.prefix, role);
      pipelines.forKey(key).zrem(key, this.instance);
    }
    await pipelines.exec().catch(() => undefined);
  }
}
