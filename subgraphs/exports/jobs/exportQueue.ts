import { QUEUE_NAMES } from '../../../lib/platformKeys.js';
import { bullPrefix, targetsCluster, type RedisTarget } from '../../../lib/redis.js';
import { createRedis, type RedisClient } from '../../../lib/redis.js';
import type { Config } from '../../../lib/config.js';

/** The BullMQ queue export jobs travel on; the job id is the export id, so a job is queued once. */
export const EXPORT_QUEUE = QUEUE_NAMES.exports;

export interface ExportQueueData {
  tenantId: string;
  exportId: string;
  /** The trace of the createExport that queued it, when traced: the job's span links to it. */
  traceparent?: string;
}

/** The platform's BullMQ prefix (lib/redis bullPrefix). */
export function queuePrefix(
  config: Pick<Config, 'REDIS_KEY_PREFIX' | 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>,
): string {
  return bullPrefix(config.REDIS_KEY_PREFIX, EXPORT_QUEUE, targetsCluster(config));
}

/** BullMQ blocks on its connection and requires unlimited retries; it gets connections of its own. */
export function queueConnection(config: RedisTarget, name: string): RedisClient {
  return createRedis(config, name, { role: 'blocking' });
}
