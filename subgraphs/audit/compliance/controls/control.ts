import type { ComplianceFacts, ControlResult, EvidenceRef, Framework } from '../facts.js';

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';

export interface Verdict {
  readonly result: ControlResult;
  readonly reason: string;
  readonly evidence: readonly EvidenceRef[];
}

/**
 * One control: what it checks, the clauses it maps to per framework (data, rendered into
 * docs/COMPLIANCE.md), and one function from facts to a verdict. A framework a control has no
 * clauses for does not count it.
 */
export interface Control {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly clauses: Readonly<Partial<Record<Framework, readonly string[]>>>;
  /** What to do when it fails (the report's recommendations). */
  readonly recommendation: string;
  evaluate(facts: ComplianceFacts): Verdict;
}

export const pass = (reason: string, evidence: readonly EvidenceRef[] = []): Verdict => ({
  result: 'PASS',
  reason,
  evidence,
});
export const fail = (reason: string, evidence: readonly EvidenceRef[] = []): Verdict => ({
  result: 'FAIL',
  reason,
  evidence,
});
export const notApplicable = (reason: string, evidence: readonly EvidenceRef[] = []): Verdict => ({
  result: 'NOT_APPLICABLE',
  reason,
  evidence,
});

/** At most this many offending objects are named in one verdict's evidence. */
export const MAX_REFS = 20;

export const config = (name: string, value: unknown): EvidenceRef => ({
  kind: 'CONFIG',
  ref: name,
  value: Array.isArray(value) ? value.join(',') : String(value),
});

/** "3 items: a, b, c" with at most MAX_REFS names. */
export function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_REFS).join(', ');
  return items.length > MAX_REFS ? `${shown}, … (${items.length} in all)` : shown;
}
