import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../lib/errors.js';
import { signSyntheticCredential } from '../../lib/syntheticCredential.js';
import type { AuthenticatedPrincipal, Authenticator } from '../pipeline/authenticate.js';
import { useSyntheticAuth } from './useSyntheticAuth.js';

const internalKey = randomBytes(36).toString('base64url');
const origin = { ip: '127.0.0.1', userAgent: null };
const jwtPrincipal: AuthenticatedPrincipal = {
  subject: 'user-1',
  tenantId: 'acme',
  scopes: ['graph:read'],
  expiresAt: Date.now() + 60_000,
  method: 'jwt',
};
const inner: Authenticator = async () => jwtPrincipal;

async function code(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    return error instanceof PlatformError ? error.code : String(error);
  }
  return 'accepted';
}

describe('useSyntheticAuth', () => {
  it('makes a synthetic credential the check’s principal and passes everything else on', async () => {
    const checkId = randomUUID();
    const authenticate = useSyntheticAuth(inner, { internalKey });
    const token = signSyntheticCredential(
      { tenantId: 'acme', checkId, scopes: ['webhooks:read'] },
      internalKey,
    );
    const principal = await authenticate({ authorization: `Bearer ${token}` }, origin);
    expect(principal).toMatchObject({
      subject: `synthetic:${checkId}`,
      tenantId: 'acme',
      scopes: ['webhooks:read'],
      method: 'synthetic',
    });
    expect(principal.expiresAt).toBeGreaterThan(Date.now());
    expect(await authenticate({ authorization: 'Bearer eyJ.a.b' }, origin)).toBe(jwtPrincipal);
  });

  it('refuses forged and expired credentials as UNAUTHENTICATED', async () => {
    const checkId = randomUUID();
    let now = Date.now();
    const authenticate = useSyntheticAuth(inner, { internalKey, now: () => now });
    const forged = signSyntheticCredential(
      { tenantId: 'acme', checkId, scopes: ['graph:read'] },
      randomBytes(36).toString('base64url'),
    );
    expect(await code(authenticate({ authorization: `Bearer ${forged}` }, origin))).toBe('UNAUTHENTICATED');
    const token = signSyntheticCredential({ tenantId: 'acme', checkId, scopes: [] }, internalKey, {
      nowMs: now,
    });
    now += 61_000;
    expect(await code(authenticate({ authorization: `Bearer ${token}` }, origin))).toBe('UNAUTHENTICATED');
  });
});
