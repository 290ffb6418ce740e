import { AddressPolicy } from '../../lib/outbound/addressPolicy.js';
import { createSafeDispatcher } from '../../lib/outbound/safeDispatcher.js';
import { tenantKey } from '../../lib/redis.js';
import { SecretBox } from '../../lib/secretBox.js';
import type { SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import { AlertStore } from './alerts/AlertStore.js';
import type { EvaluationDeps } from './alerts/evaluate.js';
import type { AlertRuleRecord } from './alerts/rules.js';
import type { ChannelRecord } from './notify/channels.js';
import { Notifier } from './notify/notifier.js';

export interface Alerting {
  readonly rules: TenantRecords<AlertRuleRecord>;
  readonly alerts: AlertStore;
  readonly channels: TenantRecords<ChannelRecord>;
  readonly box: SecretBox;
  readonly notifier: Notifier;
  /** Marks a tenant as having rules, so the monitor evaluates it. */
  addRuleTenant(tenantId: string): Promise<void>;
  ruleTenants(): Promise<string[]>;
  /** Each rule's last evaluation (kept apart from the rule, one hash write per tenant per cycle). */
  lastEvaluations(tenantId: string): Promise<Map<string, { at: string; value: number | null }>>;
  lastEvaluation(tenantId: string, ruleId: string): Promise<{ at: string; value: number | null } | null>;
  readonly evaluationDeps: Omit<EvaluationDeps, 'metrics' | 'logger'>;
  close(): Promise<void>;
}

/** The alerting stores, shared by the subgraph (API) and the monitor (evaluation). */
export function createAlerting(deps: SubgraphDeps): Alerting {
  const prefix = deps.config.REDIS_KEY_PREFIX;
  const rules = new TenantRecords<AlertRuleRecord>(deps.redis, prefix, 'observability:alert-rules');
  const alerts = new AlertStore(deps.redis, prefix, deps.config.EVENTS_RETENTION);
  const channels = new TenantRecords<ChannelRecord>(deps.redis, prefix, 'observability:channels');
  const box = new SecretBox(deps.config.SECRETS_ENCRYPTION_KEYS);
  // Outbound calls to channels pass the same SSRF wall as webhooks (WEBHOOK_ALLOWED_CIDRS).
  const dispatcher = createSafeDispatcher({
    addresses: new AddressPolicy(deps.config.WEBHOOK_ALLOWED_CIDRS),
    allowHttp: deps.config.WEBHOOK_ALLOW_HTTP,
    connections: 8,
  });
  const notifier = new Notifier({
    redisUrl: deps.config.REDIS_URL,
    redis: deps.redis,
    prefix,
    channels,
    rules,
    alerts,
    box,
    dispatcher,
    groupWaitMs: deps.config.ALERT_GROUP_WAIT_SECONDS * 1000,
    repeatIntervalMs: deps.config.ALERT_REPEAT_INTERVAL_SECONDS * 1000,
    timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
    smtpUrl: deps.config.SMTP_URL,
    smtpFrom: deps.config.SMTP_FROM,
    logger: deps.logger.child({ component: 'alert-notifier' }),
  });
  const tenantsKey = `${prefix}observability:rule-tenants`;
  const evaluationsKey = (tenantId: string) =>
    tenantKey(prefix, tenantId, 'observability', 'rule-evaluations');
  return {
    rules,
    alerts,
    channels,
    box,
    notifier,
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
    lastEvaluation: async (tenantId, ruleId) => {
      const text = await deps.redis.hget(evaluationsKey(tenantId), ruleId);
      return text ? (JSON.parse(text) as { at: string; value: number | null }) : null;
    },
    evaluationDeps: {
      rules,
      alerts,
      recordEvaluations: async (tenantId, values) => {
        const fields: string[] = [];
        for (const [id, value] of values) fields.push(id, JSON.stringify(value));
        await deps.redis.hset(evaluationsKey(tenantId), ...fields);
      },
      notify: (alert, change) => notifier.enqueue(alert, change),
    },
    close: async () => {
      await notifier.close();
      await dispatcher.close();
    },
  };
}
