import { describe, expect, it } from 'vitest';
import { PlatformError } from './errors.js';
import { signPrincipal, verifyPrincipal } from './principal.js';

const key = 'k'.repeat(40);
const principal = { subject: 'alice', tenantId: 'tenant-a', scopes: ['graph:read'] };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof PlatformError ? error.code : 'OTHER';
  }
  return undefined;
}

describe('signed principal', () => {
  it('round-trips subject, tenant and scopes', () => {
    expect(verifyPrincipal(signPrincipal(principal, key, 60), key)).toEqual(principal);
  });

  it('rejects a header whose payload was edited to another tenant', () => {
    const [body, mac] = signPrincipal(principal, key, 60).split('.');
    const payload = JSON.parse(Buffer.from(body as string, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = Buffer.from(JSON.stringify({ ...payload, tid: 'tenant-b' })).toString('base64url');
    expect(codeOf(() => verifyPrincipal(`${forged}.${mac}`, key))).toBe('UNAUTHENTICATED');
  });

  it('rejects another key, expiry, absence and garbage', () => {
    expect(codeOf(() => verifyPrincipal(signPrincipal(principal, 'x'.repeat(40), 60), key))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(() => verifyPrincipal(signPrincipal(principal, key, 60, Date.now() - 120_000), key))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(() => verifyPrincipal(undefined, key))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => verifyPrincipal('no-dot', key))).toBe('UNAUTHENTICATED');
  });
});
