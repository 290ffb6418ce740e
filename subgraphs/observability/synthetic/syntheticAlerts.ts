import { ingestExternalAlerts } from '../alerts/alertmanager.js';
import type { AlertChange, AlertRecord, AlertStore } from '../alerts/AlertStore.js';
import type { FailureRecord } from './assertions.js';
import type { SyntheticCheckRecord } from './checks.js';

/** A check's alert fingerprint (as ingestExternalAlerts prefixes its source). */
export function syntheticAlertFingerprint(checkId: string): string {
  return `synthetic-${checkId}`;
}

function describeFailure(failure: FailureRecord): string {
  const what = failure.assertion ? `${failure.assertion}${failure.path ? ` ${failure.path}` : ''}` : 'run';
  return `${what}: expected ${failure.expected}, got ${failure.actual}`;
}

/**
 * A failing check's alert, in its tenant's alerts: opened FIRING by a failing run (one per
 * failing spell: later failures change nothing), carrying the check's channels so the notifier
 * pages them, and resolved by the next passing run, or when the check is disabled or deleted.
 * Applied straight to the AlertStore (the same compare-and-set, alert.* events and notifications
 * as every alert), as error tracking's are.
 */
export class SyntheticAlerts {
  constructor(
    private readonly o: {
      alerts: AlertStore;
      notify: (alert: AlertRecord, change: AlertChange) => Promise<void>;
    },
  ) {}

  async raise(
    check: SyntheticCheckRecord,
    result: { at: string; failures: readonly FailureRecord[] },
  ): Promise<void> {
    const first = result.failures[0];
    await ingestExternalAlerts(
      this.o.alerts,
      check.tenantId,
      [
        {
          status: 'firing',
          labels: {
            alertname: 'SyntheticCheckFailing',
            check: check.id,
            check_name: check.name,
            severity: check.severity.toLowerCase(),
          },
          annotations: {
            summary:
              `Synthetic check "${check.name}" is failing${first ? `: ${describeFailure(first)}` : ''}`.slice(
                0,
                300,
              ),
            description: [
              ...result.failures.map(describeFailure),
              `syntheticCheck(id: "${check.id}") shows its results.`,
            ]
              .join('\n')
              .slice(0, 4000),
          },
          startsAt: result.at,
          endsAt: null,
          fingerprint: check.id,
          channels: check.channels,
        },
      ],
      this.o.notify,
      'SYNTHETIC',
    );
  }

  /** Resolves the check's alert; nothing when none is open. */
  async clear(tenantId: string, checkId: string, now: number): Promise<void> {
    const at = new Date(now).toISOString();
    await ingestExternalAlerts(
      this.o.alerts,
      tenantId,
      [{ status: 'resolved', labels: {}, annotations: {}, startsAt: at, endsAt: at, fingerprint: checkId }],
      this.o.notify,
      'SYNTHETIC',
    );
  }

  async open(tenantId: string, checkId: string): Promise<AlertRecord | null> {
    return (await this.o.alerts.open(tenantId)).get(syntheticAlertFingerprint(checkId)) ?? null;
  }
}
