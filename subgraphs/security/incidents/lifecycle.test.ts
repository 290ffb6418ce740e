import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../lib/errors.js';
import { assertTransition, severityForRisk, TRANSITIONS, type IncidentStatus } from './lifecycle.js';

const ALL: IncidentStatus[] = ['OPEN', 'INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'];

describe('incident lifecycle', () => {
  it('allows exactly the documented moves and refuses every other with INVALID_TRANSITION', () => {
    // docs/SECURITY.md's table, written out here rather than read from the code under test.
    const documented: Record<IncidentStatus, IncidentStatus[]> = {
      OPEN: ['INVESTIGATING', 'RESOLVED'],
      INVESTIGATING: ['IDENTIFIED', 'RESOLVED'],
      IDENTIFIED: ['MONITORING', 'INVESTIGATING', 'RESOLVED'],
      MONITORING: ['RESOLVED', 'INVESTIGATING'],
      RESOLVED: ['INVESTIGATING'],
    };
    for (const from of ALL) {
      for (const to of ALL) {
        const allowed = documented[from].includes(to);
        let error: unknown = null;
        try {
          assertTransition(from, to);
        } catch (e) {
          error = e;
        }
        if (allowed) expect(error, `${from} → ${to}`).toBeNull();
        else {
          expect(error, `${from} → ${to}`).toBeInstanceOf(PlatformError);
          expect((error as PlatformError).code).toBe('INVALID_TRANSITION');
          expect((error as PlatformError).details).toMatchObject({ from, to });
        }
      }
    }
    // The forward path and a reopen exist; skipping straight from OPEN to MONITORING does not.
    expect(TRANSITIONS.OPEN).toContain('INVESTIGATING');
    expect(TRANSITIONS.RESOLVED).toEqual(['INVESTIGATING']);
    expect(TRANSITIONS.OPEN).not.toContain('MONITORING');
  });

  it('maps risk to an incident severity', () => {
    expect([95, 81, 60, 10].map(severityForRisk)).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
  });
});
