import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubgraphContext } from '../../../lib/subgraphServer.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** Sequence of the first event whose hash does not match, when invalid. */
  brokenAt: Maybe<Scalars['Int']['output']>;
  checked: Scalars['Int']['output'];
  valid: Scalars['Boolean']['output'];
};

/** A signed checkpoint (C2SP tlog-checkpoint): the tree size and root an auditor can hold us to. */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  createdAt: Scalars['DateTime']['output'];
  keyId: Scalars['String']['output'];
  /** The signed note: origin, size, base64 root, blank line, `— <key name> <base64 signature>`. */
  note: Scalars['String']['output'];
  /** Hex. */
  rootHash: Scalars['String']['output'];
  treeSize: Scalars['Int']['output'];
};

/** RFC 6962 consistency proof between two tree sizes; every hash hex. */
export type AuditConsistencyProof = {
  __typename?: 'AuditConsistencyProof';
  fromRootHash: Scalars['String']['output'];
  fromSize: Scalars['Int']['output'];
  hashes: Array<Scalars['String']['output']>;
  toRootHash: Scalars['String']['output'];
  toSize: Scalars['Int']['output'];
};

/**
 * One record of the tenant's audit trail. Records form a hash chain and the leaves of an RFC 6962
 * Merkle tree (leaf = SHA-256(0x00 ‖ canonical JSON of the record)); see docs/AUDIT.md.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** From the domain: `webhook.create`, `apiKey.revoke`, `auth.fail`, `audit.read`, … */
  action: Scalars['String']['output'];
  actor: Principal;
  /** Set on subscription deliveries: pass as `since` to resume right after this event. */
  cursor: Maybe<Scalars['String']['output']>;
  /**
   * What the record says beyond its columns. Personal fields (clientIp, userAgent and free text:
   * reason, note, comment, description) are stored sealed under the actor's subject key and read in
   * clear here until the subject is erased; then they read null and `personalDataErased` is true.
   */
  details: Maybe<Scalars['JSON']['output']>;
  /** The security framework's event type: login_failed, permission_denied, data_exported, … */
  eventType: Maybe<Scalars['String']['output']>;
  /** sha256 over the previous hash and this event's canonical form. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Proof that this record is in the tree of `treeSize` (default: the latest checkpoint's). */
  inclusionProof: Maybe<AuditInclusionProof>;
  /** Hex SHA-256 Merkle leaf of this record. */
  leafHash: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  /**
   * True once the actor's personal fields in this record were crypto-shredded (data-subject erasure):
   * the record, its hashes and its proofs are unchanged, its personal fields read null.
   */
  personalDataErased: Scalars['Boolean']['output'];
  previousHash: Scalars['String']['output'];
  /**
   * Same as resourceId (kept for existing clients).
   * @deprecated Use resourceId; removal after 2027-06-01
   */
  resource: Maybe<Scalars['String']['output']>;
  resourceId: Maybe<Scalars['String']['output']>;
  resourceType: Maybe<Scalars['String']['output']>;
  /** 0–100. */
  riskScore: Maybe<Scalars['Int']['output']>;
  /** Position in the tenant's chain, from 1; the Merkle leaf index is sequence − 1. */
  sequence: Scalars['Int']['output'];
};


/**
 * One record of the tenant's audit trail. Records form a hash chain and the leaves of an RFC 6962
 * Merkle tree (leaf = SHA-256(0x00 ‖ canonical JSON of the record)); see docs/AUDIT.md.
 */
export type AuditEventInclusionProofArgs = {
  treeSize?: InputMaybe<Scalars['Int']['input']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** Action prefixes: `apiKey.` matches apiKey.create and apiKey.revoke. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Actor subjects (exact). */
  actors?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  minRisk?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  resourceId?: InputMaybe<Scalars['String']['input']>;
  resourceType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditFinding = {
  __typename?: 'AuditFinding';
  /** Size of the signed checkpoint that proves the finding. */
  checkpointTreeSize: Maybe<Scalars['Int']['output']>;
  detail: Scalars['String']['output'];
  eventId: Maybe<Scalars['ID']['output']>;
  /** Position in the stored log (0-based). */
  index: Maybe<Scalars['Int']['output']>;
  kind: AuditFindingKind;
  sequence: Maybe<Scalars['Int']['output']>;
};

export type AuditFindingKind =
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_SIGNATURE_INVALID'
  | 'DELETED'
  | 'INSERTED'
  | 'LINK_BROKEN'
  | 'MODIFIED'
  | 'REORDERED'
  | 'TRUNCATED';

/** RFC 6962 audit path, leaf side first; every hash hex. */
export type AuditInclusionProof = {
  __typename?: 'AuditInclusionProof';
  hashes: Array<Scalars['String']['output']>;
  /** The leaf the tree holds at leafIndex; hash the record you hold to tie it to it (docs/AUDIT.md). */
  leafHash: Scalars['String']['output'];
  leafIndex: Scalars['Int']['output'];
  rootHash: Scalars['String']['output'];
  treeSize: Scalars['Int']['output'];
};

export type AuditOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type AuditOutcome =
  | 'FAILURE'
  /** Some root fields of the operation succeeded, some failed. */
  | 'PARTIAL'
  | 'SUCCESS';

/**
 * How long the tenant's audit events are kept (docs/AUDIT.md "Retention and segments"). Events older
 * than `hotDays` are sealed into segments and read back transparently; segments past `days` are
 * deleted, and proofs of what remains keep verifying.
 */
export type AuditRetention = {
  __typename?: 'AuditRetention';
  /** The tenant's retention, days: its own setting, else the platform's. */
  days: Scalars['Int']['output'];
  /** Events younger than this stay in Redis (AUDIT_HOT_DAYS). */
  hotDays: Scalars['Int']['output'];
  /** The least a tenant may set (AUDIT_MIN_RETENTION_DAYS). */
  minimumDays: Scalars['Int']['output'];
  /** True when the tenant set it (setAuditRetention). */
  overridden: Scalars['Boolean']['output'];
  /** AUDIT_RETENTION_DAYS. */
  platformDays: Scalars['Int']['output'];
};

/** A key checkpoints are signed with (Ed25519), as served at /.well-known/audit-keys. */
export type AuditSigningKey = {
  __typename?: 'AuditSigningKey';
  algorithm: Scalars['String']['output'];
  /** Hex of the 4-byte C2SP key id. */
  keyId: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Base64 of the raw 32-byte public key. */
  publicKey: Scalars['String']['output'];
  /** The note verifier key: `<name>+<keyid hex>+<base64(0x01 ‖ public key)>`. */
  verifierKey: Scalars['String']['output'];
};

export type AuditTrailVerification = {
  __typename?: 'AuditTrailVerification';
  checked: Scalars['Int']['output'];
  checkpointsVerified: Scalars['Int']['output'];
  findings: Array<AuditFinding>;
  /** Hex root over the events as read. */
  rootHash: Scalars['String']['output'];
  valid: Scalars['Boolean']['output'];
};

/** One control's verdict in an evaluation. */
export type ComplianceControlEvaluation = {
  __typename?: 'ComplianceControlEvaluation';
  /** This framework's clauses the control maps to. */
  clauses: Array<Scalars['String']['output']>;
  evidence: Array<ComplianceEvidence>;
  /** Stable control id, e.g. AUDIT-01 (docs/COMPLIANCE.md). */
  id: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  result: ControlResult;
  title: Scalars['String']['output'];
};

/** What a verdict rests on: an audit event, a checkpoint, a configuration value, a key's metadata, … */
export type ComplianceEvidence = {
  __typename?: 'ComplianceEvidence';
  /** AUDIT_EVENT, CHECKPOINT, CONFIG, API_KEY, ENCRYPTION_KEY, WEBHOOK, SELF_CHECK, DSR, REPORT. */
  kind: Scalars['String']['output'];
  /** The referenced object's id (audit event id, tree size, variable name, key id, …). */
  ref: Scalars['String']['output'];
  /** The observed value, when it is a value (configuration, an age in days, a count). */
  value: Maybe<Scalars['String']['output']>;
};

export type ComplianceFinding = {
  __typename?: 'ComplianceFinding';
  clauses: Array<Scalars['String']['output']>;
  controlId: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  severity: Scalars['String']['output'];
};

export type ComplianceFramework =
  | 'CCPA'
  | 'GDPR'
  | 'HIPAA'
  | 'ISO27001'
  | 'PCI_DSS'
  | 'SOC2'
  | 'SOX';

export type ComplianceReport = {
  __typename?: 'ComplianceReport';
  controls: Array<ComplianceControlEvaluation>;
  executiveSummary: Scalars['String']['output'];
  findings: Array<ComplianceFinding>;
  framework: ComplianceFramework;
  /** The audit period the report covers. */
  from: Scalars['DateTime']['output'];
  generatedAt: Scalars['DateTime']['output'];
  generatedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  recommendations: Array<Scalars['String']['output']>;
  score: Maybe<Scalars['Float']['output']>;
  signature: ComplianceReportSignature;
  /** The exact bytes signed (canonical JSON, UTF-8), for offline verification. */
  signedPayload: Scalars['String']['output'];
  status: ComplianceStatusValue;
  to: Scalars['DateTime']['output'];
};

export type ComplianceReportConnection = {
  __typename?: 'ComplianceReportConnection';
  edges: Array<ComplianceReportEdge>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  totalCount: Scalars['Int']['output'];
};

export type ComplianceReportEdge = {
  __typename?: 'ComplianceReportEdge';
  cursor: Scalars['String']['output'];
  node: ComplianceReport;
};

/** Ed25519 over the report's canonical JSON without `signature` (docs/COMPLIANCE.md "Signature"). */
export type ComplianceReportSignature = {
  __typename?: 'ComplianceReportSignature';
  algorithm: Scalars['String']['output'];
  /** Hex of the 4-byte key id. */
  keyId: Scalars['String']['output'];
  /** Name of the audit signing key (as /.well-known/audit-keys publishes it). */
  keyName: Scalars['String']['output'];
  /** Base64 of the 64-byte signature. */
  value: Scalars['String']['output'];
};

export type ComplianceStatus = {
  __typename?: 'ComplianceStatus';
  controls: Array<ComplianceControlEvaluation>;
  evaluatedAt: Scalars['DateTime']['output'];
  /** The evaluation these verdicts come from. */
  evaluationId: Scalars['ID']['output'];
  framework: ComplianceFramework;
  /** Passed ÷ applicable controls × 100, one decimal; null when none applies. */
  score: Maybe<Scalars['Float']['output']>;
  status: ComplianceStatusValue;
};

export type ComplianceStatusValue =
  /** Every applicable control passes. */
  | 'COMPLIANT'
  /** At least one applicable control fails. */
  | 'NON_COMPLIANT'
  /** No control of the framework applies to this tenant yet. */
  | 'NOT_ASSESSED';

export type ControlResult =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'PASS';

export type CreateDataSubjectRequestInput = {
  /**
   * Free text for the tenant's accountability record (how the request arrived, that identity was
   * checked), ≤ 2000 characters. Kept after an erasure, so it must not hold personal data: text
   * naming the subject id, an e-mail or an IP address is refused (BAD_USER_INPUT).
   */
  note?: InputMaybe<Scalars['String']['input']>;
  regime: PrivacyRegime;
  /** The principal subject the request is about (as audit events name actors), 1–200 characters. */
  subjectId: Scalars['ID']['input'];
  type: DataSubjectRequestType;
};

/** What an ERASURE did: the audit trail's crypto-shredding and the request packages deleted. */
export type DataSubjectErasure = {
  __typename?: 'DataSubjectErasure';
  /** Audit events whose personal fields (IP, user agent, free-text details) now read back as erased. */
  auditEventsAffected: Scalars['Int']['output'];
  erasedAt: Scalars['DateTime']['output'];
  /** The subject's audit key was destroyed (false: the subject had none). */
  keyDestroyed: Scalars['Boolean']['output'];
  /** Stored ACCESS / PORTABILITY packages of the subject deleted. */
  packagesDeleted: Scalars['Int']['output'];
  /**
   * Records other subgraphs kept about the subject apart from the trail and deleted: the client IPs
   * and user agents threat detection learned, the subject's entries in its activity stream.
   */
  subgraphRecordsErased: Scalars['Int']['output'];
};

/** Counts of what an ACCESS / PORTABILITY package holds, by section. */
export type DataSubjectPackageSummary = {
  __typename?: 'DataSubjectPackageSummary';
  alertRules: Scalars['Int']['output'];
  apiKeys: Scalars['Int']['output'];
  auditEvents: Scalars['Int']['output'];
  /** Bytes of the package's JSON. */
  byteSize: Scalars['Int']['output'];
  exportJobs: Scalars['Int']['output'];
  generatedAt: Scalars['DateTime']['output'];
  webhooks: Scalars['Int']['output'];
};

export type DataSubjectRequest = {
  __typename?: 'DataSubjectRequest';
  /** Answered (COMPLETED or REJECTED) after dueAt; null while open. */
  answeredLate: Maybe<Scalars['Boolean']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The due time now (receipt + the regime's period, or the extended one). */
  dueAt: Scalars['DateTime']['output'];
  /** ERASURE once COMPLETED. */
  erasure: Maybe<DataSubjectErasure>;
  extension: Maybe<DataSubjectRequestExtension>;
  /** Oldest first. */
  history: Array<DataSubjectRequestChange>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Open past dueAt. */
  overdue: Scalars['Boolean']['output'];
  /**
   * ACCESS / PORTABILITY once COMPLETED: the machine-readable package (JSON, at most
   * DSR_PACKAGE_MAX_BYTES). Null after an erasure of the same subject.
   */
  package: Maybe<Scalars['JSON']['output']>;
  /** ACCESS / PORTABILITY once COMPLETED: what the package holds. */
  packageSummary: Maybe<DataSubjectPackageSummary>;
  receivedAt: Scalars['DateTime']['output'];
  regime: PrivacyRegime;
  rejectedAt: Maybe<Scalars['DateTime']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  requestedBy: Principal;
  status: DataSubjectRequestStatus;
  subjectId: Scalars['ID']['output'];
  type: DataSubjectRequestType;
};

export type DataSubjectRequestChange = {
  __typename?: 'DataSubjectRequestChange';
  actor: Principal;
  at: Scalars['DateTime']['output'];
  fromStatus: Maybe<DataSubjectRequestStatus>;
  /** created, status_changed, extended, due_soon, overdue. */
  kind: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  toStatus: Maybe<DataSubjectRequestStatus>;
};

export type DataSubjectRequestConnection = {
  __typename?: 'DataSubjectRequestConnection';
  edges: Array<DataSubjectRequestEdge>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  totalCount: Scalars['Int']['output'];
};

export type DataSubjectRequestEdge = {
  __typename?: 'DataSubjectRequestEdge';
  cursor: Scalars['String']['output'];
  node: DataSubjectRequest;
};

/** The one extension a regime allows: the subject was told why, and the new due time. */
export type DataSubjectRequestExtension = {
  __typename?: 'DataSubjectRequestExtension';
  extendedBy: Principal;
  /** When the notice was recorded (the extension's time). */
  noticeAt: Scalars['DateTime']['output'];
  previousDueAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
};

/** RECEIVED → IN_PROGRESS → COMPLETED | REJECTED (REJECTED also straight from RECEIVED). */
export type DataSubjectRequestStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED';

export type DataSubjectRequestType =
  /** Art. 15 / CCPA right to know: a JSON package of everything the platform holds about the subject. */
  | 'ACCESS'
  /** Art. 17 / CCPA right to delete: crypto-shredding of the subject's personal audit fields. */
  | 'ERASURE'
  /** Art. 20: the same JSON package as ACCESS, meant for another controller. */
  | 'PORTABILITY';

export type Mutation = {
  __typename?: 'Mutation';
  /** Records a request as RECEIVED with the regime's due time. */
  createDataSubjectRequest: DataSubjectRequest;
  /**
   * The regime's one extension, before the due time, recording the notice to the subject
   * (GDPR: two further months; CCPA: 45 days). A second one is INVALID_TRANSITION.
   */
  extendDataSubjectRequest: DataSubjectRequest;
  /**
   * Evaluates every control now and stores the report, signed with the audit signing key. Verdicts
   * are as of generation: `to` must be now (within five minutes) or omitted, and `from` (default: 90
   * days before `to`) names where the audit period began. A `to` in the past is BAD_USER_INPUT.
   */
  generateComplianceReport: ComplianceReport;
  /**
   * Carries the request out (RECEIVED or IN_PROGRESS → IN_PROGRESS → COMPLETED): ACCESS and
   * PORTABILITY assemble the package, ERASURE crypto-shreds the subject's personal audit fields.
   * A failure leaves it IN_PROGRESS, to be processed again.
   */
  processDataSubjectRequest: DataSubjectRequest;
  /** Refuses an open request (identity not verified, manifestly unfounded); reason ≤ 2000 characters. */
  rejectDataSubjectRequest: DataSubjectRequest;
  /**
   * Sets the tenant's audit retention in days (null: back to the platform's). Below the platform
   * minimum it is AUDIT_RETENTION_TOO_SHORT.
   */
  setAuditRetention: AuditRetention;
};


export type MutationCreateDataSubjectRequestArgs = {
  input: CreateDataSubjectRequestInput;
};


export type MutationExtendDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationGenerateComplianceReportArgs = {
  framework: ComplianceFramework;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationProcessDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetAuditRetentionArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Principal = {
  __typename?: 'Principal';
  subject: Scalars['ID']['output'];
};

export type PrivacyRegime =
  /** Answer within 45 days of receipt; extendable once by 45 days, with notice. */
  | 'CCPA'
  /** Answer within one month of receipt; extendable once by two further months, with notice. */
  | 'GDPR';

export type Query = {
  __typename?: 'Query';
  /** The latest signed checkpoint. */
  auditCheckpoint: Maybe<AuditCheckpoint>;
  /** Checkpoints with tree sizes in [from, to], oldest first. */
  auditCheckpoints: Array<AuditCheckpoint>;
  /** `toSize` defaults to the latest checkpoint's size. */
  auditConsistencyProof: AuditConsistencyProof;
  auditEvent: Maybe<AuditEvent>;
  /** Keyset-paged, newest first unless `order` says otherwise; `first` ≤ 500. */
  auditEvents: AuditEventConnection;
  auditInclusionProof: AuditInclusionProof;
  auditRetention: AuditRetention;
  auditSigningKeys: Array<AuditSigningKey>;
  complianceReport: Maybe<ComplianceReport>;
  /** Stored reports, newest first, keyset-paged; `first` 1–100. */
  complianceReports: ComplianceReportConnection;
  /** The latest evaluation's verdicts for one framework (evaluated now when none is stored). */
  complianceStatus: ComplianceStatus;
  dataSubjectRequest: Maybe<DataSubjectRequest>;
  /** Newest first, keyset-paged; `first` 1–200. */
  dataSubjectRequests: DataSubjectRequestConnection;
  verifyAuditChain: AuditChainVerification;
  /** Every event, link, leaf and checkpoint; findings within sequences [from, to] when given. */
  verifyAuditTrail: AuditTrailVerification;
};


export type QueryAuditCheckpointsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditConsistencyProofArgs = {
  fromSize: Scalars['Int']['input'];
  toSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<AuditOrder>;
};


export type QueryAuditInclusionProofArgs = {
  eventId: Scalars['ID']['input'];
  treeSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplianceReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplianceReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  framework?: InputMaybe<ComplianceFramework>;
};


export type QueryComplianceStatusArgs = {
  framework: ComplianceFramework;
};


export type QueryDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDataSubjectRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DataSubjectRequestStatus>;
};


export type QueryVerifyAuditTrailArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The tenant's audit records as they are written; with `since`, every retained one after it first. */
  auditEvents: AuditEvent;
};


export type SubscriptionAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  since?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AuditEvent: AuditEvent;
  ComplianceReport: ComplianceReport;
  DataSubjectRequest: DataSubjectRequest;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditEvent:
    ( { __typename: 'AuditEvent' }
    & GraphQLRecursivePick<FederationTypes['AuditEvent'], {"id":true}> );
  ComplianceReport:
    ( { __typename: 'ComplianceReport' }
    & GraphQLRecursivePick<FederationTypes['ComplianceReport'], {"id":true}> );
  DataSubjectRequest:
    ( { __typename: 'DataSubjectRequest' }
    & GraphQLRecursivePick<FederationTypes['DataSubjectRequest'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditCheckpoint: ResolverTypeWrapper<AuditCheckpoint>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditConsistencyProof: ResolverTypeWrapper<AuditConsistencyProof>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditEventFilter: AuditEventFilter;
  AuditFinding: ResolverTypeWrapper<AuditFinding>;
  AuditFindingKind: AuditFindingKind;
  AuditInclusionProof: ResolverTypeWrapper<AuditInclusionProof>;
  AuditOrder: AuditOrder;
  AuditOutcome: AuditOutcome;
  AuditRetention: ResolverTypeWrapper<AuditRetention>;
  AuditSigningKey: ResolverTypeWrapper<AuditSigningKey>;
  AuditTrailVerification: ResolverTypeWrapper<AuditTrailVerification>;
  ComplianceControlEvaluation: ResolverTypeWrapper<ComplianceControlEvaluation>;
  ComplianceEvidence: ResolverTypeWrapper<ComplianceEvidence>;
  ComplianceFinding: ResolverTypeWrapper<ComplianceFinding>;
  ComplianceFramework: ComplianceFramework;
  ComplianceReport: ResolverTypeWrapper<ComplianceReport>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ComplianceReportConnection: ResolverTypeWrapper<ComplianceReportConnection>;
  ComplianceReportEdge: ResolverTypeWrapper<ComplianceReportEdge>;
  ComplianceReportSignature: ResolverTypeWrapper<ComplianceReportSignature>;
  ComplianceStatus: ResolverTypeWrapper<ComplianceStatus>;
  ComplianceStatusValue: ComplianceStatusValue;
  ControlResult: ControlResult;
  CreateDataSubjectRequestInput: CreateDataSubjectRequestInput;
  DataSubjectErasure: ResolverTypeWrapper<DataSubjectErasure>;
  DataSubjectPackageSummary: ResolverTypeWrapper<DataSubjectPackageSummary>;
  DataSubjectRequest: ResolverTypeWrapper<DataSubjectRequest>;
  DataSubjectRequestChange: ResolverTypeWrapper<DataSubjectRequestChange>;
  DataSubjectRequestConnection: ResolverTypeWrapper<DataSubjectRequestConnection>;
  DataSubjectRequestEdge: ResolverTypeWrapper<DataSubjectRequestEdge>;
  DataSubjectRequestExtension: ResolverTypeWrapper<DataSubjectRequestExtension>;
  DataSubjectRequestStatus: DataSubjectRequestStatus;
  DataSubjectRequestType: DataSubjectRequestType;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Principal: ResolverTypeWrapper<Principal>;
  PrivacyRegime: PrivacyRegime;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditChainVerification: AuditChainVerification;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AuditCheckpoint: AuditCheckpoint;
  String: Scalars['String']['output'];
  AuditConsistencyProof: AuditConsistencyProof;
  AuditEvent: AuditEvent | FederationReferenceTypes['AuditEvent'];
  ID: Scalars['ID']['output'];
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditEventFilter: AuditEventFilter;
  AuditFinding: AuditFinding;
  AuditInclusionProof: AuditInclusionProof;
  AuditRetention: AuditRetention;
  AuditSigningKey: AuditSigningKey;
  AuditTrailVerification: AuditTrailVerification;
  ComplianceControlEvaluation: ComplianceControlEvaluation;
  ComplianceEvidence: ComplianceEvidence;
  ComplianceFinding: ComplianceFinding;
  ComplianceReport: ComplianceReport | FederationReferenceTypes['ComplianceReport'];
  Float: Scalars['Float']['output'];
  ComplianceReportConnection: ComplianceReportConnection;
  ComplianceReportEdge: ComplianceReportEdge;
  ComplianceReportSignature: ComplianceReportSignature;
  ComplianceStatus: ComplianceStatus;
  CreateDataSubjectRequestInput: CreateDataSubjectRequestInput;
  DataSubjectErasure: DataSubjectErasure;
  DataSubjectPackageSummary: DataSubjectPackageSummary;
  DataSubjectRequest: DataSubjectRequest | FederationReferenceTypes['DataSubjectRequest'];
  DataSubjectRequestChange: DataSubjectRequestChange;
  DataSubjectRequestConnection: DataSubjectRequestConnection;
  DataSubjectRequestEdge: DataSubjectRequestEdge;
  DataSubjectRequestExtension: DataSubjectRequestExtension;
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Principal: Principal;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
}>;

export type AuditChainVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = ResolversObject<{
  brokenAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditCheckpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditCheckpoint'] = ResolversParentTypes['AuditCheckpoint']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treeSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditConsistencyProofResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditConsistencyProof'] = ResolversParentTypes['AuditConsistencyProof']> = ResolversObject<{
  fromRootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hashes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toRootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent'], FederationReferenceType extends FederationReferenceTypes['AuditEvent'] = FederationReferenceTypes['AuditEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inclusionProof?: Resolver<Maybe<ResolversTypes['AuditInclusionProof']>, ParentType, ContextType, Partial<AuditEventInclusionProofArgs>>;
  leafHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  personalDataErased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previousHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuditFindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditFinding'] = ResolversParentTypes['AuditFinding']> = ResolversObject<{
  checkpointTreeSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditFindingKind'], ParentType, ContextType>;
  sequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AuditInclusionProofResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditInclusionProof'] = ResolversParentTypes['AuditInclusionProof']> = ResolversObject<{
  hashes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  leafHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leafIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treeSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditRetentionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditRetention'] = ResolversParentTypes['AuditRetention']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hotDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minimumDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  platformDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditSigningKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditSigningKey'] = ResolversParentTypes['AuditSigningKey']> = ResolversObject<{
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifierKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditTrailVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditTrailVerification'] = ResolversParentTypes['AuditTrailVerification']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkpointsVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['AuditFinding']>, ParentType, ContextType>;
  rootHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ComplianceControlEvaluationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceControlEvaluation'] = ResolversParentTypes['ComplianceControlEvaluation']> = ResolversObject<{
  clauses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ComplianceEvidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ControlResult'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComplianceEvidenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceEvidence'] = ResolversParentTypes['ComplianceEvidence']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComplianceFindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceFinding'] = ResolversParentTypes['ComplianceFinding']> = ResolversObject<{
  clauses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  controlId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComplianceReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceReport'] = ResolversParentTypes['ComplianceReport'], FederationReferenceType extends FederationReferenceTypes['ComplianceReport'] = FederationReferenceTypes['ComplianceReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ComplianceReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  controls?: Resolver<Array<ResolversTypes['ComplianceControlEvaluation']>, ParentType, ContextType>;
  executiveSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ComplianceFinding']>, ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['ComplianceFramework'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['ComplianceReportSignature'], ParentType, ContextType>;
  signedPayload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatusValue'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ComplianceReportConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceReportConnection'] = ResolversParentTypes['ComplianceReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ComplianceReportEdge']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplianceReportEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceReportEdge'] = ResolversParentTypes['ComplianceReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ComplianceReport'], ParentType, ContextType>;
}>;

export type ComplianceReportSignatureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceReportSignature'] = ResolversParentTypes['ComplianceReportSignature']> = ResolversObject<{
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComplianceStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComplianceStatus'] = ResolversParentTypes['ComplianceStatus']> = ResolversObject<{
  controls?: Resolver<Array<ResolversTypes['ComplianceControlEvaluation']>, ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['ComplianceFramework'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatusValue'], ParentType, ContextType>;
}>;

export type DataSubjectErasureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectErasure'] = ResolversParentTypes['DataSubjectErasure']> = ResolversObject<{
  auditEventsAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  erasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  keyDestroyed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  packagesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subgraphRecordsErased?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataSubjectPackageSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectPackageSummary'] = ResolversParentTypes['DataSubjectPackageSummary']> = ResolversObject<{
  alertRules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  apiKeys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exportJobs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  webhooks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataSubjectRequestResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectRequest'] = ResolversParentTypes['DataSubjectRequest'], FederationReferenceType extends FederationReferenceTypes['DataSubjectRequest'] = FederationReferenceTypes['DataSubjectRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataSubjectRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answeredLate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  erasure?: Resolver<Maybe<ResolversTypes['DataSubjectErasure']>, ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['DataSubjectRequestExtension']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DataSubjectRequestChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  packageSummary?: Resolver<Maybe<ResolversTypes['DataSubjectPackageSummary']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  regime?: Resolver<ResolversTypes['PrivacyRegime'], ParentType, ContextType>;
  rejectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DataSubjectRequestStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DataSubjectRequestType'], ParentType, ContextType>;
}>;

export type DataSubjectRequestChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectRequestChange'] = ResolversParentTypes['DataSubjectRequestChange']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['DataSubjectRequestStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['DataSubjectRequestStatus']>, ParentType, ContextType>;
}>;

export type DataSubjectRequestConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectRequestConnection'] = ResolversParentTypes['DataSubjectRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DataSubjectRequestEdge']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataSubjectRequestEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectRequestEdge'] = ResolversParentTypes['DataSubjectRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType>;
}>;

export type DataSubjectRequestExtensionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DataSubjectRequestExtension'] = ResolversParentTypes['DataSubjectRequestExtension']> = ResolversObject<{
  extendedBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  noticeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createDataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<MutationCreateDataSubjectRequestArgs, 'input'>>;
  extendDataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<MutationExtendDataSubjectRequestArgs, 'id' | 'reason'>>;
  generateComplianceReport?: Resolver<ResolversTypes['ComplianceReport'], ParentType, ContextType, RequireFields<MutationGenerateComplianceReportArgs, 'framework'>>;
  processDataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<MutationProcessDataSubjectRequestArgs, 'id'>>;
  rejectDataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<MutationRejectDataSubjectRequestArgs, 'id' | 'reason'>>;
  setAuditRetention?: Resolver<ResolversTypes['AuditRetention'], ParentType, ContextType, Partial<MutationSetAuditRetentionArgs>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PrincipalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal']> = ResolversObject<{
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditCheckpoint?: Resolver<Maybe<ResolversTypes['AuditCheckpoint']>, ParentType, ContextType>;
  auditCheckpoints?: Resolver<Array<ResolversTypes['AuditCheckpoint']>, ParentType, ContextType, RequireFields<QueryAuditCheckpointsArgs, 'first'>>;
  auditConsistencyProof?: Resolver<ResolversTypes['AuditConsistencyProof'], ParentType, ContextType, RequireFields<QueryAuditConsistencyProofArgs, 'fromSize'>>;
  auditEvent?: Resolver<Maybe<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryAuditEventArgs, 'id'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first' | 'order'>>;
  auditInclusionProof?: Resolver<ResolversTypes['AuditInclusionProof'], ParentType, ContextType, RequireFields<QueryAuditInclusionProofArgs, 'eventId'>>;
  auditRetention?: Resolver<ResolversTypes['AuditRetention'], ParentType, ContextType>;
  auditSigningKeys?: Resolver<Array<ResolversTypes['AuditSigningKey']>, ParentType, ContextType>;
  complianceReport?: Resolver<Maybe<ResolversTypes['ComplianceReport']>, ParentType, ContextType, RequireFields<QueryComplianceReportArgs, 'id'>>;
  complianceReports?: Resolver<ResolversTypes['ComplianceReportConnection'], ParentType, ContextType, RequireFields<QueryComplianceReportsArgs, 'first'>>;
  complianceStatus?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType, RequireFields<QueryComplianceStatusArgs, 'framework'>>;
  dataSubjectRequest?: Resolver<Maybe<ResolversTypes['DataSubjectRequest']>, ParentType, ContextType, RequireFields<QueryDataSubjectRequestArgs, 'id'>>;
  dataSubjectRequests?: Resolver<ResolversTypes['DataSubjectRequestConnection'], ParentType, ContextType, RequireFields<QueryDataSubjectRequestsArgs, 'first'>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType>;
  verifyAuditTrail?: Resolver<ResolversTypes['AuditTrailVerification'], ParentType, ContextType, Partial<QueryVerifyAuditTrailArgs>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  auditEvents?: SubscriptionResolver<ResolversTypes['AuditEvent'], "auditEvents", ParentType, ContextType, Partial<SubscriptionAuditEventsArgs>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditCheckpoint?: AuditCheckpointResolvers<ContextType>;
  AuditConsistencyProof?: AuditConsistencyProofResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditFinding?: AuditFindingResolvers<ContextType>;
  AuditInclusionProof?: AuditInclusionProofResolvers<ContextType>;
  AuditRetention?: AuditRetentionResolvers<ContextType>;
  AuditSigningKey?: AuditSigningKeyResolvers<ContextType>;
  AuditTrailVerification?: AuditTrailVerificationResolvers<ContextType>;
  ComplianceControlEvaluation?: ComplianceControlEvaluationResolvers<ContextType>;
  ComplianceEvidence?: ComplianceEvidenceResolvers<ContextType>;
  ComplianceFinding?: ComplianceFindingResolvers<ContextType>;
  ComplianceReport?: ComplianceReportResolvers<ContextType>;
  ComplianceReportConnection?: ComplianceReportConnectionResolvers<ContextType>;
  ComplianceReportEdge?: ComplianceReportEdgeResolvers<ContextType>;
  ComplianceReportSignature?: ComplianceReportSignatureResolvers<ContextType>;
  ComplianceStatus?: ComplianceStatusResolvers<ContextType>;
  DataSubjectErasure?: DataSubjectErasureResolvers<ContextType>;
  DataSubjectPackageSummary?: DataSubjectPackageSummaryResolvers<ContextType>;
  DataSubjectRequest?: DataSubjectRequestResolvers<ContextType>;
  DataSubjectRequestChange?: DataSubjectRequestChangeResolvers<ContextType>;
  DataSubjectRequestConnection?: DataSubjectRequestConnectionResolvers<ContextType>;
  DataSubjectRequestEdge?: DataSubjectRequestEdgeResolvers<ContextType>;
  DataSubjectRequestExtension?: DataSubjectRequestExtensionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;

