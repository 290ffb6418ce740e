import type { RedisClient } from '../../lib/redis.js';
import { PlatformError } from '../../lib/errors.js';
import { tenantKey } from '../../lib/redis.js';
import type { Logger } from '../../lib/logger.js';
import type { OperationHooks } from '../engine/OperationRunner.js';
import type { PreparedOperation } from '../pipeline/RequestPipeline.js';

export interface RateBudget {
  readonly points: number;
  readonly windowSeconds: number;
}

export interface RateLimitOptions {
  redis: RedisClient;
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
  /** Points spent in the current window, this operation included. */
  readonly used: number;
  readonly resetMs: number;
}

/**
 * Fixed-window counters, every budget of one operation in one round trip (the keys share the
 * tenant's hash slot, so this is one Redis Cluster slot too). KEYS: counters; ARGV: cost, then
 * each counter's window in ms. Returns used points and remaining ms per counter.
 */
const CHARGE_SCRIPT = `
local cost = tonumber(ARGV[1])
local out = {}
for i = 1, #KEYS do
  local used = redis.call('INCRBY', KEYS[i], cost)
  local ttl = redis.call('PTTL', KEYS[i])
  if ttl < 0 then
    redis.call('PEXPIRE', KEYS[i], ARGV[1 + i])
    ttl = tonumber(ARGV[1 + i])
  end
  out[#out + 1] = used
  out[#out + 1] = ttl
end
return out
`;

type ChargingRedis = RedisClient & { rateCharge(numKeys: number, ...args: string[]): Promise<number[]> };

/**
 * Points budgets per principal and per tenant, shared by every gateway (fixed windows in Redis,
 * both charged in one script call: the hot path pays one round trip). Each operation spends its
 * requested cost (operationCost) from both before it runs — queries, mutations and subscription
 * starts alike. Every answer carries IETF `RateLimit` / `RateLimit-Policy` headers and
 * `extensions.cost`; over budget it is 429 RATE_LIMITED with Retry-After. If Redis cannot count,
 * operations are let through (logged): mutations are refused by the audit rule anyway.
 */
export function useRateLimit(options: RateLimitOptions): OperationHooks {
  if (!('rateCharge' in options.redis)) options.redis.defineCommand('rateCharge', { lua: CHARGE_SCRIPT });
  const redis = options.redis as ChargingRedis;

  const chargeAll = async (
    prepared: PreparedOperation,
    budgets: ReadonlyArray<{ scope: Charge['scope']; budget: RateBudget; key: string }>,
  ): Promise<Charge[]> => {
    if (redis.status !== 'ready') return [];
    try {
      const result = await redis.rateCharge(
        budgets.length,
        ...budgets.map((b) => b.key),
        String(prepared.cost),
        ...budgets.map((b) => String(b.budget.windowSeconds * 1000)),
      );
      return budgets.map((b, i) => ({
        scope: b.scope,
        budget: b.budget,
        used: Number(result[2 * i]),
        resetMs: Number(result[2 * i + 1]),
      }));
    } catch (error) {
      options.logger.warn({ err: error }, 'rate limit counter unavailable; operation let through');
      return [];
    }
  };

  return {
    async beforeExecute(prepared: PreparedOperation) {
      const { principal, cost } = prepared;
      const principalBudget = principal.rateLimit ?? options.principal;
      const tenantBudget = options.tenantOverrides.get(principal.tenantId) ?? options.tenant;
      const window = (budget: RateBudget) => `${budget.points}/${budget.windowSeconds}`;
      const charges = await chargeAll(prepared, [
        {
          scope: 'principal',
          budget: principalBudget,
          key: tenantKey(
            options.prefix,
            principal.tenantId,
            'ratelimit',
            'principal',
            window(principalBudget),
            principal.subject,
          ),
        },
        {
          scope: 'tenant',
          budget: tenantBudget,
          key: tenantKey(options.prefix, principal.tenantId, 'ratelimit', 'tenant', window(tenantBudget)),
        },
      ]);
      if (charges.length === 0) return;
      // The tighter budget is the one reported.
      const left = (c: Charge) => c.budget.points - c.used;
      const tightest = charges.reduce((a, b) => (left(b) < left(a) ? b : a));
      const remaining = Math.max(0, left(tightest));
      const reset = Math.ceil(tightest.resetMs / 1000);
      const headers = {
        'ratelimit-policy': `"${tightest.scope}";q=${tightest.budget.points};w=${tightest.budget.windowSeconds}`,
        ratelimit: `"${tightest.scope}";r=${remaining};t=${reset}`,
      };
      const over = charges.find((c) => c.used > c.budget.points);
      if (over) {
        const retryAfter = Math.max(1, Math.ceil(over.resetMs / 1000));
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
