import { Redis } from 'ioredis';

export type { Redis };

/** `lazyConnect`: connect on the first command, for clients that may never send one. */
export function createRedis(url: string, name: string, options: { lazyConnect?: boolean } = {}): Redis {
  return new Redis(url, {
    connectionName: name,
    // Fail commands fast while disconnected instead of queueing without bound.
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: options.lazyConnect ?? false,
  });
}

/**
 * Key for tenant-owned data. The `{t:<tenant>}` hash tag keeps one tenant's keys in one Redis
 * Cluster slot, so multi-key operations on a tenant stay legal under Cluster.
 */
export function tenantKey(prefix: string, tenantId: string, ...parts: string[]): string {
  return `${prefix}{t:${tenantId}}:${parts.join(':')}`;
}
