/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
};

export type AlertRule = {
  __typename?: 'AlertRule';
  comparison: Comparison;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  threshold: Scalars['Float']['output'];
};

/**
 * A key for partner apps: `Authorization: Bearer <key>` or `x-api-key: <key>`, over HTTP and in the
 * graphql-ws `connection_init`. It acts as the principal `apikey:<id>` in its tenant with its scopes.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  /** The key stops working then (at most API_KEY_MAX_LIFETIME_DAYS after creation). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Last authenticated use, written at most every few seconds per gateway. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** First characters of the key, for recognising it; the key itself is shown once. */
  prefix: Scalars['String']['output'];
  /** During a rotation's overlap, the previous secret keeps working until then. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Overrides the platform's per-principal budget for this key. */
  rateLimit?: Maybe<RateLimit>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  rotatedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
  status: ApiKeyStatus;
};

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** Sequence of the first event whose hash does not match, when invalid. */
  brokenAt?: Maybe<Scalars['Int']['output']>;
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
  cursor?: Maybe<Scalars['String']['output']>;
  details?: Maybe<Scalars['JSON']['output']>;
  /** The security framework's event type: login_failed, permission_denied, data_exported, … */
  eventType?: Maybe<Scalars['String']['output']>;
  /** sha256 over the previous hash and this event's canonical form. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Proof that this record is in the tree of `treeSize` (default: the latest checkpoint's). */
  inclusionProof?: Maybe<AuditInclusionProof>;
  /** Hex SHA-256 Merkle leaf of this record. */
  leafHash: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  previousHash: Scalars['String']['output'];
  /**
   * Same as resourceId (kept for existing clients).
   * @deprecated Use resourceId; removal after 2027-06-01
   */
  resource?: Maybe<Scalars['String']['output']>;
  resourceId?: Maybe<Scalars['String']['output']>;
  resourceType?: Maybe<Scalars['String']['output']>;
  /** 0–100. */
  riskScore?: Maybe<Scalars['Int']['output']>;
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
  checkpointTreeSize?: Maybe<Scalars['Int']['output']>;
  detail: Scalars['String']['output'];
  eventId?: Maybe<Scalars['ID']['output']>;
  /** Position in the stored log (0-based). */
  index?: Maybe<Scalars['Int']['output']>;
  kind: AuditFindingKind;
  sequence?: Maybe<Scalars['Int']['output']>;
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

export type Comparison =
  | 'GREATER_THAN'
  | 'LESS_THAN';

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

export type CreateAlertRuleInput = {
  comparison: Comparison;
  metric: Scalars['String']['input'];
  name: Scalars['String']['input'];
  threshold: Scalars['Float']['input'];
};

export type CreateApiKeyInput = {
  /** Defaults to, and may not exceed, API_KEY_MAX_LIFETIME_DAYS from now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  rateLimit?: InputMaybe<RateLimitInput>;
  /** A subset of the creator's own scopes. */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The key. Shown once: store it now. */
  secret: Scalars['String']['output'];
};

export type CreateExportInput = {
  destination?: InputMaybe<ExportDestinationInput>;
  format: ExportFormat;
  /** Required for DOCUMENT_PACKAGE. */
  packageId?: InputMaybe<Scalars['ID']['input']>;
  /** CUSTOM_QUERY parameters, and format options (`jsonLayout`: "lines" | "document"). */
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** Cypher for CUSTOM_QUERY: read-only, filtered on `$tenantId` (the caller's tenant, forced). */
  query?: InputMaybe<Scalars['String']['input']>;
  type: ExportType;
};

export type CreateWebhookInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes: Array<Scalars['String']['input']>;
  /** Header name → value, at most 20; webhook-*, content-type, user-agent and hop-by-hop names are reserved. */
  headers?: InputMaybe<Scalars['JSON']['input']>;
  rateLimitPerSecond?: InputMaybe<Scalars['Int']['input']>;
  /** Seconds before each retry; default 5, 300, 1800, 7200, 18000, 36000, 36000. */
  retrySchedule?: InputMaybe<Array<Scalars['Int']['input']>>;
  url: Scalars['String']['input'];
};

export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /** Standard Webhooks signing secret (whsec_…). Shown once: store it now. */
  signingSecret: Scalars['String']['output'];
  webhook: Webhook;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: InputMaybe<DateTimeScalarFilters>;
  min?: InputMaybe<DateTimeScalarFilters>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DecisionTree = {
  __typename?: 'DecisionTree';
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nodeCount?: Maybe<Scalars['Int']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  section: Array<NavigationNode>;
  sectionConnection: DecisionTreeSectionConnection;
  tenantId: Scalars['ID']['output'];
  treeId: Scalars['ID']['output'];
};


export type DecisionTreeSectionArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NavigationNodeSort>>;
  where?: InputMaybe<NavigationNodeWhere>;
};


export type DecisionTreeSectionConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DecisionTreeSectionConnectionSort>>;
  where?: InputMaybe<DecisionTreeSectionConnectionWhere>;
};

export type DecisionTreeAggregate = {
  __typename?: 'DecisionTreeAggregate';
  count: Count;
  node: DecisionTreeAggregateNode;
};

export type DecisionTreeAggregateNode = {
  __typename?: 'DecisionTreeAggregateNode';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nodeCount: IntAggregateSelection;
  outcome: StringAggregateSelection;
};

export type DecisionTreeEdge = {
  __typename?: 'DecisionTreeEdge';
  cursor: Scalars['String']['output'];
  node: DecisionTree;
};

export type DecisionTreeNavigationNodeSectionAggregateSelection = {
  __typename?: 'DecisionTreeNavigationNodeSectionAggregateSelection';
  count: CountConnection;
  node?: Maybe<DecisionTreeNavigationNodeSectionNodeAggregateSelection>;
};

export type DecisionTreeNavigationNodeSectionNodeAggregateSelection = {
  __typename?: 'DecisionTreeNavigationNodeSectionNodeAggregateSelection';
  content: StringAggregateSelection;
  level: IntAggregateSelection;
  sectionPath: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type DecisionTreeRelationshipFilters = {
  /** Filter type where all of the related DecisionTrees match this filter */
  all?: InputMaybe<DecisionTreeWhere>;
  /** Filter type where none of the related DecisionTrees match this filter */
  none?: InputMaybe<DecisionTreeWhere>;
  /** Filter type where one of the related DecisionTrees match this filter */
  single?: InputMaybe<DecisionTreeWhere>;
  /** Filter type where some of the related DecisionTrees match this filter */
  some?: InputMaybe<DecisionTreeWhere>;
};

export type DecisionTreeSectionAggregateInput = {
  AND?: InputMaybe<Array<DecisionTreeSectionAggregateInput>>;
  NOT?: InputMaybe<DecisionTreeSectionAggregateInput>;
  OR?: InputMaybe<Array<DecisionTreeSectionAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<DecisionTreeSectionNodeAggregationWhereInput>;
};

export type DecisionTreeSectionConnection = {
  __typename?: 'DecisionTreeSectionConnection';
  aggregate: DecisionTreeNavigationNodeSectionAggregateSelection;
  edges: Array<DecisionTreeSectionRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DecisionTreeSectionConnectionAggregateInput = {
  AND?: InputMaybe<Array<DecisionTreeSectionConnectionAggregateInput>>;
  NOT?: InputMaybe<DecisionTreeSectionConnectionAggregateInput>;
  OR?: InputMaybe<Array<DecisionTreeSectionConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<DecisionTreeSectionNodeAggregationWhereInput>;
};

export type DecisionTreeSectionConnectionFilters = {
  /** Filter DecisionTrees by aggregating results on related DecisionTreeSectionConnections */
  aggregate?: InputMaybe<DecisionTreeSectionConnectionAggregateInput>;
  /** Return DecisionTrees where all of the related DecisionTreeSectionConnections match this filter */
  all?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /** Return DecisionTrees where none of the related DecisionTreeSectionConnections match this filter */
  none?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /** Return DecisionTrees where one of the related DecisionTreeSectionConnections match this filter */
  single?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /** Return DecisionTrees where some of the related DecisionTreeSectionConnections match this filter */
  some?: InputMaybe<DecisionTreeSectionConnectionWhere>;
};

export type DecisionTreeSectionConnectionSort = {
  node?: InputMaybe<NavigationNodeSort>;
};

export type DecisionTreeSectionConnectionWhere = {
  AND?: InputMaybe<Array<DecisionTreeSectionConnectionWhere>>;
  NOT?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  OR?: InputMaybe<Array<DecisionTreeSectionConnectionWhere>>;
  node?: InputMaybe<NavigationNodeWhere>;
};

export type DecisionTreeSectionNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DecisionTreeSectionNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DecisionTreeSectionNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DecisionTreeSectionNodeAggregationWhereInput>>;
  content?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { eq: ... } } }' instead. */
  content_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { gt: ... } } }' instead. */
  content_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { gte: ... } } }' instead. */
  content_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { lt: ... } } }' instead. */
  content_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { lte: ... } } }' instead. */
  content_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { eq: ... } } }' instead. */
  content_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { gt: ... } } }' instead. */
  content_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { gte: ... } } }' instead. */
  content_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { lt: ... } } }' instead. */
  content_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { lte: ... } } }' instead. */
  content_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { eq: ... } } }' instead. */
  content_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { gt: ... } } }' instead. */
  content_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { gte: ... } } }' instead. */
  content_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { lt: ... } } }' instead. */
  content_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { lte: ... } } }' instead. */
  content_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { eq: ... } } }' instead. */
  level_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { gt: ... } } }' instead. */
  level_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { gte: ... } } }' instead. */
  level_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { lt: ... } } }' instead. */
  level_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { lte: ... } } }' instead. */
  level_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { eq: ... } } }' instead. */
  level_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { gt: ... } } }' instead. */
  level_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { gte: ... } } }' instead. */
  level_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { lt: ... } } }' instead. */
  level_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { lte: ... } } }' instead. */
  level_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { eq: ... } } }' instead. */
  level_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { gt: ... } } }' instead. */
  level_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { gte: ... } } }' instead. */
  level_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { lt: ... } } }' instead. */
  level_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { lte: ... } } }' instead. */
  level_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { eq: ... } } }' instead. */
  level_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { gt: ... } } }' instead. */
  level_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { gte: ... } } }' instead. */
  level_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { lt: ... } } }' instead. */
  level_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { lte: ... } } }' instead. */
  level_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  sectionPath?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { eq: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { gt: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { gte: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { lt: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { lte: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { eq: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { gt: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { gte: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { lt: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { lte: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { eq: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { gt: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { gte: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { lt: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { lte: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type DecisionTreeSectionRelationship = {
  __typename?: 'DecisionTreeSectionRelationship';
  cursor: Scalars['String']['output'];
  node: NavigationNode;
};

/** Fields to sort DecisionTrees by. The order in which sorts are applied is not guaranteed when specifying many fields in one DecisionTreeSort object. */
export type DecisionTreeSort = {
  description?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  nodeCount?: InputMaybe<SortDirection>;
  outcome?: InputMaybe<SortDirection>;
  tenantId?: InputMaybe<SortDirection>;
  treeId?: InputMaybe<SortDirection>;
};

export type DecisionTreeWhere = {
  AND?: InputMaybe<Array<DecisionTreeWhere>>;
  NOT?: InputMaybe<DecisionTreeWhere>;
  OR?: InputMaybe<Array<DecisionTreeWhere>>;
  description?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter description: { contains: ... } */
  description_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { endsWith: ... } */
  description_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { eq: ... } */
  description_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter description: { in: ... } */
  description_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter description: { startsWith: ... } */
  description_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  nodeCount?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter nodeCount: { eq: ... } */
  nodeCount_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter nodeCount: { gt: ... } */
  nodeCount_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter nodeCount: { gte: ... } */
  nodeCount_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter nodeCount: { in: ... } */
  nodeCount_IN?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** @deprecated Please use the relevant generic filter nodeCount: { lt: ... } */
  nodeCount_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter nodeCount: { lte: ... } */
  nodeCount_LTE?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter outcome: { contains: ... } */
  outcome_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter outcome: { endsWith: ... } */
  outcome_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter outcome: { eq: ... } */
  outcome_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter outcome: { in: ... } */
  outcome_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter outcome: { startsWith: ... } */
  outcome_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<NavigationNodeRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the sectionConnection filter, please use { sectionConnection: { aggregate: {...} } } instead */
  sectionAggregate?: InputMaybe<DecisionTreeSectionAggregateInput>;
  sectionConnection?: InputMaybe<DecisionTreeSectionConnectionFilters>;
  /**
   * Return DecisionTrees where all of the related DecisionTreeSectionConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectionConnection: { all: { node: ... } } }' instead.
   */
  sectionConnection_ALL?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /**
   * Return DecisionTrees where none of the related DecisionTreeSectionConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectionConnection: { none: { node: ... } } }' instead.
   */
  sectionConnection_NONE?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /**
   * Return DecisionTrees where one of the related DecisionTreeSectionConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectionConnection: { single: { node: ... } } }' instead.
   */
  sectionConnection_SINGLE?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /**
   * Return DecisionTrees where some of the related DecisionTreeSectionConnections match this filter
   * @deprecated Please use the relevant generic filter 'sectionConnection: { some: { node: ... } } }' instead.
   */
  sectionConnection_SOME?: InputMaybe<DecisionTreeSectionConnectionWhere>;
  /**
   * Return DecisionTrees where all of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'section: { all: ... }' instead.
   */
  section_ALL?: InputMaybe<NavigationNodeWhere>;
  /**
   * Return DecisionTrees where none of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'section: { none: ... }' instead.
   */
  section_NONE?: InputMaybe<NavigationNodeWhere>;
  /**
   * Return DecisionTrees where one of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'section: {  single: ... }' instead.
   */
  section_SINGLE?: InputMaybe<NavigationNodeWhere>;
  /**
   * Return DecisionTrees where some of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'section: {  some: ... }' instead.
   */
  section_SOME?: InputMaybe<NavigationNodeWhere>;
  tenantId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter tenantId: { contains: ... } */
  tenantId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { endsWith: ... } */
  tenantId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { eq: ... } */
  tenantId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { in: ... } */
  tenantId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter tenantId: { startsWith: ... } */
  tenantId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  treeId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter treeId: { contains: ... } */
  treeId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter treeId: { endsWith: ... } */
  treeId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter treeId: { eq: ... } */
  treeId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter treeId: { in: ... } */
  treeId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter treeId: { startsWith: ... } */
  treeId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
};

export type DecisionTreesConnection = {
  __typename?: 'DecisionTreesConnection';
  aggregate: DecisionTreeAggregate;
  edges: Array<DecisionTreeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DependencyHealth = {
  __typename?: 'DependencyHealth';
  error?: Maybe<Scalars['String']['output']>;
  latencyMs?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  status: HealthStatus;
};

export type Document = {
  __typename?: 'Document';
  documentId: Scalars['ID']['output'];
  documentType?: Maybe<Scalars['String']['output']>;
  entities: Array<Entity>;
  entitiesConnection: DocumentEntitiesConnection;
  navigation: Array<NavigationNode>;
  navigationConnection: DocumentNavigationConnection;
  package: Array<DocumentPackage>;
  packageConnection: DocumentPackageConnection;
  pageCount?: Maybe<Scalars['Int']['output']>;
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};


export type DocumentEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type DocumentEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentEntitiesConnectionSort>>;
  where?: InputMaybe<DocumentEntitiesConnectionWhere>;
};


export type DocumentNavigationArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NavigationNodeSort>>;
  where?: InputMaybe<NavigationNodeWhere>;
};


export type DocumentNavigationConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentNavigationConnectionSort>>;
  where?: InputMaybe<DocumentNavigationConnectionWhere>;
};


export type DocumentPackageArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageSort>>;
  where?: InputMaybe<DocumentPackageWhere>;
};


export type DocumentPackageConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageConnectionSort>>;
  where?: InputMaybe<DocumentPackageConnectionWhere>;
};

export type DocumentAggregate = {
  __typename?: 'DocumentAggregate';
  count: Count;
  node: DocumentAggregateNode;
};

export type DocumentAggregateNode = {
  __typename?: 'DocumentAggregateNode';
  documentType: StringAggregateSelection;
  pageCount: IntAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type DocumentDocumentPackagePackageAggregateSelection = {
  __typename?: 'DocumentDocumentPackagePackageAggregateSelection';
  count: CountConnection;
  node?: Maybe<DocumentDocumentPackagePackageNodeAggregateSelection>;
};

export type DocumentDocumentPackagePackageNodeAggregateSelection = {
  __typename?: 'DocumentDocumentPackagePackageNodeAggregateSelection';
  createdAt: DateTimeAggregateSelection;
  loanProgram: StringAggregateSelection;
  name: StringAggregateSelection;
  status: StringAggregateSelection;
  version: StringAggregateSelection;
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentEntitiesAggregateInput = {
  AND?: InputMaybe<Array<DocumentEntitiesAggregateInput>>;
  NOT?: InputMaybe<DocumentEntitiesAggregateInput>;
  OR?: InputMaybe<Array<DocumentEntitiesAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<DocumentEntitiesNodeAggregationWhereInput>;
};

export type DocumentEntitiesConnection = {
  __typename?: 'DocumentEntitiesConnection';
  aggregate: DocumentEntityEntitiesAggregateSelection;
  edges: Array<DocumentEntitiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEntitiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<DocumentEntitiesConnectionAggregateInput>>;
  NOT?: InputMaybe<DocumentEntitiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<DocumentEntitiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<DocumentEntitiesNodeAggregationWhereInput>;
};

export type DocumentEntitiesConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentEntitiesConnections */
  aggregate?: InputMaybe<DocumentEntitiesConnectionAggregateInput>;
  /** Return Documents where all of the related DocumentEntitiesConnections match this filter */
  all?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /** Return Documents where none of the related DocumentEntitiesConnections match this filter */
  none?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /** Return Documents where one of the related DocumentEntitiesConnections match this filter */
  single?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /** Return Documents where some of the related DocumentEntitiesConnections match this filter */
  some?: InputMaybe<DocumentEntitiesConnectionWhere>;
};

export type DocumentEntitiesConnectionSort = {
  node?: InputMaybe<EntitySort>;
};

export type DocumentEntitiesConnectionWhere = {
  AND?: InputMaybe<Array<DocumentEntitiesConnectionWhere>>;
  NOT?: InputMaybe<DocumentEntitiesConnectionWhere>;
  OR?: InputMaybe<Array<DocumentEntitiesConnectionWhere>>;
  node?: InputMaybe<EntityWhere>;
};

export type DocumentEntitiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DocumentEntitiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DocumentEntitiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DocumentEntitiesNodeAggregationWhereInput>>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { eq: ... } } }' instead. */
  confidence_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gt: ... } } }' instead. */
  confidence_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gte: ... } } }' instead. */
  confidence_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lt: ... } } }' instead. */
  confidence_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lte: ... } } }' instead. */
  confidence_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { eq: ... } } }' instead. */
  confidence_MAX_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gt: ... } } }' instead. */
  confidence_MAX_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gte: ... } } }' instead. */
  confidence_MAX_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lt: ... } } }' instead. */
  confidence_MAX_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lte: ... } } }' instead. */
  confidence_MAX_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { eq: ... } } }' instead. */
  confidence_MIN_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gt: ... } } }' instead. */
  confidence_MIN_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gte: ... } } }' instead. */
  confidence_MIN_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lt: ... } } }' instead. */
  confidence_MIN_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lte: ... } } }' instead. */
  confidence_MIN_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { eq: ... } } }' instead. */
  confidence_SUM_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gt: ... } } }' instead. */
  confidence_SUM_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gte: ... } } }' instead. */
  confidence_SUM_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lt: ... } } }' instead. */
  confidence_SUM_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lte: ... } } }' instead. */
  confidence_SUM_LTE?: InputMaybe<Scalars['Float']['input']>;
  entityType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { eq: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { gt: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { gte: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { lt: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { lte: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { eq: ... } } }' instead. */
  entityType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { gt: ... } } }' instead. */
  entityType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { gte: ... } } }' instead. */
  entityType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { lt: ... } } }' instead. */
  entityType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { lte: ... } } }' instead. */
  entityType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { eq: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { gt: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { gte: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { lt: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { lte: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentEntitiesRelationship = {
  __typename?: 'DocumentEntitiesRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type DocumentEntityEntitiesAggregateSelection = {
  __typename?: 'DocumentEntityEntitiesAggregateSelection';
  count: CountConnection;
  node?: Maybe<DocumentEntityEntitiesNodeAggregateSelection>;
};

export type DocumentEntityEntitiesNodeAggregateSelection = {
  __typename?: 'DocumentEntityEntitiesNodeAggregateSelection';
  confidence: FloatAggregateSelection;
  entityType: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type DocumentIndexEdge = {
  __typename?: 'DocumentIndexEdge';
  cursor: Scalars['String']['output'];
  node: Document;
  score: Scalars['Float']['output'];
};

/** The input for sorting a Fulltext query on an index of Document */
export type DocumentIndexSort = {
  node?: InputMaybe<DocumentSort>;
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of Document */
export type DocumentIndexWhere = {
  node?: InputMaybe<DocumentWhere>;
  score?: InputMaybe<FloatWhere>;
};

export type DocumentNavigationAggregateInput = {
  AND?: InputMaybe<Array<DocumentNavigationAggregateInput>>;
  NOT?: InputMaybe<DocumentNavigationAggregateInput>;
  OR?: InputMaybe<Array<DocumentNavigationAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<DocumentNavigationNodeAggregationWhereInput>;
};

export type DocumentNavigationConnection = {
  __typename?: 'DocumentNavigationConnection';
  aggregate: DocumentNavigationNodeNavigationAggregateSelection;
  edges: Array<DocumentNavigationRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentNavigationConnectionAggregateInput = {
  AND?: InputMaybe<Array<DocumentNavigationConnectionAggregateInput>>;
  NOT?: InputMaybe<DocumentNavigationConnectionAggregateInput>;
  OR?: InputMaybe<Array<DocumentNavigationConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<DocumentNavigationNodeAggregationWhereInput>;
};

export type DocumentNavigationConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentNavigationConnections */
  aggregate?: InputMaybe<DocumentNavigationConnectionAggregateInput>;
  /** Return Documents where all of the related DocumentNavigationConnections match this filter */
  all?: InputMaybe<DocumentNavigationConnectionWhere>;
  /** Return Documents where none of the related DocumentNavigationConnections match this filter */
  none?: InputMaybe<DocumentNavigationConnectionWhere>;
  /** Return Documents where one of the related DocumentNavigationConnections match this filter */
  single?: InputMaybe<DocumentNavigationConnectionWhere>;
  /** Return Documents where some of the related DocumentNavigationConnections match this filter */
  some?: InputMaybe<DocumentNavigationConnectionWhere>;
};

export type DocumentNavigationConnectionSort = {
  node?: InputMaybe<NavigationNodeSort>;
};

export type DocumentNavigationConnectionWhere = {
  AND?: InputMaybe<Array<DocumentNavigationConnectionWhere>>;
  NOT?: InputMaybe<DocumentNavigationConnectionWhere>;
  OR?: InputMaybe<Array<DocumentNavigationConnectionWhere>>;
  node?: InputMaybe<NavigationNodeWhere>;
};

export type DocumentNavigationNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DocumentNavigationNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DocumentNavigationNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DocumentNavigationNodeAggregationWhereInput>>;
  content?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { eq: ... } } }' instead. */
  content_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { gt: ... } } }' instead. */
  content_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { gte: ... } } }' instead. */
  content_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { lt: ... } } }' instead. */
  content_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { averageLength: { lte: ... } } }' instead. */
  content_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { eq: ... } } }' instead. */
  content_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { gt: ... } } }' instead. */
  content_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { gte: ... } } }' instead. */
  content_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { lt: ... } } }' instead. */
  content_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { longestLength: { lte: ... } } }' instead. */
  content_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { eq: ... } } }' instead. */
  content_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { gt: ... } } }' instead. */
  content_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { gte: ... } } }' instead. */
  content_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { lt: ... } } }' instead. */
  content_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'content: { shortestLength: { lte: ... } } }' instead. */
  content_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { eq: ... } } }' instead. */
  level_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { gt: ... } } }' instead. */
  level_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { gte: ... } } }' instead. */
  level_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { lt: ... } } }' instead. */
  level_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { average: { lte: ... } } }' instead. */
  level_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { eq: ... } } }' instead. */
  level_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { gt: ... } } }' instead. */
  level_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { gte: ... } } }' instead. */
  level_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { lt: ... } } }' instead. */
  level_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { max: { lte: ... } } }' instead. */
  level_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { eq: ... } } }' instead. */
  level_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { gt: ... } } }' instead. */
  level_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { gte: ... } } }' instead. */
  level_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { lt: ... } } }' instead. */
  level_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { min: { lte: ... } } }' instead. */
  level_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { eq: ... } } }' instead. */
  level_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { gt: ... } } }' instead. */
  level_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { gte: ... } } }' instead. */
  level_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { lt: ... } } }' instead. */
  level_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'level: { sum: { lte: ... } } }' instead. */
  level_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  sectionPath?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { eq: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { gt: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { gte: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { lt: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { averageLength: { lte: ... } } }' instead. */
  sectionPath_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { eq: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { gt: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { gte: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { lt: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { longestLength: { lte: ... } } }' instead. */
  sectionPath_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { eq: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { gt: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { gte: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { lt: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'sectionPath: { shortestLength: { lte: ... } } }' instead. */
  sectionPath_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentNavigationNodeNavigationAggregateSelection = {
  __typename?: 'DocumentNavigationNodeNavigationAggregateSelection';
  count: CountConnection;
  node?: Maybe<DocumentNavigationNodeNavigationNodeAggregateSelection>;
};

export type DocumentNavigationNodeNavigationNodeAggregateSelection = {
  __typename?: 'DocumentNavigationNodeNavigationNodeAggregateSelection';
  content: StringAggregateSelection;
  level: IntAggregateSelection;
  sectionPath: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type DocumentNavigationRelationship = {
  __typename?: 'DocumentNavigationRelationship';
  cursor: Scalars['String']['output'];
  node: NavigationNode;
};

/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackage = {
  __typename?: 'DocumentPackage';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  documents: Array<Document>;
  documentsConnection: DocumentPackageDocumentsConnection;
  loanProgram?: Maybe<Scalars['String']['output']>;
  matrices: Array<MatrixDocument>;
  matricesConnection: DocumentPackageMatricesConnection;
  name: Scalars['String']['output'];
  packageId: Scalars['ID']['output'];
  status?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
  version?: Maybe<Scalars['String']['output']>;
};


/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackageDocumentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentSort>>;
  where?: InputMaybe<DocumentWhere>;
};


/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackageDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageDocumentsConnectionSort>>;
  where?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
};


/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackageMatricesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MatrixDocumentSort>>;
  where?: InputMaybe<MatrixDocumentWhere>;
};


/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackageMatricesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageMatricesConnectionSort>>;
  where?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
};

export type DocumentPackageAggregate = {
  __typename?: 'DocumentPackageAggregate';
  count: Count;
  node: DocumentPackageAggregateNode;
};

export type DocumentPackageAggregateInput = {
  AND?: InputMaybe<Array<DocumentPackageAggregateInput>>;
  NOT?: InputMaybe<DocumentPackageAggregateInput>;
  OR?: InputMaybe<Array<DocumentPackageAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<DocumentPackageNodeAggregationWhereInput>;
};

export type DocumentPackageAggregateNode = {
  __typename?: 'DocumentPackageAggregateNode';
  createdAt: DateTimeAggregateSelection;
  loanProgram: StringAggregateSelection;
  name: StringAggregateSelection;
  status: StringAggregateSelection;
  version: StringAggregateSelection;
};

export type DocumentPackageConnection = {
  __typename?: 'DocumentPackageConnection';
  aggregate: DocumentDocumentPackagePackageAggregateSelection;
  edges: Array<DocumentPackageRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentPackageConnectionAggregateInput = {
  AND?: InputMaybe<Array<DocumentPackageConnectionAggregateInput>>;
  NOT?: InputMaybe<DocumentPackageConnectionAggregateInput>;
  OR?: InputMaybe<Array<DocumentPackageConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<DocumentPackageNodeAggregationWhereInput>;
};

export type DocumentPackageConnectionFilters = {
  /** Filter Documents by aggregating results on related DocumentPackageConnections */
  aggregate?: InputMaybe<DocumentPackageConnectionAggregateInput>;
  /** Return Documents where all of the related DocumentPackageConnections match this filter */
  all?: InputMaybe<DocumentPackageConnectionWhere>;
  /** Return Documents where none of the related DocumentPackageConnections match this filter */
  none?: InputMaybe<DocumentPackageConnectionWhere>;
  /** Return Documents where one of the related DocumentPackageConnections match this filter */
  single?: InputMaybe<DocumentPackageConnectionWhere>;
  /** Return Documents where some of the related DocumentPackageConnections match this filter */
  some?: InputMaybe<DocumentPackageConnectionWhere>;
};

export type DocumentPackageConnectionSort = {
  node?: InputMaybe<DocumentPackageSort>;
};

export type DocumentPackageConnectionWhere = {
  AND?: InputMaybe<Array<DocumentPackageConnectionWhere>>;
  NOT?: InputMaybe<DocumentPackageConnectionWhere>;
  OR?: InputMaybe<Array<DocumentPackageConnectionWhere>>;
  node?: InputMaybe<DocumentPackageWhere>;
};

export type DocumentPackageDocumentDocumentsAggregateSelection = {
  __typename?: 'DocumentPackageDocumentDocumentsAggregateSelection';
  count: CountConnection;
  node?: Maybe<DocumentPackageDocumentDocumentsNodeAggregateSelection>;
};

export type DocumentPackageDocumentDocumentsNodeAggregateSelection = {
  __typename?: 'DocumentPackageDocumentDocumentsNodeAggregateSelection';
  documentType: StringAggregateSelection;
  pageCount: IntAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type DocumentPackageDocumentsAggregateInput = {
  AND?: InputMaybe<Array<DocumentPackageDocumentsAggregateInput>>;
  NOT?: InputMaybe<DocumentPackageDocumentsAggregateInput>;
  OR?: InputMaybe<Array<DocumentPackageDocumentsAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<DocumentPackageDocumentsNodeAggregationWhereInput>;
};

export type DocumentPackageDocumentsConnection = {
  __typename?: 'DocumentPackageDocumentsConnection';
  aggregate: DocumentPackageDocumentDocumentsAggregateSelection;
  edges: Array<DocumentPackageDocumentsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentPackageDocumentsConnectionAggregateInput = {
  AND?: InputMaybe<Array<DocumentPackageDocumentsConnectionAggregateInput>>;
  NOT?: InputMaybe<DocumentPackageDocumentsConnectionAggregateInput>;
  OR?: InputMaybe<Array<DocumentPackageDocumentsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<DocumentPackageDocumentsNodeAggregationWhereInput>;
};

export type DocumentPackageDocumentsConnectionFilters = {
  /** Filter DocumentPackages by aggregating results on related DocumentPackageDocumentsConnections */
  aggregate?: InputMaybe<DocumentPackageDocumentsConnectionAggregateInput>;
  /** Return DocumentPackages where all of the related DocumentPackageDocumentsConnections match this filter */
  all?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /** Return DocumentPackages where none of the related DocumentPackageDocumentsConnections match this filter */
  none?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /** Return DocumentPackages where one of the related DocumentPackageDocumentsConnections match this filter */
  single?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /** Return DocumentPackages where some of the related DocumentPackageDocumentsConnections match this filter */
  some?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
};

export type DocumentPackageDocumentsConnectionSort = {
  node?: InputMaybe<DocumentSort>;
};

export type DocumentPackageDocumentsConnectionWhere = {
  AND?: InputMaybe<Array<DocumentPackageDocumentsConnectionWhere>>;
  NOT?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  OR?: InputMaybe<Array<DocumentPackageDocumentsConnectionWhere>>;
  node?: InputMaybe<DocumentWhere>;
};

export type DocumentPackageDocumentsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DocumentPackageDocumentsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DocumentPackageDocumentsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DocumentPackageDocumentsNodeAggregationWhereInput>>;
  documentType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { eq: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { gt: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { gte: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { lt: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { lte: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { eq: ... } } }' instead. */
  documentType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { gt: ... } } }' instead. */
  documentType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { gte: ... } } }' instead. */
  documentType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { lt: ... } } }' instead. */
  documentType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { lte: ... } } }' instead. */
  documentType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { eq: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { gt: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { gte: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { lt: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { lte: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  pageCount?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { eq: ... } } }' instead. */
  pageCount_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { gt: ... } } }' instead. */
  pageCount_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { gte: ... } } }' instead. */
  pageCount_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { lt: ... } } }' instead. */
  pageCount_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { lte: ... } } }' instead. */
  pageCount_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { eq: ... } } }' instead. */
  pageCount_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { gt: ... } } }' instead. */
  pageCount_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { gte: ... } } }' instead. */
  pageCount_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { lt: ... } } }' instead. */
  pageCount_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { lte: ... } } }' instead. */
  pageCount_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { eq: ... } } }' instead. */
  pageCount_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { gt: ... } } }' instead. */
  pageCount_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { gte: ... } } }' instead. */
  pageCount_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { lt: ... } } }' instead. */
  pageCount_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { lte: ... } } }' instead. */
  pageCount_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { eq: ... } } }' instead. */
  pageCount_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { gt: ... } } }' instead. */
  pageCount_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { gte: ... } } }' instead. */
  pageCount_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { lt: ... } } }' instead. */
  pageCount_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { lte: ... } } }' instead. */
  pageCount_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  processedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { eq: ... } } }' instead. */
  processedAt_MAX_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { gt: ... } } }' instead. */
  processedAt_MAX_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { gte: ... } } }' instead. */
  processedAt_MAX_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { lt: ... } } }' instead. */
  processedAt_MAX_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { lte: ... } } }' instead. */
  processedAt_MAX_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { eq: ... } } }' instead. */
  processedAt_MIN_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { gt: ... } } }' instead. */
  processedAt_MIN_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { gte: ... } } }' instead. */
  processedAt_MIN_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { lt: ... } } }' instead. */
  processedAt_MIN_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { lte: ... } } }' instead. */
  processedAt_MIN_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { eq: ... } } }' instead. */
  source_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { gt: ... } } }' instead. */
  source_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { gte: ... } } }' instead. */
  source_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { lt: ... } } }' instead. */
  source_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { lte: ... } } }' instead. */
  source_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { eq: ... } } }' instead. */
  source_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { gt: ... } } }' instead. */
  source_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { gte: ... } } }' instead. */
  source_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { lt: ... } } }' instead. */
  source_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { lte: ... } } }' instead. */
  source_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { eq: ... } } }' instead. */
  source_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { gt: ... } } }' instead. */
  source_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { gte: ... } } }' instead. */
  source_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { lt: ... } } }' instead. */
  source_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { lte: ... } } }' instead. */
  source_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { eq: ... } } }' instead. */
  status_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gt: ... } } }' instead. */
  status_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gte: ... } } }' instead. */
  status_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lt: ... } } }' instead. */
  status_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lte: ... } } }' instead. */
  status_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { eq: ... } } }' instead. */
  status_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gt: ... } } }' instead. */
  status_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gte: ... } } }' instead. */
  status_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lt: ... } } }' instead. */
  status_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lte: ... } } }' instead. */
  status_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { eq: ... } } }' instead. */
  status_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gt: ... } } }' instead. */
  status_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gte: ... } } }' instead. */
  status_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lt: ... } } }' instead. */
  status_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lte: ... } } }' instead. */
  status_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentPackageDocumentsRelationship = {
  __typename?: 'DocumentPackageDocumentsRelationship';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentPackageEdge = {
  __typename?: 'DocumentPackageEdge';
  cursor: Scalars['String']['output'];
  node: DocumentPackage;
};

export type DocumentPackageMatricesAggregateInput = {
  AND?: InputMaybe<Array<DocumentPackageMatricesAggregateInput>>;
  NOT?: InputMaybe<DocumentPackageMatricesAggregateInput>;
  OR?: InputMaybe<Array<DocumentPackageMatricesAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<DocumentPackageMatricesNodeAggregationWhereInput>;
};

export type DocumentPackageMatricesConnection = {
  __typename?: 'DocumentPackageMatricesConnection';
  aggregate: DocumentPackageMatrixDocumentMatricesAggregateSelection;
  edges: Array<DocumentPackageMatricesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentPackageMatricesConnectionAggregateInput = {
  AND?: InputMaybe<Array<DocumentPackageMatricesConnectionAggregateInput>>;
  NOT?: InputMaybe<DocumentPackageMatricesConnectionAggregateInput>;
  OR?: InputMaybe<Array<DocumentPackageMatricesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<DocumentPackageMatricesNodeAggregationWhereInput>;
};

export type DocumentPackageMatricesConnectionFilters = {
  /** Filter DocumentPackages by aggregating results on related DocumentPackageMatricesConnections */
  aggregate?: InputMaybe<DocumentPackageMatricesConnectionAggregateInput>;
  /** Return DocumentPackages where all of the related DocumentPackageMatricesConnections match this filter */
  all?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /** Return DocumentPackages where none of the related DocumentPackageMatricesConnections match this filter */
  none?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /** Return DocumentPackages where one of the related DocumentPackageMatricesConnections match this filter */
  single?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /** Return DocumentPackages where some of the related DocumentPackageMatricesConnections match this filter */
  some?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
};

export type DocumentPackageMatricesConnectionSort = {
  node?: InputMaybe<MatrixDocumentSort>;
};

export type DocumentPackageMatricesConnectionWhere = {
  AND?: InputMaybe<Array<DocumentPackageMatricesConnectionWhere>>;
  NOT?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  OR?: InputMaybe<Array<DocumentPackageMatricesConnectionWhere>>;
  node?: InputMaybe<MatrixDocumentWhere>;
};

export type DocumentPackageMatricesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DocumentPackageMatricesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DocumentPackageMatricesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DocumentPackageMatricesNodeAggregationWhereInput>>;
  maxLtv?: InputMaybe<FloatScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { average: { eq: ... } } }' instead. */
  maxLtv_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { average: { gt: ... } } }' instead. */
  maxLtv_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { average: { gte: ... } } }' instead. */
  maxLtv_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { average: { lt: ... } } }' instead. */
  maxLtv_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { average: { lte: ... } } }' instead. */
  maxLtv_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { max: { eq: ... } } }' instead. */
  maxLtv_MAX_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { max: { gt: ... } } }' instead. */
  maxLtv_MAX_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { max: { gte: ... } } }' instead. */
  maxLtv_MAX_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { max: { lt: ... } } }' instead. */
  maxLtv_MAX_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { max: { lte: ... } } }' instead. */
  maxLtv_MAX_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { min: { eq: ... } } }' instead. */
  maxLtv_MIN_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { min: { gt: ... } } }' instead. */
  maxLtv_MIN_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { min: { gte: ... } } }' instead. */
  maxLtv_MIN_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { min: { lt: ... } } }' instead. */
  maxLtv_MIN_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { min: { lte: ... } } }' instead. */
  maxLtv_MIN_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { sum: { eq: ... } } }' instead. */
  maxLtv_SUM_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { sum: { gt: ... } } }' instead. */
  maxLtv_SUM_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { sum: { gte: ... } } }' instead. */
  maxLtv_SUM_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { sum: { lt: ... } } }' instead. */
  maxLtv_SUM_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'maxLtv: { sum: { lte: ... } } }' instead. */
  maxLtv_SUM_LTE?: InputMaybe<Scalars['Float']['input']>;
  minFico?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'minFico: { average: { eq: ... } } }' instead. */
  minFico_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { average: { gt: ... } } }' instead. */
  minFico_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { average: { gte: ... } } }' instead. */
  minFico_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { average: { lt: ... } } }' instead. */
  minFico_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { average: { lte: ... } } }' instead. */
  minFico_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { max: { eq: ... } } }' instead. */
  minFico_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { max: { gt: ... } } }' instead. */
  minFico_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { max: { gte: ... } } }' instead. */
  minFico_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { max: { lt: ... } } }' instead. */
  minFico_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { max: { lte: ... } } }' instead. */
  minFico_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { min: { eq: ... } } }' instead. */
  minFico_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { min: { gt: ... } } }' instead. */
  minFico_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { min: { gte: ... } } }' instead. */
  minFico_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { min: { lt: ... } } }' instead. */
  minFico_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { min: { lte: ... } } }' instead. */
  minFico_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { sum: { eq: ... } } }' instead. */
  minFico_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { sum: { gt: ... } } }' instead. */
  minFico_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { sum: { gte: ... } } }' instead. */
  minFico_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { sum: { lt: ... } } }' instead. */
  minFico_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'minFico: { sum: { lte: ... } } }' instead. */
  minFico_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  occupancy?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { averageLength: { eq: ... } } }' instead. */
  occupancy_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { averageLength: { gt: ... } } }' instead. */
  occupancy_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { averageLength: { gte: ... } } }' instead. */
  occupancy_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { averageLength: { lt: ... } } }' instead. */
  occupancy_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { averageLength: { lte: ... } } }' instead. */
  occupancy_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { longestLength: { eq: ... } } }' instead. */
  occupancy_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { longestLength: { gt: ... } } }' instead. */
  occupancy_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { longestLength: { gte: ... } } }' instead. */
  occupancy_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { longestLength: { lt: ... } } }' instead. */
  occupancy_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { longestLength: { lte: ... } } }' instead. */
  occupancy_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { shortestLength: { eq: ... } } }' instead. */
  occupancy_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { shortestLength: { gt: ... } } }' instead. */
  occupancy_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { shortestLength: { gte: ... } } }' instead. */
  occupancy_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { shortestLength: { lt: ... } } }' instead. */
  occupancy_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'occupancy: { shortestLength: { lte: ... } } }' instead. */
  occupancy_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  product?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'product: { averageLength: { eq: ... } } }' instead. */
  product_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { averageLength: { gt: ... } } }' instead. */
  product_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { averageLength: { gte: ... } } }' instead. */
  product_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { averageLength: { lt: ... } } }' instead. */
  product_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { averageLength: { lte: ... } } }' instead. */
  product_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { longestLength: { eq: ... } } }' instead. */
  product_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { longestLength: { gt: ... } } }' instead. */
  product_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { longestLength: { gte: ... } } }' instead. */
  product_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { longestLength: { lt: ... } } }' instead. */
  product_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { longestLength: { lte: ... } } }' instead. */
  product_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { shortestLength: { eq: ... } } }' instead. */
  product_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { shortestLength: { gt: ... } } }' instead. */
  product_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { shortestLength: { gte: ... } } }' instead. */
  product_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { shortestLength: { lt: ... } } }' instead. */
  product_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'product: { shortestLength: { lte: ... } } }' instead. */
  product_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentPackageMatricesRelationship = {
  __typename?: 'DocumentPackageMatricesRelationship';
  cursor: Scalars['String']['output'];
  node: MatrixDocument;
};

export type DocumentPackageMatrixDocumentMatricesAggregateSelection = {
  __typename?: 'DocumentPackageMatrixDocumentMatricesAggregateSelection';
  count: CountConnection;
  node?: Maybe<DocumentPackageMatrixDocumentMatricesNodeAggregateSelection>;
};

export type DocumentPackageMatrixDocumentMatricesNodeAggregateSelection = {
  __typename?: 'DocumentPackageMatrixDocumentMatricesNodeAggregateSelection';
  maxLtv: FloatAggregateSelection;
  minFico: IntAggregateSelection;
  occupancy: StringAggregateSelection;
  product: StringAggregateSelection;
};

export type DocumentPackageNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<DocumentPackageNodeAggregationWhereInput>>;
  NOT?: InputMaybe<DocumentPackageNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<DocumentPackageNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { eq: ... } } }' instead. */
  createdAt_MAX_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { gt: ... } } }' instead. */
  createdAt_MAX_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { gte: ... } } }' instead. */
  createdAt_MAX_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { lt: ... } } }' instead. */
  createdAt_MAX_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { lte: ... } } }' instead. */
  createdAt_MAX_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { eq: ... } } }' instead. */
  createdAt_MIN_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { gt: ... } } }' instead. */
  createdAt_MIN_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { gte: ... } } }' instead. */
  createdAt_MIN_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { lt: ... } } }' instead. */
  createdAt_MIN_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { lte: ... } } }' instead. */
  createdAt_MIN_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  loanProgram?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { eq: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { gt: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { gte: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { lt: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { lte: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { eq: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { gt: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { gte: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { lt: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { lte: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { eq: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { gt: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { gte: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { lt: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { lte: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { eq: ... } } }' instead. */
  status_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gt: ... } } }' instead. */
  status_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gte: ... } } }' instead. */
  status_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lt: ... } } }' instead. */
  status_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lte: ... } } }' instead. */
  status_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { eq: ... } } }' instead. */
  status_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gt: ... } } }' instead. */
  status_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gte: ... } } }' instead. */
  status_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lt: ... } } }' instead. */
  status_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lte: ... } } }' instead. */
  status_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { eq: ... } } }' instead. */
  status_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gt: ... } } }' instead. */
  status_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gte: ... } } }' instead. */
  status_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lt: ... } } }' instead. */
  status_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lte: ... } } }' instead. */
  status_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { eq: ... } } }' instead. */
  version_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { gt: ... } } }' instead. */
  version_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { gte: ... } } }' instead. */
  version_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { lt: ... } } }' instead. */
  version_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { lte: ... } } }' instead. */
  version_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { eq: ... } } }' instead. */
  version_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { gt: ... } } }' instead. */
  version_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { gte: ... } } }' instead. */
  version_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { lt: ... } } }' instead. */
  version_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { lte: ... } } }' instead. */
  version_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { eq: ... } } }' instead. */
  version_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { gt: ... } } }' instead. */
  version_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { gte: ... } } }' instead. */
  version_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { lt: ... } } }' instead. */
  version_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { lte: ... } } }' instead. */
  version_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentPackageRelationship = {
  __typename?: 'DocumentPackageRelationship';
  cursor: Scalars['String']['output'];
  node: DocumentPackage;
};

export type DocumentPackageRelationshipFilters = {
  /** Filter type where all of the related DocumentPackages match this filter */
  all?: InputMaybe<DocumentPackageWhere>;
  /** Filter type where none of the related DocumentPackages match this filter */
  none?: InputMaybe<DocumentPackageWhere>;
  /** Filter type where one of the related DocumentPackages match this filter */
  single?: InputMaybe<DocumentPackageWhere>;
  /** Filter type where some of the related DocumentPackages match this filter */
  some?: InputMaybe<DocumentPackageWhere>;
};

/** Fields to sort DocumentPackages by. The order in which sorts are applied is not guaranteed when specifying many fields in one DocumentPackageSort object. */
export type DocumentPackageSort = {
  createdAt?: InputMaybe<SortDirection>;
  loanProgram?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  packageId?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  tenantId?: InputMaybe<SortDirection>;
  version?: InputMaybe<SortDirection>;
};

export type DocumentPackageWhere = {
  AND?: InputMaybe<Array<DocumentPackageWhere>>;
  NOT?: InputMaybe<DocumentPackageWhere>;
  OR?: InputMaybe<Array<DocumentPackageWhere>>;
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter createdAt: { eq: ... } */
  createdAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gt: ... } */
  createdAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { gte: ... } */
  createdAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { in: ... } */
  createdAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter createdAt: { lt: ... } */
  createdAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter createdAt: { lte: ... } */
  createdAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  documents?: InputMaybe<DocumentRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the documentsConnection filter, please use { documentsConnection: { aggregate: {...} } } instead */
  documentsAggregate?: InputMaybe<DocumentPackageDocumentsAggregateInput>;
  documentsConnection?: InputMaybe<DocumentPackageDocumentsConnectionFilters>;
  /**
   * Return DocumentPackages where all of the related DocumentPackageDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { all: { node: ... } } }' instead.
   */
  documentsConnection_ALL?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /**
   * Return DocumentPackages where none of the related DocumentPackageDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { none: { node: ... } } }' instead.
   */
  documentsConnection_NONE?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /**
   * Return DocumentPackages where one of the related DocumentPackageDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { single: { node: ... } } }' instead.
   */
  documentsConnection_SINGLE?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /**
   * Return DocumentPackages where some of the related DocumentPackageDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { some: { node: ... } } }' instead.
   */
  documentsConnection_SOME?: InputMaybe<DocumentPackageDocumentsConnectionWhere>;
  /**
   * Return DocumentPackages where all of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: { all: ... }' instead.
   */
  documents_ALL?: InputMaybe<DocumentWhere>;
  /**
   * Return DocumentPackages where none of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: { none: ... }' instead.
   */
  documents_NONE?: InputMaybe<DocumentWhere>;
  /**
   * Return DocumentPackages where one of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: {  single: ... }' instead.
   */
  documents_SINGLE?: InputMaybe<DocumentWhere>;
  /**
   * Return DocumentPackages where some of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: {  some: ... }' instead.
   */
  documents_SOME?: InputMaybe<DocumentWhere>;
  loanProgram?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter loanProgram: { contains: ... } */
  loanProgram_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter loanProgram: { endsWith: ... } */
  loanProgram_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter loanProgram: { eq: ... } */
  loanProgram_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter loanProgram: { in: ... } */
  loanProgram_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter loanProgram: { startsWith: ... } */
  loanProgram_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  matrices?: InputMaybe<MatrixDocumentRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the matricesConnection filter, please use { matricesConnection: { aggregate: {...} } } instead */
  matricesAggregate?: InputMaybe<DocumentPackageMatricesAggregateInput>;
  matricesConnection?: InputMaybe<DocumentPackageMatricesConnectionFilters>;
  /**
   * Return DocumentPackages where all of the related DocumentPackageMatricesConnections match this filter
   * @deprecated Please use the relevant generic filter 'matricesConnection: { all: { node: ... } } }' instead.
   */
  matricesConnection_ALL?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /**
   * Return DocumentPackages where none of the related DocumentPackageMatricesConnections match this filter
   * @deprecated Please use the relevant generic filter 'matricesConnection: { none: { node: ... } } }' instead.
   */
  matricesConnection_NONE?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /**
   * Return DocumentPackages where one of the related DocumentPackageMatricesConnections match this filter
   * @deprecated Please use the relevant generic filter 'matricesConnection: { single: { node: ... } } }' instead.
   */
  matricesConnection_SINGLE?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /**
   * Return DocumentPackages where some of the related DocumentPackageMatricesConnections match this filter
   * @deprecated Please use the relevant generic filter 'matricesConnection: { some: { node: ... } } }' instead.
   */
  matricesConnection_SOME?: InputMaybe<DocumentPackageMatricesConnectionWhere>;
  /**
   * Return DocumentPackages where all of the related MatrixDocuments match this filter
   * @deprecated Please use the relevant generic filter 'matrices: { all: ... }' instead.
   */
  matrices_ALL?: InputMaybe<MatrixDocumentWhere>;
  /**
   * Return DocumentPackages where none of the related MatrixDocuments match this filter
   * @deprecated Please use the relevant generic filter 'matrices: { none: ... }' instead.
   */
  matrices_NONE?: InputMaybe<MatrixDocumentWhere>;
  /**
   * Return DocumentPackages where one of the related MatrixDocuments match this filter
   * @deprecated Please use the relevant generic filter 'matrices: {  single: ... }' instead.
   */
  matrices_SINGLE?: InputMaybe<MatrixDocumentWhere>;
  /**
   * Return DocumentPackages where some of the related MatrixDocuments match this filter
   * @deprecated Please use the relevant generic filter 'matrices: {  some: ... }' instead.
   */
  matrices_SOME?: InputMaybe<MatrixDocumentWhere>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  packageId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter packageId: { contains: ... } */
  packageId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter packageId: { endsWith: ... } */
  packageId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter packageId: { eq: ... } */
  packageId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter packageId: { in: ... } */
  packageId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter packageId: { startsWith: ... } */
  packageId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter tenantId: { contains: ... } */
  tenantId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { endsWith: ... } */
  tenantId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { eq: ... } */
  tenantId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { in: ... } */
  tenantId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter tenantId: { startsWith: ... } */
  tenantId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter version: { contains: ... } */
  version_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter version: { endsWith: ... } */
  version_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter version: { eq: ... } */
  version_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter version: { in: ... } */
  version_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter version: { startsWith: ... } */
  version_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentPackagesConnection = {
  __typename?: 'DocumentPackagesConnection';
  aggregate: DocumentPackageAggregate;
  edges: Array<DocumentPackageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentRelationshipFilters = {
  /** Filter type where all of the related Documents match this filter */
  all?: InputMaybe<DocumentWhere>;
  /** Filter type where none of the related Documents match this filter */
  none?: InputMaybe<DocumentWhere>;
  /** Filter type where one of the related Documents match this filter */
  single?: InputMaybe<DocumentWhere>;
  /** Filter type where some of the related Documents match this filter */
  some?: InputMaybe<DocumentWhere>;
};

/** Fields to sort Documents by. The order in which sorts are applied is not guaranteed when specifying many fields in one DocumentSort object. */
export type DocumentSort = {
  documentId?: InputMaybe<SortDirection>;
  documentType?: InputMaybe<SortDirection>;
  pageCount?: InputMaybe<SortDirection>;
  processedAt?: InputMaybe<SortDirection>;
  source?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  tenantId?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type DocumentWhere = {
  AND?: InputMaybe<Array<DocumentWhere>>;
  NOT?: InputMaybe<DocumentWhere>;
  OR?: InputMaybe<Array<DocumentWhere>>;
  documentId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter documentId: { contains: ... } */
  documentId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter documentId: { endsWith: ... } */
  documentId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter documentId: { eq: ... } */
  documentId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter documentId: { in: ... } */
  documentId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter documentId: { startsWith: ... } */
  documentId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  documentType?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter documentType: { contains: ... } */
  documentType_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter documentType: { endsWith: ... } */
  documentType_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter documentType: { eq: ... } */
  documentType_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter documentType: { in: ... } */
  documentType_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter documentType: { startsWith: ... } */
  documentType_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  entities?: InputMaybe<EntityRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the entitiesConnection filter, please use { entitiesConnection: { aggregate: {...} } } instead */
  entitiesAggregate?: InputMaybe<DocumentEntitiesAggregateInput>;
  entitiesConnection?: InputMaybe<DocumentEntitiesConnectionFilters>;
  /**
   * Return Documents where all of the related DocumentEntitiesConnections match this filter
   * @deprecated Please use the relevant generic filter 'entitiesConnection: { all: { node: ... } } }' instead.
   */
  entitiesConnection_ALL?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /**
   * Return Documents where none of the related DocumentEntitiesConnections match this filter
   * @deprecated Please use the relevant generic filter 'entitiesConnection: { none: { node: ... } } }' instead.
   */
  entitiesConnection_NONE?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /**
   * Return Documents where one of the related DocumentEntitiesConnections match this filter
   * @deprecated Please use the relevant generic filter 'entitiesConnection: { single: { node: ... } } }' instead.
   */
  entitiesConnection_SINGLE?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /**
   * Return Documents where some of the related DocumentEntitiesConnections match this filter
   * @deprecated Please use the relevant generic filter 'entitiesConnection: { some: { node: ... } } }' instead.
   */
  entitiesConnection_SOME?: InputMaybe<DocumentEntitiesConnectionWhere>;
  /**
   * Return Documents where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'entities: { all: ... }' instead.
   */
  entities_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Documents where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'entities: { none: ... }' instead.
   */
  entities_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Documents where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'entities: {  single: ... }' instead.
   */
  entities_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Documents where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'entities: {  some: ... }' instead.
   */
  entities_SOME?: InputMaybe<EntityWhere>;
  navigation?: InputMaybe<NavigationNodeRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the navigationConnection filter, please use { navigationConnection: { aggregate: {...} } } instead */
  navigationAggregate?: InputMaybe<DocumentNavigationAggregateInput>;
  navigationConnection?: InputMaybe<DocumentNavigationConnectionFilters>;
  /**
   * Return Documents where all of the related DocumentNavigationConnections match this filter
   * @deprecated Please use the relevant generic filter 'navigationConnection: { all: { node: ... } } }' instead.
   */
  navigationConnection_ALL?: InputMaybe<DocumentNavigationConnectionWhere>;
  /**
   * Return Documents where none of the related DocumentNavigationConnections match this filter
   * @deprecated Please use the relevant generic filter 'navigationConnection: { none: { node: ... } } }' instead.
   */
  navigationConnection_NONE?: InputMaybe<DocumentNavigationConnectionWhere>;
  /**
   * Return Documents where one of the related DocumentNavigationConnections match this filter
   * @deprecated Please use the relevant generic filter 'navigationConnection: { single: { node: ... } } }' instead.
   */
  navigationConnection_SINGLE?: InputMaybe<DocumentNavigationConnectionWhere>;
  /**
   * Return Documents where some of the related DocumentNavigationConnections match this filter
   * @deprecated Please use the relevant generic filter 'navigationConnection: { some: { node: ... } } }' instead.
   */
  navigationConnection_SOME?: InputMaybe<DocumentNavigationConnectionWhere>;
  /**
   * Return Documents where all of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'navigation: { all: ... }' instead.
   */
  navigation_ALL?: InputMaybe<NavigationNodeWhere>;
  /**
   * Return Documents where none of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'navigation: { none: ... }' instead.
   */
  navigation_NONE?: InputMaybe<NavigationNodeWhere>;
  /**
   * Return Documents where one of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'navigation: {  single: ... }' instead.
   */
  navigation_SINGLE?: InputMaybe<NavigationNodeWhere>;
  /**
   * Return Documents where some of the related NavigationNodes match this filter
   * @deprecated Please use the relevant generic filter 'navigation: {  some: ... }' instead.
   */
  navigation_SOME?: InputMaybe<NavigationNodeWhere>;
  package?: InputMaybe<DocumentPackageRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the packageConnection filter, please use { packageConnection: { aggregate: {...} } } instead */
  packageAggregate?: InputMaybe<DocumentPackageAggregateInput>;
  packageConnection?: InputMaybe<DocumentPackageConnectionFilters>;
  /**
   * Return Documents where all of the related DocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { all: { node: ... } } }' instead.
   */
  packageConnection_ALL?: InputMaybe<DocumentPackageConnectionWhere>;
  /**
   * Return Documents where none of the related DocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { none: { node: ... } } }' instead.
   */
  packageConnection_NONE?: InputMaybe<DocumentPackageConnectionWhere>;
  /**
   * Return Documents where one of the related DocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { single: { node: ... } } }' instead.
   */
  packageConnection_SINGLE?: InputMaybe<DocumentPackageConnectionWhere>;
  /**
   * Return Documents where some of the related DocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { some: { node: ... } } }' instead.
   */
  packageConnection_SOME?: InputMaybe<DocumentPackageConnectionWhere>;
  /**
   * Return Documents where all of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: { all: ... }' instead.
   */
  package_ALL?: InputMaybe<DocumentPackageWhere>;
  /**
   * Return Documents where none of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: { none: ... }' instead.
   */
  package_NONE?: InputMaybe<DocumentPackageWhere>;
  /**
   * Return Documents where one of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: {  single: ... }' instead.
   */
  package_SINGLE?: InputMaybe<DocumentPackageWhere>;
  /**
   * Return Documents where some of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: {  some: ... }' instead.
   */
  package_SOME?: InputMaybe<DocumentPackageWhere>;
  pageCount?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter pageCount: { eq: ... } */
  pageCount_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter pageCount: { gt: ... } */
  pageCount_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter pageCount: { gte: ... } */
  pageCount_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter pageCount: { in: ... } */
  pageCount_IN?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** @deprecated Please use the relevant generic filter pageCount: { lt: ... } */
  pageCount_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter pageCount: { lte: ... } */
  pageCount_LTE?: InputMaybe<Scalars['Int']['input']>;
  processedAt?: InputMaybe<DateTimeScalarFilters>;
  /** @deprecated Please use the relevant generic filter processedAt: { eq: ... } */
  processedAt_EQ?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter processedAt: { gt: ... } */
  processedAt_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter processedAt: { gte: ... } */
  processedAt_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter processedAt: { in: ... } */
  processedAt_IN?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  /** @deprecated Please use the relevant generic filter processedAt: { lt: ... } */
  processedAt_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter processedAt: { lte: ... } */
  processedAt_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter source: { contains: ... } */
  source_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { endsWith: ... } */
  source_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { eq: ... } */
  source_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter source: { in: ... } */
  source_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter source: { startsWith: ... } */
  source_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter status: { contains: ... } */
  status_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { endsWith: ... } */
  status_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { eq: ... } */
  status_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter status: { in: ... } */
  status_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter status: { startsWith: ... } */
  status_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter tenantId: { contains: ... } */
  tenantId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { endsWith: ... } */
  tenantId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { eq: ... } */
  tenantId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { in: ... } */
  tenantId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter tenantId: { startsWith: ... } */
  tenantId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentsConnection = {
  __typename?: 'DocumentsConnection';
  aggregate: DocumentAggregate;
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentsIndexConnection = {
  __typename?: 'DocumentsIndexConnection';
  edges: Array<DocumentIndexEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntitiesConnection = {
  __typename?: 'EntitiesConnection';
  aggregate: EntityAggregate;
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntitiesIndexConnection = {
  __typename?: 'EntitiesIndexConnection';
  edges: Array<EntityIndexEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Entity = {
  __typename?: 'Entity';
  confidence?: Maybe<Scalars['Float']['output']>;
  documents: Array<Document>;
  documentsConnection: EntityDocumentsConnection;
  enhancedEntityId: Scalars['ID']['output'];
  entityType?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  relatedFrom: Array<Entity>;
  relatedFromConnection: EntityRelatedFromConnection;
  relatedTo: Array<Entity>;
  relatedToConnection: EntityRelatedToConnection;
  tenantId: Scalars['ID']['output'];
};


export type EntityDocumentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentSort>>;
  where?: InputMaybe<DocumentWhere>;
};


export type EntityDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntityDocumentsConnectionSort>>;
  where?: InputMaybe<EntityDocumentsConnectionWhere>;
};


export type EntityRelatedFromArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type EntityRelatedFromConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntityRelatedFromConnectionSort>>;
  where?: InputMaybe<EntityRelatedFromConnectionWhere>;
};


export type EntityRelatedToArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type EntityRelatedToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntityRelatedToConnectionSort>>;
  where?: InputMaybe<EntityRelatedToConnectionWhere>;
};

export type EntityAggregate = {
  __typename?: 'EntityAggregate';
  count: Count;
  node: EntityAggregateNode;
};

export type EntityAggregateNode = {
  __typename?: 'EntityAggregateNode';
  confidence: FloatAggregateSelection;
  entityType: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type EntityDocumentDocumentsAggregateSelection = {
  __typename?: 'EntityDocumentDocumentsAggregateSelection';
  count: CountConnection;
  node?: Maybe<EntityDocumentDocumentsNodeAggregateSelection>;
};

export type EntityDocumentDocumentsNodeAggregateSelection = {
  __typename?: 'EntityDocumentDocumentsNodeAggregateSelection';
  documentType: StringAggregateSelection;
  pageCount: IntAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type EntityDocumentsAggregateInput = {
  AND?: InputMaybe<Array<EntityDocumentsAggregateInput>>;
  NOT?: InputMaybe<EntityDocumentsAggregateInput>;
  OR?: InputMaybe<Array<EntityDocumentsAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<EntityDocumentsNodeAggregationWhereInput>;
};

export type EntityDocumentsConnection = {
  __typename?: 'EntityDocumentsConnection';
  aggregate: EntityDocumentDocumentsAggregateSelection;
  edges: Array<EntityDocumentsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityDocumentsConnectionAggregateInput = {
  AND?: InputMaybe<Array<EntityDocumentsConnectionAggregateInput>>;
  NOT?: InputMaybe<EntityDocumentsConnectionAggregateInput>;
  OR?: InputMaybe<Array<EntityDocumentsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<EntityDocumentsNodeAggregationWhereInput>;
};

export type EntityDocumentsConnectionFilters = {
  /** Filter Entities by aggregating results on related EntityDocumentsConnections */
  aggregate?: InputMaybe<EntityDocumentsConnectionAggregateInput>;
  /** Return Entities where all of the related EntityDocumentsConnections match this filter */
  all?: InputMaybe<EntityDocumentsConnectionWhere>;
  /** Return Entities where none of the related EntityDocumentsConnections match this filter */
  none?: InputMaybe<EntityDocumentsConnectionWhere>;
  /** Return Entities where one of the related EntityDocumentsConnections match this filter */
  single?: InputMaybe<EntityDocumentsConnectionWhere>;
  /** Return Entities where some of the related EntityDocumentsConnections match this filter */
  some?: InputMaybe<EntityDocumentsConnectionWhere>;
};

export type EntityDocumentsConnectionSort = {
  node?: InputMaybe<DocumentSort>;
};

export type EntityDocumentsConnectionWhere = {
  AND?: InputMaybe<Array<EntityDocumentsConnectionWhere>>;
  NOT?: InputMaybe<EntityDocumentsConnectionWhere>;
  OR?: InputMaybe<Array<EntityDocumentsConnectionWhere>>;
  node?: InputMaybe<DocumentWhere>;
};

export type EntityDocumentsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityDocumentsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EntityDocumentsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityDocumentsNodeAggregationWhereInput>>;
  documentType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { eq: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { gt: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { gte: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { lt: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { lte: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { eq: ... } } }' instead. */
  documentType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { gt: ... } } }' instead. */
  documentType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { gte: ... } } }' instead. */
  documentType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { lt: ... } } }' instead. */
  documentType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { lte: ... } } }' instead. */
  documentType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { eq: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { gt: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { gte: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { lt: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { lte: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  pageCount?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { eq: ... } } }' instead. */
  pageCount_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { gt: ... } } }' instead. */
  pageCount_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { gte: ... } } }' instead. */
  pageCount_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { lt: ... } } }' instead. */
  pageCount_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { lte: ... } } }' instead. */
  pageCount_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { eq: ... } } }' instead. */
  pageCount_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { gt: ... } } }' instead. */
  pageCount_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { gte: ... } } }' instead. */
  pageCount_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { lt: ... } } }' instead. */
  pageCount_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { lte: ... } } }' instead. */
  pageCount_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { eq: ... } } }' instead. */
  pageCount_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { gt: ... } } }' instead. */
  pageCount_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { gte: ... } } }' instead. */
  pageCount_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { lt: ... } } }' instead. */
  pageCount_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { lte: ... } } }' instead. */
  pageCount_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { eq: ... } } }' instead. */
  pageCount_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { gt: ... } } }' instead. */
  pageCount_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { gte: ... } } }' instead. */
  pageCount_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { lt: ... } } }' instead. */
  pageCount_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { lte: ... } } }' instead. */
  pageCount_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  processedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { eq: ... } } }' instead. */
  processedAt_MAX_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { gt: ... } } }' instead. */
  processedAt_MAX_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { gte: ... } } }' instead. */
  processedAt_MAX_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { lt: ... } } }' instead. */
  processedAt_MAX_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { lte: ... } } }' instead. */
  processedAt_MAX_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { eq: ... } } }' instead. */
  processedAt_MIN_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { gt: ... } } }' instead. */
  processedAt_MIN_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { gte: ... } } }' instead. */
  processedAt_MIN_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { lt: ... } } }' instead. */
  processedAt_MIN_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { lte: ... } } }' instead. */
  processedAt_MIN_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { eq: ... } } }' instead. */
  source_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { gt: ... } } }' instead. */
  source_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { gte: ... } } }' instead. */
  source_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { lt: ... } } }' instead. */
  source_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { lte: ... } } }' instead. */
  source_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { eq: ... } } }' instead. */
  source_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { gt: ... } } }' instead. */
  source_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { gte: ... } } }' instead. */
  source_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { lt: ... } } }' instead. */
  source_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { lte: ... } } }' instead. */
  source_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { eq: ... } } }' instead. */
  source_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { gt: ... } } }' instead. */
  source_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { gte: ... } } }' instead. */
  source_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { lt: ... } } }' instead. */
  source_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { lte: ... } } }' instead. */
  source_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { eq: ... } } }' instead. */
  status_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gt: ... } } }' instead. */
  status_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gte: ... } } }' instead. */
  status_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lt: ... } } }' instead. */
  status_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lte: ... } } }' instead. */
  status_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { eq: ... } } }' instead. */
  status_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gt: ... } } }' instead. */
  status_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gte: ... } } }' instead. */
  status_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lt: ... } } }' instead. */
  status_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lte: ... } } }' instead. */
  status_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { eq: ... } } }' instead. */
  status_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gt: ... } } }' instead. */
  status_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gte: ... } } }' instead. */
  status_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lt: ... } } }' instead. */
  status_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lte: ... } } }' instead. */
  status_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityDocumentsRelationship = {
  __typename?: 'EntityDocumentsRelationship';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityEntityRelatedFromAggregateSelection = {
  __typename?: 'EntityEntityRelatedFromAggregateSelection';
  count: CountConnection;
  edge?: Maybe<EntityEntityRelatedFromEdgeAggregateSelection>;
  node?: Maybe<EntityEntityRelatedFromNodeAggregateSelection>;
};

export type EntityEntityRelatedFromEdgeAggregateSelection = {
  __typename?: 'EntityEntityRelatedFromEdgeAggregateSelection';
  confidence: FloatAggregateSelection;
  relationType: StringAggregateSelection;
};

export type EntityEntityRelatedFromNodeAggregateSelection = {
  __typename?: 'EntityEntityRelatedFromNodeAggregateSelection';
  confidence: FloatAggregateSelection;
  entityType: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type EntityEntityRelatedToAggregateSelection = {
  __typename?: 'EntityEntityRelatedToAggregateSelection';
  count: CountConnection;
  edge?: Maybe<EntityEntityRelatedToEdgeAggregateSelection>;
  node?: Maybe<EntityEntityRelatedToNodeAggregateSelection>;
};

export type EntityEntityRelatedToEdgeAggregateSelection = {
  __typename?: 'EntityEntityRelatedToEdgeAggregateSelection';
  confidence: FloatAggregateSelection;
  relationType: StringAggregateSelection;
};

export type EntityEntityRelatedToNodeAggregateSelection = {
  __typename?: 'EntityEntityRelatedToNodeAggregateSelection';
  confidence: FloatAggregateSelection;
  entityType: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type EntityIndexEdge = {
  __typename?: 'EntityIndexEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
  score: Scalars['Float']['output'];
};

/** The input for sorting a Fulltext query on an index of Entity */
export type EntityIndexSort = {
  node?: InputMaybe<EntitySort>;
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of Entity */
export type EntityIndexWhere = {
  node?: InputMaybe<EntityWhere>;
  score?: InputMaybe<FloatWhere>;
};

export type EntityRelatedFromAggregateInput = {
  AND?: InputMaybe<Array<EntityRelatedFromAggregateInput>>;
  NOT?: InputMaybe<EntityRelatedFromAggregateInput>;
  OR?: InputMaybe<Array<EntityRelatedFromAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  edge?: InputMaybe<EntityRelationAggregationWhereInput>;
  node?: InputMaybe<EntityRelatedFromNodeAggregationWhereInput>;
};

export type EntityRelatedFromConnection = {
  __typename?: 'EntityRelatedFromConnection';
  aggregate: EntityEntityRelatedFromAggregateSelection;
  edges: Array<EntityRelatedFromRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityRelatedFromConnectionAggregateInput = {
  AND?: InputMaybe<Array<EntityRelatedFromConnectionAggregateInput>>;
  NOT?: InputMaybe<EntityRelatedFromConnectionAggregateInput>;
  OR?: InputMaybe<Array<EntityRelatedFromConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<EntityRelationAggregationWhereInput>;
  node?: InputMaybe<EntityRelatedFromNodeAggregationWhereInput>;
};

export type EntityRelatedFromConnectionFilters = {
  /** Filter Entities by aggregating results on related EntityRelatedFromConnections */
  aggregate?: InputMaybe<EntityRelatedFromConnectionAggregateInput>;
  /** Return Entities where all of the related EntityRelatedFromConnections match this filter */
  all?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /** Return Entities where none of the related EntityRelatedFromConnections match this filter */
  none?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /** Return Entities where one of the related EntityRelatedFromConnections match this filter */
  single?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /** Return Entities where some of the related EntityRelatedFromConnections match this filter */
  some?: InputMaybe<EntityRelatedFromConnectionWhere>;
};

export type EntityRelatedFromConnectionSort = {
  edge?: InputMaybe<EntityRelationSort>;
  node?: InputMaybe<EntitySort>;
};

export type EntityRelatedFromConnectionWhere = {
  AND?: InputMaybe<Array<EntityRelatedFromConnectionWhere>>;
  NOT?: InputMaybe<EntityRelatedFromConnectionWhere>;
  OR?: InputMaybe<Array<EntityRelatedFromConnectionWhere>>;
  edge?: InputMaybe<EntityRelationWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type EntityRelatedFromNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityRelatedFromNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EntityRelatedFromNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityRelatedFromNodeAggregationWhereInput>>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { eq: ... } } }' instead. */
  confidence_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gt: ... } } }' instead. */
  confidence_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gte: ... } } }' instead. */
  confidence_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lt: ... } } }' instead. */
  confidence_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lte: ... } } }' instead. */
  confidence_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { eq: ... } } }' instead. */
  confidence_MAX_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gt: ... } } }' instead. */
  confidence_MAX_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gte: ... } } }' instead. */
  confidence_MAX_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lt: ... } } }' instead. */
  confidence_MAX_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lte: ... } } }' instead. */
  confidence_MAX_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { eq: ... } } }' instead. */
  confidence_MIN_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gt: ... } } }' instead. */
  confidence_MIN_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gte: ... } } }' instead. */
  confidence_MIN_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lt: ... } } }' instead. */
  confidence_MIN_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lte: ... } } }' instead. */
  confidence_MIN_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { eq: ... } } }' instead. */
  confidence_SUM_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gt: ... } } }' instead. */
  confidence_SUM_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gte: ... } } }' instead. */
  confidence_SUM_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lt: ... } } }' instead. */
  confidence_SUM_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lte: ... } } }' instead. */
  confidence_SUM_LTE?: InputMaybe<Scalars['Float']['input']>;
  entityType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { eq: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { gt: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { gte: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { lt: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { lte: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { eq: ... } } }' instead. */
  entityType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { gt: ... } } }' instead. */
  entityType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { gte: ... } } }' instead. */
  entityType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { lt: ... } } }' instead. */
  entityType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { lte: ... } } }' instead. */
  entityType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { eq: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { gt: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { gte: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { lt: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { lte: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityRelatedFromRelationship = {
  __typename?: 'EntityRelatedFromRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: EntityRelation;
};

export type EntityRelatedToAggregateInput = {
  AND?: InputMaybe<Array<EntityRelatedToAggregateInput>>;
  NOT?: InputMaybe<EntityRelatedToAggregateInput>;
  OR?: InputMaybe<Array<EntityRelatedToAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  edge?: InputMaybe<EntityRelationAggregationWhereInput>;
  node?: InputMaybe<EntityRelatedToNodeAggregationWhereInput>;
};

export type EntityRelatedToConnection = {
  __typename?: 'EntityRelatedToConnection';
  aggregate: EntityEntityRelatedToAggregateSelection;
  edges: Array<EntityRelatedToRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityRelatedToConnectionAggregateInput = {
  AND?: InputMaybe<Array<EntityRelatedToConnectionAggregateInput>>;
  NOT?: InputMaybe<EntityRelatedToConnectionAggregateInput>;
  OR?: InputMaybe<Array<EntityRelatedToConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<EntityRelationAggregationWhereInput>;
  node?: InputMaybe<EntityRelatedToNodeAggregationWhereInput>;
};

export type EntityRelatedToConnectionFilters = {
  /** Filter Entities by aggregating results on related EntityRelatedToConnections */
  aggregate?: InputMaybe<EntityRelatedToConnectionAggregateInput>;
  /** Return Entities where all of the related EntityRelatedToConnections match this filter */
  all?: InputMaybe<EntityRelatedToConnectionWhere>;
  /** Return Entities where none of the related EntityRelatedToConnections match this filter */
  none?: InputMaybe<EntityRelatedToConnectionWhere>;
  /** Return Entities where one of the related EntityRelatedToConnections match this filter */
  single?: InputMaybe<EntityRelatedToConnectionWhere>;
  /** Return Entities where some of the related EntityRelatedToConnections match this filter */
  some?: InputMaybe<EntityRelatedToConnectionWhere>;
};

export type EntityRelatedToConnectionSort = {
  edge?: InputMaybe<EntityRelationSort>;
  node?: InputMaybe<EntitySort>;
};

export type EntityRelatedToConnectionWhere = {
  AND?: InputMaybe<Array<EntityRelatedToConnectionWhere>>;
  NOT?: InputMaybe<EntityRelatedToConnectionWhere>;
  OR?: InputMaybe<Array<EntityRelatedToConnectionWhere>>;
  edge?: InputMaybe<EntityRelationWhere>;
  node?: InputMaybe<EntityWhere>;
};

export type EntityRelatedToNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityRelatedToNodeAggregationWhereInput>>;
  NOT?: InputMaybe<EntityRelatedToNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityRelatedToNodeAggregationWhereInput>>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { eq: ... } } }' instead. */
  confidence_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gt: ... } } }' instead. */
  confidence_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gte: ... } } }' instead. */
  confidence_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lt: ... } } }' instead. */
  confidence_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lte: ... } } }' instead. */
  confidence_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { eq: ... } } }' instead. */
  confidence_MAX_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gt: ... } } }' instead. */
  confidence_MAX_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gte: ... } } }' instead. */
  confidence_MAX_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lt: ... } } }' instead. */
  confidence_MAX_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lte: ... } } }' instead. */
  confidence_MAX_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { eq: ... } } }' instead. */
  confidence_MIN_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gt: ... } } }' instead. */
  confidence_MIN_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gte: ... } } }' instead. */
  confidence_MIN_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lt: ... } } }' instead. */
  confidence_MIN_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lte: ... } } }' instead. */
  confidence_MIN_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { eq: ... } } }' instead. */
  confidence_SUM_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gt: ... } } }' instead. */
  confidence_SUM_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gte: ... } } }' instead. */
  confidence_SUM_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lt: ... } } }' instead. */
  confidence_SUM_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lte: ... } } }' instead. */
  confidence_SUM_LTE?: InputMaybe<Scalars['Float']['input']>;
  entityType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { eq: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { gt: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { gte: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { lt: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { averageLength: { lte: ... } } }' instead. */
  entityType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { eq: ... } } }' instead. */
  entityType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { gt: ... } } }' instead. */
  entityType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { gte: ... } } }' instead. */
  entityType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { lt: ... } } }' instead. */
  entityType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { longestLength: { lte: ... } } }' instead. */
  entityType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { eq: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { gt: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { gte: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { lt: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'entityType: { shortestLength: { lte: ... } } }' instead. */
  entityType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityRelatedToRelationship = {
  __typename?: 'EntityRelatedToRelationship';
  cursor: Scalars['String']['output'];
  node: Entity;
  properties: EntityRelation;
};

/**
 * The edge properties for the following fields:
 * * Entity.relatedTo
 * * Entity.relatedFrom
 */
export type EntityRelation = {
  __typename?: 'EntityRelation';
  confidence?: Maybe<Scalars['Float']['output']>;
  relationType?: Maybe<Scalars['String']['output']>;
};

export type EntityRelationAggregationWhereInput = {
  AND?: InputMaybe<Array<EntityRelationAggregationWhereInput>>;
  NOT?: InputMaybe<EntityRelationAggregationWhereInput>;
  OR?: InputMaybe<Array<EntityRelationAggregationWhereInput>>;
  confidence?: InputMaybe<FloatScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { eq: ... } } }' instead. */
  confidence_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gt: ... } } }' instead. */
  confidence_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { gte: ... } } }' instead. */
  confidence_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lt: ... } } }' instead. */
  confidence_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { average: { lte: ... } } }' instead. */
  confidence_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { eq: ... } } }' instead. */
  confidence_MAX_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gt: ... } } }' instead. */
  confidence_MAX_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { gte: ... } } }' instead. */
  confidence_MAX_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lt: ... } } }' instead. */
  confidence_MAX_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { max: { lte: ... } } }' instead. */
  confidence_MAX_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { eq: ... } } }' instead. */
  confidence_MIN_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gt: ... } } }' instead. */
  confidence_MIN_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { gte: ... } } }' instead. */
  confidence_MIN_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lt: ... } } }' instead. */
  confidence_MIN_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { min: { lte: ... } } }' instead. */
  confidence_MIN_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { eq: ... } } }' instead. */
  confidence_SUM_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gt: ... } } }' instead. */
  confidence_SUM_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { gte: ... } } }' instead. */
  confidence_SUM_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lt: ... } } }' instead. */
  confidence_SUM_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'confidence: { sum: { lte: ... } } }' instead. */
  confidence_SUM_LTE?: InputMaybe<Scalars['Float']['input']>;
  relationType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'relationType: { averageLength: { eq: ... } } }' instead. */
  relationType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { averageLength: { gt: ... } } }' instead. */
  relationType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { averageLength: { gte: ... } } }' instead. */
  relationType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { averageLength: { lt: ... } } }' instead. */
  relationType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { averageLength: { lte: ... } } }' instead. */
  relationType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { longestLength: { eq: ... } } }' instead. */
  relationType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { longestLength: { gt: ... } } }' instead. */
  relationType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { longestLength: { gte: ... } } }' instead. */
  relationType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { longestLength: { lt: ... } } }' instead. */
  relationType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { longestLength: { lte: ... } } }' instead. */
  relationType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { shortestLength: { eq: ... } } }' instead. */
  relationType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { shortestLength: { gt: ... } } }' instead. */
  relationType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { shortestLength: { gte: ... } } }' instead. */
  relationType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { shortestLength: { lt: ... } } }' instead. */
  relationType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'relationType: { shortestLength: { lte: ... } } }' instead. */
  relationType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityRelationSort = {
  confidence?: InputMaybe<SortDirection>;
  relationType?: InputMaybe<SortDirection>;
};

export type EntityRelationWhere = {
  AND?: InputMaybe<Array<EntityRelationWhere>>;
  NOT?: InputMaybe<EntityRelationWhere>;
  OR?: InputMaybe<Array<EntityRelationWhere>>;
  confidence?: InputMaybe<FloatScalarFilters>;
  /** @deprecated Please use the relevant generic filter confidence: { eq: ... } */
  confidence_EQ?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gt: ... } */
  confidence_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gte: ... } */
  confidence_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { in: ... } */
  confidence_IN?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** @deprecated Please use the relevant generic filter confidence: { lt: ... } */
  confidence_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { lte: ... } */
  confidence_LTE?: InputMaybe<Scalars['Float']['input']>;
  relationType?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter relationType: { contains: ... } */
  relationType_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter relationType: { endsWith: ... } */
  relationType_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter relationType: { eq: ... } */
  relationType_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter relationType: { in: ... } */
  relationType_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter relationType: { startsWith: ... } */
  relationType_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type EntityRelationshipFilters = {
  /** Filter type where all of the related Entities match this filter */
  all?: InputMaybe<EntityWhere>;
  /** Filter type where none of the related Entities match this filter */
  none?: InputMaybe<EntityWhere>;
  /** Filter type where one of the related Entities match this filter */
  single?: InputMaybe<EntityWhere>;
  /** Filter type where some of the related Entities match this filter */
  some?: InputMaybe<EntityWhere>;
};

/** Fields to sort Entities by. The order in which sorts are applied is not guaranteed when specifying many fields in one EntitySort object. */
export type EntitySort = {
  confidence?: InputMaybe<SortDirection>;
  enhancedEntityId?: InputMaybe<SortDirection>;
  entityType?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  tenantId?: InputMaybe<SortDirection>;
};

export type EntityWhere = {
  AND?: InputMaybe<Array<EntityWhere>>;
  NOT?: InputMaybe<EntityWhere>;
  OR?: InputMaybe<Array<EntityWhere>>;
  confidence?: InputMaybe<FloatScalarFilters>;
  /** @deprecated Please use the relevant generic filter confidence: { eq: ... } */
  confidence_EQ?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gt: ... } */
  confidence_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { gte: ... } */
  confidence_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { in: ... } */
  confidence_IN?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** @deprecated Please use the relevant generic filter confidence: { lt: ... } */
  confidence_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter confidence: { lte: ... } */
  confidence_LTE?: InputMaybe<Scalars['Float']['input']>;
  documents?: InputMaybe<DocumentRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the documentsConnection filter, please use { documentsConnection: { aggregate: {...} } } instead */
  documentsAggregate?: InputMaybe<EntityDocumentsAggregateInput>;
  documentsConnection?: InputMaybe<EntityDocumentsConnectionFilters>;
  /**
   * Return Entities where all of the related EntityDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { all: { node: ... } } }' instead.
   */
  documentsConnection_ALL?: InputMaybe<EntityDocumentsConnectionWhere>;
  /**
   * Return Entities where none of the related EntityDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { none: { node: ... } } }' instead.
   */
  documentsConnection_NONE?: InputMaybe<EntityDocumentsConnectionWhere>;
  /**
   * Return Entities where one of the related EntityDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { single: { node: ... } } }' instead.
   */
  documentsConnection_SINGLE?: InputMaybe<EntityDocumentsConnectionWhere>;
  /**
   * Return Entities where some of the related EntityDocumentsConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentsConnection: { some: { node: ... } } }' instead.
   */
  documentsConnection_SOME?: InputMaybe<EntityDocumentsConnectionWhere>;
  /**
   * Return Entities where all of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: { all: ... }' instead.
   */
  documents_ALL?: InputMaybe<DocumentWhere>;
  /**
   * Return Entities where none of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: { none: ... }' instead.
   */
  documents_NONE?: InputMaybe<DocumentWhere>;
  /**
   * Return Entities where one of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: {  single: ... }' instead.
   */
  documents_SINGLE?: InputMaybe<DocumentWhere>;
  /**
   * Return Entities where some of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'documents: {  some: ... }' instead.
   */
  documents_SOME?: InputMaybe<DocumentWhere>;
  enhancedEntityId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter enhancedEntityId: { contains: ... } */
  enhancedEntityId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter enhancedEntityId: { endsWith: ... } */
  enhancedEntityId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter enhancedEntityId: { eq: ... } */
  enhancedEntityId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter enhancedEntityId: { in: ... } */
  enhancedEntityId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter enhancedEntityId: { startsWith: ... } */
  enhancedEntityId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter entityType: { contains: ... } */
  entityType_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter entityType: { endsWith: ... } */
  entityType_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter entityType: { eq: ... } */
  entityType_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter entityType: { in: ... } */
  entityType_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter entityType: { startsWith: ... } */
  entityType_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter name: { contains: ... } */
  name_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { endsWith: ... } */
  name_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { eq: ... } */
  name_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter name: { in: ... } */
  name_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter name: { startsWith: ... } */
  name_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  relatedFrom?: InputMaybe<EntityRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the relatedFromConnection filter, please use { relatedFromConnection: { aggregate: {...} } } instead */
  relatedFromAggregate?: InputMaybe<EntityRelatedFromAggregateInput>;
  relatedFromConnection?: InputMaybe<EntityRelatedFromConnectionFilters>;
  /**
   * Return Entities where all of the related EntityRelatedFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedFromConnection: { all: { node: ... } } }' instead.
   */
  relatedFromConnection_ALL?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /**
   * Return Entities where none of the related EntityRelatedFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedFromConnection: { none: { node: ... } } }' instead.
   */
  relatedFromConnection_NONE?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /**
   * Return Entities where one of the related EntityRelatedFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedFromConnection: { single: { node: ... } } }' instead.
   */
  relatedFromConnection_SINGLE?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /**
   * Return Entities where some of the related EntityRelatedFromConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedFromConnection: { some: { node: ... } } }' instead.
   */
  relatedFromConnection_SOME?: InputMaybe<EntityRelatedFromConnectionWhere>;
  /**
   * Return Entities where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedFrom: { all: ... }' instead.
   */
  relatedFrom_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Entities where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedFrom: { none: ... }' instead.
   */
  relatedFrom_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Entities where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedFrom: {  single: ... }' instead.
   */
  relatedFrom_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Entities where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedFrom: {  some: ... }' instead.
   */
  relatedFrom_SOME?: InputMaybe<EntityWhere>;
  relatedTo?: InputMaybe<EntityRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the relatedToConnection filter, please use { relatedToConnection: { aggregate: {...} } } instead */
  relatedToAggregate?: InputMaybe<EntityRelatedToAggregateInput>;
  relatedToConnection?: InputMaybe<EntityRelatedToConnectionFilters>;
  /**
   * Return Entities where all of the related EntityRelatedToConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedToConnection: { all: { node: ... } } }' instead.
   */
  relatedToConnection_ALL?: InputMaybe<EntityRelatedToConnectionWhere>;
  /**
   * Return Entities where none of the related EntityRelatedToConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedToConnection: { none: { node: ... } } }' instead.
   */
  relatedToConnection_NONE?: InputMaybe<EntityRelatedToConnectionWhere>;
  /**
   * Return Entities where one of the related EntityRelatedToConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedToConnection: { single: { node: ... } } }' instead.
   */
  relatedToConnection_SINGLE?: InputMaybe<EntityRelatedToConnectionWhere>;
  /**
   * Return Entities where some of the related EntityRelatedToConnections match this filter
   * @deprecated Please use the relevant generic filter 'relatedToConnection: { some: { node: ... } } }' instead.
   */
  relatedToConnection_SOME?: InputMaybe<EntityRelatedToConnectionWhere>;
  /**
   * Return Entities where all of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedTo: { all: ... }' instead.
   */
  relatedTo_ALL?: InputMaybe<EntityWhere>;
  /**
   * Return Entities where none of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedTo: { none: ... }' instead.
   */
  relatedTo_NONE?: InputMaybe<EntityWhere>;
  /**
   * Return Entities where one of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedTo: {  single: ... }' instead.
   */
  relatedTo_SINGLE?: InputMaybe<EntityWhere>;
  /**
   * Return Entities where some of the related Entities match this filter
   * @deprecated Please use the relevant generic filter 'relatedTo: {  some: ... }' instead.
   */
  relatedTo_SOME?: InputMaybe<EntityWhere>;
  tenantId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter tenantId: { contains: ... } */
  tenantId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { endsWith: ... } */
  tenantId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { eq: ... } */
  tenantId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { in: ... } */
  tenantId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter tenantId: { startsWith: ... } */
  tenantId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
};

/** One event type of the platform catalogue, with the JSON Schema its `data` must satisfy. */
export type EventType = {
  __typename?: 'EventType';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  schema: Scalars['JSON']['output'];
};

export type ExportDestinationInput = {
  kind?: ExportDestinationKind;
  /**
   * S3 only: a folder inside the tenant's folder, at most 128 characters of `A-Z a-z 0-9 / _ . -`,
   * no `..`, no leading `/`.
   */
  prefix?: InputMaybe<Scalars['String']['input']>;
};

export type ExportDestinationKind =
  | 'EMAIL'
  | 'GCS'
  /** A file under EXPORTS_DIR, downloaded through a signed, expiring URL. */
  | 'LOCAL'
  /**
   * An object in EXPORTS_S3_BUCKET (any S3-compatible store), under the tenant's folder; downloaded
   * through the same signed URL. NOT_AVAILABLE until an operator sets EXPORTS_S3_BUCKET.
   */
  | 'S3'
  | 'SFTP';

export type ExportError = {
  __typename?: 'ExportError';
  /** A stable code from docs/ERROR_CODES.md. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ExportFormat =
  /** A zip of one CSV per node label and relationship type (per table for tabular exports). */
  | 'CSV'
  /** A replayable Cypher script: MERGE on unique ids, UNWIND batches, one statement per line. */
  | 'CYPHER'
  /** One sheet per node label and relationship type; EXPORTS_EXCEL_MAX_ROWS rows per sheet. */
  | 'EXCEL'
  | 'GRAPHML'
  /** JSON Lines by default; `params: { jsonLayout: "document" }` for one JSON document. */
  | 'JSON'
  /** A zip of one Parquet file per node label and relationship type (per table). */
  | 'PARQUET'
  | 'PDF_REPORT'
  | 'XML';

export type ExportJob = {
  __typename?: 'ExportJob';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  destination: ExportDestinationKind;
  /** A signed URL valid for EXPORTS_URL_TTL_SECONDS, minted per request; null unless COMPLETED. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  error?: Maybe<ExportError>;
  /**
   * When the job and its file are deleted: completedAt + EXPORTS_RETENTION_HOURS. Null until the job
   * is final; once past, the job is gone from every read and its download link answers 404.
   */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Bytes of the produced file. */
  fileSize?: Maybe<Scalars['Float']['output']>;
  format: ExportFormat;
  id: Scalars['ID']['output'];
  /**
   * Where the file lives outside the platform once COMPLETED: `s3://<bucket>/<key>` for S3; null for
   * LOCAL, whose files are reached only through downloadUrl.
   */
  location?: Maybe<Scalars['String']['output']>;
  package?: Maybe<DocumentPackage>;
  progress: ExportProgress;
  requestedBy: Principal;
  /** Hex SHA-256 of the produced file. */
  sha256?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ExportStatus;
  type: ExportType;
};

export type ExportJobConnection = {
  __typename?: 'ExportJobConnection';
  edges: Array<ExportJobEdge>;
  pageInfo: PageInfo;
  /**
   * Jobs matching the filter when it is cheap to know: with no filter, or one on createdAfter and
   * createdBefore only; null otherwise.
   */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ExportJobEdge = {
  __typename?: 'ExportJobEdge';
  cursor: Scalars['String']['output'];
  node: ExportJob;
};

export type ExportJobFilter = {
  /** Jobs created strictly after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Jobs created strictly before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  format?: InputMaybe<Array<ExportFormat>>;
  /** Jobs exporting this package (DOCUMENT_PACKAGE). */
  packageId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ExportStatus>>;
  type?: InputMaybe<Array<ExportType>>;
};

export type ExportProgress = {
  __typename?: 'ExportProgress';
  /** 0–100; null while the total is unknown. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** Records (nodes, relationships or rows) written so far. */
  processed: Scalars['Int']['output'];
  /** Records the export will write; null while unknown (CUSTOM_QUERY). */
  total?: Maybe<Scalars['Int']['output']>;
};

export type ExportStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED';

export type ExportType =
  /** Summary tables: counts by label, relationship type, entity type, decision outcome. */
  | 'ANALYTICS_REPORT'
  /** Not available yet (NOT_AVAILABLE). */
  | 'AUDIT_LOG'
  /** A read-only Cypher query (`query`, `params`); it must filter on `$tenantId`. */
  | 'CUSTOM_QUERY'
  /** Decision trees with the guide sections they hang on. */
  | 'DECISION_TREES'
  /** One package (packageId): its documents, sections, decision trees, entities and matrices. */
  | 'DOCUMENT_PACKAGE'
  /** Entities and the RELATES_TO relationships between them. */
  | 'ENTITY_RELATIONSHIPS'
  /** Every node and relationship of the tenant's knowledge graph. */
  | 'FULL_KNOWLEDGE_GRAPH'
  /** LTV/FICO matrix rows with their package, as one table. */
  | 'MATRIX_DATA';

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** The input for filtering a float */
export type FloatWhere = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type HealthStatus =
  | 'DEGRADED'
  | 'DOWN'
  | 'UP';

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

export type MatrixDocument = {
  __typename?: 'MatrixDocument';
  matrixId: Scalars['ID']['output'];
  maxLtv?: Maybe<Scalars['Float']['output']>;
  minFico?: Maybe<Scalars['Int']['output']>;
  occupancy?: Maybe<Scalars['String']['output']>;
  package: Array<DocumentPackage>;
  packageConnection: MatrixDocumentPackageConnection;
  product: Scalars['String']['output'];
  tenantId: Scalars['ID']['output'];
};


export type MatrixDocumentPackageArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageSort>>;
  where?: InputMaybe<DocumentPackageWhere>;
};


export type MatrixDocumentPackageConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MatrixDocumentPackageConnectionSort>>;
  where?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
};

export type MatrixDocumentAggregate = {
  __typename?: 'MatrixDocumentAggregate';
  count: Count;
  node: MatrixDocumentAggregateNode;
};

export type MatrixDocumentAggregateNode = {
  __typename?: 'MatrixDocumentAggregateNode';
  maxLtv: FloatAggregateSelection;
  minFico: IntAggregateSelection;
  occupancy: StringAggregateSelection;
  product: StringAggregateSelection;
};

export type MatrixDocumentDocumentPackagePackageAggregateSelection = {
  __typename?: 'MatrixDocumentDocumentPackagePackageAggregateSelection';
  count: CountConnection;
  node?: Maybe<MatrixDocumentDocumentPackagePackageNodeAggregateSelection>;
};

export type MatrixDocumentDocumentPackagePackageNodeAggregateSelection = {
  __typename?: 'MatrixDocumentDocumentPackagePackageNodeAggregateSelection';
  createdAt: DateTimeAggregateSelection;
  loanProgram: StringAggregateSelection;
  name: StringAggregateSelection;
  status: StringAggregateSelection;
  version: StringAggregateSelection;
};

export type MatrixDocumentEdge = {
  __typename?: 'MatrixDocumentEdge';
  cursor: Scalars['String']['output'];
  node: MatrixDocument;
};

export type MatrixDocumentPackageAggregateInput = {
  AND?: InputMaybe<Array<MatrixDocumentPackageAggregateInput>>;
  NOT?: InputMaybe<MatrixDocumentPackageAggregateInput>;
  OR?: InputMaybe<Array<MatrixDocumentPackageAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<MatrixDocumentPackageNodeAggregationWhereInput>;
};

export type MatrixDocumentPackageConnection = {
  __typename?: 'MatrixDocumentPackageConnection';
  aggregate: MatrixDocumentDocumentPackagePackageAggregateSelection;
  edges: Array<MatrixDocumentPackageRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MatrixDocumentPackageConnectionAggregateInput = {
  AND?: InputMaybe<Array<MatrixDocumentPackageConnectionAggregateInput>>;
  NOT?: InputMaybe<MatrixDocumentPackageConnectionAggregateInput>;
  OR?: InputMaybe<Array<MatrixDocumentPackageConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<MatrixDocumentPackageNodeAggregationWhereInput>;
};

export type MatrixDocumentPackageConnectionFilters = {
  /** Filter MatrixDocuments by aggregating results on related MatrixDocumentPackageConnections */
  aggregate?: InputMaybe<MatrixDocumentPackageConnectionAggregateInput>;
  /** Return MatrixDocuments where all of the related MatrixDocumentPackageConnections match this filter */
  all?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /** Return MatrixDocuments where none of the related MatrixDocumentPackageConnections match this filter */
  none?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /** Return MatrixDocuments where one of the related MatrixDocumentPackageConnections match this filter */
  single?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /** Return MatrixDocuments where some of the related MatrixDocumentPackageConnections match this filter */
  some?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
};

export type MatrixDocumentPackageConnectionSort = {
  node?: InputMaybe<DocumentPackageSort>;
};

export type MatrixDocumentPackageConnectionWhere = {
  AND?: InputMaybe<Array<MatrixDocumentPackageConnectionWhere>>;
  NOT?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  OR?: InputMaybe<Array<MatrixDocumentPackageConnectionWhere>>;
  node?: InputMaybe<DocumentPackageWhere>;
};

export type MatrixDocumentPackageNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<MatrixDocumentPackageNodeAggregationWhereInput>>;
  NOT?: InputMaybe<MatrixDocumentPackageNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<MatrixDocumentPackageNodeAggregationWhereInput>>;
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { eq: ... } } }' instead. */
  createdAt_MAX_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { gt: ... } } }' instead. */
  createdAt_MAX_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { gte: ... } } }' instead. */
  createdAt_MAX_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { lt: ... } } }' instead. */
  createdAt_MAX_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { max: { lte: ... } } }' instead. */
  createdAt_MAX_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { eq: ... } } }' instead. */
  createdAt_MIN_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { gt: ... } } }' instead. */
  createdAt_MIN_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { gte: ... } } }' instead. */
  createdAt_MIN_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { lt: ... } } }' instead. */
  createdAt_MIN_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'createdAt: { min: { lte: ... } } }' instead. */
  createdAt_MIN_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  loanProgram?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { eq: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { gt: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { gte: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { lt: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { averageLength: { lte: ... } } }' instead. */
  loanProgram_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { eq: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { gt: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { gte: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { lt: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { longestLength: { lte: ... } } }' instead. */
  loanProgram_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { eq: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { gt: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { gte: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { lt: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'loanProgram: { shortestLength: { lte: ... } } }' instead. */
  loanProgram_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { eq: ... } } }' instead. */
  status_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gt: ... } } }' instead. */
  status_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gte: ... } } }' instead. */
  status_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lt: ... } } }' instead. */
  status_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lte: ... } } }' instead. */
  status_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { eq: ... } } }' instead. */
  status_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gt: ... } } }' instead. */
  status_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gte: ... } } }' instead. */
  status_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lt: ... } } }' instead. */
  status_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lte: ... } } }' instead. */
  status_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { eq: ... } } }' instead. */
  status_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gt: ... } } }' instead. */
  status_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gte: ... } } }' instead. */
  status_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lt: ... } } }' instead. */
  status_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lte: ... } } }' instead. */
  status_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { eq: ... } } }' instead. */
  version_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { gt: ... } } }' instead. */
  version_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { gte: ... } } }' instead. */
  version_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { lt: ... } } }' instead. */
  version_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { averageLength: { lte: ... } } }' instead. */
  version_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { eq: ... } } }' instead. */
  version_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { gt: ... } } }' instead. */
  version_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { gte: ... } } }' instead. */
  version_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { lt: ... } } }' instead. */
  version_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { longestLength: { lte: ... } } }' instead. */
  version_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { eq: ... } } }' instead. */
  version_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { gt: ... } } }' instead. */
  version_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { gte: ... } } }' instead. */
  version_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { lt: ... } } }' instead. */
  version_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'version: { shortestLength: { lte: ... } } }' instead. */
  version_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type MatrixDocumentPackageRelationship = {
  __typename?: 'MatrixDocumentPackageRelationship';
  cursor: Scalars['String']['output'];
  node: DocumentPackage;
};

export type MatrixDocumentRelationshipFilters = {
  /** Filter type where all of the related MatrixDocuments match this filter */
  all?: InputMaybe<MatrixDocumentWhere>;
  /** Filter type where none of the related MatrixDocuments match this filter */
  none?: InputMaybe<MatrixDocumentWhere>;
  /** Filter type where one of the related MatrixDocuments match this filter */
  single?: InputMaybe<MatrixDocumentWhere>;
  /** Filter type where some of the related MatrixDocuments match this filter */
  some?: InputMaybe<MatrixDocumentWhere>;
};

/** Fields to sort MatrixDocuments by. The order in which sorts are applied is not guaranteed when specifying many fields in one MatrixDocumentSort object. */
export type MatrixDocumentSort = {
  matrixId?: InputMaybe<SortDirection>;
  maxLtv?: InputMaybe<SortDirection>;
  minFico?: InputMaybe<SortDirection>;
  occupancy?: InputMaybe<SortDirection>;
  product?: InputMaybe<SortDirection>;
  tenantId?: InputMaybe<SortDirection>;
};

export type MatrixDocumentWhere = {
  AND?: InputMaybe<Array<MatrixDocumentWhere>>;
  NOT?: InputMaybe<MatrixDocumentWhere>;
  OR?: InputMaybe<Array<MatrixDocumentWhere>>;
  matrixId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter matrixId: { contains: ... } */
  matrixId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter matrixId: { endsWith: ... } */
  matrixId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter matrixId: { eq: ... } */
  matrixId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter matrixId: { in: ... } */
  matrixId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter matrixId: { startsWith: ... } */
  matrixId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  maxLtv?: InputMaybe<FloatScalarFilters>;
  /** @deprecated Please use the relevant generic filter maxLtv: { eq: ... } */
  maxLtv_EQ?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter maxLtv: { gt: ... } */
  maxLtv_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter maxLtv: { gte: ... } */
  maxLtv_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter maxLtv: { in: ... } */
  maxLtv_IN?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  /** @deprecated Please use the relevant generic filter maxLtv: { lt: ... } */
  maxLtv_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter maxLtv: { lte: ... } */
  maxLtv_LTE?: InputMaybe<Scalars['Float']['input']>;
  minFico?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter minFico: { eq: ... } */
  minFico_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter minFico: { gt: ... } */
  minFico_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter minFico: { gte: ... } */
  minFico_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter minFico: { in: ... } */
  minFico_IN?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** @deprecated Please use the relevant generic filter minFico: { lt: ... } */
  minFico_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter minFico: { lte: ... } */
  minFico_LTE?: InputMaybe<Scalars['Int']['input']>;
  occupancy?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter occupancy: { contains: ... } */
  occupancy_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter occupancy: { endsWith: ... } */
  occupancy_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter occupancy: { eq: ... } */
  occupancy_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter occupancy: { in: ... } */
  occupancy_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter occupancy: { startsWith: ... } */
  occupancy_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  package?: InputMaybe<DocumentPackageRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the packageConnection filter, please use { packageConnection: { aggregate: {...} } } instead */
  packageAggregate?: InputMaybe<MatrixDocumentPackageAggregateInput>;
  packageConnection?: InputMaybe<MatrixDocumentPackageConnectionFilters>;
  /**
   * Return MatrixDocuments where all of the related MatrixDocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { all: { node: ... } } }' instead.
   */
  packageConnection_ALL?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /**
   * Return MatrixDocuments where none of the related MatrixDocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { none: { node: ... } } }' instead.
   */
  packageConnection_NONE?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /**
   * Return MatrixDocuments where one of the related MatrixDocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { single: { node: ... } } }' instead.
   */
  packageConnection_SINGLE?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /**
   * Return MatrixDocuments where some of the related MatrixDocumentPackageConnections match this filter
   * @deprecated Please use the relevant generic filter 'packageConnection: { some: { node: ... } } }' instead.
   */
  packageConnection_SOME?: InputMaybe<MatrixDocumentPackageConnectionWhere>;
  /**
   * Return MatrixDocuments where all of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: { all: ... }' instead.
   */
  package_ALL?: InputMaybe<DocumentPackageWhere>;
  /**
   * Return MatrixDocuments where none of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: { none: ... }' instead.
   */
  package_NONE?: InputMaybe<DocumentPackageWhere>;
  /**
   * Return MatrixDocuments where one of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: {  single: ... }' instead.
   */
  package_SINGLE?: InputMaybe<DocumentPackageWhere>;
  /**
   * Return MatrixDocuments where some of the related DocumentPackages match this filter
   * @deprecated Please use the relevant generic filter 'package: {  some: ... }' instead.
   */
  package_SOME?: InputMaybe<DocumentPackageWhere>;
  product?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter product: { contains: ... } */
  product_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter product: { endsWith: ... } */
  product_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter product: { eq: ... } */
  product_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter product: { in: ... } */
  product_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter product: { startsWith: ... } */
  product_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter tenantId: { contains: ... } */
  tenantId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { endsWith: ... } */
  tenantId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { eq: ... } */
  tenantId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { in: ... } */
  tenantId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter tenantId: { startsWith: ... } */
  tenantId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
};

export type MatrixDocumentsConnection = {
  __typename?: 'MatrixDocumentsConnection';
  aggregate: MatrixDocumentAggregate;
  edges: Array<MatrixDocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Stops a QUEUED or PROCESSING job (CANCELLED); EXPORT_NOT_CANCELLABLE once final. */
  cancelExport: ExportJob;
  createAlertRule: AlertRule;
  createApiKey: CreateApiKeyPayload;
  /** Validates type, format and input, then queues the job (QUEUED). */
  createExport: ExportJob;
  createWebhook: CreateWebhookPayload;
  deleteAlertRule: Scalars['Boolean']['output'];
  /**
   * Deletes a COMPLETED, FAILED or CANCELLED job and its file now; returns its id. A QUEUED or
   * PROCESSING job is EXPORT_NOT_DELETABLE (cancel it first).
   */
  deleteExport: Scalars['ID']['output'];
  /** Deletes the endpoint; its pending deliveries fail. */
  deleteWebhook: Scalars['Boolean']['output'];
  pauseWebhook: Webhook;
  /** Ingestion point for upstream systems: validated against the type's JSON Schema. */
  publishEvent: PlatformEvent;
  /** Queues again the endpoint's FAILED deliveries created since `since` (at most 14 days back), oldest first, at most `limit` (≤ 10000). */
  recoverWebhookDeliveries: RecoverWebhookDeliveriesPayload;
  /** Sends one delivery again (same body, same webhook-id), with a fresh retry schedule. */
  replayWebhookDelivery: WebhookDelivery;
  /** Resumes a paused endpoint, or re-enables a disabled one (its failure history starts afresh). */
  resumeWebhook: Webhook;
  /** Ends every use of the key on every gateway within a second, open subscriptions included. */
  revokeApiKey: ApiKey;
  /** A new secret for the key; the old one keeps working for `overlapSeconds` (≤ API_KEY_MAX_OVERLAP_SECONDS). */
  rotateApiKey: RotateApiKeyPayload;
  rotateWebhookSecret: RotateWebhookSecretPayload;
  sendTestEvent: SendTestEventPayload;
  updateWebhook: Webhook;
};


export type MutationCancelExportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAlertRuleArgs = {
  input: CreateAlertRuleInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateExportArgs = {
  input: CreateExportInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPauseWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishEventArgs = {
  input: PublishEventInput;
};


export type MutationRecoverWebhookDeliveriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
  webhookId: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationResumeWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendTestEventArgs = {
  webhookId: Scalars['ID']['input'];
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

export type NavigationNode = {
  __typename?: 'NavigationNode';
  content?: Maybe<Scalars['String']['output']>;
  decisionTrees: Array<DecisionTree>;
  decisionTreesConnection: NavigationNodeDecisionTreesConnection;
  document: Array<Document>;
  documentConnection: NavigationNodeDocumentConnection;
  enhancedNodeId: Scalars['ID']['output'];
  level?: Maybe<Scalars['Int']['output']>;
  sectionPath?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};


export type NavigationNodeDecisionTreesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DecisionTreeSort>>;
  where?: InputMaybe<DecisionTreeWhere>;
};


export type NavigationNodeDecisionTreesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NavigationNodeDecisionTreesConnectionSort>>;
  where?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
};


export type NavigationNodeDocumentArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentSort>>;
  where?: InputMaybe<DocumentWhere>;
};


export type NavigationNodeDocumentConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NavigationNodeDocumentConnectionSort>>;
  where?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
};

export type NavigationNodeAggregate = {
  __typename?: 'NavigationNodeAggregate';
  count: Count;
  node: NavigationNodeAggregateNode;
};

export type NavigationNodeAggregateNode = {
  __typename?: 'NavigationNodeAggregateNode';
  content: StringAggregateSelection;
  level: IntAggregateSelection;
  sectionPath: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type NavigationNodeDecisionTreeDecisionTreesAggregateSelection = {
  __typename?: 'NavigationNodeDecisionTreeDecisionTreesAggregateSelection';
  count: CountConnection;
  node?: Maybe<NavigationNodeDecisionTreeDecisionTreesNodeAggregateSelection>;
};

export type NavigationNodeDecisionTreeDecisionTreesNodeAggregateSelection = {
  __typename?: 'NavigationNodeDecisionTreeDecisionTreesNodeAggregateSelection';
  description: StringAggregateSelection;
  name: StringAggregateSelection;
  nodeCount: IntAggregateSelection;
  outcome: StringAggregateSelection;
};

export type NavigationNodeDecisionTreesAggregateInput = {
  AND?: InputMaybe<Array<NavigationNodeDecisionTreesAggregateInput>>;
  NOT?: InputMaybe<NavigationNodeDecisionTreesAggregateInput>;
  OR?: InputMaybe<Array<NavigationNodeDecisionTreesAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<NavigationNodeDecisionTreesNodeAggregationWhereInput>;
};

export type NavigationNodeDecisionTreesConnection = {
  __typename?: 'NavigationNodeDecisionTreesConnection';
  aggregate: NavigationNodeDecisionTreeDecisionTreesAggregateSelection;
  edges: Array<NavigationNodeDecisionTreesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NavigationNodeDecisionTreesConnectionAggregateInput = {
  AND?: InputMaybe<Array<NavigationNodeDecisionTreesConnectionAggregateInput>>;
  NOT?: InputMaybe<NavigationNodeDecisionTreesConnectionAggregateInput>;
  OR?: InputMaybe<Array<NavigationNodeDecisionTreesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NavigationNodeDecisionTreesNodeAggregationWhereInput>;
};

export type NavigationNodeDecisionTreesConnectionFilters = {
  /** Filter NavigationNodes by aggregating results on related NavigationNodeDecisionTreesConnections */
  aggregate?: InputMaybe<NavigationNodeDecisionTreesConnectionAggregateInput>;
  /** Return NavigationNodes where all of the related NavigationNodeDecisionTreesConnections match this filter */
  all?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /** Return NavigationNodes where none of the related NavigationNodeDecisionTreesConnections match this filter */
  none?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /** Return NavigationNodes where one of the related NavigationNodeDecisionTreesConnections match this filter */
  single?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /** Return NavigationNodes where some of the related NavigationNodeDecisionTreesConnections match this filter */
  some?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
};

export type NavigationNodeDecisionTreesConnectionSort = {
  node?: InputMaybe<DecisionTreeSort>;
};

export type NavigationNodeDecisionTreesConnectionWhere = {
  AND?: InputMaybe<Array<NavigationNodeDecisionTreesConnectionWhere>>;
  NOT?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  OR?: InputMaybe<Array<NavigationNodeDecisionTreesConnectionWhere>>;
  node?: InputMaybe<DecisionTreeWhere>;
};

export type NavigationNodeDecisionTreesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NavigationNodeDecisionTreesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NavigationNodeDecisionTreesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NavigationNodeDecisionTreesNodeAggregationWhereInput>>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'description: { averageLength: { eq: ... } } }' instead. */
  description_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { averageLength: { gt: ... } } }' instead. */
  description_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { averageLength: { gte: ... } } }' instead. */
  description_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { averageLength: { lt: ... } } }' instead. */
  description_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { averageLength: { lte: ... } } }' instead. */
  description_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { longestLength: { eq: ... } } }' instead. */
  description_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { longestLength: { gt: ... } } }' instead. */
  description_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { longestLength: { gte: ... } } }' instead. */
  description_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { longestLength: { lt: ... } } }' instead. */
  description_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { longestLength: { lte: ... } } }' instead. */
  description_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { shortestLength: { eq: ... } } }' instead. */
  description_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { shortestLength: { gt: ... } } }' instead. */
  description_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { shortestLength: { gte: ... } } }' instead. */
  description_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { shortestLength: { lt: ... } } }' instead. */
  description_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'description: { shortestLength: { lte: ... } } }' instead. */
  description_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { eq: ... } } }' instead. */
  name_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gt: ... } } }' instead. */
  name_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { gte: ... } } }' instead. */
  name_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lt: ... } } }' instead. */
  name_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { averageLength: { lte: ... } } }' instead. */
  name_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { eq: ... } } }' instead. */
  name_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gt: ... } } }' instead. */
  name_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { gte: ... } } }' instead. */
  name_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lt: ... } } }' instead. */
  name_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { longestLength: { lte: ... } } }' instead. */
  name_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { eq: ... } } }' instead. */
  name_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gt: ... } } }' instead. */
  name_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { gte: ... } } }' instead. */
  name_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lt: ... } } }' instead. */
  name_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'name: { shortestLength: { lte: ... } } }' instead. */
  name_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  nodeCount?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { average: { eq: ... } } }' instead. */
  nodeCount_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { average: { gt: ... } } }' instead. */
  nodeCount_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { average: { gte: ... } } }' instead. */
  nodeCount_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { average: { lt: ... } } }' instead. */
  nodeCount_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { average: { lte: ... } } }' instead. */
  nodeCount_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { max: { eq: ... } } }' instead. */
  nodeCount_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { max: { gt: ... } } }' instead. */
  nodeCount_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { max: { gte: ... } } }' instead. */
  nodeCount_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { max: { lt: ... } } }' instead. */
  nodeCount_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { max: { lte: ... } } }' instead. */
  nodeCount_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { min: { eq: ... } } }' instead. */
  nodeCount_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { min: { gt: ... } } }' instead. */
  nodeCount_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { min: { gte: ... } } }' instead. */
  nodeCount_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { min: { lt: ... } } }' instead. */
  nodeCount_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { min: { lte: ... } } }' instead. */
  nodeCount_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { sum: { eq: ... } } }' instead. */
  nodeCount_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { sum: { gt: ... } } }' instead. */
  nodeCount_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { sum: { gte: ... } } }' instead. */
  nodeCount_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { sum: { lt: ... } } }' instead. */
  nodeCount_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'nodeCount: { sum: { lte: ... } } }' instead. */
  nodeCount_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'outcome: { averageLength: { eq: ... } } }' instead. */
  outcome_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { averageLength: { gt: ... } } }' instead. */
  outcome_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { averageLength: { gte: ... } } }' instead. */
  outcome_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { averageLength: { lt: ... } } }' instead. */
  outcome_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { averageLength: { lte: ... } } }' instead. */
  outcome_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { longestLength: { eq: ... } } }' instead. */
  outcome_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { longestLength: { gt: ... } } }' instead. */
  outcome_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { longestLength: { gte: ... } } }' instead. */
  outcome_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { longestLength: { lt: ... } } }' instead. */
  outcome_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { longestLength: { lte: ... } } }' instead. */
  outcome_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { shortestLength: { eq: ... } } }' instead. */
  outcome_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { shortestLength: { gt: ... } } }' instead. */
  outcome_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { shortestLength: { gte: ... } } }' instead. */
  outcome_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { shortestLength: { lt: ... } } }' instead. */
  outcome_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'outcome: { shortestLength: { lte: ... } } }' instead. */
  outcome_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type NavigationNodeDecisionTreesRelationship = {
  __typename?: 'NavigationNodeDecisionTreesRelationship';
  cursor: Scalars['String']['output'];
  node: DecisionTree;
};

export type NavigationNodeDocumentAggregateInput = {
  AND?: InputMaybe<Array<NavigationNodeDocumentAggregateInput>>;
  NOT?: InputMaybe<NavigationNodeDocumentAggregateInput>;
  OR?: InputMaybe<Array<NavigationNodeDocumentAggregateInput>>;
  count?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter '{ count: { eq: ... } } }' instead. */
  count_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gt: ... } } }' instead. */
  count_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { gte: ... } } }' instead. */
  count_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lt: ... } } }' instead. */
  count_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter '{ count: { lte: ... } } }' instead. */
  count_LTE?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<NavigationNodeDocumentNodeAggregationWhereInput>;
};

export type NavigationNodeDocumentConnection = {
  __typename?: 'NavigationNodeDocumentConnection';
  aggregate: NavigationNodeDocumentDocumentAggregateSelection;
  edges: Array<NavigationNodeDocumentRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NavigationNodeDocumentConnectionAggregateInput = {
  AND?: InputMaybe<Array<NavigationNodeDocumentConnectionAggregateInput>>;
  NOT?: InputMaybe<NavigationNodeDocumentConnectionAggregateInput>;
  OR?: InputMaybe<Array<NavigationNodeDocumentConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<NavigationNodeDocumentNodeAggregationWhereInput>;
};

export type NavigationNodeDocumentConnectionFilters = {
  /** Filter NavigationNodes by aggregating results on related NavigationNodeDocumentConnections */
  aggregate?: InputMaybe<NavigationNodeDocumentConnectionAggregateInput>;
  /** Return NavigationNodes where all of the related NavigationNodeDocumentConnections match this filter */
  all?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /** Return NavigationNodes where none of the related NavigationNodeDocumentConnections match this filter */
  none?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /** Return NavigationNodes where one of the related NavigationNodeDocumentConnections match this filter */
  single?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /** Return NavigationNodes where some of the related NavigationNodeDocumentConnections match this filter */
  some?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
};

export type NavigationNodeDocumentConnectionSort = {
  node?: InputMaybe<DocumentSort>;
};

export type NavigationNodeDocumentConnectionWhere = {
  AND?: InputMaybe<Array<NavigationNodeDocumentConnectionWhere>>;
  NOT?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  OR?: InputMaybe<Array<NavigationNodeDocumentConnectionWhere>>;
  node?: InputMaybe<DocumentWhere>;
};

export type NavigationNodeDocumentDocumentAggregateSelection = {
  __typename?: 'NavigationNodeDocumentDocumentAggregateSelection';
  count: CountConnection;
  node?: Maybe<NavigationNodeDocumentDocumentNodeAggregateSelection>;
};

export type NavigationNodeDocumentDocumentNodeAggregateSelection = {
  __typename?: 'NavigationNodeDocumentDocumentNodeAggregateSelection';
  documentType: StringAggregateSelection;
  pageCount: IntAggregateSelection;
  processedAt: DateTimeAggregateSelection;
  source: StringAggregateSelection;
  status: StringAggregateSelection;
  title: StringAggregateSelection;
};

export type NavigationNodeDocumentNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<NavigationNodeDocumentNodeAggregationWhereInput>>;
  NOT?: InputMaybe<NavigationNodeDocumentNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<NavigationNodeDocumentNodeAggregationWhereInput>>;
  documentType?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { eq: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { gt: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { gte: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { lt: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { averageLength: { lte: ... } } }' instead. */
  documentType_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { eq: ... } } }' instead. */
  documentType_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { gt: ... } } }' instead. */
  documentType_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { gte: ... } } }' instead. */
  documentType_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { lt: ... } } }' instead. */
  documentType_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { longestLength: { lte: ... } } }' instead. */
  documentType_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { eq: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { gt: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { gte: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { lt: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'documentType: { shortestLength: { lte: ... } } }' instead. */
  documentType_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  pageCount?: InputMaybe<IntScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { eq: ... } } }' instead. */
  pageCount_AVERAGE_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { gt: ... } } }' instead. */
  pageCount_AVERAGE_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { gte: ... } } }' instead. */
  pageCount_AVERAGE_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { lt: ... } } }' instead. */
  pageCount_AVERAGE_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { average: { lte: ... } } }' instead. */
  pageCount_AVERAGE_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { eq: ... } } }' instead. */
  pageCount_MAX_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { gt: ... } } }' instead. */
  pageCount_MAX_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { gte: ... } } }' instead. */
  pageCount_MAX_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { lt: ... } } }' instead. */
  pageCount_MAX_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { max: { lte: ... } } }' instead. */
  pageCount_MAX_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { eq: ... } } }' instead. */
  pageCount_MIN_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { gt: ... } } }' instead. */
  pageCount_MIN_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { gte: ... } } }' instead. */
  pageCount_MIN_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { lt: ... } } }' instead. */
  pageCount_MIN_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { min: { lte: ... } } }' instead. */
  pageCount_MIN_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { eq: ... } } }' instead. */
  pageCount_SUM_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { gt: ... } } }' instead. */
  pageCount_SUM_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { gte: ... } } }' instead. */
  pageCount_SUM_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { lt: ... } } }' instead. */
  pageCount_SUM_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'pageCount: { sum: { lte: ... } } }' instead. */
  pageCount_SUM_LTE?: InputMaybe<Scalars['Int']['input']>;
  processedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { eq: ... } } }' instead. */
  processedAt_MAX_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { gt: ... } } }' instead. */
  processedAt_MAX_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { gte: ... } } }' instead. */
  processedAt_MAX_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { lt: ... } } }' instead. */
  processedAt_MAX_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { max: { lte: ... } } }' instead. */
  processedAt_MAX_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { eq: ... } } }' instead. */
  processedAt_MIN_EQUAL?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { gt: ... } } }' instead. */
  processedAt_MIN_GT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { gte: ... } } }' instead. */
  processedAt_MIN_GTE?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { lt: ... } } }' instead. */
  processedAt_MIN_LT?: InputMaybe<Scalars['DateTime']['input']>;
  /** @deprecated Please use the relevant generic filter 'processedAt: { min: { lte: ... } } }' instead. */
  processedAt_MIN_LTE?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { eq: ... } } }' instead. */
  source_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { gt: ... } } }' instead. */
  source_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { gte: ... } } }' instead. */
  source_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { lt: ... } } }' instead. */
  source_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { averageLength: { lte: ... } } }' instead. */
  source_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { eq: ... } } }' instead. */
  source_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { gt: ... } } }' instead. */
  source_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { gte: ... } } }' instead. */
  source_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { lt: ... } } }' instead. */
  source_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { longestLength: { lte: ... } } }' instead. */
  source_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { eq: ... } } }' instead. */
  source_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { gt: ... } } }' instead. */
  source_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { gte: ... } } }' instead. */
  source_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { lt: ... } } }' instead. */
  source_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'source: { shortestLength: { lte: ... } } }' instead. */
  source_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { eq: ... } } }' instead. */
  status_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gt: ... } } }' instead. */
  status_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { gte: ... } } }' instead. */
  status_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lt: ... } } }' instead. */
  status_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { averageLength: { lte: ... } } }' instead. */
  status_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { eq: ... } } }' instead. */
  status_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gt: ... } } }' instead. */
  status_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { gte: ... } } }' instead. */
  status_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lt: ... } } }' instead. */
  status_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { longestLength: { lte: ... } } }' instead. */
  status_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { eq: ... } } }' instead. */
  status_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gt: ... } } }' instead. */
  status_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { gte: ... } } }' instead. */
  status_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lt: ... } } }' instead. */
  status_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'status: { shortestLength: { lte: ... } } }' instead. */
  status_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { eq: ... } } }' instead. */
  title_AVERAGE_LENGTH_EQUAL?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gt: ... } } }' instead. */
  title_AVERAGE_LENGTH_GT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { gte: ... } } }' instead. */
  title_AVERAGE_LENGTH_GTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lt: ... } } }' instead. */
  title_AVERAGE_LENGTH_LT?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { averageLength: { lte: ... } } }' instead. */
  title_AVERAGE_LENGTH_LTE?: InputMaybe<Scalars['Float']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { eq: ... } } }' instead. */
  title_LONGEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gt: ... } } }' instead. */
  title_LONGEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { gte: ... } } }' instead. */
  title_LONGEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lt: ... } } }' instead. */
  title_LONGEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { longestLength: { lte: ... } } }' instead. */
  title_LONGEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { eq: ... } } }' instead. */
  title_SHORTEST_LENGTH_EQUAL?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gt: ... } } }' instead. */
  title_SHORTEST_LENGTH_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { gte: ... } } }' instead. */
  title_SHORTEST_LENGTH_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lt: ... } } }' instead. */
  title_SHORTEST_LENGTH_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter 'title: { shortestLength: { lte: ... } } }' instead. */
  title_SHORTEST_LENGTH_LTE?: InputMaybe<Scalars['Int']['input']>;
};

export type NavigationNodeDocumentRelationship = {
  __typename?: 'NavigationNodeDocumentRelationship';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type NavigationNodeEdge = {
  __typename?: 'NavigationNodeEdge';
  cursor: Scalars['String']['output'];
  node: NavigationNode;
};

export type NavigationNodeRelationshipFilters = {
  /** Filter type where all of the related NavigationNodes match this filter */
  all?: InputMaybe<NavigationNodeWhere>;
  /** Filter type where none of the related NavigationNodes match this filter */
  none?: InputMaybe<NavigationNodeWhere>;
  /** Filter type where one of the related NavigationNodes match this filter */
  single?: InputMaybe<NavigationNodeWhere>;
  /** Filter type where some of the related NavigationNodes match this filter */
  some?: InputMaybe<NavigationNodeWhere>;
};

/** Fields to sort NavigationNodes by. The order in which sorts are applied is not guaranteed when specifying many fields in one NavigationNodeSort object. */
export type NavigationNodeSort = {
  content?: InputMaybe<SortDirection>;
  enhancedNodeId?: InputMaybe<SortDirection>;
  level?: InputMaybe<SortDirection>;
  sectionPath?: InputMaybe<SortDirection>;
  tenantId?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
};

export type NavigationNodeWhere = {
  AND?: InputMaybe<Array<NavigationNodeWhere>>;
  NOT?: InputMaybe<NavigationNodeWhere>;
  OR?: InputMaybe<Array<NavigationNodeWhere>>;
  content?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter content: { contains: ... } */
  content_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter content: { endsWith: ... } */
  content_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter content: { eq: ... } */
  content_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter content: { in: ... } */
  content_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter content: { startsWith: ... } */
  content_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  decisionTrees?: InputMaybe<DecisionTreeRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the decisionTreesConnection filter, please use { decisionTreesConnection: { aggregate: {...} } } instead */
  decisionTreesAggregate?: InputMaybe<NavigationNodeDecisionTreesAggregateInput>;
  decisionTreesConnection?: InputMaybe<NavigationNodeDecisionTreesConnectionFilters>;
  /**
   * Return NavigationNodes where all of the related NavigationNodeDecisionTreesConnections match this filter
   * @deprecated Please use the relevant generic filter 'decisionTreesConnection: { all: { node: ... } } }' instead.
   */
  decisionTreesConnection_ALL?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /**
   * Return NavigationNodes where none of the related NavigationNodeDecisionTreesConnections match this filter
   * @deprecated Please use the relevant generic filter 'decisionTreesConnection: { none: { node: ... } } }' instead.
   */
  decisionTreesConnection_NONE?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /**
   * Return NavigationNodes where one of the related NavigationNodeDecisionTreesConnections match this filter
   * @deprecated Please use the relevant generic filter 'decisionTreesConnection: { single: { node: ... } } }' instead.
   */
  decisionTreesConnection_SINGLE?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /**
   * Return NavigationNodes where some of the related NavigationNodeDecisionTreesConnections match this filter
   * @deprecated Please use the relevant generic filter 'decisionTreesConnection: { some: { node: ... } } }' instead.
   */
  decisionTreesConnection_SOME?: InputMaybe<NavigationNodeDecisionTreesConnectionWhere>;
  /**
   * Return NavigationNodes where all of the related DecisionTrees match this filter
   * @deprecated Please use the relevant generic filter 'decisionTrees: { all: ... }' instead.
   */
  decisionTrees_ALL?: InputMaybe<DecisionTreeWhere>;
  /**
   * Return NavigationNodes where none of the related DecisionTrees match this filter
   * @deprecated Please use the relevant generic filter 'decisionTrees: { none: ... }' instead.
   */
  decisionTrees_NONE?: InputMaybe<DecisionTreeWhere>;
  /**
   * Return NavigationNodes where one of the related DecisionTrees match this filter
   * @deprecated Please use the relevant generic filter 'decisionTrees: {  single: ... }' instead.
   */
  decisionTrees_SINGLE?: InputMaybe<DecisionTreeWhere>;
  /**
   * Return NavigationNodes where some of the related DecisionTrees match this filter
   * @deprecated Please use the relevant generic filter 'decisionTrees: {  some: ... }' instead.
   */
  decisionTrees_SOME?: InputMaybe<DecisionTreeWhere>;
  document?: InputMaybe<DocumentRelationshipFilters>;
  /** @deprecated Aggregate filters are moved inside the documentConnection filter, please use { documentConnection: { aggregate: {...} } } instead */
  documentAggregate?: InputMaybe<NavigationNodeDocumentAggregateInput>;
  documentConnection?: InputMaybe<NavigationNodeDocumentConnectionFilters>;
  /**
   * Return NavigationNodes where all of the related NavigationNodeDocumentConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentConnection: { all: { node: ... } } }' instead.
   */
  documentConnection_ALL?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /**
   * Return NavigationNodes where none of the related NavigationNodeDocumentConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentConnection: { none: { node: ... } } }' instead.
   */
  documentConnection_NONE?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /**
   * Return NavigationNodes where one of the related NavigationNodeDocumentConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentConnection: { single: { node: ... } } }' instead.
   */
  documentConnection_SINGLE?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /**
   * Return NavigationNodes where some of the related NavigationNodeDocumentConnections match this filter
   * @deprecated Please use the relevant generic filter 'documentConnection: { some: { node: ... } } }' instead.
   */
  documentConnection_SOME?: InputMaybe<NavigationNodeDocumentConnectionWhere>;
  /**
   * Return NavigationNodes where all of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'document: { all: ... }' instead.
   */
  document_ALL?: InputMaybe<DocumentWhere>;
  /**
   * Return NavigationNodes where none of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'document: { none: ... }' instead.
   */
  document_NONE?: InputMaybe<DocumentWhere>;
  /**
   * Return NavigationNodes where one of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'document: {  single: ... }' instead.
   */
  document_SINGLE?: InputMaybe<DocumentWhere>;
  /**
   * Return NavigationNodes where some of the related Documents match this filter
   * @deprecated Please use the relevant generic filter 'document: {  some: ... }' instead.
   */
  document_SOME?: InputMaybe<DocumentWhere>;
  enhancedNodeId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter enhancedNodeId: { contains: ... } */
  enhancedNodeId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter enhancedNodeId: { endsWith: ... } */
  enhancedNodeId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter enhancedNodeId: { eq: ... } */
  enhancedNodeId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter enhancedNodeId: { in: ... } */
  enhancedNodeId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter enhancedNodeId: { startsWith: ... } */
  enhancedNodeId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<IntScalarFilters>;
  /** @deprecated Please use the relevant generic filter level: { eq: ... } */
  level_EQ?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter level: { gt: ... } */
  level_GT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter level: { gte: ... } */
  level_GTE?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter level: { in: ... } */
  level_IN?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  /** @deprecated Please use the relevant generic filter level: { lt: ... } */
  level_LT?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Please use the relevant generic filter level: { lte: ... } */
  level_LTE?: InputMaybe<Scalars['Int']['input']>;
  sectionPath?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter sectionPath: { contains: ... } */
  sectionPath_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sectionPath: { endsWith: ... } */
  sectionPath_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sectionPath: { eq: ... } */
  sectionPath_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter sectionPath: { in: ... } */
  sectionPath_IN?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** @deprecated Please use the relevant generic filter sectionPath: { startsWith: ... } */
  sectionPath_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
  tenantId?: InputMaybe<IdScalarFilters>;
  /** @deprecated Please use the relevant generic filter tenantId: { contains: ... } */
  tenantId_CONTAINS?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { endsWith: ... } */
  tenantId_ENDS_WITH?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { eq: ... } */
  tenantId_EQ?: InputMaybe<Scalars['ID']['input']>;
  /** @deprecated Please use the relevant generic filter tenantId: { in: ... } */
  tenantId_IN?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** @deprecated Please use the relevant generic filter tenantId: { startsWith: ... } */
  tenantId_STARTS_WITH?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<StringScalarFilters>;
  /** @deprecated Please use the relevant generic filter title: { contains: ... } */
  title_CONTAINS?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { endsWith: ... } */
  title_ENDS_WITH?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { eq: ... } */
  title_EQ?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Please use the relevant generic filter title: { in: ... } */
  title_IN?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Please use the relevant generic filter title: { startsWith: ... } */
  title_STARTS_WITH?: InputMaybe<Scalars['String']['input']>;
};

export type NavigationNodesConnection = {
  __typename?: 'NavigationNodesConnection';
  aggregate: NavigationNodeAggregate;
  edges: Array<NavigationNodeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The platform event envelope, the same for subscriptions and webhooks (docs/SUBSCRIPTIONS.md). */
export type PlatformEvent = {
  __typename?: 'PlatformEvent';
  /** Pass as `since` to resume right after this event. */
  cursor: Scalars['String']['output'];
  data: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  publishedBy: Principal;
  tenantId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type PlatformHealth = {
  __typename?: 'PlatformHealth';
  checkedAt: Scalars['DateTime']['output'];
  dependencies: Array<DependencyHealth>;
  status: HealthStatus;
};

/** An authenticated subject within a tenant. */
export type Principal = {
  __typename?: 'Principal';
  /** The caller's own scopes; null for other principals. */
  scopes?: Maybe<Array<Scalars['String']['output']>>;
  subject: Scalars['ID']['output'];
  tenantId: Scalars['ID']['output'];
};

export type PublishEventInput = {
  data: Scalars['JSON']['input'];
  type: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  alertRule?: Maybe<AlertRule>;
  alertRules: Array<AlertRule>;
  apiKeys: Array<ApiKey>;
  /** The latest signed checkpoint. */
  auditCheckpoint?: Maybe<AuditCheckpoint>;
  /** Checkpoints with tree sizes in [from, to], oldest first. */
  auditCheckpoints: Array<AuditCheckpoint>;
  /** `toSize` defaults to the latest checkpoint's size. */
  auditConsistencyProof: AuditConsistencyProof;
  auditEvent?: Maybe<AuditEvent>;
  /** Keyset-paged, newest first unless `order` says otherwise; `first` ≤ 500. */
  auditEvents: AuditEventConnection;
  auditInclusionProof: AuditInclusionProof;
  auditSigningKeys: Array<AuditSigningKey>;
  decisionTrees: Array<DecisionTree>;
  decisionTreesConnection: DecisionTreesConnection;
  documentPackages: Array<DocumentPackage>;
  documentPackagesConnection: DocumentPackagesConnection;
  documents: Array<Document>;
  documentsByTitle: DocumentsIndexConnection;
  documentsConnection: DocumentsConnection;
  entities: Array<Entity>;
  entitiesByName: EntitiesIndexConnection;
  entitiesConnection: EntitiesConnection;
  eventTypes: Array<EventType>;
  exportJob?: Maybe<ExportJob>;
  /**
   * Newest first, filtered, paged with `after` = the previous page's endCursor. `first` is 0–100
   * (BAD_USER_INPUT beyond); a cursor this API did not issue is CURSOR_INVALID.
   */
  exportJobs: ExportJobConnection;
  matrixDocuments: Array<MatrixDocument>;
  matrixDocumentsConnection: MatrixDocumentsConnection;
  /** The caller, as the gateway verified them. */
  me: Principal;
  navigationNodes: Array<NavigationNode>;
  navigationNodesConnection: NavigationNodesConnection;
  platformHealth: PlatformHealth;
  /** Newest first. */
  securityThreats: SecurityThreatConnection;
  verifyAuditChain: AuditChainVerification;
  /** Every event, link, leaf and checkpoint; findings within sequences [from, to] when given. */
  verifyAuditTrail: AuditTrailVerification;
  webhook?: Maybe<Webhook>;
  webhookDelivery?: Maybe<WebhookDelivery>;
  webhooks: Array<Webhook>;
};


export type QueryAlertRuleArgs = {
  id: Scalars['ID']['input'];
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


export type QueryDecisionTreesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DecisionTreeSort>>;
  where?: InputMaybe<DecisionTreeWhere>;
};


export type QueryDecisionTreesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DecisionTreeSort>>;
  where?: InputMaybe<DecisionTreeWhere>;
};


export type QueryDocumentPackagesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageSort>>;
  where?: InputMaybe<DocumentPackageWhere>;
};


export type QueryDocumentPackagesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentPackageSort>>;
  where?: InputMaybe<DocumentPackageWhere>;
};


export type QueryDocumentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentSort>>;
  where?: InputMaybe<DocumentWhere>;
};


export type QueryDocumentsByTitleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phrase: Scalars['String']['input'];
  sort?: InputMaybe<Array<DocumentIndexSort>>;
  where?: InputMaybe<DocumentIndexWhere>;
};


export type QueryDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<DocumentSort>>;
  where?: InputMaybe<DocumentWhere>;
};


export type QueryEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryEntitiesByNameArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phrase: Scalars['String']['input'];
  sort?: InputMaybe<Array<EntityIndexSort>>;
  where?: InputMaybe<EntityIndexWhere>;
};


export type QueryEntitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<EntitySort>>;
  where?: InputMaybe<EntityWhere>;
};


export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatrixDocumentsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MatrixDocumentSort>>;
  where?: InputMaybe<MatrixDocumentWhere>;
};


export type QueryMatrixDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<MatrixDocumentSort>>;
  where?: InputMaybe<MatrixDocumentWhere>;
};


export type QueryNavigationNodesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NavigationNodeSort>>;
  where?: InputMaybe<NavigationNodeWhere>;
};


export type QueryNavigationNodesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<NavigationNodeSort>>;
  where?: InputMaybe<NavigationNodeWhere>;
};


export type QuerySecurityThreatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyAuditTrailArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

/** A points budget: `points` per `windowSeconds` (docs/SECURITY.md). */
export type RateLimit = {
  __typename?: 'RateLimit';
  points: Scalars['Int']['output'];
  windowSeconds: Scalars['Int']['output'];
};

export type RateLimitInput = {
  points: Scalars['Int']['input'];
  windowSeconds: Scalars['Int']['input'];
};

export type RecoverWebhookDeliveriesPayload = {
  __typename?: 'RecoverWebhookDeliveriesPayload';
  /** Failed deliveries queued again. */
  queued: Scalars['Int']['output'];
};

export type RotateApiKeyPayload = {
  __typename?: 'RotateApiKeyPayload';
  apiKey: ApiKey;
  /** The new key. Shown once; the old one works until `apiKey.previousSecretExpiresAt`. */
  secret: Scalars['String']['output'];
};

export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The new secret (whsec_…). Shown once. The old one keeps signing beside it for 24 hours. */
  signingSecret: Scalars['String']['output'];
  webhook: Webhook;
};

/** A detection (docs/SECURITY.md): typed, scored, with its evidence. */
export type SecurityThreat = {
  __typename?: 'SecurityThreat';
  clientIp?: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  detectedAt: Scalars['DateTime']['output'];
  evidence: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** The credential or principal concerned (a key prefix, a token subject); never a secret. */
  principal?: Maybe<Scalars['String']['output']>;
  /** 0 to 1. */
  severity: Scalars['Float']['output'];
  status: SecurityThreatStatus;
  type: SecurityThreatType;
};

export type SecurityThreatConnection = {
  __typename?: 'SecurityThreatConnection';
  edges: Array<SecurityThreatEdge>;
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  totalCount: Scalars['Int']['output'];
};

export type SecurityThreatEdge = {
  __typename?: 'SecurityThreatEdge';
  cursor: Scalars['String']['output'];
  node: SecurityThreat;
};

export type SecurityThreatStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN';

export type SecurityThreatType =
  | 'ANOMALOUS_BEHAVIOR'
  | 'BRUTE_FORCE_ATTACK'
  | 'DATA_EXFILTRATION';

export type SendTestEventPayload = {
  __typename?: 'SendTestEventPayload';
  deliveryId: Scalars['ID']['output'];
  /** The webhook.test event; it goes to this endpoint only. */
  event: PlatformEvent;
};

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The tenant's audit records as they are written; with `since`, every retained one after it first. */
  auditEvents: AuditEvent;
  /**
   * The caller's tenant's events, optionally only some types. With `since` (a cursor), every
   * retained event after it first, then live ones: no gap, no duplicate.
   */
  events: PlatformEvent;
  /** The job now, then each change of status or progress, completing after a final state. */
  exportJobUpdated: ExportJob;
  /** Delivery changes of the caller's tenant (one endpoint when `webhookId` is given), live: each attempt as it ends. */
  webhookDeliveryUpdated: WebhookDeliveryUpdate;
};


export type SubscriptionAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionEventsArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type SubscriptionExportJobUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionWebhookDeliveryUpdatedArgs = {
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change. */
export type UpdateWebhookInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  headers?: InputMaybe<Scalars['JSON']['input']>;
  rateLimitPerSecond?: InputMaybe<Scalars['Int']['input']>;
  retrySchedule?: InputMaybe<Array<Scalars['Int']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  /** Newest first. `since`/`until` bound the creation time. */
  deliveries: WebhookDeliveryConnection;
  description?: Maybe<Scalars['String']['output']>;
  eventTypes: Array<Scalars['String']['output']>;
  /** Custom headers sent with every delivery (values are shown; do not put secrets here you would not show). */
  headers: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Until when the secret replaced by the last rotation still signs beside the new one. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Deliveries per second at most; excess deliveries wait. Null: unlimited. */
  rateLimitPerSecond?: Maybe<Scalars['Int']['output']>;
  /** Seconds before each retry (attempt 1 is immediate); the attempt count is its length + 1. */
  retrySchedule: Array<Scalars['Int']['output']>;
  status: WebhookStatus;
  /** Why the endpoint is disabled or paused. */
  statusReason?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One HTTP attempt of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** The response body, truncated to 20 KiB. */
  responseBody?: Maybe<Scalars['String']['output']>;
  /** Null when no response arrived (timeout, connection error, refused address). */
  statusCode?: Maybe<Scalars['Int']['output']>;
  succeeded: Scalars['Boolean']['output'];
};

/** One event for one endpoint. `webhook-id` is the event id, the same on every attempt and replay. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** Why a FAILED delivery ended: the last error, 410 Gone, or its endpoint deleted or disabled. */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The envelope POSTed as the body (null once past retention). */
  payload?: Maybe<Scalars['JSON']['output']>;
  status: WebhookDeliveryStatus;
  updatedAt: Scalars['DateTime']['output'];
  webhookId: Scalars['ID']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** Every scheduled attempt failed, the endpoint answered 410, or it was disabled or deleted. */
  | 'FAILED'
  /** Queued, in flight or waiting for a retry. */
  | 'PENDING'
  | 'SUCCEEDED';

export type WebhookDeliveryUpdate = {
  __typename?: 'WebhookDeliveryUpdate';
  /** The attempt that changed the delivery; null for a change without one (queued, replayed, cancelled). */
  attempt?: Maybe<WebhookAttempt>;
  delivery: WebhookDelivery;
};

export type WebhookStatus =
  /** Receives deliveries. */
  | 'ACTIVE'
  /** Receives nothing: 410 Gone, continuous failure past the window, or an operator. resumeWebhook re-enables. */
  | 'DISABLED'
  /** Deliveries are created and held until resumeWebhook. */
  | 'PAUSED';

export type CreateExportInput = {
  destination?: ExportDestinationInput | null | undefined;
  format: ExportFormat;
  /** Required for DOCUMENT_PACKAGE. */
  packageId?: string | number | null | undefined;
  /** CUSTOM_QUERY parameters, and format options (`jsonLayout`: "lines" | "document"). */
  params?: unknown;
  /** Cypher for CUSTOM_QUERY: read-only, filtered on `$tenantId` (the caller's tenant, forced). */
  query?: string | null | undefined;
  type: ExportType;
};

export type ExportDestinationInput = {
  kind?: ExportDestinationKind;
  /**
   * S3 only: a folder inside the tenant's folder, at most 128 characters of `A-Z a-z 0-9 / _ . -`,
   * no `..`, no leading `/`.
   */
  prefix?: string | null | undefined;
};

export type ExportDestinationKind =
  | 'EMAIL'
  | 'GCS'
  /** A file under EXPORTS_DIR, downloaded through a signed, expiring URL. */
  | 'LOCAL'
  /**
   * An object in EXPORTS_S3_BUCKET (any S3-compatible store), under the tenant's folder; downloaded
   * through the same signed URL. NOT_AVAILABLE until an operator sets EXPORTS_S3_BUCKET.
   */
  | 'S3'
  | 'SFTP';

export type ExportFormat =
  /** A zip of one CSV per node label and relationship type (per table for tabular exports). */
  | 'CSV'
  /** A replayable Cypher script: MERGE on unique ids, UNWIND batches, one statement per line. */
  | 'CYPHER'
  /** One sheet per node label and relationship type; EXPORTS_EXCEL_MAX_ROWS rows per sheet. */
  | 'EXCEL'
  | 'GRAPHML'
  /** JSON Lines by default; `params: { jsonLayout: "document" }` for one JSON document. */
  | 'JSON'
  /** A zip of one Parquet file per node label and relationship type (per table). */
  | 'PARQUET'
  | 'PDF_REPORT'
  | 'XML';

export type ExportJobFilter = {
  /** Jobs created strictly after this instant. */
  createdAfter?: string | null | undefined;
  /** Jobs created strictly before this instant. */
  createdBefore?: string | null | undefined;
  format?: Array<ExportFormat> | null | undefined;
  /** Jobs exporting this package (DOCUMENT_PACKAGE). */
  packageId?: string | number | null | undefined;
  status?: Array<ExportStatus> | null | undefined;
  type?: Array<ExportType> | null | undefined;
};

export type ExportStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED';

export type ExportType =
  /** Summary tables: counts by label, relationship type, entity type, decision outcome. */
  | 'ANALYTICS_REPORT'
  /** Not available yet (NOT_AVAILABLE). */
  | 'AUDIT_LOG'
  /** A read-only Cypher query (`query`, `params`); it must filter on `$tenantId`. */
  | 'CUSTOM_QUERY'
  /** Decision trees with the guide sections they hang on. */
  | 'DECISION_TREES'
  /** One package (packageId): its documents, sections, decision trees, entities and matrices. */
  | 'DOCUMENT_PACKAGE'
  /** Entities and the RELATES_TO relationships between them. */
  | 'ENTITY_RELATIONSHIPS'
  /** Every node and relationship of the tenant's knowledge graph. */
  | 'FULL_KNOWLEDGE_GRAPH'
  /** LTV/FICO matrix rows with their package, as one table. */
  | 'MATRIX_DATA';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, tenantId: string, scopes: Array<string> | null } };

export type PackagesQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type PackagesQuery = { documentPackages: Array<{ packageId: string, name: string, status: string | null, documents: Array<{ documentId: string, title: string, documentType: string | null }> }> };

export type ExportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ExportJobFilter | null | undefined;
}>;


export type ExportJobsQuery = { exportJobs: { totalCount: number | null, edges: Array<{ node: { id: string, type: ExportType, format: ExportFormat, status: ExportStatus, createdAt: string, package: { packageId: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateExportMutationVariables = Exact<{
  input: CreateExportInput;
}>;


export type CreateExportMutation = { createExport: { id: string, status: ExportStatus } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const PackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Packages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}}]}}]}}]}}]} as unknown as DocumentNode<PackagesQuery, PackagesQueryVariables>;
export const ExportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ExportJobsQuery, ExportJobsQueryVariables>;
export const CreateExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateExportMutation, CreateExportMutationVariables>;