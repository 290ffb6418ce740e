import { isCluster, scanKeys, type RedisClient } from '../../lib/redis.js';

/** Removes every key under a benchmark's own prefix (SCAN, so Redis is never blocked). */
export async function deleteByPrefix(redis: RedisClient, prefix: string): Promise<void> {
  for await (const keys of scanKeys(redis, `${prefix}*`)) {
    // A page holds keys of many slots: under Cluster each goes on its own.
    if (isCluster(redis)) await Promise.all(keys.map((key) => redis.unlink(key)));
    else await redis.unlink(...keys);
  }
}
