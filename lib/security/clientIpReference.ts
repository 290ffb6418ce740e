import { createHmac } from 'node:crypto';

/**
 * `ip:<HMAC of the address>`: how a client IP is named wherever it serves as an identifier (brute-
 * force counters and blocks, their channel and logs, the audit record's `resource`, the detectors'
 * spray state and threat principals), so none of those holds the address itself. The address goes
 * only into sealed personal fields (crypto-shredded with its subject) and the short-lived activity
 * stream. The key is derived from INTERNAL_SIGNING_KEY, so every process names an IP the same way.
 * A pseudonym, not anonymity: whoever holds the key can test candidate addresses.
 */
export function clientIpReference(internalKey: string): (ip: string) => string {
  const key = createHmac('sha256', internalKey).update('kg-client-ip-reference-v1').digest();
  return (ip) => `ip:${createHmac('sha256', key).update(ip).digest('hex').slice(0, 32)}`;
}

/**
 * The data subject a credential names: a failing JWT's (unverified) subject is the person it
 * claims to be, so its failed logins' personal fields are sealed under that person's key and go
 * with their erasure; other credentials (`key:<prefix>`, `synthetic:<check>`) are their own subject.
 */
export function dataSubjectOf(principal: string): string {
  return principal.startsWith('jwt:') ? principal.slice('jwt:'.length) : principal;
}
