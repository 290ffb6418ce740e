import type { RedisClient } from './redis.js';

/** Renews the lease only while this holder has it (a lapsed lease is someone else's to take). */
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0
`;

const RELEASE =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/**
 * Leadership among replicas of a role through one Redis key: `hold()` takes or renews it for
 * `ttlMs`, so a standby takes over within `ttlMs` of the leader dying; `release()` hands over at
 * once on a clean stop.
 */
export class Lease {
  constructor(
    private readonly redis: RedisClient,
    private readonly key: string,
    private readonly holder: string,
    private readonly ttlMs: number,
  ) {}

  async hold(): Promise<boolean> {
    return Number(await this.redis.eval(RENEW, 1, this.key, this.holder, String(this.ttlMs))) === 1;
  }

  async release(): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key, this.holder).catch(() => 0);
  }
}
