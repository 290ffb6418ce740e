import type { RedisClient } from '../../lib/redis.js';

/** Removes every key under a benchmark's own prefix (SCAN, so Redis is never blocked). */
export async function deleteByPrefix(redis: RedisClient, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
}
