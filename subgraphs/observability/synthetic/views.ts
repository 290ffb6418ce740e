import type { SyntheticCheck, SyntheticCheckResult } from '../generated/resolvers.js';
import type { SyntheticCheckRecord } from './checks.js';
import type { StoredResult } from './SyntheticStore.js';

/** A check as resolvers return it: status, results, next run and alert resolve from its tenant and id. */
export type SyntheticCheckView = Omit<
  SyntheticCheck,
  'status' | 'lastResult' | 'results' | 'nextRunAt' | 'alert'
> & { readonly tenantId: string };

export function toSyntheticCheck(record: SyntheticCheckRecord): SyntheticCheckView {
  return {
    tenantId: record.tenantId,
    id: record.id,
    name: record.name,
    type: record.type,
    operation: record.operation,
    variables: record.variables,
    intervalSeconds: record.intervalSeconds,
    timeoutMs: record.timeoutMs,
    assertions: record.assertions.map((a) => ({
      type: a.type,
      path: 'path' in a ? a.path : null,
      value: 'value' in a ? a.value : null,
    })),
    scopes: [...record.scopes],
    channels: [...record.channels],
    severity: record.severity,
    enabled: record.enabled,
    createdAt: record.createdAt,
    createdBy: { subject: record.createdBy },
    updatedAt: record.updatedAt,
  };
}

export function toSyntheticResult(stored: StoredResult): SyntheticCheckResult {
  return {
    id: stored.id,
    at: stored.at,
    success: stored.success,
    durationMs: stored.durationMs,
    failures: stored.failures.map((f) => ({ ...f })),
    errorCodes: [...stored.errorCodes],
  };
}
