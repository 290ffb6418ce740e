import { PlatformError } from '../../../lib/errors.js';

export const MAX_CLIENT_PREFIX_LENGTH = 128;
const PREFIX_CHARACTERS = /^[A-Za-z0-9/_.-]+$/;

/**
 * The client's optional folder for an S3 export, checked and normalised: at most 128 characters of
 * `A-Z a-z 0-9 / _ . -`, no `..`, no leading `/`; repeated and trailing slashes are dropped.
 * Null when absent or empty. BAD_USER_INPUT (field `destination.prefix`) otherwise.
 */
export function parseClientPrefix(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const refuse = (why: string): never => {
    throw new PlatformError('BAD_USER_INPUT', `destination.prefix ${why}`, { field: 'destination.prefix' });
  };
  if (raw.length > MAX_CLIENT_PREFIX_LENGTH) refuse(`must be at most ${MAX_CLIENT_PREFIX_LENGTH} characters`);
  if (!PREFIX_CHARACTERS.test(raw)) refuse('may only contain A-Z a-z 0-9 / _ . -');
  if (raw.includes('..')) refuse('must not contain ..');
  if (raw.startsWith('/')) refuse('must not start with /');
  const normalised = raw.split('/').filter(Boolean).join('/');
  return normalised === '' ? null : normalised;
}

/** `<root><base64url(tenant)>/`: every object of one tenant, and nothing of another, starts with it. */
export function tenantKeyPrefix(rootPrefix: string, tenantId: string): string {
  return `${rootPrefix}${Buffer.from(tenantId, 'utf8').toString('base64url')}/`;
}

export interface ObjectKeyParts {
  /** EXPORTS_S3_PREFIX, operator-chosen. */
  rootPrefix: string;
  tenantId: string;
  /** Already passed through parseClientPrefix. */
  clientPrefix: string | null;
  exportId: string;
  extension: string;
}

/**
 * `<root><base64url(tenant)>/<client prefix>/<exportId>.<ext>`. Derived only from the tenant of the
 * signed principal, a checked prefix and ids the platform made, so no client input can name
 * another tenant's folder.
 */
export function s3ObjectKey(parts: ObjectKeyParts): string {
  const folder = parts.clientPrefix ? `${parts.clientPrefix}/` : '';
  return `${tenantKeyPrefix(parts.rootPrefix, parts.tenantId)}${folder}${parts.exportId}.${parts.extension}`;
}

/** Defence in depth for keys read back from job records and download tokens. */
export function isTenantKey(rootPrefix: string, tenantId: string, key: string): boolean {
  const prefix = tenantKeyPrefix(rootPrefix, tenantId);
  return key.startsWith(prefix) && key.length > prefix.length && !key.includes('..');
}
