import { tenantKey } from '../../lib/redis.js';
import type { SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import { AlertStore } from './alerts/AlertStore.js';
import type { EvaluationDeps } from './alerts/evaluate.js';
import type { AlertRuleRecord } from './alerts/rules.js';

export interface Alerting {
  readonly rules: TenantRecords<AlertRuleRecord>;
  readonly alerts: AlertStore;
  /** Marks a tenant as having rules, so the monitor evaluates it. */
  addRuleTenant(tenantId: string): Promise<void>;
  ruleTenants(): Promise<string[]>;
  /** Each rule's last evaluation (kept apart from the rule, one hash write per tenant per cycle). */
  lastEvaluations(tenantId: string): Promise<Map<string, { at: string; value: number | null }>>;
  readonly evaluationDeps: Omit<EvaluationDeps, 'metrics' | 'logger'>;
  close(): Promise<void>;
}

/** The alerting stores, shared by the subgraph (API) and the monitor (evaluation). */
export function createAlerting(deps: SubgraphDeps): Alerting {
  const prefix = deps.config.REDIS_KEY_PREFIX;
  const rules = new TenantRecords<AlertRuleRecord>(deps.redis, prefix, 'observability:alert-rules');
  const alerts = new AlertStore(deps.redis, prefix, deps.config.EVENTS_RETENTION);
  const tenantsKey = `${prefix}observability:rule-tenants`;
  const evaluationsKey = (tenantId: string) =>
    tenantKey(prefix, tenantId, 'observability', 'rule-evaluations');
  return {
    rules,
    alerts,
    addRuleTenant: async (tenantId) => {
      await deps.redis.sadd(tenantsKey, tenantId);
    },
    ruleTenants: () => deps.redis.smembers(tenantsKey),
    lastEvaluations: async (tenantId) => {
      const raw = await deps.redis.hgetall(evaluationsKey(tenantId));
      return new Map(
        Object.entries(raw).map(([id, text]) => [
          id,
          JSON.parse(text) as { at: string; value: number | null },
        ]),
      );
    },
    evaluationDeps: {
      rules,
      alerts,
      recordEvaluations: async (tenantId, values) => {
        const fields: string[] = [];
        for (const [id, value] of values) fields.push(id, JSON.stringify(value));
        await deps.redis.hset(evaluationsKey(tenantId), ...fields);
      },
    },
    close: async () => undefined,
  };
}
