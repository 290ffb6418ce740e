import { createHmac, timingSafeEqual } from 'node:crypto';
import { PlatformError } from './errors.js';

/** Who is calling, as verified by the gateway. Subgraphs scope every read and write by `tenantId`. */
export interface Principal {
  readonly subject: string;
  readonly tenantId: string;
  readonly scopes: readonly string[];
}

/**
 * The platform's own records (process lifecycle, failures no tenant can be named for). Tenant
 * ids starting with `_` are refused in credentials, so no client can read or write as it.
 */
export const PLATFORM_TENANT = '_platform';

/** Header carrying the signed principal from gateway to subgraphs. */
export const PRINCIPAL_HEADER = 'x-platform-principal';
export const REQUEST_ID_HEADER = 'x-request-id';

interface SignedPayload {
  sub: string;
  tid: string;
  scp: string[];
  exp: number;
}

function mac(key: string, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/**
 * `base64url(json).base64url(hmac)`; `exp` is rounded up to a 10 s bucket so one principal makes the
 * same header for a while, which lets the gateway reuse it and merge identical subgraph fetches.
 */
export function signPrincipal(
  principal: Principal,
  key: string,
  ttlSeconds: number,
  nowMs = Date.now(),
): string {
  const exp = Math.ceil((nowMs / 1000 + ttlSeconds) / 10) * 10;
  const payload: SignedPayload = {
    sub: principal.subject,
    tid: principal.tenantId,
    scp: [...principal.scopes],
    exp,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(key, body).toString('base64url')}`;
}

/** Verifies a header made by signPrincipal; anything else is UNAUTHENTICATED. */
export function verifyPrincipal(header: string | undefined, key: string, nowMs = Date.now()): Principal {
  if (!header)
    throw new PlatformError(
      'UNAUTHENTICATED',
      'Missing gateway signature: call this API through the gateway',
    );
  const dot = header.indexOf('.');
  const body = dot > 0 ? header.slice(0, dot) : '';
  const given = Buffer.from(dot > 0 ? header.slice(dot + 1) : '', 'base64url');
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new PlatformError('UNAUTHENTICATED', 'Invalid gateway signature');
  }
  let payload: SignedPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SignedPayload;
  } catch {
    throw new PlatformError('UNAUTHENTICATED', 'Invalid gateway signature');
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < nowMs) {
    throw new PlatformError('UNAUTHENTICATED', 'Expired gateway signature');
  }
  if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string' || !Array.isArray(payload.scp)) {
    throw new PlatformError('UNAUTHENTICATED', 'Invalid gateway signature');
  }
  return { subject: payload.sub, tenantId: payload.tid, scopes: payload.scp };
}
