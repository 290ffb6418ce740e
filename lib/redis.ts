import calculateSlot from 'cluster-key-slot';
import { Cluster, Redis, type ChainableCommander, type ClusterNode, type RedisOptions } from 'ioredis';
import type { Logger } from './logger.js';

export type { Redis, Cluster };

/**
 * A connection to the platform's Redis: one server, or a Redis Cluster when REDIS_CLUSTER_NODES
 * is set. Both share the command API; code that takes a connection takes this type, and only
 * what differs (duplicating, blocking readers, per-node scans) asks `isCluster`.
 */
export type RedisClient = Redis | Cluster;

/** Where Redis is: REDIS_URL, or the cluster's seed nodes (credentials and TLS from REDIS_URL). */
export interface RedisTarget {
  REDIS_URL: string;
  /** Seed nodes of a Redis Cluster; empty or absent: the single server at REDIS_URL. */
  REDIS_CLUSTER_NODES?: ReadonlyArray<{ host: string; port: number }>;
}

export interface RedisClientOptions {
  /** Connect on the first command, for clients that may never send one. */
  lazyConnect?: boolean;
  /**
   * `request` (default): serves requests, fails fast while Redis is down (under Cluster, after
   * about 3 s of a failover). `blocking`: BullMQ and blocking readers, which retry forever
   * themselves and need commands to wait for a reconnect. `background`: a worker's own records
   * (an export job's state), whose commands wait like `blocking` ones and ride through a Cluster
   * failover instead of failing the job; failures are logged.
   * @default request
   */
  role?: 'request' | 'blocking' | 'background';
  /** Batch concurrent commands into shared round trips (many small concurrent reads/writes). */
  autoPipelining?: boolean;
  /** Where connection failures are reported (at most one line per 10 s). */
  logger?: Logger;
}

export function isCluster(client: RedisClient): client is Cluster {
  return client instanceof Cluster;
}

/** Whether a target names a Redis Cluster. */
export function targetsCluster(target: RedisTarget | string): boolean {
  return typeof target !== 'string' && (target.REDIS_CLUSTER_NODES?.length ?? 0) > 0;
}

function connectionName(client: RedisClient): string | undefined {
  return isCluster(client) ? client.options.redisOptions?.connectionName : client.options.connectionName;
}

/**
 * Once a client has been ready, commands issued while it is disconnected fail at once
 * ("Stream isn't writeable…", mapped to SERVICE_UNAVAILABLE) instead of waiting in the offline
 * queue for a reconnect: a request is answered or refused, never held for seconds. Before the
 * first connection, commands still queue, so start-up does not race the connect.
 */
export function failFastWhenDown<C extends RedisClient>(client: C, logger?: Logger): C {
  client.on('ready', () => {
    client.options.enableOfflineQueue = false;
  });
  return logConnectionErrors(client, logger);
}

/** Reports connection failures, at most one line per 10 s. */
function logConnectionErrors<C extends RedisClient>(client: C, logger?: Logger): C {
  let lastReport = 0;
  client.on('error', (error: Error) => {
    const now = Date.now();
    if (now - lastReport < 10_000) return;
    lastReport = now;
    logger?.warn({ err: error, connection: connectionName(client) }, 'redis connection failed');
  });
  return client;
}

/**
 * A second connection like `client` (same server or cluster, same options) under its own name:
 * for blocking readers and pub/sub subscribers, which must not share a request connection.
 */
export function duplicateRedis(
  client: RedisClient,
  override: { connectionName: string; enableOfflineQueue?: boolean },
): RedisClient {
  if (!isCluster(client)) return client.duplicate(override);
  const { connectionName: name, ...rest } = override;
  const copy = client.duplicate([], {
    ...rest,
    redisOptions: { ...client.options.redisOptions, connectionName: name },
  });
  return watchCrossSlot(copy, loggers.get(client));
}

/** A command a Redis Cluster refused because its keys span hash slots. */
export interface CrossSlotReport {
  connection: string | undefined;
  command: string;
  keys: string[];
  message: string;
}

const crossSlotListeners = new Set<(report: CrossSlotReport) => void>();
const loggers = new WeakMap<Cluster, Logger>();
const watched = new WeakSet<object>();

/**
 * Tells `listener` about every CROSSSLOT reply any Cluster client of this process gets (the
 * cluster test run fails on one). Returns the unsubscribe.
 */
export function onCrossSlot(listener: (report: CrossSlotReport) => void): () => void {
  crossSlotListeners.add(listener);
  return () => crossSlotListeners.delete(listener);
}

/**
 * Every command of a Cluster client (pipelined and transaction ones too) passes sendCommand: a
 * CROSSSLOT reply is a bug in the key layout, so it is logged with the command and its keys.
 */
function watchCrossSlot(client: Cluster, logger: Logger | undefined): Cluster {
  if (logger) loggers.set(client, logger);
  const send = client.sendCommand.bind(client);
  client.sendCommand = (...args: Parameters<Cluster['sendCommand']>) => {
    const result = send(...args);
    const command = args[0];
    // A command queued while connecting passes here again when it is sent.
    if (watched.has(command)) return result;
    watched.add(command);
    command.promise.catch((error: unknown) => {
      if (!(error instanceof Error) || !error.message.startsWith('CROSSSLOT')) return;
      const report: CrossSlotReport = {
        connection: connectionName(client),
        command: command.name,
        keys: command.getKeys().map(String),
        message: error.message,
      };
      logger?.error(report, 'redis command crossed hash slots');
      for (const listener of crossSlotListeners) listener(report);
    });
    return result;
  };
  return client;
}

/** Connection options shared by both modes. */
function nodeOptions(name: string, blocking: boolean): RedisOptions {
  return {
    connectionName: name,
    // A request command in flight when the connection drops is retried once after reconnecting.
    maxRetriesPerRequest: blocking ? null : 1,
    connectTimeout: 2_000,
  };
}

/** What a cluster's nodes take from REDIS_URL: credentials and TLS (a cluster has only db 0). */
function credentialsOf(url: string): Pick<RedisOptions, 'username' | 'password' | 'tls'> {
  const parsed = new URL(url);
  return {
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** The one way every process makes a Redis connection (a Cluster when the target names one). */
export function createRedis(
  target: RedisTarget | string,
  name: string,
  options: RedisClientOptions = {},
): RedisClient {
  const blocking = options.role === 'blocking' || options.role === 'background';
  const url = typeof target === 'string' ? target : target.REDIS_URL;
  const nodes: ClusterNode[] =
    typeof target === 'string' ? [] : (target.REDIS_CLUSTER_NODES ?? []).map((n) => ({ ...n }));
  const client: RedisClient =
    nodes.length > 0
      ? watchCrossSlot(
          new Cluster(nodes, {
            redisOptions: { ...nodeOptions(name, blocking), ...credentialsOf(url) },
            enableOfflineQueue: true,
            enableAutoPipelining: options.autoPipelining ?? false,
            lazyConnect: options.lazyConnect ?? false,
            // While a replica takes over a dead master, commands for its slots wait and retry.
            retryDelayOnFailover: 200,
            retryDelayOnClusterDown: 200,
            retryDelayOnTryAgain: 200,
            // Every retry counts as a redirection: 16 (ioredis' default) × 200 ms gives up before
            // a replica is promoted (cluster-node-timeout + election). Waiting commands wait for
            // as long as the failover lasts, up to 2 min.
            ...(blocking ? { maxRedirections: 600 } : {}),
            slotsRefreshTimeout: 2_000,
            clusterRetryStrategy: (times) => Math.min(times * 100, 1_000),
          }),
          options.logger,
        )
      : new Redis(url, {
          ...nodeOptions(name, blocking),
          enableOfflineQueue: true,
          enableAutoPipelining: options.autoPipelining ?? false,
          retryStrategy: (times) => Math.min(times * 100, 1_000),
          lazyConnect: options.lazyConnect ?? false,
        });
  if (!blocking) return failFastWhenDown(client, options.logger);
  if (options.role === 'background') return logConnectionErrors(client, options.logger);
  client.on('error', () => undefined); // blocking clients retry on their own; their users log.
  return client;
}

/**
 * Pipelined writes over keys of many slots (several tenants' keys, platform keys): a Cluster
 * pipeline must stay on one node, so under Cluster there is a pipeline per slot, sent together;
 * a single server keeps one pipeline. Queue each command on `forKey(<its key>)`.
 */
export function slotPipelines(client: RedisClient): {
  forKey(key: string): ChainableCommander;
  /** Sends every pipeline; rejects when one could not be sent (command replies are not read). */
  exec(): Promise<void>;
} {
  const pipelines = new Map<number, ChainableCommander>();
  return {
    forKey(key) {
      const slot = isCluster(client) ? calculateSlot(key) : 0;
      let pipeline = pipelines.get(slot);
      if (!pipeline) pipelines.set(slot, (pipeline = client.pipeline()));
      return pipeline;
    },
    async exec() {
      await Promise.all([...pipelines.values()].map((pipeline) => pipeline.exec()));
    },
  };
}

/**
 * Keys grouped so each group may go in one multi-key command: by hash slot under Cluster, all in
 * one group on a single server.
 */
export function groupBySlot(client: RedisClient, keys: readonly string[]): string[][] {
  if (!isCluster(client)) return keys.length > 0 ? [[...keys]] : [];
  const groups = new Map<number, string[]>();
  for (const key of keys) {
    const slot = calculateSlot(key);
    const group = groups.get(slot);
    if (group) group.push(key);
    else groups.set(slot, [key]);
  }
  return [...groups.values()];
}

/**
 * Keys matching `pattern`, a SCAN page at a time. Under Cluster, SCAN walks one node's keyspace,
 * so every master is walked in turn.
 */
export async function* scanKeys(
  client: RedisClient,
  pattern: string,
  count = 1000,
): AsyncGenerator<string[]> {
  for (const node of isCluster(client) ? client.nodes('master') : [client]) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', count);
      cursor = next;
      if (keys.length > 0) yield keys;
    } while (cursor !== '0');
  }
}

/**
 * Key for tenant-owned data. The `{t:<tenant>}` hash tag keeps one tenant's keys in one Redis
 * Cluster slot, so multi-key operations on a tenant stay legal under Cluster.
 */
export function tenantKey(prefix: string, tenantId: string, ...parts: string[]): string {
  return `${prefix}{t:${tenantId}}:${parts.join(':')}`;
}

/**
 * BullMQ keys live under the platform prefix, so test runs and deployments never share a queue.
 * BullMQ's scripts touch many keys of one queue at once, so under Cluster each queue's prefix
 * carries a hash tag of its own (`kg:bull:{webhook-deliveries}`): a queue's keys share a slot and
 * different queues spread over the shards. A single server keeps the plain `kg:bull` layout.
 */
export function bullPrefix(redisKeyPrefix: string, queue: string, cluster: boolean): string {
  return cluster ? `${redisKeyPrefix}bull:{${queue}}` : `${redisKeyPrefix}bull`;
}
