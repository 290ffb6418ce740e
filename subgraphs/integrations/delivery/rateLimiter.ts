import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';

// GCRA-style slot reservation: KEYS[1] holds the endpoint's next free time (ms, Redis clock, so
// workers on different hosts agree). A delivery takes
// the slot max(now, next) and pushes `next` one interval on, so N waiting deliveries each get their
// own slot and sleep exactly until it: no polling, nothing dropped. A throttle (ARGV[2] > 0) pushes
// `next` to now + throttle for every delivery of the endpoint.
const RESERVE = `
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local throttle = tonumber(ARGV[2])
if throttle > 0 then
  next = math.max(next, now + throttle)
  redis.call('SET', KEYS[1], tostring(next), 'PX', math.ceil(next - now) + 1000)
  return 0
end
local slot = math.max(next, now)
if interval > 0 or next > now then
  redis.call('SET', KEYS[1], tostring(slot + interval), 'PX', math.ceil(slot + interval - now) + 1000)
end
return slot - now
`;

interface ReserveCommand {
  webhookReserveSlot(key: string, interval: number, throttle: number): Promise<number>;
}

/** Per-endpoint pacing shared by every worker process. */
export class EndpointRateLimiter {
  private readonly redis: RedisClient & ReserveCommand;

  constructor(
    redis: RedisClient,
    private readonly prefix: string,
  ) {
    // defineCommand sends the script by SHA after the first call.
    redis.defineCommand('webhookReserveSlot', { numberOfKeys: 1, lua: RESERVE });
    this.redis = redis as RedisClient & ReserveCommand;
  }

  private key(tenantId: string, webhookId: string): string {
    return tenantKey(this.prefix, tenantId, 'integrations', 'webhook', webhookId, 'next-slot');
  }

  /** Ms to wait before sending (0: now). Reserves the slot, so call once per send. */
  async reserve(tenantId: string, webhookId: string, perSecond: number | null): Promise<number> {
    const interval = perSecond ? 1000 / perSecond : 0;
    const wait = await this.redis.webhookReserveSlot(this.key(tenantId, webhookId), interval, 0);
    return Math.max(0, Math.ceil(Number(wait)));
  }

  /** Holds every delivery of the endpoint for `ms` (after 429/502/504). */
  async throttle(tenantId: string, webhookId: string, ms: number): Promise<void> {
    await this.redis.webhookReserveSlot(this.key(tenantId, webhookId), 0, Math.max(1, Math.round(ms)));
  }
}
