// The audit subgraph's one entry for everything outside it (gateway, other subgraphs, runtime,
// scripts, bench, tests): the store behind it (./store) is the subgraph's own.
export { createAuditLog, createAuditReader, eraseAuditSubject, type AuditLog } from './store/auditLog.js';
export { PERSONAL_DETAILS, type AuditErasure } from './store/personalFields.js';
export { segmentStoreConfig, type SegmentStoreConfig } from './store/segmentStores/createSegmentStore.js';
export {
  AuditTrail,
  auditStreamKey,
  chainHash,
  entryLeaf,
  type AuditEntry,
  type AuditEntryInput,
  type AuditOutcome,
  type ReadableEntry,
} from './store/AuditTrail.js';
export type { AuditRecord, AuditRecorder } from '../../lib/auditRecorder.js';
export {
  checkpointBody,
  readCheckpointNote,
  signingKeys,
  signNote,
  type Checkpoint,
  type ParsedCheckpoint,
  type SigningKey,
} from './store/checkpoints.js';
export { inclusionProof, rootHash, verifyInclusion, verifyConsistency } from './store/merkle.js';
export { verifyTrail, type AuditFinding, type TrailVerification } from './store/verifyTrail.js';
export {
  complianceReportReader,
  signedPayload,
  type ComplianceReportRecord,
} from './compliance/ComplianceReports.js';

/** The subject's latest erasure (`eraseAuditSubject`), or null when it was never erased. */
export function auditSubjectErasure(
  log: import('./store/auditLog.js').AuditLog,
  tenantId: string,
  subjectId: string,
): Promise<import('./store/personalFields.js').AuditErasure | null> {
  return log.personal.erasureOf(tenantId, subjectId);
}
