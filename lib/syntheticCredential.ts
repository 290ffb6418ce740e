import { createHmac, timingSafeEqual } from 'node:crypto';
import { PlatformError } from './errors.js';
import { SCOPES } from './scopes.js';

/**
 * The short-lived credential a synthetic check runs with (docs/OBSERVABILITY.md "Synthetic
 * checks"): `Authorization: Bearer kgs_<payload>.<hmac>`, minted by the monitor for one run and
 * verified by the gateway like any credential, as principal `synthetic:<checkId>` in the check's
 * tenant with the check's scopes. No API mints one: only holders of INTERNAL_SIGNING_KEY can.
 */
export const SYNTHETIC_PREFIX = 'kgs_';

/** Long enough for one run (a check's timeout is at most 30 s), short enough to be useless if seen. */
export const SYNTHETIC_TTL_SECONDS = 60;

export interface SyntheticGrant {
  readonly tenantId: string;
  readonly checkId: string;
  readonly scopes: readonly string[];
  /** Seconds since the epoch. */
  readonly exp: number;
}

interface Payload {
  v: 1;
  tid: string;
  cid: string;
  scp: string[];
  exp: number;
}

const CHECK_ID = /^[0-9a-f-]{36}$/;
const KNOWN_SCOPES: ReadonlySet<string> = new Set(SCOPES);

// A key of its own, derived from the shared internal key, so a synthetic credential can never be
// replayed as a signed principal header or a download token, nor either of those as this.
function syntheticKey(internalKey: string): Buffer {
  return createHmac('sha256', internalKey).update('kg-synthetic-credential-v1').digest();
}

function mac(internalKey: string, body: string): Buffer {
  return createHmac('sha256', syntheticKey(internalKey)).update(body).digest();
}

export function syntheticSubject(checkId: string): string {
  return `synthetic:${checkId}`;
}

/** A credential for one run of one check, valid `ttlSeconds`. */
export function signSyntheticCredential(
  grant: Omit<SyntheticGrant, 'exp'>,
  internalKey: string,
  options: { ttlSeconds?: number; nowMs?: number } = {},
): string {
  const exp =
    Math.floor((options.nowMs ?? Date.now()) / 1000) + (options.ttlSeconds ?? SYNTHETIC_TTL_SECONDS);
  const payload: Payload = {
    v: 1,
    tid: grant.tenantId,
    cid: grant.checkId,
    scp: [...grant.scopes],
    exp,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${SYNTHETIC_PREFIX}${body}.${mac(internalKey, body).toString('base64url')}`;
}

function parse(body: string): Payload | null {
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload> | null;
    if (
      !value ||
      value.v !== 1 ||
      typeof value.tid !== 'string' ||
      typeof value.cid !== 'string' ||
      typeof value.exp !== 'number' ||
      !Array.isArray(value.scp) ||
      !value.scp.every((s) => typeof s === 'string')
    )
      return null;
    return value as Payload;
  } catch {
    return null;
  }
}

/** UNAUTHENTICATED when forged, altered, malformed, naming a platform tenant, or expired. */
export function verifySyntheticCredential(
  token: string,
  internalKey: string,
  nowMs = Date.now(),
): SyntheticGrant {
  const invalid = (): never => {
    throw new PlatformError('UNAUTHENTICATED', 'Invalid synthetic credential');
  };
  if (!token.startsWith(SYNTHETIC_PREFIX)) return invalid();
  const rest = token.slice(SYNTHETIC_PREFIX.length);
  const dot = rest.indexOf('.');
  if (dot <= 0) return invalid();
  const body = rest.slice(0, dot);
  const given = Buffer.from(rest.slice(dot + 1), 'base64url');
  const expected = mac(internalKey, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid();
  const payload = parse(body);
  // Signed by us, so these hold unless the key leaked: checked anyway, as for any credential.
  if (
    !payload ||
    payload.tid.length === 0 ||
    payload.tid.startsWith('_') ||
    !CHECK_ID.test(payload.cid) ||
    !payload.scp.every((s) => KNOWN_SCOPES.has(s))
  )
    return invalid();
  if (payload.exp * 1000 <= nowMs) throw new PlatformError('UNAUTHENTICATED', 'Synthetic credential expired');
  return { tenantId: payload.tid, checkId: payload.cid, scopes: payload.scp, exp: payload.exp };
}

/**
 * What a presented synthetic credential claims, unverified: for brute-force counting and the
 * failure's audit record (as a JWT's unverified `sub` and `tenant_id` are), never for access.
 */
export function peekSyntheticCredential(token: string): { checkId: string; tenantId: string } | null {
  if (!token.startsWith(SYNTHETIC_PREFIX)) return null;
  const rest = token.slice(SYNTHETIC_PREFIX.length);
  const payload = parse(rest.slice(0, Math.max(0, rest.indexOf('.'))));
  return payload ? { checkId: payload.cid.slice(0, 64), tenantId: payload.tid.slice(0, 200) } : null;
}
