// The compliance evaluator's transitions when the event path fails: a violation whose publish
// failed is published by the next evaluation, not lost because the stored latest already shows it.
import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import type { Config } from '../../lib/config.js';
import { EventLog, type PublishInput } from '../../lib/events/EventLog.js';
import { createLogger } from '../../lib/logger.js';
import { createRedis } from '../../lib/redis.js';
import { testConfig } from '../support/testPlatform.js';
import { AUDIT_READS } from '../../gateway/plugins/useAudit.js';
import { createSecurityEvidence } from '../../subgraphs/security/complianceEvidence.js';
import { createIntegrationsEvidence } from '../../subgraphs/integrations/complianceEvidence.js';
import { auditSdl } from '../../subgraphs/audit/schemaFiles.js';
import { createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { ComplianceEvaluator } from '../../subgraphs/audit/compliance/ComplianceEvaluator.js';
import type { FactSources } from '../../subgraphs/audit/compliance/collectFacts.js';

const config = testConfig({ WEBHOOK_ALLOWED_CIDRS: '127.0.0.1/32' });
const failOpen = testConfig({
  WEBHOOK_ALLOWED_CIDRS: '127.0.0.1/32',
  AUDIT_FAIL_OPEN: 'true',
  REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
});
const prefix = config.REDIS_KEY_PREFIX;
const redis = createRedis(config.REDIS_URL, 'compliance-transitions-test');
const logger = createLogger('silent', 'compliance-transitions-test');
const log = createAuditLog(redis, config, logger);
const integrations = createIntegrationsEvidence(redis, config, logger);
const eventLog = EventLog.fromConfig(config, redis, logger);

afterAll(async () => {
  await Promise.all([integrations.close?.(), log.close(), eventLog.close()]);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

it('publishes a violation on the next evaluation when its first publish failed', async () => {
  const tenantId = `transitions-${randomUUID().slice(0, 8)}`;
  let current: Config = config;
  const sources: FactSources = {
    get config() {
      return current;
    },
    trail: log.trail,
    checkpoints: log.checkpoints,
    providers: {
      security: createSecurityEvidence(redis, prefix),
      integrations,
      auditedReadFields: AUDIT_READS,
    },
    sdl: auditSdl(),
    dsr: async () => ({ open: 0, overdue: [], answeredLate: [], total: 0 }),
    isolation: async () => null,
    retention: (tenantId) => log.sealer.retention(tenantId),
    deletions: (tenantId) => log.sealer.deletions(tenantId),
    lastSoxReport: async () => null,
  };
  // The real event log, behind a switch that makes publishing fail (a Redis outage).
  let down = false;
  const published: PublishInput[] = [];
  const events = {
    publish: async (input: PublishInput) => {
      if (down) throw new Error('event log unavailable');
      published.push(input);
      return eventLog.publish(input);
    },
  } as unknown as EventLog;
  const evaluator = new ComplianceEvaluator({ redis, prefix, sources, events, logger });
  const violations = () =>
    published.filter(
      (e) => e.type === 'compliance.violation_detected' && (e.data as { rule?: string }).rule === 'AUDIT-01',
    );

  await evaluator.evaluate(tenantId);
  expect(violations()).toHaveLength(0);

  // AUDIT-01 starts failing while the event path is down: nothing goes out…
  current = failOpen;
  down = true;
  const failing = await evaluator.evaluate(tenantId);
  expect(failing.controls.find((c) => c.id === 'AUDIT-01')?.result).toBe('FAIL');
  expect(violations()).toHaveLength(0);

  // …and the next evaluation, the path back, publishes it (the latest already said FAIL).
  down = false;
  const next = await evaluator.evaluate(tenantId);
  expect(violations()).toEqual([
    expect.objectContaining({ data: expect.objectContaining({ rule: 'AUDIT-01', evaluationId: next.id }) }),
  ]);
  // Once told, it is not told again.
  await evaluator.evaluate(tenantId);
  expect(violations()).toHaveLength(1);
});
