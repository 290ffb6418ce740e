import type { AuditDeletions } from '../store/sealer.js';
import type { ApiKeyFact, EncryptionKeyFact, WebhookSecretFact } from '../../../lib/compliance/evidence.js';

export type Framework = 'SOX' | 'SOC2' | 'GDPR' | 'PCI_DSS' | 'CCPA' | 'ISO27001' | 'HIPAA';
export const FRAMEWORKS: readonly Framework[] = [
  'SOX',
  'SOC2',
  'GDPR',
  'PCI_DSS',
  'CCPA',
  'ISO27001',
  'HIPAA',
];

export type ControlResult = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';

/** What a verdict rests on (the API's ComplianceEvidence). */
export interface EvidenceRef {
  readonly kind:
    | 'AUDIT_EVENT'
    | 'CHECKPOINT'
    | 'CONFIG'
    | 'API_KEY'
    | 'ENCRYPTION_KEY'
    | 'WEBHOOK'
    | 'SELF_CHECK'
    | 'DSR'
    | 'REPORT'
    | 'SCHEMA';
  readonly ref: string;
  readonly value?: string | null;
}

/** The configuration values controls read (never a secret: key ids only). */
export interface ConfigFacts {
  readonly nodeEnv: string;
  readonly auditFailOpen: boolean;
  /** The timed checkpoint sweep's period (AUDIT_CHECKPOINT_SECONDS). */
  readonly auditCheckpointSeconds: number;
  readonly enableIntrospection: boolean;
  readonly maskErrors: boolean;
  readonly graphiqlEnabled: boolean;
  readonly webhookAllowHttp: boolean;
  readonly webhookAllowedCidrs: readonly string[];
  readonly encryptionKeyRotationDays: number;
  readonly webhookSecretMaxAgeDays: number;
  readonly secretsEncryptionKeyIds: readonly string[];
}

export interface CheckpointFacts {
  readonly latest: { readonly treeSize: number; readonly keyId: string; readonly createdAt: string } | null;
  /** The latest note's signature verifies with a published key and names this tenant's log. */
  readonly signed: boolean;
  /** The latest note's root equals the stored tree's root at its size. */
  readonly rootMatches: boolean;
  readonly previous: { readonly treeSize: number } | null;
  /** The RFC 6962 consistency proof previous → latest verifies; null without a previous one. */
  readonly consistent: boolean | null;
}

/** A root field that reads the audit trail, and the scopes the SDL requires for it. */
export interface TrailField {
  readonly coordinate: string;
  readonly scopes: ReadonlyArray<ReadonlyArray<string>> | null;
}

export interface IsolationFacts {
  readonly ranAt: string;
  readonly passed: boolean;
  readonly checks: ReadonlyArray<{
    readonly name: string;
    readonly passed: boolean;
    readonly detail: string;
  }>;
}

/** The data-subject request module's deadline facts (subgraphs/audit/dsr). */
export interface DsrFacts {
  /** Requests the tenant has, any status. */
  readonly total: number;
  readonly open: number;
  readonly overdue: ReadonlyArray<{ readonly id: string; readonly dueAt: string }>;
  readonly answeredLate: ReadonlyArray<{ readonly id: string }>;
}

/** An audit record as controls read it: personal fields opened (or flagged erased). */
export interface RecordFact {
  readonly id: string;
  readonly actor: string;
  readonly action: string;
  readonly occurredAt: string;
  readonly outcome: string;
  readonly resourceType: string | null;
  readonly details: Readonly<Record<string, unknown>> | null;
  /** The subject's personal fields were crypto-shredded (a GDPR erasure): not a gap. */
  readonly personalDataErased: boolean;
}

/** Everything one evaluation of one tenant looks at, gathered once (facts.collect). */
export interface ComplianceFacts {
  readonly tenantId: string;
  readonly at: string;
  readonly config: ConfigFacts;
  readonly audit: {
    /** Records ever appended (the head's sequence). */
    readonly headSize: number;
    /** Records still stored. */
    readonly retained: number;
    readonly oldestRetained: { readonly id: string; readonly occurredAt: string } | null;
    /** The newest records, newest first. */
    readonly recent: readonly RecordFact[];
    readonly lastRead: { readonly id: string; readonly occurredAt: string } | null;
    /** Retention in force: days, and whether the tenant set it (setAuditRetention). */
    readonly retention: { readonly days: number; readonly overridden: boolean };
    /** Deletions past retention as the sealer recorded them (null: none recorded). */
    readonly deletions: AuditDeletions | null;
  };
  readonly checkpoint: CheckpointFacts;
  readonly trailFields: readonly TrailField[];
  readonly auditedReadFields: readonly string[];
  /** Active API keys (all of them, unless `apiKeysTruncated`). */
  readonly apiKeys: readonly ApiKeyFact[];
  readonly apiKeysTruncated: boolean;
  readonly encryptionKeys: readonly EncryptionKeyFact[];
  readonly webhooks: readonly WebhookSecretFact[];
  readonly isolation: IsolationFacts | null;
  readonly dsr: DsrFacts;
  readonly lastSoxReport: { readonly id: string; readonly generatedAt: string } | null;
}

export const DAY_MS = 86_400_000;

/** Whole days from `iso` to `at`. */
export function ageDays(iso: string, at: string): number {
  return Math.floor((Date.parse(at) - Date.parse(iso)) / DAY_MS);
}
