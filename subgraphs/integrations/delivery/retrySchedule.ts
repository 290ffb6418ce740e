/** Seconds before attempts 2…8 (attempt 1 is immediate): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const DEFAULT_RETRY_SCHEDULE: readonly number[] = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

/** Most retries an endpoint may configure, and the longest single delay (1 day). */
export const MAX_RETRIES = 20;
export const MAX_RETRY_DELAY_SECONDS = 86_400;

export interface RetryPolicy {
  /** Delays before each retry, seconds; the attempt count is its length + 1. */
  readonly schedule: readonly number[];
  /** Global compression factor (WEBHOOK_RETRY_SCALE). */
  readonly scale: number;
  /** Largest Retry-After honoured, ms. */
  readonly retryAfterMaxMs: number;
}

/**
 * Delay before the next attempt after `attemptsMade` attempts, or null when they are exhausted.
 * ±20 % jitter spreads retries of a burst; a Retry-After longer than the schedule wins, clamped.
 */
export function nextRetryDelayMs(
  policy: RetryPolicy,
  attemptsMade: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  const seconds = policy.schedule[attemptsMade - 1];
  if (seconds === undefined) return null;
  const jitter = 0.8 + random() * 0.4;
  const scheduled = Math.round(seconds * 1000 * policy.scale * jitter);
  if (retryAfterMs === null) return scheduled;
  return Math.max(scheduled, Math.min(retryAfterMs, policy.retryAfterMaxMs));
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
