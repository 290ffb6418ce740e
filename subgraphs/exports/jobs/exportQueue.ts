import { QUEUE_NAMES } from '../../../lib/platformKeys.js';
import { bullPrefix } from '../../../lib/redis.js';
import { createRedis, type Redis } from '../../../lib/redis.js';
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
export function queuePrefix(config: Pick<Config, 'REDIS_KEY_PREFIX'>): string {
  return bullPrefix(config.REDIS_KEY_PREFIX);
}

/** BullMQ blocks on its connection and requires unlimited retries; it gets connections of its own. */
export function queueConnection(config: Pick<Config, 'REDIS_URL'>, name: string): Redis {
  return createRedis(config.REDIS_URL, name, { role: 'blocking' });
}
