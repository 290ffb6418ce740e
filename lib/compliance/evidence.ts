/**
 * Facts other subgraphs hand the compliance evaluator (subgraphs/audit/compliance). Subgraphs never
 * import each other: each implements its part over its own store in `subgraphs/<name>/
 * complianceEvidence.ts`, and the composition root passes them to the audit subgraph. Providers
 * report facts (ages, scopes, how a secret is stored), never verdicts; the control catalogue
 * decides. No fact carries key material or a secret.
 */

/** An API key as compliance sees it: metadata only. */
export interface ApiKeyFact {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly string[];
  /** The principal that created it (`apikey:<id>` when another key did). */
  readonly createdBy: string;
  /** The creating key's scopes when another key created it; null when the creator was not a key. */
  readonly creatorScopes: readonly string[] | null;
  readonly createdAt: string;
  /** When its secret was last replaced; null if never. */
  readonly rotatedAt: string | null;
  /** Last authenticated use the gateways recorded; null if never used. */
  readonly lastUsedAt: string | null;
  /** Accepted now: not revoked, not expired, not suspended. */
  readonly active: boolean;
}

/** A data-encryption key (lib/crypto): its enabled version's age against the rotation policy. */
export interface EncryptionKeyFact {
  readonly id: string;
  readonly purpose: string;
  readonly version: number;
  readonly status: string;
  /** When the version that encrypts new values was made. */
  readonly versionCreatedAt: string;
}

/** A webhook endpoint's signing secret: when it was set and how it is stored. */
export interface WebhookSecretFact {
  readonly id: string;
  /** Creation, or the last rotation. */
  readonly secretSetAt: string;
  /** ENVELOPE: sealed under the tenant's data key; LEGACY: under a KEK directly; PLAIN: not sealed. */
  readonly storage: 'ENVELOPE' | 'LEGACY' | 'PLAIN';
}

/** The tenant's active API keys; `truncated` when there were more than one evaluation weighs. */
export interface ApiKeyFacts {
  readonly keys: ApiKeyFact[];
  readonly truncated: boolean;
}

export interface SecurityEvidence {
  apiKeys(tenantId: string): Promise<ApiKeyFacts>;
  encryptionKeys(tenantId: string): Promise<EncryptionKeyFact[]>;
  close?(): Promise<void>;
}

export interface IntegrationsEvidence {
  webhookSecrets(tenantId: string): Promise<WebhookSecretFact[]>;
  close?(): Promise<void>;
}

/**
 * What the composition root gives the audit subgraph. `auditedReadFields` are the root fields
 * whose reads the gateway's audit plugin records (PCI DSS 10.2.1.3).
 */
export interface EvidenceProviders {
  readonly security: SecurityEvidence;
  readonly integrations: IntegrationsEvidence;
  readonly auditedReadFields: ReadonlySet<string>;
}
