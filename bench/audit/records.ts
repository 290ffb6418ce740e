import { randomUUID } from 'node:crypto';
import type { AuditEntryInput } from '../../subgraphs/audit/auditApi.js';

/** The i-th record of bench:audit's append phase: a mutation's, with its personal fields. */
export function benchRecord(tenantId: string, i: number): AuditEntryInput {
  return {
    tenantId,
    actor: `user-${i % 50}`,
    action: i % 3 === 0 ? 'webhook.create' : 'alertRule.update',
    resource: randomUUID(),
    outcome: 'SUCCESS',
    riskScore: 10,
    details: {
      requestId: randomUUID(),
      transport: 'http',
      clientIp: '203.0.113.7',
      userAgent: 'bench/1.0',
      field: 'createWebhook',
    },
  };
}
