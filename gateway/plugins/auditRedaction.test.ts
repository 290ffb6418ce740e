import { describe, expect, it } from 'vitest';
import { PERSONAL, REDACTED, redactForAudit } from './auditRedaction.js';

describe('redactForAudit', () => {
  it('redacts secrets by name and by shape, header values, and URLs past their origin', () => {
    const freeText: Record<string, unknown> = {};
    const out = redactForAudit(
      {
        id: 'wh-1',
        keyId: 'k-1',
        input: {
          secret: 'whsec_abc',
          password: 'hunter2',
          routingKey: 'r0ut1ng',
          url: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX',
          plainUrl: 'https://example.com/',
          headers: { Authorization: 'Bearer abc', 'X-Team': 'blue' },
          pem: '-----BEGIN PRIVATE KEY-----\nMIIB...',
          blob: 'A'.repeat(48),
          jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig',
          threshold: 3,
          tags: ['a', 'b'],
        },
      },
      'arguments',
      freeText,
    );
    expect(out).toEqual({
      id: 'wh-1',
      keyId: 'k-1',
      input: {
        secret: REDACTED,
        password: REDACTED,
        routingKey: REDACTED,
        url: 'https://hooks.slack.com/…',
        plainUrl: 'https://example.com/',
        headers: { Authorization: REDACTED, 'X-Team': REDACTED },
        pem: REDACTED,
        blob: REDACTED,
        jwt: REDACTED,
        threshold: 3,
        tags: ['a', 'b'],
      },
    });
    expect(freeText).toEqual({});
  });

  it('moves free text out to the personal fields, by path', () => {
    const freeText: Record<string, unknown> = {};
    const out = redactForAudit(
      { id: 'i-1', note: 'called Bob at home', items: [{ reason: 'r' }] },
      'arguments',
      freeText,
    );
    expect(out).toEqual({ id: 'i-1', note: PERSONAL, items: [{ reason: PERSONAL }] });
    expect(freeText).toEqual({ 'arguments.note': 'called Bob at home', 'arguments.items.0.reason': 'r' });
  });
});
