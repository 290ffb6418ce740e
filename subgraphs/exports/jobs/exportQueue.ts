import { createRedis, type Redis } from '../../../lib/redis.js';
import type { Config } from '../../../lib/config.js';

/** The BullMQ queue export jobs travel on; the job id is the export id, so a job is queued once. */
export const EXPORT_QUEUE = 'exports';

export interface ExportQueueData {
  tenantId: string;
  exportId: string;
}

/** BullMQ keys live under the platform prefix, so test runs and deployments never share a queue. */
export function queuePrefix(config: Pick<Config, 'REDIS_KEY_PREFIX'>): string {
  return `${config.REDIS_KEY_PREFIX}bull`;
}

/** BullMQ blocks on its connection and requires unlimited retries; it gets connections of its own. */
export function queueConnection(config: Pick<Config, 'REDIS_URL'>, name: string): Redis {
  return createRedis(config.REDIS_URL, name, { role: 'blocking' });
}
