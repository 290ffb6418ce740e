import { PlatformError } from '../../lib/errors.js';
import { findEventType, isSecurityEvent } from '../../lib/events/catalogue.js';
import { MAX_RETRIES, MAX_RETRY_DELAY_SECONDS } from './delivery/retrySchedule.js';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
/** Names the platform sets itself or that would break HTTP framing. */
const RESERVED =
  /^(webhook-.*|content-type|content-length|user-agent|host|connection|transfer-encoding|keep-alive|upgrade|te|trailer|proxy-.*)$/i;
const MAX_HEADERS = 20;
const MAX_RATE = 10_000;

function bad(field: string, message: string, details: Record<string, unknown> = {}): never {
  throw new PlatformError('BAD_USER_INPUT', message, { field, ...details });
}

export function validateEventTypes(eventTypes: readonly string[], scopes: readonly string[]): string[] {
  const unknown = eventTypes.filter((t) => !findEventType(t));
  if (eventTypes.length === 0 || unknown.length > 0) {
    bad('eventTypes', 'eventTypes must be a non-empty list of catalogue types', { unknown });
  }
  const security = eventTypes.filter(isSecurityEvent);
  if (security.length > 0 && !scopes.includes('security:admin')) {
    throw new PlatformError('FORBIDDEN', 'Webhooks for security.* events need the security:admin scope', {
      field: 'eventTypes',
      requiredScopes: [['security:admin']],
      types: security,
    });
  }
  return [...new Set(eventTypes)];
}

export function validateHeaders(raw: unknown): Record<string, string> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    bad('headers', 'headers must be an object of name → string');
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > MAX_HEADERS) bad('headers', `at most ${MAX_HEADERS} headers`);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (!HEADER_NAME.test(name)) bad('headers', `"${name}" is not a valid header name`);
    if (RESERVED.test(name)) bad('headers', `"${name}" is reserved; the platform sets it`);
    if (typeof value !== 'string' || value.length > 4096 || /[\r\n\0]/.test(value)) {
      bad('headers', `header "${name}" must be a single-line string of at most 4096 characters`);
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}

export function validateRateLimit(raw: number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (!Number.isInteger(raw) || raw < 1 || raw > MAX_RATE) {
    bad('rateLimitPerSecond', `rateLimitPerSecond must be 1…${MAX_RATE} or null`);
  }
  return raw;
}

export function validateRetrySchedule(raw: readonly number[] | null | undefined): number[] | null {
  if (raw === null || raw === undefined) return null;
  if (
    raw.length > MAX_RETRIES ||
    raw.some((s) => !Number.isInteger(s) || s < 0 || s > MAX_RETRY_DELAY_SECONDS)
  ) {
    bad(
      'retrySchedule',
      `retrySchedule must list at most ${MAX_RETRIES} delays of 0…${MAX_RETRY_DELAY_SECONDS} seconds`,
    );
  }
  return [...raw];
}
