// The audit subgraph's one entry for everything outside it (gateway, other subgraphs, runtime,
// scripts, bench, tests): the store behind it (./store) is the subgraph's own.
export { createAuditLog, type AuditLog } from './store/auditLog.js';
export {
  AuditTrail,
  chainHash,
  entryLeaf,
  type AuditEntry,
  type AuditEntryInput,
  type AuditOutcome,
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
