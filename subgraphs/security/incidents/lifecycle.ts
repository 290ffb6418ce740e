import { PlatformError } from '../../../lib/errors.js';

export type IncidentStatus = 'OPEN' | 'INVESTIGATING' | 'IDENTIFIED' | 'MONITORING' | 'RESOLVED';
export type IncidentSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';

/**
 * The moves an incident may make (Statuspage / PagerDuty style): forward through the states,
 * back to INVESTIGATING when a fix does not hold, straight to RESOLVED from any open state
 * (a false positive), and a RESOLVED incident reopens into INVESTIGATING.
 */
export const TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  OPEN: ['INVESTIGATING', 'RESOLVED'],
  INVESTIGATING: ['IDENTIFIED', 'RESOLVED'],
  IDENTIFIED: ['MONITORING', 'INVESTIGATING', 'RESOLVED'],
  MONITORING: ['RESOLVED', 'INVESTIGATING'],
  RESOLVED: ['INVESTIGATING'],
};

/** INVALID_TRANSITION names where it stands, where it was asked to go and where it can. */
export function assertTransition(from: IncidentStatus, to: IncidentStatus): void {
  if (TRANSITIONS[from].includes(to)) return;
  throw new PlatformError('INVALID_TRANSITION', `An incident cannot move from ${from} to ${to}`, {
    field: 'status',
    from,
    to,
    allowed: [...TRANSITIONS[from]],
  });
}

/** From a threat's risk (0–100): the incident severity a detection opens with. */
export function severityForRisk(risk: number): IncidentSeverity {
  if (risk >= 90) return 'CRITICAL';
  if (risk >= 75) return 'HIGH';
  if (risk >= 50) return 'MEDIUM';
  return 'LOW';
}

const DAY = 86_400;
const HOUR = 3_600;

/** Seconds to acknowledge and to resolve per severity: the seed's 4 h resolution for serious incidents. */
export const DEFAULT_SLA: Readonly<
  Record<IncidentSeverity, { readonly acknowledgeSeconds: number; readonly resolveSeconds: number }>
> = {
  CRITICAL: { acknowledgeSeconds: 15 * 60, resolveSeconds: 4 * HOUR },
  HIGH: { acknowledgeSeconds: HOUR, resolveSeconds: 4 * HOUR },
  MEDIUM: { acknowledgeSeconds: 4 * HOUR, resolveSeconds: 3 * DAY },
  LOW: { acknowledgeSeconds: DAY, resolveSeconds: 7 * DAY },
};
