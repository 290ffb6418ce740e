// What of a mutation's arguments and of the state it changed may enter the audit trail.

/** Members whose value is a secret, whatever its shape. */
const SECRET_NAME =
  /(secret|token|password|passphrase|credential|private|signature|authorization|cookie|apikey|api_key|routingkey|^key$|Key$)/i;
/** Values that look like key material: PEM blocks, long base64/hex runs, JWTs. */
const SECRET_SHAPE = /-----BEGIN [A-Z ]+-----|^[A-Za-z0-9+/_-]{40,}={0,2}$|^eyJ[\w-]+\.[\w-]+\./;
/** Free text a person wrote: personal data, sealed with the record's personal fields. */
const FREE_TEXT = new Set(['note', 'reason', 'comment', 'description']);
/** Members kept whatever their name (ids of keys are not keys). */
const SAFE_NAME = /(Id|Ids|keyId|KeyId)$/;

export const REDACTED = '[REDACTED]';
export const PERSONAL = '[PERSONAL]';

function redactString(value: string): string {
  if (SECRET_SHAPE.test(value)) return REDACTED;
  // URLs may carry credentials in their userinfo, path (Slack, Teams hooks) or query: origin only.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return url.pathname === '/' && !url.search && !url.username ? value : `${url.origin}/…`;
    } catch {
      return value;
    }
  }
  return value;
}

/**
 * A copy of `value` fit for the trail: secrets (by name or shape) replaced by `[REDACTED]`,
 * header values too, URLs cut to their origin, and free text (note, reason, comment,
 * description) replaced by `[PERSONAL]` with its value moved to `freeText[path]`, so the record's
 * personal fields (crypto-shredded on erasure) carry it.
 */
export function redactForAudit(value: unknown, path: string, freeText: Record<string, unknown>): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, i) => redactForAudit(item, `${path}.${i}`, freeText));
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
    const at = `${path}.${name}`;
    if (member === null || member === undefined) out[name] = member;
    else if (name === 'headers' && typeof member === 'object' && !Array.isArray(member))
      out[name] = Object.fromEntries(Object.keys(member).map((header) => [header, REDACTED]));
    // Secrets are strings (or objects of them): a number named `passwordSprayThreshold` is not one.
    else if (
      SECRET_NAME.test(name) &&
      !SAFE_NAME.test(name) &&
      typeof member !== 'number' &&
      typeof member !== 'boolean'
    )
      out[name] = REDACTED;
    else if (FREE_TEXT.has(name) && typeof member === 'string') {
      freeText[at] = member;
      out[name] = PERSONAL;
    } else out[name] = redactForAudit(member, at, freeText);
  }
  return out;
}
