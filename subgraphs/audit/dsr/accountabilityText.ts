import { PlatformError } from '../../../lib/errors.js';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|[0-9a-f]{0,4}::[0-9a-f]{0,4}/i;

/**
 * Free text a data-subject request keeps (its note, an extension's or a rejection's reason, the
 * history notes that copy them) is the controller's accountability record: it outlives the
 * subject's erasure in clear, so it must not carry the subject's personal data. What can be told
 * from the text is refused (BAD_USER_INPUT naming the field): the subject id, an e-mail address,
 * an IP address. Anything else is the writer's duty (docs/COMPLIANCE.md "Data-subject requests").
 */
export function assertNoPersonalData(field: string, value: string | null, subjectId: string): string | null {
  if (value === null) return null;
  const refuse = (what: string): never => {
    throw new PlatformError(
      'BAD_USER_INPUT',
      `${field} must not contain ${what}: the request record outlives the subject's erasure`,
      { field },
    );
  };
  if (value.toLowerCase().includes(subjectId.toLowerCase())) refuse('the subject id');
  if (EMAIL.test(value)) refuse('an e-mail address');
  if (IPV4.test(value) || IPV6.test(value)) refuse('an IP address');
  return value;
}
