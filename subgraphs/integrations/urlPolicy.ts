import { isIP } from 'node:net';
import { PlatformError } from '../../lib/errors.js';
import type { AddressPolicy } from '../../lib/outbound/addressPolicy.js';

export interface UrlPolicyOptions {
  readonly addresses: AddressPolicy;
  readonly allowHttp: boolean;
}

/**
 * Validates an endpoint URL when it is created or changed. This is the early, friendly check:
 * literal internal addresses and local names are refused with WEBHOOK_URL_FORBIDDEN. Names that
 * resolve to internal addresses are caught at connect time by the delivery dispatcher.
 */
export function validateWebhookUrl(raw: string, options: UrlPolicyOptions): string {
  if (!URL.canParse(raw)) {
    throw new PlatformError('BAD_USER_INPUT', 'url must be an absolute URL', { field: 'url' });
  }
  const url = new URL(raw);
  const forbid = (reason: string): never => {
    throw new PlatformError('WEBHOOK_URL_FORBIDDEN', `url is not allowed: ${reason}`, {
      field: 'url',
      reason,
    });
  };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && options.allowHttp)) {
    forbid(options.allowHttp ? 'use http or https' : 'use https');
  }
  if (url.username || url.password) forbid('credentials in the URL; send them as headers');
  // WHATWG parsing already turned 0x7f.1, 2130706433 and friends into dotted quads.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const refusal = options.addresses.refusal(host);
    if (refusal) forbid(refusal);
  } else if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) {
    forbid(`${host} is a local name`);
  }
  return url.toString();
}
