import { webhookTenantsKey } from '../../../lib/platformKeys.js';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';

/** The consumer group every webhook worker reads tenant event streams through. */
export const FANOUT_GROUP = 'webhooks';

export const tenantsKey = webhookTenantsKey;

export function eventStreamKey(prefix: string, tenantId: string): string {
  return tenantKey(prefix, tenantId, 'events');
}

/**
 * Makes the tenant's event stream durable for webhooks from now on: a consumer group created at
 * `$` holds every later event until a worker has fanned it out and acknowledged it. Called when an
 * endpoint is created, before the mutation returns, so no event after that can be missed.
 */
export async function registerTenant(redis: RedisClient, prefix: string, tenantId: string): Promise<void> {
  await ensureGroup(redis, eventStreamKey(prefix, tenantId));
  // A version bump tells workers to re-read the tenant set now rather than on their next refresh.
  if ((await redis.sadd(tenantsKey(prefix), tenantId)) === 1) await redis.incr(tenantsVersionKey(prefix));
}

export function tenantsVersionKey(prefix: string): string {
  return `${prefix}integrations:webhook-tenants:version`;
}

export async function ensureGroup(redis: RedisClient, stream: string): Promise<void> {
  try {
    await redis.xgroup('CREATE', stream, FANOUT_GROUP, '$', 'MKSTREAM');
  } catch (error) {
    if (!String((error as Error).message).startsWith('BUSYGROUP')) throw error;
  }
}
