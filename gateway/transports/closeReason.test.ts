import { describe, expect, it } from 'vitest';
import { closeReason } from './socketWrites.js';

describe('closeReason', () => {
  it('keeps a reason that fits a close frame as it is', () => {
    expect(closeReason('Subscriber for 1 already exists')).toBe('Subscriber for 1 already exists');
    const exactly = 'x'.repeat(123);
    expect(closeReason(exactly)).toBe(exactly);
  });

  it('cuts a longer one to at most 123 bytes of UTF-8, at a character boundary, ending with …', () => {
    for (const unit of ['x', 'é', '€', '😀']) {
      const reason = closeReason(`Subscriber for ${unit.repeat(200)} already exists`);
      expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
      expect(reason.startsWith(`Subscriber for ${unit}`)).toBe(true);
      expect(reason.endsWith('…')).toBe(true);
      // No replacement character: no code point was split.
      expect(reason).not.toContain('\uFFFD');
      expect(Buffer.from(reason).toString('utf8')).toBe(reason);
    }
  });
});
