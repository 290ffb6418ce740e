import { toConnection } from '../../../lib/tenantRecords.js';
import { PlatformError } from '../../../lib/errors.js';
import type {
  ComplianceControlEvaluation,
  ComplianceReport,
  ComplianceStatus,
  Resolvers,
} from '../generated/resolvers.js';
import { frameworkStatus } from './catalogue.js';
import type { ComplianceModule } from './index.js';
import { signedPayload, type ComplianceReportRecord, type ReportControl } from './ComplianceReports.js';
import type { StoredEvaluation } from './ComplianceEvaluator.js';
import { DAY_MS, type Framework } from './facts.js';

/** A report covers the last 90 days unless the caller names the period. */
const DEFAULT_PERIOD_MS = 90 * DAY_MS;

function toStatus(evaluation: StoredEvaluation, framework: Framework): ComplianceStatus {
  const status = frameworkStatus(evaluation.controls, framework);
  return {
    framework,
    status: status.status,
    score: status.score,
    evaluatedAt: evaluation.evaluatedAt,
    evaluationId: evaluation.id,
    controls: status.controls.map(toControl),
  };
}

function toControl(control: ReportControl): ComplianceControlEvaluation {
  return {
    id: control.id,
    title: control.title,
    result: control.result as ComplianceControlEvaluation['result'],
    reason: control.reason,
    evidence: control.evidence.map((e) => ({ kind: e.kind, ref: e.ref, value: e.value ?? null })),
    clauses: [...control.clauses],
  };
}

export function toReport(record: ComplianceReportRecord): ComplianceReport {
  return {
    id: record.id,
    framework: record.framework,
    from: record.from,
    to: record.to,
    generatedAt: record.generatedAt,
    generatedBy: record.generatedBy,
    status: record.status,
    score: record.score,
    executiveSummary: record.executiveSummary,
    controls: record.controls.map(toControl),
    findings: record.findings.map((f) => ({ ...f, clauses: [...f.clauses] })),
    recommendations: [...record.recommendations],
    signature: { ...record.signature },
    signedPayload: signedPayload(record),
  };
}

/** How far `to` may be from now (clocks differ): verdicts are as of generation. */
const PERIOD_END_SKEW_MS = 5 * 60_000;

function period(from: string | null | undefined, to: string | null | undefined, now: number) {
  const end = to ? Date.parse(to) : now;
  const start = from ? Date.parse(from) : end - DEFAULT_PERIOD_MS;
  if (!Number.isFinite(start) || !Number.isFinite(end) || start >= end) {
    throw new PlatformError('BAD_USER_INPUT', 'from must be before to', { field: 'from' });
  }
  if (end > now + PERIOD_END_SKEW_MS)
    throw new PlatformError('BAD_USER_INPUT', 'to must not be in the future', { field: 'to' });
  // A period ending in the past would label today's verdicts as that period's: refused.
  if (end < now - PERIOD_END_SKEW_MS)
    throw new PlatformError(
      'BAD_USER_INPUT',
      'to must be now (or omitted): a report evaluates the controls as of its generation, not as of an earlier date',
      { field: 'to' },
    );
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

/** The compliance module's part of the audit subgraph's resolver map. */
export function complianceResolvers(module: ComplianceModule): Pick<Resolvers, 'Query' | 'Mutation'> & {
  ComplianceReport: NonNullable<Resolvers['ComplianceReport']>;
} {
  const { evaluator, reports } = module;
  const loadReport = async (tenantId: string, id: string) => {
    const record = await reports.records.get(tenantId, id);
    return record ? toReport(record) : null;
  };
  return {
    Query: {
      complianceStatus: async (_root, { framework }, { principal }) => {
        const evaluation =
          (await evaluator.latest(principal.tenantId)) ?? (await evaluator.evaluate(principal.tenantId));
        return toStatus(evaluation, framework);
      },
      complianceReports: async (_root, { framework, first, after }, { principal }) => {
        const size = first ?? 20;
        if (!Number.isInteger(size) || size < 1 || size > 100)
          throw new PlatformError('BAD_USER_INPUT', 'first must be 1–100', { field: 'first' });
        const page = await reports.records.page(principal.tenantId, {
          first: size,
          after: after ?? null,
          matches: (r) => !framework || r.framework === framework,
        });
        return toConnection(page, toReport);
      },
      complianceReport: (_root, { id }, { principal }) => loadReport(principal.tenantId, id),
    },
    Mutation: {
      generateComplianceReport: async (_root, { framework, from, to }, { principal }) => {
        const span = period(from, to, Date.now());
        const record = await module.generate(principal.tenantId, framework, span, principal.subject);
        return toReport(record);
      },
    },
    ComplianceReport: {
      __resolveReference: (ref: { id: string }, { principal }: { principal: { tenantId: string } }) =>
        loadReport(principal.tenantId, ref.id),
    },
  };
}
