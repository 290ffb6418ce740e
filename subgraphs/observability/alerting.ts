import { createKeyring } from '../../lib/crypto/createKeyring.js';
import { createAuditLog } from '../audit/auditApi.js';
import type { Keyring } from '../../lib/crypto/keyring.js';
import { RewrapSweeper } from '../../lib/crypto/rewrapSweep.js';
import { AddressPolicy } from '../../lib/outbound/addressPolicy.js';
import { createSafeDispatcher } from '../../lib/outbound/safeDispatcher.js';
import { scanKeys, tenantKey } from '../../lib/redis.js';
import type { SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import { AlertStore } from './alerts/AlertStore.js';
import type { EvaluationDeps } from './alerts/evaluate.js';
import type { AlertRuleRecord } from './alerts/rules.js';
import { channelSealedRecords, type ChannelRecord } from './notify/channels.js';
import { Notifier } from './notify/notifier.js';

export interface Alerting {
  readonly rules: TenantRecords<AlertRuleRecord>;
  readonly alerts: AlertStore;
  readonly channels: TenantRecords<ChannelRecord>;
  readonly keyring: Keyring;
  readonly notifier: Notifier;
  /** Marks a tenant as having rules, so the monitor evaluates it. */
  addRuleTenant(tenantId: string): Promise<void>;
  /** Marks a tenant as having notification channels, so the monitor's rewrap finds it. */
  addChannelTenant(tenantId: string): Promise<void>;
  /**
   * Moves channel secrets to the newest version of their tenant's key (the monitor runs it);
   * stopped by close().
   */
  startChannelRewrap(): void;
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
  const keyring = createKeyring(deps, 'observability', createAuditLog(deps.redis, deps.config).trail);
  // Outbound calls to channels pass the same SSRF wall as webhooks (WEBHOOK_ALLOWED_CIDRS).
  const dispatcher = createSafeDispatcher({
    addresses: new AddressPolicy(deps.config.WEBHOOK_ALLOWED_CIDRS),
    allowHttp: deps.config.WEBHOOK_ALLOW_HTTP,
    connections: 8,
  });
  const notifier = new Notifier({
    queueTarget: deps.config,
    redis: deps.redis,
    prefix,
    channels,
    rules,
    alerts,
    keyring,
    dispatcher,
    groupWaitMs: deps.config.ALERT_GROUP_WAIT_SECONDS * 1000,
    repeatIntervalMs: deps.config.ALERT_REPEAT_INTERVAL_SECONDS * 1000,
    timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
    smtpUrl: deps.config.SMTP_URL,
    smtpFrom: deps.config.SMTP_FROM,
    logger: deps.logger.child({ component: 'alert-notifier' }),
    ...(deps.errors ? { errors: deps.errors } : {}),
  });
  const tenantsKey = `${prefix}observability:rule-tenants`;
  const channelTenantsKey = `${prefix}observability:channel-tenants`;
  let channelRewrap: RewrapSweeper<ChannelRecord> | null = null;
  /** Channels made before the channel-tenants set existed: found once, by one keyspace scan. */
  const indexOlderChannelTenants = async () => {
    const doneKey = `${channelTenantsKey}:indexed`;
    if ((await deps.redis.exists(doneKey)) === 1) return;
    const head = `${prefix}{t:`;
    const tail = '}:observability:channels';
    const pattern = `${head.replace(/[*?[\]\\]/g, '\\$&')}*${tail}`;
    for await (const keys of scanKeys(deps.redis, pattern)) {
      await deps.redis.sadd(channelTenantsKey, ...keys.map((k) => k.slice(head.length, -tail.length)));
    }
    await deps.redis.set(doneKey, '1');
  };
  const evaluationsKey = (tenantId: string) =>
    tenantKey(prefix, tenantId, 'observability', 'rule-evaluations');
  return {
    rules,
    alerts,
    channels,
    keyring,
    notifier,
    addRuleTenant: async (tenantId) => {
      await deps.redis.sadd(tenantsKey, tenantId);
    },
    addChannelTenant: async (tenantId) => {
      await deps.redis.sadd(channelTenantsKey, tenantId);
    },
    startChannelRewrap: () => {
      channelRewrap = new RewrapSweeper<ChannelRecord>({
        redis: deps.redis,
        keyring,
        purpose: 'NOTIFICATION_CHANNELS',
        records: channelSealedRecords((tenantId) => tenantKey(prefix, tenantId, 'observability:channels')),
        tenants: async () => {
          await indexOlderChannelTenants();
          // Two platform keys, two slots under Redis Cluster: read apart, joined here.
          const [withChannels, withRules] = await Promise.all([
            deps.redis.smembers(channelTenantsKey),
            deps.redis.smembers(tenantsKey),
          ]);
          return [...new Set([...withChannels, ...withRules])];
        },
        logger: deps.logger.child({ component: 'channel-rewrap' }),
      });
      channelRewrap.start();
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
      await channelRewrap?.close();
      await notifier.close();
      await dispatcher.close();
      await keyring.close();
    },
  };
}
