import { entryLeaf, type ReadableEntry } from './store/AuditTrail.js';
import type { AuditEvent } from './generated/resolvers.js';

/** A stored record as the API shows it (the inclusion proof is resolved on request). */
export function toAuditEvent(readable: ReadableEntry, cursor: string | null = null): AuditEvent {
  const { entry } = readable;
  return {
    id: entry.id,
    sequence: entry.sequence,
    occurredAt: entry.occurredAt,
    actor: { subject: entry.actor },
    action: entry.action,
    eventType: entry.eventType ?? null,
    resourceType: entry.resourceType ?? null,
    resourceId: entry.resource,
    resource: entry.resource,
    outcome: entry.outcome,
    riskScore: entry.riskScore ?? null,
    details: readable.details,
    personalDataErased: readable.personalDataErased,
    hash: entry.hash,
    previousHash: entry.previousHash,
    leafHash: entryLeaf(entry).toString('hex'),
    inclusionProof: null,
    cursor,
  };
}
