import { describe, expect, it } from 'vitest';
import { assertNoPersonalData } from './accountabilityText.js';

describe('a request record’s free text', () => {
  it('keeps what names no one', () => {
    expect(
      assertNoPersonalData('note', 'by e-mail, identity checked by the support desk', 'user:alice'),
    ).toBe('by e-mail, identity checked by the support desk');
    expect(assertNoPersonalData('reason', 'complex request, 12:30:00 call', 'user:alice')).toBe(
      'complex request, 12:30:00 call',
    );
    expect(assertNoPersonalData('note', null, 'user:alice')).toBeNull();
  });

  it('refuses the subject id, e-mail and IP addresses, naming the field', () => {
    for (const text of [
      'asked by USER:ALICE herself',
      'reply to alice@example.com',
      'came from 198.51.100.23',
      'came from 2001:db8::1',
    ]) {
      expect(() => assertNoPersonalData('reason', text, 'user:alice')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'reason' } }),
      );
    }
  });
});
