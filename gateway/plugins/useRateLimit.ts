import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { PlatformError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { OperationHooks } from '../engine/OperationRunner.js';
import type { PreparedOperation } from '../pipeline/RequestPipeline.js';

export interface RateBudget {
  readonly points: number;
  readonly windowSeconds: number;
}

export interface RateLimitOptions {
  redis: Redis;
  prefix: string;
  logger: Logger;
  /** Points per window of each principal (a user or an API key), unless the key overrides it. */
  principal: RateBudget;
  /** Points per window of each tenant, all its principals together. */
  tenant: RateBudget;
  /** Budgets of particular tenants (RATE_LIMIT_TENANT_OVERRIDES). */
  tenantOverrides: ReadonlyMap<string, RateBudget>;
}

interface Charge {
  readonly scope: 'principal' | 'tenant';
  readonly budget: RateBudget;
  readonly res: RateLimiterRes;
}

/**
 * Points budgets per principal and per tenant, shared by every gateway (rate-limiter-flexible's
 * atomic Redis counter). Each operation spends its requested cost (operationCost) from both
 * before it runs — queries, mutations and subscription starts alike. Every answer carries IETF
 * `RateLimit` / `RateLimit-Policy` headers and `extensions.cost`; over budget it is 429
 * RATE_LIMITED with Retry-After. If Redis cannot count, operations are let through (logged):
 * mutations are refused by the audit rule anyway while Redis is down.
 */
export function useRateLimit(options: RateLimitOptions): OperationHooks {
  const limiters = new Map<string, RateLimiterRedis>();
  const limiterFor = (scope: string, budget: RateBudget): RateLimiterRedis => {
    const name = `${scope}:${budget.points}:${budget.windowSeconds}`;
    let limiter = limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: options.redis,
        keyPrefix: `${options.prefix}ratelimit:${name}`,
        points: budget.points,
        duration: budget.windowSeconds,
        rejectIfRedisNotReady: true,
      });
      limiters.set(name, limiter);
    }
    return limiter;
  };

  const charge = async (
    scope: Charge['scope'],
    key: string,
    budget: RateBudget,
    cost: number,
  ): Promise<Charge | null> => {
    try {
      return { scope, budget, res: await limiterFor(scope, budget).consume(key, cost) };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { scope, budget, res: error };
      options.logger.warn({ err: error }, 'rate limit counter unavailable; operation let through');
      return null;
    }
  };

  return {
    async beforeExecute(prepared: PreparedOperation) {
      const { principal, cost } = prepared;
      const principalBudget = principal.rateLimit ?? options.principal;
      const tenantBudget = options.tenantOverrides.get(principal.tenantId) ?? options.tenant;
      const charges = (
        await Promise.all([
          charge('principal', `${principal.tenantId}\n${principal.subject}`, principalBudget, cost),
          charge('tenant', principal.tenantId, tenantBudget, cost),
        ])
      ).filter((c): c is Charge => c !== null);
      if (charges.length === 0) return;
      // The tighter budget is the one reported.
      const tightest = charges.reduce((a, b) => (b.res.remainingPoints < a.res.remainingPoints ? b : a));
      const remaining = Math.max(0, tightest.res.remainingPoints);
      const reset = Math.ceil(tightest.res.msBeforeNext / 1000);
      const headers = {
        'ratelimit-policy': `"${tightest.scope}";q=${tightest.budget.points};w=${tightest.budget.windowSeconds}`,
        ratelimit: `"${tightest.scope}";r=${remaining};t=${reset}`,
      };
      const over = charges.find((c) => c.res.consumedPoints > c.budget.points);
      if (over) {
        const retryAfter = Math.max(1, Math.ceil(over.res.msBeforeNext / 1000));
        throw new PlatformError(
          'RATE_LIMITED',
          `The ${over.scope} budget of ${over.budget.points} points per ${over.budget.windowSeconds} s is spent; this operation costs ${cost}`,
          {
            scope: over.scope,
            retryAfterSeconds: retryAfter,
            cost: { requested: cost, remaining: 0, resetSeconds: retryAfter },
          },
        ).withHeaders({ ...headers, 'retry-after': String(retryAfter) });
      }
      Object.assign(prepared.responseHeaders, headers);
      prepared.extensions.cost = { requested: cost, remaining, resetSeconds: reset };
    },
  };
}
