// Preloaded (`--import`) into the bench's reference gateways only: the audit trail's append
// answers at once without writing, so the same mutation through the same pipeline shows what
// auditing adds. Never part of the platform: nothing in runtime/ or gateway/ imports it.
// (Plain JavaScript: a preload runs before the process's own `--import tsx`, so it registers tsx.)
import { register } from 'tsx/esm/api';

register();
const { AuditTrail } = await import('../../subgraphs/audit/auditApi.ts');
AuditTrail.prototype.append = function append() {
  return Promise.resolve({});
};
