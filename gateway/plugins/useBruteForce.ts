import { decodeJwt } from 'jose';
import type { RedisClient } from '../../lib/redis.js';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ChannelListeners } from '../../lib/ChannelListeners.js';
import { PlatformError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { peekSyntheticCredential } from '../../lib/syntheticCredential.js';
import { presented, type Authenticator, type Credentials } from '../pipeline/authenticate.js';
import type { RequestOrigin } from '../pipeline/RequestPipeline.js';

export interface BruteForceOptions {
  redis: RedisClient;
  prefix: string;
  logger: Logger;
  /** Failed authentications that block a client IP or a credential. @default 5 */
  failures: number;
  /** Window the failures are counted in, seconds. @default 900 */
  windowSeconds: number;
  /** How long a block lasts, seconds. @default 900 */
  blockSeconds: number;
  /**
   * Names a client IP as a block subject (lib/security/clientIpReference.ts): counters, blocks,
   * their channel and what `onBlock` reports carry the reference, never the address.
   */
  ipReference(ip: string): string;
  /** Every failed authentication (audit: login_failed). */
  onFailure(failure: AuthFailure): void;
  /** A new block (audit: security_violation; a BRUTE_FORCE_ATTACK detection). */
  onBlock(block: AuthBlock): void;
}

export interface AuthFailure {
  readonly ip: string;
  /** `ip:<HMAC of the address>` (BruteForceOptions.ipReference). */
  readonly ipRef: string;
  readonly userAgent: string | null;
  /** `key:<display prefix>`, `jwt:<unverified sub>` or `synthetic:<unverified check id>`; never a secret. */
  readonly credential: string | null;
  /** The tenant the credential names, when it names one (an unverified JWT claim). */
  readonly claimedTenant: string | null;
  readonly reason: string;
}

export interface AuthBlock extends AuthFailure {
  /** What is blocked: the IP's reference (`ip:<HMAC>`) or the credential. */
  readonly blocked: string;
  readonly failures: number;
  readonly until: number;
}

function describe(credentials: Credentials): { credential: string | null; claimedTenant: string | null } {
  let credential: ReturnType<typeof presented>;
  try {
    credential = presented(credentials);
  } catch {
    return { credential: null, claimedTenant: null };
  }
  if (credential.kind === 'api_key')
    return { credential: `key:${credential.secret.slice(0, 10)}`, claimedTenant: null };
  if (credential.kind === 'synthetic') {
    // What it claims, unverified (as a JWT's claims are): only a forgery or a stale copy fails.
    const claims = peekSyntheticCredential(credential.secret);
    return claims
      ? { credential: `synthetic:${claims.checkId}`, claimedTenant: claims.tenantId }
      : { credential: null, claimedTenant: null };
  }
  try {
    const claims = decodeJwt(credential.secret);
    return {
      credential: typeof claims.sub === 'string' ? `jwt:${claims.sub.slice(0, 200)}` : null,
      claimedTenant:
        typeof claims['tenant_id'] === 'string' ? (claims['tenant_id'] as string).slice(0, 200) : null,
    };
  } catch {
    return { credential: null, claimedTenant: null };
  }
}

/**
 * Brute-force protection around an authenticator (Auth0 / fail2ban style). Failures are counted
 * in Redis per client IP and per presented credential (key prefix or token subject), shared by
 * every gateway; `failures` within `windowSeconds` block that IP or credential for `blockSeconds`.
 * A blocked caller gets 429 AUTH_BLOCKED before its credential is checked. Blocks are announced
 * on a channel and held in memory, so the check costs no Redis round trip on the hot path.
 */
export function useBruteForce(
  inner: Authenticator,
  options: BruteForceOptions,
): Authenticator & { close(): void } {
  const limiter = new RateLimiterRedis({
    storeClient: options.redis,
    keyPrefix: `${options.prefix}security:auth-failures`,
    points: options.failures,
    duration: options.windowSeconds,
    rejectIfRedisNotReady: true,
  });
  const blocked = new Map<string, number>();
  const channel = `${options.prefix}security:auth-blocks`;
  const listeners = new ChannelListeners<{ subject: string; until: number }>(
    options.redis,
    'auth-blocks',
    options.logger,
  );
  listeners
    .add(channel, ({ subject, until }) => blocked.set(subject, until))
    .catch((error: unknown) => options.logger.error({ err: error }, 'auth block channel failed'));

  const blockedUntil = (subject: string, now: number): number => {
    const until = blocked.get(subject);
    if (until === undefined) return 0;
    if (until <= now) {
      blocked.delete(subject);
      return 0;
    }
    return until;
  };

  const refuse = (until: number, now: number): never => {
    const retryAfter = Math.max(1, Math.ceil((until - now) / 1000));
    throw new PlatformError('AUTH_BLOCKED', `Too many failed authentications; retry in ${retryAfter} s`, {
      retryAfterSeconds: retryAfter,
    }).withHeaders({ 'retry-after': String(retryAfter) });
  };

  const countFailure = async (subject: string, failure: AuthFailure): Promise<void> => {
    let res: RateLimiterRes;
    try {
      res = await limiter.consume(subject);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // Redis is down: the failure is not counted (logged); authentication itself still fails.
        options.logger.warn({ err: error }, 'brute-force counter unavailable');
        return;
      }
      res = error;
    }
    if (res.consumedPoints < options.failures) return;
    const until = Date.now() + options.blockSeconds * 1000;
    if (blocked.has(subject)) return;
    blocked.set(subject, until);
    await options.redis.publish(channel, JSON.stringify({ subject, until })).catch(() => 0);
    options.onBlock({ ...failure, blocked: subject, failures: res.consumedPoints, until });
  };

  const authenticate = async (credentials: Credentials, origin: RequestOrigin) => {
    const now = Date.now();
    const ip = options.ipReference(origin.ip);
    const ipUntil = blockedUntil(ip, now);
    if (ipUntil) refuse(ipUntil, now);
    // Naming the credential decodes a JWT: only worth it while some credential is blocked.
    if (blocked.size > 0) {
      const { credential } = describe(credentials);
      const until = credential ? blockedUntil(credential, now) : 0;
      if (until) refuse(until, now);
    }
    try {
      return await inner(credentials, origin);
    } catch (error) {
      if (!(error instanceof PlatformError) || error.code !== 'UNAUTHENTICATED') throw error;
      const { credential, claimedTenant } = describe(credentials);
      const subjects = [ip, ...(credential ? [credential] : [])];
      const failure: AuthFailure = {
        ip: origin.ip,
        ipRef: ip,
        userAgent: origin.userAgent,
        credential,
        claimedTenant,
        reason: error.message,
      };
      options.onFailure(failure);
      await Promise.all(subjects.map((subject) => countFailure(subject, failure)));
      throw error;
    }
  };
  return Object.assign(authenticate, { close: () => listeners.close() });
}
