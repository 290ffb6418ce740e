/**
 * What lib code that must leave an audit record (the keyring's key-use summaries) is given: the
 * audit subgraph's store implements it (subgraphs/audit/auditApi.ts `createAuditLog(...).trail`),
 * and lib never imports the store itself.
 */
export interface AuditRecord {
  readonly tenantId: string;
  readonly actor: string;
  readonly action: string;
  readonly resource: string | null;
  readonly resourceType?: string | null;
  readonly outcome: 'SUCCESS' | 'FAILURE' | 'PARTIAL';
  readonly eventType?: string;
  readonly details: Record<string, unknown> | null;
}

export interface AuditRecorder {
  /** Resolves once the record is stored; rejects when it could not be. */
  append(record: AuditRecord): Promise<unknown>;
}
