import { randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords, type TenantRecord } from '../../lib/tenantRecords.js';
import type {
  AlertRule,
  Comparison,
  DependencyHealth,
  HealthStatus,
  Resolvers,
} from './generated/resolvers.js';

interface AlertRuleRecord extends TenantRecord {
  name: string;
  metric: string;
  comparison: Comparison;
  threshold: number;
  enabled: boolean;
  createdBy: string;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]{0,199}$/;

function toRule(record: AlertRuleRecord): AlertRule {
  return { ...record, createdBy: { subject: record.createdBy } };
}

async function timed(name: string, check: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  try {
    await check();
    return { name, status: 'UP', latencyMs: performance.now() - started, error: null };
  } catch (error) {
    return { name, status: 'DOWN', latencyMs: performance.now() - started, error: (error as Error).message };
  }
}

export function createObservabilitySubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const rules = new TenantRecords<AlertRuleRecord>(
    deps.redis,
    deps.config.REDIS_KEY_PREFIX,
    'observability:alert-rules',
  );

  const resolvers: Resolvers = {
    Query: {
      platformHealth: async () => {
        const dependencies = await Promise.all([
          timed('redis', () => deps.redis.ping()),
          timed('neo4j', () =>
            deps.neo4j.executeQuery('RETURN 1', {}, { database: deps.config.NEO4J_DATABASE }),
          ),
        ]);
        const down = dependencies.filter((d) => d.status === 'DOWN').length;
        const status: HealthStatus = down === 0 ? 'UP' : down === dependencies.length ? 'DOWN' : 'DEGRADED';
        return { status, checkedAt: new Date().toISOString(), dependencies };
      },
      alertRules: async (_root, _args, { principal }) =>
        (await rules.list(principal.tenantId, 1000)).items.map(toRule),
      alertRule: async (_root, { id }, { principal }) => {
        const record = await rules.get(principal.tenantId, id);
        return record ? toRule(record) : null;
      },
    },
    Mutation: {
      createAlertRule: async (_root, { input }, { principal }) => {
        const name = input.name.trim();
        if (name.length === 0 || name.length > 200) {
          throw new PlatformError('BAD_USER_INPUT', 'name must be 1 to 200 characters', { field: 'name' });
        }
        if (!METRIC_NAME.test(input.metric)) {
          throw new PlatformError('BAD_USER_INPUT', 'metric must be a Prometheus metric name', {
            field: 'metric',
          });
        }
        if (!Number.isFinite(input.threshold)) {
          throw new PlatformError('BAD_USER_INPUT', 'threshold must be a finite number', {
            field: 'threshold',
          });
        }
        const record = await rules.put({
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: new Date().toISOString(),
          name,
          metric: input.metric,
          comparison: input.comparison,
          threshold: input.threshold,
          enabled: true,
          createdBy: principal.subject,
        });
        return toRule(record);
      },
      deleteAlertRule: (_root, { id }, { principal }) => rules.delete(principal.tenantId, id),
    },
    AlertRule: {
      __resolveReference: async (ref, { principal }) => {
        const record = await rules.get(principal.tenantId, ref.id);
        return record ? toRule(record) : null;
      },
    },
  };

  return { name: 'observability', schema: buildFederatedSchema(readSchema(import.meta.url), resolvers) };
}
