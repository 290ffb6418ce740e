import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateSigningSecret, signatureHeaders } from './signature.js';

describe('Standard Webhooks signatures', () => {
  const body = JSON.stringify({ id: 'evt-1', type: 'package.created', data: { packageId: 'p' } });
  const now = Math.floor(Date.now() / 1000);

  it('are accepted by the official verifier', () => {
    const secret = generateSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signatureHeaders([secret], 'evt-1', now, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('carry both signatures during rotation, each verifying alone', () => {
    const [oldSecret, newSecret] = [generateSigningSecret(), generateSigningSecret()];
    const headers = signatureHeaders([newSecret, oldSecret], 'evt-2', now, body);
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow();
  });

  it('do not verify a tampered body', () => {
    const secret = generateSigningSecret();
    const headers = signatureHeaders([secret], 'evt-3', now, body);
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });
});
