import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PlatformError } from './errors.js';
import { signPrincipal } from './principal.js';
import {
  peekSyntheticCredential,
  signSyntheticCredential,
  SYNTHETIC_PREFIX,
  verifySyntheticCredential,
} from './syntheticCredential.js';

const key = randomBytes(36).toString('base64url');
const checkId = randomUUID();
const grant = { tenantId: 'acme', checkId, scopes: ['graph:read', 'webhooks:read'] };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).code).toBe('UNAUTHENTICATED');
    return (error as PlatformError).message;
  }
  throw new Error('accepted');
}

/** The credential with its payload replaced (signature kept): what a client could try. */
function tampered(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [body, signature] = token.slice(SYNTHETIC_PREFIX.length).split('.') as [string, string];
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(payload);
  return `${SYNTHETIC_PREFIX}${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

describe('synthetic credential', () => {
  it('round-trips the tenant, check and scopes until it expires', () => {
    const now = Date.now();
    const token = signSyntheticCredential(grant, key, { nowMs: now });
    expect(token.startsWith('kgs_')).toBe(true);
    // It fits the gateway's Bearer syntax.
    expect(/^[A-Za-z0-9._~+/=-]+$/.test(token)).toBe(true);
    expect(verifySyntheticCredential(token, key, now)).toMatchObject({
      tenantId: 'acme',
      checkId,
      scopes: ['graph:read', 'webhooks:read'],
    });
    expect(verifySyntheticCredential(token, key, now + 59_000).checkId).toBe(checkId);
    expect(refusal(() => verifySyntheticCredential(token, key, now + 60_000))).toMatch(/expired/);
  });

  it('refuses a credential signed with another key, or altered to name another tenant or scope', () => {
    const token = signSyntheticCredential(grant, key);
    expect(refusal(() => verifySyntheticCredential(token, randomBytes(36).toString('base64url')))).toMatch(
      /Invalid/,
    );
    refusal(() =>
      verifySyntheticCredential(
        tampered(token, (p) => (p.tid = 'other')),
        key,
      ),
    );
    refusal(() =>
      verifySyntheticCredential(
        tampered(token, (p) => (p.scp = ['platform:operator'])),
        key,
      ),
    );
    refusal(() =>
      verifySyntheticCredential(
        tampered(token, (p) => (p.exp = 9_999_999_999)),
        key,
      ),
    );
  });

  it('refuses malformed credentials and the platform’s other signed tokens', () => {
    for (const bad of ['kgs_', 'kgs_abc', 'kgs_.abc', `kgs_${'x'.repeat(40)}.`, 'kgk_abc.def', ''])
      refusal(() => verifySyntheticCredential(bad, key));
    // A signed principal header (same internal key, its own derivation) is not a synthetic credential.
    const header = signPrincipal({ subject: 'synthetic:x', tenantId: 'acme', scopes: [] }, key, 60);
    refusal(() => verifySyntheticCredential(`kgs_${header}`, key));
  });

  it('refuses a platform tenant, a malformed check id or an unknown scope even when signed', () => {
    refusal(() =>
      verifySyntheticCredential(signSyntheticCredential({ ...grant, tenantId: '_platform' }, key), key),
    );
    refusal(() => verifySyntheticCredential(signSyntheticCredential({ ...grant, checkId: 'x' }, key), key));
    refusal(() =>
      verifySyntheticCredential(signSyntheticCredential({ ...grant, scopes: ['root'] }, key), key),
    );
  });

  it('peeks at what a credential claims without trusting it', () => {
    const token = tampered(signSyntheticCredential(grant, key), (p) => (p.tid = 'claimed'));
    expect(peekSyntheticCredential(token)).toEqual({ checkId, tenantId: 'claimed' });
    expect(peekSyntheticCredential('kgs_garbage')).toBeNull();
    expect(peekSyntheticCredential('eyJhbGciOi.x.y')).toBeNull();
  });
});
