import type { DataSubjectRequestStatus, PrivacyRegime } from '../generated/resolvers.js';

const DAY_MS = 86_400_000;

/**
 * `months` calendar months after `from` (UTC), on the same day of the month or the month's last
 * day when it has fewer (31 January + 1 month = 28/29 February): how Art. 12(3)'s "one month"
 * is counted from receipt.
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The time a request is due by when received at `receivedAt`. */
export function initialDueAt(regime: PrivacyRegime, receivedAt: Date): Date {
  switch (regime) {
    case 'GDPR':
      return addMonths(receivedAt, 1);
    case 'CCPA':
      return new Date(receivedAt.getTime() + 45 * DAY_MS);
    default:
      return unreachable(regime);
  }
}

/** The due time after the regime's one extension (GDPR: two further months; CCPA: 45 more days). */
export function extendedDueAt(regime: PrivacyRegime, receivedAt: Date): Date {
  switch (regime) {
    case 'GDPR':
      return addMonths(receivedAt, 3);
    case 'CCPA':
      return new Date(receivedAt.getTime() + 90 * DAY_MS);
    default:
      return unreachable(regime);
  }
}

export function isOpen(status: DataSubjectRequestStatus): boolean {
  return status === 'RECEIVED' || status === 'IN_PROGRESS';
}

function unreachable(value: never): never {
  throw new Error(`unexpected regime ${String(value)}`);
}
