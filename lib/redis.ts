import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

export type { Redis };

export interface RedisClientOptions {
  /** Connect on the first command, for clients that may never send one. */
  lazyConnect?: boolean;
  /**
   * `request` (default): serves requests, fails fast while Redis is down. `blocking`: BullMQ and
   * blocking readers, which retry forever themselves and need commands to wait for a reconnect.
   * @default request
   */
  role?: 'request' | 'blocking';
  /** Batch concurrent commands into shared round trips (many small concurrent reads/writes). */
  autoPipelining?: boolean;
  /** Where connection failures are reported (at most one line per 10 s). */
  logger?: Logger;
}

/**
 * Once a client has been ready, commands issued while it is disconnected fail at once
 * ("Stream isn't writeable…", mapped to SERVICE_UNAVAILABLE) instead of waiting in the offline
 * queue for a reconnect: a request is answered or refused, never held for seconds. Before the
 * first connection, commands still queue, so start-up does not race the connect.
 */
export function failFastWhenDown(client: Redis, logger?: Logger): Redis {
  let lastReport = 0;
  client.on('ready', () => {
    client.options.enableOfflineQueue = false;
  });
  client.on('error', (error: Error) => {
    const now = Date.now();
    if (now - lastReport < 10_000) return;
    lastReport = now;
    logger?.warn({ err: error, connection: client.options.connectionName }, 'redis connection failed');
  });
  return client;
}

/** The one way every process makes a Redis connection. */
export function createRedis(url: string, name: string, options: RedisClientOptions = {}): Redis {
  const blocking = options.role === 'blocking';
  const client = new Redis(url, {
    connectionName: name,
    // A request command in flight when the connection drops is retried once after reconnecting.
    maxRetriesPerRequest: blocking ? null : 1,
    enableOfflineQueue: true,
    enableAutoPipelining: options.autoPipelining ?? false,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
    lazyConnect: options.lazyConnect ?? false,
  });
  if (!blocking) return failFastWhenDown(client, options.logger);
  client.on('error', () => undefined); // blocking clients retry on their own; their users log.
  return client;
}

/**
 * Key for tenant-owned data. The `{t:<tenant>}` hash tag keeps one tenant's keys in one Redis
 * Cluster slot, so multi-key operations on a tenant stay legal under Cluster.
 */
export function tenantKey(prefix: string, tenantId: string, ...parts: string[]): string {
  return `${prefix}{t:${tenantId}}:${parts.join(':')}`;
}

/** BullMQ keys live under the platform prefix, so test runs and deployments never share a queue. */
export function bullPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}bull`;
}
