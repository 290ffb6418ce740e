import type { RedisClient } from '../../lib/redis.js';
import { collectRecords, type SubjectDataProvider } from '../../lib/compliance/subjectData.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import type { AlertRuleRecord } from './alerts/rules.js';

/** The alert rules a data subject created (docs/COMPLIANCE.md "Data-subject requests"). */
export function createObservabilitySubjectData(redis: RedisClient, prefix: string): SubjectDataProvider {
  // The alerting engine's rule records (alerting.ts).
  const rules = new TenantRecords<AlertRuleRecord>(redis, prefix, 'observability:alert-rules');
  return {
    section: 'alertRules',
    collect: (tenantId, subjectId) =>
      collectRecords(
        rules,
        tenantId,
        (rule) => rule.createdBy === subjectId,
        (rule) => ({
          id: rule.id,
          name: rule.name,
          metric: rule.metric,
          aggregation: rule.aggregation,
          comparison: rule.comparison,
          threshold: rule.threshold,
          severity: rule.severity,
          summary: rule.summary,
          description: rule.description,
          labels: { ...rule.labels },
          channels: [...rule.channels],
          enabled: rule.enabled,
          createdAt: rule.createdAt,
          createdBy: rule.createdBy,
        }),
      ),
  };
}
