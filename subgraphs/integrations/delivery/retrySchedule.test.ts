import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE, nextRetryDelayMs, parseRetryAfter } from './retrySchedule.js';

const policy = { schedule: DEFAULT_RETRY_SCHEDULE, scale: 1, retryAfterMaxMs: 3_600_000 };

describe('retry schedule', () => {
  it('follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then stops', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => nextRetryDelayMs(policy, n, null, mid))).toEqual([
      5000,
      300_000,
      1_800_000,
      7_200_000,
      18_000_000,
      36_000_000,
      36_000_000,
      null,
    ]);
  });

  it('jitters within ±20 % and scales', () => {
    expect(nextRetryDelayMs(policy, 1, null, () => 0)).toBe(4000);
    expect(nextRetryDelayMs(policy, 1, null, () => 1)).toBe(6000);
    expect(nextRetryDelayMs({ ...policy, scale: 0.01 }, 2, null, () => 0.5)).toBe(3000);
  });

  it('honours a longer Retry-After, clamped', () => {
    expect(nextRetryDelayMs(policy, 1, 60_000, () => 0.5)).toBe(60_000);
    expect(nextRetryDelayMs(policy, 1, 1000, () => 0.5)).toBe(5000);
    expect(nextRetryDelayMs(policy, 1, 99_999_999, () => 0.5)).toBe(3_600_000);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
