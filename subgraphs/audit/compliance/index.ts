import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import type { EvidenceProviders } from '../../../lib/compliance/evidence.js';
import type { Config } from '../../../lib/config.js';
import { EventLog } from '../../../lib/events/EventLog.js';
import type { Logger } from '../../../lib/logger.js';
import type { AuditLog } from '../store/auditLog.js';
import { signingKeys, type SigningKey } from '../store/checkpoints.js';
import { ComplianceEvaluator } from './ComplianceEvaluator.js';
import {
  buildReport,
  ComplianceReports,
  signReport,
  type ComplianceReportRecord,
} from './ComplianceReports.js';
import { ComplianceSchedule } from './ComplianceSchedule.js';
import type { DsrFacts, Framework, IsolationFacts } from './facts.js';
import { runIsolationCheck } from './isolationCheck.js';

/** A stored self-check younger than this is reused instead of probing again. */
const ISOLATION_REUSE_MS = 10 * 60_000;

export interface ComplianceModuleDeps {
  readonly redis: RedisClient;
  readonly config: Config;
  readonly logger: Logger;
  readonly log: AuditLog;
  readonly providers: EvidenceProviders;
  /** The audit subgraph's SDL (which fields read the trail, with their scopes). */
  readonly sdl: string;
  /** The data-subject request module's deadline facts for a tenant. */
  dsrFacts(tenantId: string): Promise<DsrFacts>;
  /** Channels announcing evidence changes by tenant (API keys, encryption keys). */
  readonly changeChannels: readonly string[];
}

export interface ComplianceModule {
  readonly evaluator: ComplianceEvaluator;
  readonly reports: ComplianceReports;
  /** Evaluates now, stores the framework's report for `period` signed with the audit key. */
  generate(
    tenantId: string,
    framework: Framework,
    period: { from: string; to: string },
    generatedBy: string,
  ): Promise<ComplianceReportRecord>;
  /** The audit signing key that signs reports (the first of AUDIT_SIGNING_KEYS). */
  readonly signingKey: SigningKey;
  close(): Promise<void>;
}

export function createComplianceModule(deps: ComplianceModuleDeps): ComplianceModule {
  const { redis, config, logger, log } = deps;
  const prefix = config.REDIS_KEY_PREFIX;
  const events = EventLog.fromConfig(config, redis, logger);
  const reports = new ComplianceReports(redis, prefix);
  const signingKey = signingKeys(config.AUDIT_SIGNING_KEYS, config.INTERNAL_SIGNING_KEY)[0] as SigningKey;
  const isolationKey = `${prefix}compliance:isolation:last`;
  let probing: Promise<IsolationFacts> | null = null;

  const isolation = async (): Promise<IsolationFacts | null> => {
    const raw = await redis.get(isolationKey);
    const last = raw ? (JSON.parse(raw) as IsolationFacts) : null;
    if (last && Date.now() - Date.parse(last.ranAt) < ISOLATION_REUSE_MS) return last;
    probing ??= runIsolationCheck(redis, prefix)
      .then(async (result) => {
        await redis.set(isolationKey, JSON.stringify(result));
        return result;
      })
      .finally(() => {
        probing = null;
      });
    return probing;
  };

  const evaluator = new ComplianceEvaluator({
    redis,
    prefix,
    events,
    logger,
    sources: {
      config,
      trail: log.trail,
      checkpoints: log.checkpoints,
      providers: deps.providers,
      sdl: deps.sdl,
      dsr: (tenantId) => deps.dsrFacts(tenantId),
      isolation,
      retention: (tenantId) => log.sealer.retention(tenantId),
      deletions: (tenantId) => log.sealer.deletions(tenantId),
      lastSoxReport: async (tenantId) => {
        const report = await reports.latestOf(tenantId, 'SOX');
        return report ? { id: report.id, generatedAt: report.generatedAt } : null;
      },
    },
  });

  const schedule = new ComplianceSchedule({
    redis,
    prefix,
    evaluator,
    intervalSeconds: config.COMPLIANCE_EVALUATE_SECONDS,
    logger,
    changeChannels: deps.changeChannels,
  });
  schedule.start();

  return {
    evaluator,
    reports,
    signingKey,
    async generate(tenantId, framework, period, generatedBy) {
      const now = new Date();
      const id = randomUUID();
      // A SOX report is itself the reassessment SOX-01 asks for: it counts in its own evaluation
      // (else a tenant's first SOX report would always fail SOX-01, and say so in its findings).
      const evaluation = await evaluator.evaluate(
        tenantId,
        framework === 'SOX' ? { soxAssessment: { id, generatedAt: now.toISOString() } } : {},
      );
      const record = signReport(buildReport(evaluation, framework, period, generatedBy, now, id), signingKey);
      await reports.records.put(record);
      // The report is itself evidence (SOX-01): the next evaluation sees it.
      void evaluator
        .evaluate(tenantId)
        .catch((error: unknown) => logger.warn({ err: error, tenantId }, 'compliance re-evaluation failed'));
      return record;
    },
    async close() {
      await schedule.close();
      await events.close();
      await Promise.all([deps.providers.security.close?.(), deps.providers.integrations.close?.()]);
    },
  };
}
