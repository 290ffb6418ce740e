import { describe, expect, it } from 'vitest';
import { addMonths, extendedDueAt, initialDueAt } from './deadlines.js';
import { TRANSITIONS, assertTransition } from './lifecycle.js';

const at = (iso: string) => new Date(iso);

describe('data-subject request due dates', () => {
  it('counts GDPR months on the calendar, clamped to the month’s last day', () => {
    expect(addMonths(at('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(at('2028-01-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths(at('2026-03-15T23:59:59.999Z'), 1).toISOString()).toBe('2026-04-15T23:59:59.999Z');
    expect(addMonths(at('2026-11-30T00:00:00Z'), 3).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });

  it('gives GDPR one month (three once extended) and CCPA 45 days (90 once extended)', () => {
    const received = at('2026-05-31T12:00:00Z');
    expect(initialDueAt('GDPR', received).toISOString()).toBe('2026-06-30T12:00:00.000Z');
    expect(extendedDueAt('GDPR', received).toISOString()).toBe('2026-08-31T12:00:00.000Z');
    expect(initialDueAt('CCPA', received).toISOString()).toBe('2026-07-15T12:00:00.000Z');
    expect(extendedDueAt('CCPA', received).toISOString()).toBe('2026-08-29T12:00:00.000Z');
  });
});

describe('data-subject request lifecycle', () => {
  it('moves forward only and keeps answered requests final', () => {
    expect(TRANSITIONS).toEqual({
      RECEIVED: ['IN_PROGRESS', 'REJECTED'],
      IN_PROGRESS: ['IN_PROGRESS', 'COMPLETED', 'REJECTED'],
      COMPLETED: [],
      REJECTED: [],
    });
    expect(() => assertTransition('RECEIVED', 'COMPLETED')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        details: expect.objectContaining({
          from: 'RECEIVED',
          to: 'COMPLETED',
          allowed: ['IN_PROGRESS', 'REJECTED'],
        }),
      }),
    );
    expect(() => assertTransition('COMPLETED', 'REJECTED')).toThrowError(/cannot move from COMPLETED/);
  });
});
