import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { PlatformError } from '../../lib/errors.js';
import type { Principal } from '../../lib/principal.js';

export interface AuthenticateOptions {
  /** HS256 shared secret (dev/test). */
  jwtSecret?: string;
  /** JWKS endpoint for RS256/ES256. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** A verified client identity; `expiresAt` (ms) lets long-lived subscriptions end when it lapses. */
export interface AuthenticatedPrincipal extends Principal {
  readonly expiresAt: number;
}

export type Authenticator = (authorization: string | undefined) => Promise<AuthenticatedPrincipal>;

const CACHE_LIMIT = 10_000;

/**
 * Verifies `Bearer <JWT>` and maps claims to a principal. Required claims: sub, tenant_id,
 * scope (space-separated), exp. Verified tokens are cached until they expire, since clients
 * repeat the same token on every request.
 */
export function createAuthenticator(options: AuthenticateOptions): Authenticator {
  const algorithms = options.jwksUrl ? ['RS256', 'ES256'] : ['HS256'];
  const key: Uint8Array | JWTVerifyGetKey = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 })
    : new TextEncoder().encode(options.jwtSecret ?? '');
  if (!options.jwksUrl && !options.jwtSecret)
    throw new Error('createAuthenticator needs jwtSecret or jwksUrl');
  const cache = new Map<string, AuthenticatedPrincipal>();

  return async (authorization) => {
    if (!authorization) throw new PlatformError('UNAUTHENTICATED', 'Missing Authorization: Bearer <token>');
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new PlatformError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
    const token = match[1];
    const cached = cache.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached;

    let payload: JWTPayload;
    try {
      const verifyOptions = {
        algorithms,
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'sub'],
      };
      payload =
        typeof key === 'function'
          ? (await jwtVerify(token, key, verifyOptions)).payload
          : (await jwtVerify(token, key, verifyOptions)).payload;
    } catch (error) {
      const reason =
        error instanceof joseErrors.JWTExpired
          ? 'Token expired'
          : error instanceof joseErrors.JWTClaimValidationFailed
            ? `Token claim "${error.claim}" is invalid`
            : 'Invalid token';
      throw new PlatformError('UNAUTHENTICATED', reason);
    }
    const tenantId = payload['tenant_id'];
    const scope = payload['scope'];
    if (typeof tenantId !== 'string' || tenantId.length === 0) {
      throw new PlatformError('UNAUTHENTICATED', 'Token lacks the tenant_id claim');
    }
    if (typeof scope !== 'string') throw new PlatformError('UNAUTHENTICATED', 'Token lacks the scope claim');
    const principal: AuthenticatedPrincipal = {
      subject: payload.sub as string,
      tenantId,
      scopes: scope.split(/\s+/).filter(Boolean),
      expiresAt: (payload.exp as number) * 1000,
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, principal);
    return principal;
  };
}
