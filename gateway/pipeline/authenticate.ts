import type { Context } from '@opentelemetry/api';
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { PlatformError } from '../../lib/errors.js';
import type { Principal } from '../../lib/principal.js';
import { SYNTHETIC_PREFIX } from '../../lib/syntheticCredential.js';

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
  /** `synthetic`: a synthetic check's run (lib/syntheticCredential.ts), as `synthetic:<checkId>`. */
  readonly method: 'jwt' | 'api_key' | 'synthetic';
  /** The API key's id (never its secret) when `method` is api_key. */
  readonly keyId?: string;
  /** Per-key rate limit override. */
  readonly rateLimit?: { readonly points: number; readonly windowSeconds: number } | null;
  /** An API key that may run only registered (persisted) documents. */
  readonly trustedDocumentsOnly?: boolean;
}

/** What a request presented: `Authorization` and/or `x-api-key`, over HTTP or in connection_init. */
export interface Credentials {
  readonly authorization?: string | undefined;
  readonly apiKey?: string | undefined;
}

/** Where a request came from, for audit, brute-force counting and rate limits. */
export interface RequestOrigin {
  /** The client's address: the socket's, or X-Forwarded-For's from a trusted proxy. */
  readonly ip: string;
  readonly userAgent: string | null;
  /** The WebSocket connection, for operations sent over one. */
  readonly connectionId?: string;
  /** The W3C trace context the client sent (`traceparent`, `tracestate`, `baggage`), if any. */
  readonly trace?: Context;
}

export type Authenticator = (
  credentials: Credentials,
  origin: RequestOrigin,
) => Promise<AuthenticatedPrincipal>;

/** A JWT verifier: `Bearer <JWT>`'s token in, principal out. */
export type TokenVerifier = (token: string) => Promise<AuthenticatedPrincipal>;

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i;

/** The credential a request presents, and what kind it is; UNAUTHENTICATED when none or malformed. */
export function presented(credentials: Credentials): {
  kind: 'jwt' | 'api_key' | 'synthetic';
  secret: string;
} {
  const header = credentials.apiKey?.trim();
  if (header) return { kind: 'api_key', secret: header };
  const authorization = credentials.authorization?.trim();
  if (!authorization)
    throw new PlatformError('UNAUTHENTICATED', 'Missing Authorization: Bearer <token or API key>');
  const match = BEARER.exec(authorization);
  if (!match?.[1]) throw new PlatformError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
  const secret = match[1];
  const kind = secret.startsWith('kgk_')
    ? 'api_key'
    : secret.startsWith(SYNTHETIC_PREFIX)
      ? 'synthetic'
      : 'jwt';
  return { kind, secret };
}

const CACHE_LIMIT = 10_000;

/**
 * Verifies a JWT and maps claims to a principal. Required claims: sub, tenant_id, scope
 * (space-separated), exp. Verified tokens are cached until they expire, since clients repeat the
 * same token on every request.
 */
export function createJwtVerifier(options: AuthenticateOptions): TokenVerifier {
  const algorithms = options.jwksUrl ? ['RS256', 'ES256'] : ['HS256'];
  const key: Uint8Array | JWTVerifyGetKey = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 })
    : new TextEncoder().encode(options.jwtSecret ?? '');
  if (!options.jwksUrl && !options.jwtSecret)
    throw new Error('createAuthenticator needs jwtSecret or jwksUrl');
  const cache = new Map<string, AuthenticatedPrincipal>();

  return async (token) => {
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
    // `_…` tenants are the platform's own (PLATFORM_TENANT): no credential may name one.
    if (tenantId.startsWith('_'))
      throw new PlatformError('UNAUTHENTICATED', 'Token claim "tenant_id" is invalid');
    if (typeof scope !== 'string') throw new PlatformError('UNAUTHENTICATED', 'Token lacks the scope claim');
    const principal: AuthenticatedPrincipal = {
      subject: payload.sub as string,
      tenantId,
      scopes: scope.split(/\s+/).filter(Boolean),
      expiresAt: (payload.exp as number) * 1000,
      method: 'jwt',
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, principal);
    return principal;
  };
}
