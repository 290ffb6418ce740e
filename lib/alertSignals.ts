import type { RedisClient } from './redis.js';

/** Alert severities, as the alerting engine (observability) names them. */
export type SignalSeverity = 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/**
 * A condition another subgraph raises or clears on the alerting engine (an overdue security
 * incident; later compliance violations; error groups are observability's own and need no
 * signal): the alert opens FIRING under
 * `fingerprint` and resolves when the same fingerprint is cleared. Subgraphs meet only through
 * Redis here, as on the event path: the observability monitor consumes the stream.
 */
export interface AlertSignal {
  readonly tenantId: string;
  /** Which subgraph raised it: the alert's source. */
  readonly source: 'SECURITY' | 'COMPLIANCE';
  /** Stable for one condition (one incident): raising it again refreshes, never duplicates. */
  readonly fingerprint: string;
  readonly state: 'firing' | 'resolved';
  readonly severity: SignalSeverity;
  readonly summary: string;
  readonly description?: string | null;
  readonly labels?: Readonly<Record<string, string>>;
  readonly at: string;
}

export function alertSignalStreamKey(prefix: string): string {
  return `${prefix}observability:alert-signals`;
}

/** Appends a signal; the monitor applies it within a cycle (at-least-once, idempotent by fingerprint). */
export async function raiseAlertSignal(
  redis: RedisClient,
  prefix: string,
  signal: AlertSignal,
): Promise<void> {
  await redis.xadd(alertSignalStreamKey(prefix), 'MAXLEN', '~', '100000', '*', 's', JSON.stringify(signal));
}
