import type { ApiKeyRecord } from './apiKeys/ApiKeyStore.js';
import type { ApiKey, ApiKeyStatus, SecurityIncident, SecurityThreat } from './generated/resolvers.js';
import { isOverdue, type IncidentRecord } from './incidents/IncidentStore.js';
import { riskOf, type ThreatRecord } from './threats/ThreatStore.js';

export function statusOf(record: ApiKeyRecord, now: number): ApiKeyStatus {
  if (record.revokedAt) return 'REVOKED';
  if (record.expiresAt && Date.parse(record.expiresAt) <= now) return 'EXPIRED';
  if (record.suspendedUntil && Date.parse(record.suspendedUntil) > now) return 'SUSPENDED';
  return 'ACTIVE';
}

export function toApiKey(record: ApiKeyRecord, lastUsedAt: string | null = null): ApiKey {
  const now = Date.now();
  const overlapOpen = record.previousValidUntil && Date.parse(record.previousValidUntil) > now;
  const status = statusOf(record, now);
  return {
    id: record.id,
    name: record.name,
    prefix: record.prefix,
    scopes: [...record.scopes],
    createdAt: record.createdAt,
    createdBy: { subject: record.createdBy, tenantId: record.tenantId, scopes: null },
    revokedAt: record.revokedAt,
    expiresAt: record.expiresAt,
    lastUsedAt,
    rotatedAt: record.rotatedAt,
    previousSecretExpiresAt: overlapOpen ? record.previousValidUntil : null,
    rateLimit: record.rateLimit,
    trustedDocumentsOnly: record.trustedDocumentsOnly === true,
    status,
    suspendedUntil: status === 'SUSPENDED' ? (record.suspendedUntil ?? null) : null,
    suspensionReason: status === 'SUSPENDED' ? (record.suspensionReason ?? null) : null,
  };
}

export function toThreat(record: ThreatRecord): SecurityThreat {
  return {
    id: record.id,
    type: record.type,
    // Threats recorded before conditions existed were brute-force blocks.
    condition: record.condition ?? 'auth_failures',
    severity: record.severity,
    confidence: record.confidence,
    risk: riskOf(record),
    principal: record.principal,
    clientIp: record.clientIp,
    evidence: record.evidence,
    detectedAt: record.detectedAt,
    lastSeenAt: record.lastSeenAt ?? record.detectedAt,
    occurrences: record.occurrences ?? 1,
    status: record.status,
    incidentId: record.incidentId ?? null,
    response: record.response ?? null,
  };
}

/** An incident as the API shows it, less `threats` (resolved from the threat ids). */
export type IncidentView = Omit<SecurityIncident, 'threats'> & { readonly threatIds: readonly string[] };

export function toIncident(record: IncidentRecord, now = Date.now()): IncidentView {
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    severity: record.severity,
    status: record.status,
    assignee: record.assignee,
    threatIds: record.threatIds,
    timeline: record.timeline.map((entry) => ({
      at: entry.at,
      actor: entry.actor,
      kind: entry.kind,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      note: entry.note ?? null,
      assignee: entry.assignee ?? null,
      threatId: entry.threatId ?? null,
    })),
    openedAt: record.createdAt,
    openedBy: record.openedBy,
    acknowledgedAt: record.acknowledgedAt,
    acknowledgeDueAt: record.acknowledgeDueAt,
    resolvedAt: record.resolvedAt,
    resolutionDueAt: record.resolutionDueAt,
    overdue: isOverdue(record, now),
    updatedAt: record.updatedAt,
  };
}
