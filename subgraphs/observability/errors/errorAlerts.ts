import type { ErrorLevel } from '../../../lib/errorTracking/ErrorReporter.js';
import { ingestExternalAlerts, type ExternalAlert } from '../alerts/alertmanager.js';
import type { AlertChange, AlertRecord, AlertStore } from '../alerts/AlertStore.js';
import type { ErrorGroupRecord, ErrorTrackingSettings } from './ErrorGroupStore.js';

/** Severity labels ingestExternalAlerts maps to CRITICAL, ERROR and WARNING. */
const SEVERITY: Readonly<Record<ErrorLevel, string>> = {
  CRITICAL: 'critical',
  HIGH: 'error',
  MEDIUM: 'warning',
};

/** The alert fingerprint of a group's threshold alert (as ingestExternalAlerts prefixes its source). */
export function errorAlertFingerprint(fingerprint: string): string {
  return `error_tracking-${fingerprint}`;
}

/**
 * A group's threshold alert, in the alerts of the view's owner (a tenant's, or PLATFORM_TENANT's
 * for the platform view): one per firing, opened when a window's count crosses the level's
 * threshold, resolved when the group is resolved or ignored or has been quiet for a whole window.
 * Grouping runs in this subgraph, so alerts are applied straight to the AlertStore (the same
 * compare-and-set, events and notifications as every alert) rather than through a signal stream.
 */
export class ErrorGroupAlerts {
  constructor(
    private readonly o: {
      alerts: AlertStore;
      notify: (alert: AlertRecord, change: AlertChange) => Promise<void>;
      settings: ErrorTrackingSettings;
    },
  ) {}

  private external(group: ErrorGroupRecord, status: 'firing' | 'resolved', now: number): ExternalAlert {
    const { settings } = this.o;
    const minutes = settings.windowMs / 60_000;
    const window = Number.isInteger(minutes) ? `${minutes} min` : `${settings.windowMs / 1000} s`;
    return {
      status,
      labels: {
        alertname: 'ErrorGroupThreshold',
        fingerprint: group.fingerprint,
        level: group.level.toLowerCase(),
        type: group.type,
        severity: SEVERITY[group.level],
      },
      annotations: {
        summary: `${group.type}: ${group.message}`.slice(0, 300),
        description: `At least ${settings.thresholds[group.level]} occurrences in ${window} (${group.level} error group); errorGroup(id: "${group.fingerprint}") shows them.`,
      },
      startsAt: new Date(now).toISOString(),
      endsAt: status === 'resolved' ? new Date(now).toISOString() : null,
      fingerprint: group.fingerprint,
    };
  }

  /** Opens the group's alert; nothing when it is open already. */
  async raise(owner: string, group: ErrorGroupRecord, now: number): Promise<void> {
    await ingestExternalAlerts(
      this.o.alerts,
      owner,
      [this.external(group, 'firing', now)],
      this.o.notify,
      'ERROR_TRACKING',
    );
  }

  /** Resolves the group's alert; nothing when none is open. */
  async clear(owner: string, fingerprint: string, now: number): Promise<void> {
    const at = new Date(now).toISOString();
    await ingestExternalAlerts(
      this.o.alerts,
      owner,
      [{ status: 'resolved', labels: {}, annotations: {}, startsAt: at, endsAt: at, fingerprint }],
      this.o.notify,
      'ERROR_TRACKING',
    );
  }

  async open(owner: string, fingerprint: string): Promise<AlertRecord | null> {
    return (await this.o.alerts.open(owner)).get(errorAlertFingerprint(fingerprint)) ?? null;
  }
}
