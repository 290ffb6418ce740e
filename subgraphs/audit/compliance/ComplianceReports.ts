import { randomUUID, sign } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { TenantRecords, type TenantRecord } from '../../../lib/tenantRecords.js';
import { canonical } from '../store/entry.js';
import type { SigningKey } from '../store/checkpoints.js';
import {
  controlById,
  frameworkStatus,
  type FrameworkStatus,
  type FrameworkStatusValue,
} from './catalogue.js';
import type { StoredEvaluation } from './ComplianceEvaluator.js';
import type { EvidenceRef, Framework } from './facts.js';

export interface ReportControl {
  readonly id: string;
  readonly title: string;
  readonly result: string;
  readonly reason: string;
  readonly evidence: readonly EvidenceRef[];
  readonly clauses: readonly string[];
}

export interface ReportFinding {
  readonly controlId: string;
  readonly severity: string;
  readonly reason: string;
  readonly clauses: readonly string[];
}

/** What is signed: every member of the stored report except `signature`. */
export interface ReportBody extends TenantRecord {
  readonly framework: Framework;
  readonly from: string;
  readonly to: string;
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly evaluationId: string;
  readonly status: FrameworkStatusValue;
  readonly score: number | null;
  readonly executiveSummary: string;
  readonly controls: readonly ReportControl[];
  readonly findings: readonly ReportFinding[];
  readonly recommendations: readonly string[];
}

export interface ReportSignature {
  readonly algorithm: 'Ed25519';
  readonly keyName: string;
  readonly keyId: string;
  /** Base64 of the 64-byte Ed25519 signature over `signedPayload(body)`. */
  readonly value: string;
}

export interface ComplianceReportRecord extends ReportBody {
  readonly signature: ReportSignature;
}

/** The exact bytes signed: the canonical JSON (keys sorted, no whitespace) of the body, UTF-8. */
export function signedPayload(report: ReportBody | ComplianceReportRecord): string {
  const { signature: _signature, ...body } = report as ComplianceReportRecord;
  return canonical(body);
}

function summary(framework: Framework, status: FrameworkStatus, generatedAt: string, from: string): string {
  const applicable = status.controls.filter((c) => c.result !== 'NOT_APPLICABLE');
  const passed = applicable.filter((c) => c.result === 'PASS').length;
  const failed = applicable.length - passed;
  const na = status.controls.length - applicable.length;
  const verdict =
    status.status === 'COMPLIANT'
      ? `is COMPLIANT with ${framework}`
      : status.status === 'NOT_ASSESSED'
        ? `could not be assessed against ${framework}: no control applies`
        : `is NOT COMPLIANT with ${framework}: ${failed} applicable control${failed === 1 ? '' : 's'} fail`;
  // Verdicts are the platform's state at generation, not a replay of the period: say so.
  return (
    `As of ${generatedAt} the tenant ${verdict}. ${status.controls.length} controls map to ` +
    `${framework}: ${passed} pass, ${failed} fail, ${na} do not apply` +
    (status.score === null ? '.' : ` (score ${status.score} %).`) +
    ` Every verdict was evaluated from the platform’s own evidence at that moment, for the audit period` +
    ` that began ${from}; none is a finding about an earlier point in the period.`
  );
}

/** A report of `framework` from one evaluation: summary, controls with evidence, findings. */
export function buildReport(
  evaluation: StoredEvaluation,
  framework: Framework,
  period: { from: string; to: string },
  generatedBy: string,
  now = new Date(),
  id: string = randomUUID(),
): ReportBody {
  const status = frameworkStatus(evaluation.controls, framework);
  const failing = status.controls.filter((c) => c.result === 'FAIL');
  return {
    id,
    tenantId: evaluation.tenantId,
    createdAt: now.toISOString(),
    framework,
    from: period.from,
    to: period.to,
    generatedAt: now.toISOString(),
    generatedBy,
    evaluationId: evaluation.id,
    status: status.status,
    score: status.score,
    executiveSummary: summary(framework, status, now.toISOString(), period.from),
    controls: status.controls.map((c) => ({
      id: c.id,
      title: c.title,
      result: c.result,
      reason: c.reason,
      evidence: c.evidence.map((e) => ({ kind: e.kind, ref: e.ref, value: e.value ?? null })),
      clauses: c.clauses,
    })),
    findings: failing.map((c) => ({
      controlId: c.id,
      severity: controlById(c.id)?.severity ?? 'HIGH',
      reason: c.reason,
      clauses: c.clauses,
    })),
    recommendations: failing.map((c) => `${c.id}: ${controlById(c.id)?.recommendation ?? 'Investigate.'}`),
  };
}

export function signReport(body: ReportBody, key: SigningKey): ComplianceReportRecord {
  const value = sign(null, Buffer.from(signedPayload(body), 'utf8'), key.privateKey).toString('base64');
  return { ...body, signature: { algorithm: 'Ed25519', keyName: key.name, keyId: key.keyId, value } };
}

/** Each tenant's signed reports (lib/tenantRecords), newest first, keyset-paged. */
export class ComplianceReports {
  readonly records: TenantRecords<ComplianceReportRecord>;

  constructor(redis: RedisClient, prefix: string) {
    this.records = new TenantRecords<ComplianceReportRecord>(redis, prefix, 'compliance:reports');
  }

  async latestOf(tenantId: string, framework: Framework): Promise<ComplianceReportRecord | null> {
    const page = await this.records.page(tenantId, {
      first: 1,
      after: null,
      matches: (r) => r.framework === framework,
    });
    return page.items[0] ?? null;
  }
}

/** Reads one stored report, for the exports subgraph's COMPLIANCE_REPORT job (through auditApi). */
export function complianceReportReader(
  redis: RedisClient,
  prefix: string,
): (tenantId: string, id: string) => Promise<ComplianceReportRecord | null> {
  const reports = new ComplianceReports(redis, prefix);
  return (tenantId, id) => reports.records.get(tenantId, id);
}
