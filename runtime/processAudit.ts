import { hostname } from 'node:os';
import { createAuditLog } from '../subgraphs/audit/auditApi.js';
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import { PLATFORM_TENANT } from '../lib/principal.js';
import type { RedisClient } from '../lib/redis.js';

/** Records a process start or stop in the platform trail; never blocks or fails the process. */
export async function recordProcess(
  redis: RedisClient,
  config: Config,
  logger: Logger,
  role: string,
  action: 'process.start' | 'process.stop',
): Promise<void> {
  try {
    await createAuditLog(redis, config).trail.append({
      tenantId: PLATFORM_TENANT,
      actor: `platform:${role}`,
      action,
      eventType: 'system_event',
      resource: `${hostname()}:${process.pid}`,
      resourceType: 'process',
      outcome: 'SUCCESS',
      details: { role, node: process.version },
    });
  } catch (error) {
    logger.warn({ err: error, role, action }, 'could not audit the process lifecycle');
  }
}
