import { SUBJECT_SECTION_MAX_ITEMS, type SubjectDataSection } from '../../../lib/compliance/subjectData.js';
import { eraseAuditSubject, type AuditLog } from '../store/auditLog.js';
import type { SealedPersonal } from '../store/personalFields.js';
import type { EraseSubject } from './DsrService.js';
import type { PackageSealer } from './subjectPackage.js';

/** Trail entries read per page while looking for the subject's events. */
const PAGE = 1_000;

/**
 * The subject's audit events as actor, oldest first, personal fields opened (or null and
 * `personalDataErased` after an erasure), at most SUBJECT_SECTION_MAX_ITEMS.
 */
async function subjectAuditEvents(
  log: AuditLog,
  tenantId: string,
  subjectId: string,
): Promise<SubjectDataSection> {
  const items: Array<Record<string, unknown>> = [];
  for await (const page of log.trail.pages(tenantId, PAGE)) {
    const own = page.filter((entry) => entry.actor === subjectId);
    if (own.length === 0) continue;
    for (const { entry, details, personalDataErased } of await log.trail.readable(tenantId, own)) {
      if (items.length === SUBJECT_SECTION_MAX_ITEMS) return { items, truncated: true };
      items.push({
        id: entry.id,
        sequence: entry.sequence,
        occurredAt: entry.occurredAt,
        action: entry.action,
        eventType: entry.eventType ?? null,
        resourceType: entry.resourceType ?? null,
        resourceId: entry.resource,
        outcome: entry.outcome,
        riskScore: entry.riskScore ?? null,
        details,
        personalDataErased,
      });
    }
  }
  return { items, truncated: false };
}

/**
 * Packages ride the audit store's per-subject keys (crypto-shredding): sealed as one personal
 * field of the subject, so erasing the subject makes every stored package of theirs unreadable
 * even before it is deleted. `note` is one of the store's personal detail names.
 */
function subjectKeySealer(log: AuditLog): PackageSealer {
  return {
    seal: async (tenantId, subjectId, plaintext) => {
      const { personal } = await log.personal.seal(tenantId, subjectId, { note: plaintext });
      if (!personal) throw new Error('the package was not sealed');
      return JSON.stringify(personal);
    },
    open: async (tenantId, _subjectId, sealed) => {
      const opened = await log.personal.open(tenantId, {}, JSON.parse(sealed) as SealedPersonal);
      const text = opened.details?.note;
      return opened.erased || typeof text !== 'string' ? null : text;
    },
  };
}

/** What data-subject requests need of the audit store, bound to one audit log. */
export function dsrAuditBindings(log: AuditLog): {
  auditEvents(tenantId: string, subjectId: string): Promise<SubjectDataSection>;
  erase: EraseSubject;
  sealer: PackageSealer;
} {
  return {
    auditEvents: (tenantId, subjectId) => subjectAuditEvents(log, tenantId, subjectId),
    erase: (tenantId, subjectId) =>
      eraseAuditSubject(log, tenantId, subjectId, { actor: 'system:compliance' }),
    sealer: subjectKeySealer(log),
  };
}
