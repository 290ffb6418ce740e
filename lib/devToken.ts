import { SignJWT } from 'jose';
export { SCOPES as ALL_SCOPES } from './scopes.js';

export interface TokenClaims {
  subject: string;
  tenantId: string;
  scopes: readonly string[];
  /** Lifetime in seconds; negative makes an already-expired token (tests). */
  ttlSeconds?: number;
}

/** An HS256 client token, as an identity provider would issue for dev, tests and benchmarks. */
export async function mintToken(secret: string, claims: TokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ tenant_id: claims.tenantId, scope: claims.scopes.join(' ') })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.ttlSeconds ?? 3600))
    .sign(new TextEncoder().encode(secret));
}
