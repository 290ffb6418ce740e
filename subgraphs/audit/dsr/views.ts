import type { DataSubjectRequest } from '../generated/resolvers.js';
import { isOpen } from './deadlines.js';
import type { DsrRecord } from './DsrStore.js';

/** A stored request as the API shows it; `package` is resolved on request (it is read and opened). */
export function toDataSubjectRequest(record: DsrRecord, now = Date.now()): DataSubjectRequest {
  const answeredAt = record.completedAt ?? record.rejectedAt;
  return {
    id: record.id,
    type: record.type,
    regime: record.regime,
    subjectId: record.subjectId,
    status: record.status,
    receivedAt: record.createdAt,
    dueAt: record.dueAt,
    overdue: isOpen(record.status) && Date.parse(record.dueAt) <= now,
    answeredLate: answeredAt ? Date.parse(answeredAt) > Date.parse(record.dueAt) : null,
    extension: record.extension
      ? {
          reason: record.extension.reason,
          noticeAt: record.extension.noticeAt,
          previousDueAt: record.extension.previousDueAt,
          extendedBy: { subject: record.extension.extendedBy },
        }
      : null,
    note: record.note,
    requestedBy: { subject: record.requestedBy },
    completedAt: record.completedAt,
    rejectedAt: record.rejectedAt,
    rejectionReason: record.rejectionReason,
    history: record.history.map((change) => ({
      at: change.at,
      actor: { subject: change.actor },
      kind: change.kind,
      fromStatus: change.fromStatus ?? null,
      toStatus: change.toStatus ?? null,
      note: change.note ?? null,
    })),
    packageSummary: record.packageSummary,
    package: null,
    erasure: record.erasure,
  };
}
