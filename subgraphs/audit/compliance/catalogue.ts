import { AUDIT_CONTROLS } from './controls/auditControls.js';
import type { Control, Verdict } from './controls/control.js';
import { KEY_CONTROLS } from './controls/keyControls.js';
import { PLATFORM_CONTROLS } from './controls/platformControls.js';
import type { ComplianceFacts, Framework } from './facts.js';

/** The control catalogue (docs/COMPLIANCE.md renders the same table). */
export const CONTROLS: readonly Control[] = [...AUDIT_CONTROLS, ...KEY_CONTROLS, ...PLATFORM_CONTROLS];

export interface ControlEvaluation extends Verdict {
  readonly id: string;
}

export function controlById(id: string): Control | undefined {
  return CONTROLS.find((c) => c.id === id);
}

/**
 * Every control over one set of facts. A control that throws is a FAIL with the error as its
 * reason: a verdict nobody could compute is never a pass.
 */
export function evaluateControls(facts: ComplianceFacts): ControlEvaluation[] {
  return CONTROLS.map((control) => {
    try {
      return { id: control.id, ...control.evaluate(facts) };
    } catch (error) {
      return {
        id: control.id,
        result: 'FAIL',
        reason: `Could not be evaluated: ${(error as Error).message}`,
        evidence: [],
      };
    }
  });
}

export type FrameworkStatusValue = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_ASSESSED';

export interface FrameworkStatus {
  readonly framework: Framework;
  readonly status: FrameworkStatusValue;
  /** passed ÷ applicable × 100, one decimal; null when none applies. */
  readonly score: number | null;
  readonly controls: ReadonlyArray<
    ControlEvaluation & { readonly clauses: readonly string[]; readonly title: string }
  >;
}

/** COMPLIANT only when every applicable control of the framework passes. */
export function frameworkStatus(
  evaluations: readonly ControlEvaluation[],
  framework: Framework,
): FrameworkStatus {
  const controls = evaluations.flatMap((evaluation) => {
    const control = controlById(evaluation.id);
    const clauses = control?.clauses[framework];
    return control && clauses ? [{ ...evaluation, clauses: [...clauses], title: control.title }] : [];
  });
  const applicable = controls.filter((c) => c.result !== 'NOT_APPLICABLE');
  const passed = applicable.filter((c) => c.result === 'PASS').length;
  const score = applicable.length === 0 ? null : Math.round((passed / applicable.length) * 1000) / 10;
  const status: FrameworkStatusValue =
    applicable.length === 0 ? 'NOT_ASSESSED' : passed === applicable.length ? 'COMPLIANT' : 'NON_COMPLIANT';
  return { framework, status, score, controls };
}
