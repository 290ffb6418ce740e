import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IncidentView } from '../views.js';
import type { PlatformEvent as SecurityEventEnvelope } from '../../../lib/events/envelope.js';
import type { SubgraphContext } from '../../../lib/subgraphServer.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/**
 * A key for partner apps: `Authorization: Bearer <key>` or `x-api-key: <key>`, over HTTP and in the
 * graphql-ws `connection_init`. It acts as the principal `apikey:<id>` in its tenant with its scopes.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  /** The key stops working then (at most API_KEY_MAX_LIFETIME_DAYS after creation). */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Last authenticated use, written at most every few seconds per gateway. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** First characters of the key, for recognising it; the key itself is shown once. */
  prefix: Scalars['String']['output'];
  /** During a rotation's overlap, the previous secret keeps working until then. */
  previousSecretExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Overrides the platform's per-principal budget for this key. */
  rateLimit: Maybe<RateLimit>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  rotatedAt: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
  status: ApiKeyStatus;
  /** While SUSPENDED: when the key works again (unless reinstated sooner). */
  suspendedUntil: Maybe<Scalars['DateTime']['output']>;
  /** Why it was suspended: a person's reason, or the threat that triggered the automatic response. */
  suspensionReason: Maybe<Scalars['String']['output']>;
  /**
   * When true the key may run only the registered (persisted) documents of the partner client's
   * manifest; anything else is OPERATION_NOT_TRUSTED.
   */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
};

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED'
  /** Refused (API_KEY_SUSPENDED) until `suspendedUntil`, by hand or by a threat's automatic response. */
  | 'SUSPENDED';

export type CreateApiKeyInput = {
  /** Defaults to, and may not exceed, API_KEY_MAX_LIFETIME_DAYS from now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  rateLimit?: InputMaybe<RateLimitInput>;
  /** A subset of the creator's own scopes. */
  scopes: Array<Scalars['String']['input']>;
  /** Restrict the key to registered documents (docs/PARTNERS.md). Default false. */
  trustedDocumentsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The key. Shown once: store it now. */
  secret: Scalars['String']['output'];
};

/** A tenant's data-encryption key for one purpose (envelope encryption, AES-256-GCM): metadata only. */
export type EncryptionKey = {
  __typename?: 'EncryptionKey';
  createdAt: Scalars['DateTime']['output'];
  destroyedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Versions below this no longer decrypt (retired). */
  minDecryptVersion: Scalars['Int']['output'];
  nextRotationAt: Scalars['DateTime']['output'];
  purpose: EncryptionKeyPurpose;
  rewrap: Maybe<RewrapProgress>;
  rotatedAt: Maybe<Scalars['DateTime']['output']>;
  status: EncryptionKeyStatus;
  /** Values encrypted under any version. */
  usageCount: Scalars['Int']['output'];
  /** The newest version: what new data is encrypted with. */
  version: Scalars['Int']['output'];
  versions: Array<EncryptionKeyVersion>;
};

export type EncryptionKeyPurpose =
  /**
   * The audit trail's per-subject keys, which seal each event's personal fields (IP, user agent,
   * free text). Destroying it crypto-shreds those fields of every subject of the tenant.
   */
  | 'AUDIT_PERSONAL'
  /** Alert notification channel URLs and routing keys (observability). */
  | 'NOTIFICATION_CHANNELS'
  /** Webhook signing secrets (integrations). */
  | 'WEBHOOK_SECRETS';

export type EncryptionKeyStatus =
  /** Rotated past or retired: decrypts only (versions at or above `minDecryptVersion`). */
  | 'DECRYPT_ONLY'
  /** Crypto-shredded: data under it reads as KEY_DESTROYED. */
  | 'DESTROYED'
  | 'ENABLED';

/** One version of a data-encryption key: metadata only, never key material. */
export type EncryptionKeyVersion = {
  __typename?: 'EncryptionKeyVersion';
  createdAt: Scalars['DateTime']['output'];
  /** Values encrypted under this version (as the last rewrap or write counted them). */
  encryptions: Scalars['Int']['output'];
  status: EncryptionKeyStatus;
  version: Scalars['Int']['output'];
  /** The platform key-encryption key (SECRETS_ENCRYPTION_KEYS id) that wraps it now. */
  wrappedBy: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  createApiKey: CreateApiKeyPayload;
  /** Crypto-shredding: every version is destroyed; data under the key reads as KEY_DESTROYED. `confirm` must equal the key's id. */
  destroyEncryptionKey: EncryptionKey;
  openSecurityIncident: SecurityIncident;
  /** Ends a suspension now, whoever made it. */
  reinstateApiKey: ApiKey;
  /** Versions below `minDecryptVersion` stop decrypting; refused while data still uses them (rewrap first). */
  retireEncryptionKeyVersions: EncryptionKey;
  /** Ends every use of the key on every gateway within a second, open subscriptions included. */
  revokeApiKey: ApiKey;
  /** A new secret for the key; the old one keeps working for `overlapSeconds` (≤ API_KEY_MAX_OVERLAP_SECONDS). */
  rotateApiKey: RotateApiKeyPayload;
  /** A new version for new data; older versions keep decrypting and a background rewrap moves data up. */
  rotateEncryptionKey: EncryptionKey;
  /** Refuses the key (API_KEY_SUSPENDED) for `seconds` (60 to 30 days); ends its open subscriptions. */
  suspendApiKey: ApiKey;
  /** Moves the status (allowed transitions only), adds a note, sets the assignee; each lands on the timeline. */
  updateSecurityIncident: SecurityIncident;
  updateSecuritySettings: SecuritySettings;
  /** CONFIRMED or DISMISSED, with a note; a dismissed condition may be detected again as a new threat. */
  updateSecurityThreat: SecurityThreat;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationDestroyEncryptionKeyArgs = {
  confirm: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationOpenSecurityIncidentArgs = {
  input: OpenSecurityIncidentInput;
};


export type MutationReinstateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireEncryptionKeyVersionsArgs = {
  id: Scalars['ID']['input'];
  minDecryptVersion: Scalars['Int']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRotateEncryptionKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendApiKeyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  seconds: Scalars['Int']['input'];
};


export type MutationUpdateSecurityIncidentArgs = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SecurityIncidentStatus>;
  threatIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationUpdateSecuritySettingsArgs = {
  input: SecuritySettingsInput;
};


export type MutationUpdateSecurityThreatArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: SecurityThreatStatus;
};

export type OpenSecurityIncidentInput = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  severity: SecurityIncidentSeverity;
  /** Threats of this tenant to link; each may belong to one incident. */
  threatIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

/** An authenticated subject within a tenant. */
export type Principal = {
  __typename?: 'Principal';
  /** The caller's own scopes; null for other principals. */
  scopes: Maybe<Array<Scalars['String']['output']>>;
  subject: Scalars['ID']['output'];
  tenantId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  apiKeys: Array<ApiKey>;
  /** The tenant's data-encryption keys, one per purpose (created on first use). */
  encryptionKeys: Array<EncryptionKey>;
  /** The caller, as the gateway verified them. */
  me: Principal;
  securityIncident: Maybe<SecurityIncident>;
  /** Newest first. */
  securityIncidents: SecurityIncidentConnection;
  securitySettings: SecuritySettings;
  securityThreat: Maybe<SecurityThreat>;
  /** Newest first. */
  securityThreats: SecurityThreatConnection;
};


export type QuerySecurityIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecurityIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityIncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityThreatArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecurityThreatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityThreatFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Progress of moving data to the key's newest version; no plaintext leaves the owning process. */
export type RewrapProgress = {
  __typename?: 'RewrapProgress';
  done: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  startedAt: Scalars['DateTime']['output'];
  targetVersion: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type RotateApiKeyPayload = {
  __typename?: 'RotateApiKeyPayload';
  apiKey: ApiKey;
  /** The new key. Shown once; the old one works until `apiKey.previousSecretExpiresAt`. */
  secret: Scalars['String']['output'];
};

/**
 * A security change, as also published on the event path (`security.*` platform events, so
 * webhooks deliver them alongside). The object fields show the object as it is now.
 */
export type SecurityEvent = {
  __typename?: 'SecurityEvent';
  apiKey: Maybe<ApiKey>;
  /** Pass as `since` to resume right after this event. */
  cursor: Scalars['String']['output'];
  /** The event's data as published (ids, statuses, severities). */
  data: Scalars['JSON']['output'];
  encryptionKey: Maybe<EncryptionKey>;
  /** The platform event type, e.g. `security.threat_detected`. */
  eventType: Scalars['String']['output'];
  /** The platform event's id. */
  id: Scalars['ID']['output'];
  incident: Maybe<SecurityIncident>;
  occurredAt: Scalars['DateTime']['output'];
  threat: Maybe<SecurityThreat>;
  type: SecurityEventType;
};

export type SecurityEventType =
  | 'API_KEY_CREATED'
  | 'API_KEY_REINSTATED'
  | 'API_KEY_REVOKED'
  | 'API_KEY_ROTATED'
  | 'API_KEY_SUSPENDED'
  | 'INCIDENT_OPENED'
  | 'INCIDENT_OVERDUE'
  | 'INCIDENT_UPDATED'
  | 'KEY_DESTROYED'
  | 'KEY_ROTATED'
  | 'THREAT_DETECTED'
  | 'THREAT_UPDATED';

export type SecurityIncident = {
  __typename?: 'SecurityIncident';
  acknowledgeDueAt: Scalars['DateTime']['output'];
  /** First move out of OPEN. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  assignee: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** INC-YYYYMMDD-NNNN, unique within the tenant. */
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  openedBy: Scalars['String']['output'];
  /** Past a due time it has not met; an overdue incident raises an alert (source SECURITY). */
  overdue: Scalars['Boolean']['output'];
  resolutionDueAt: Scalars['DateTime']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  severity: SecurityIncidentSeverity;
  status: SecurityIncidentStatus;
  threats: Array<SecurityThreat>;
  timeline: Array<SecurityIncidentTimelineEntry>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SecurityIncidentConnection = {
  __typename?: 'SecurityIncidentConnection';
  edges: Array<SecurityIncidentEdge>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  totalCount: Scalars['Int']['output'];
};

export type SecurityIncidentEdge = {
  __typename?: 'SecurityIncidentEdge';
  cursor: Scalars['String']['output'];
  node: SecurityIncident;
};

export type SecurityIncidentFilter = {
  assignee?: InputMaybe<Scalars['String']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  severities?: InputMaybe<Array<SecurityIncidentSeverity>>;
  statuses?: InputMaybe<Array<SecurityIncidentStatus>>;
};

export type SecurityIncidentSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type SecurityIncidentSla = {
  __typename?: 'SecurityIncidentSla';
  acknowledgeSeconds: Scalars['Int']['output'];
  resolveSeconds: Scalars['Int']['output'];
  severity: SecurityIncidentSeverity;
};

export type SecurityIncidentSlaInput = {
  acknowledgeSeconds: Scalars['Int']['input'];
  resolveSeconds: Scalars['Int']['input'];
  severity: SecurityIncidentSeverity;
};

/** OPEN → INVESTIGATING → IDENTIFIED → MONITORING → RESOLVED; other moves are INVALID_TRANSITION (docs/SECURITY.md). */
export type SecurityIncidentStatus =
  | 'IDENTIFIED'
  | 'INVESTIGATING'
  | 'MONITORING'
  | 'OPEN'
  | 'RESOLVED';

/** One entry of an incident's timeline: every change and note, with who and when. */
export type SecurityIncidentTimelineEntry = {
  __typename?: 'SecurityIncidentTimelineEntry';
  /** A principal's subject, or `system:security` for the detectors and SLA checks. */
  actor: Scalars['String']['output'];
  assignee: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  fromStatus: Maybe<SecurityIncidentStatus>;
  /** opened, status_changed, assigned, note, threat_linked, overdue. */
  kind: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  threatId: Maybe<Scalars['ID']['output']>;
  toStatus: Maybe<SecurityIncidentStatus>;
};

/** Detector thresholds and responses for one tenant; omitted fields keep the platform defaults. */
export type SecuritySettings = {
  __typename?: 'SecuritySettings';
  /** Suspend the offending API key on a threat at or above `autoSuspendMinSeverity`. */
  autoSuspendApiKeys: Scalars['Boolean']['output'];
  autoSuspendMinSeverity: Scalars['Float']['output'];
  autoSuspendSeconds: Scalars['Int']['output'];
  /** How many times a principal's baseline (records read, bytes downloaded, requests) counts as far above it. */
  baselineMultiplier: Scalars['Float']['output'];
  businessHoursEnd: Scalars['Int']['output'];
  /** Hour of day (0–23) business starts; activity outside [start, end) is off-hours. */
  businessHoursStart: Scalars['Int']['output'];
  /** Off-hours detection on (ANOMALOUS_BEHAVIOR, condition off_hours). */
  detectOffHours: Scalars['Boolean']['output'];
  /** Exports one principal may create in an hour before DATA_EXFILTRATION. */
  exportsPerHourThreshold: Scalars['Int']['output'];
  /** A threat at or above this risk opens an incident automatically. */
  incidentRiskThreshold: Scalars['Int']['output'];
  /** Per incident severity: seconds to acknowledge and to resolve. */
  incidentSla: Array<SecurityIncidentSla>;
  /** Distinct subjects failing from one IP within 5 minutes that count as password spraying. */
  passwordSprayThreshold: Scalars['Int']['output'];
  /** IANA time zone the business hours are in. */
  timeZone: Scalars['String']['output'];
};

export type SecuritySettingsInput = {
  autoSuspendApiKeys?: InputMaybe<Scalars['Boolean']['input']>;
  autoSuspendMinSeverity?: InputMaybe<Scalars['Float']['input']>;
  autoSuspendSeconds?: InputMaybe<Scalars['Int']['input']>;
  baselineMultiplier?: InputMaybe<Scalars['Float']['input']>;
  businessHoursEnd?: InputMaybe<Scalars['Int']['input']>;
  businessHoursStart?: InputMaybe<Scalars['Int']['input']>;
  detectOffHours?: InputMaybe<Scalars['Boolean']['input']>;
  exportsPerHourThreshold?: InputMaybe<Scalars['Int']['input']>;
  incidentRiskThreshold?: InputMaybe<Scalars['Int']['input']>;
  incidentSla?: InputMaybe<Array<SecurityIncidentSlaInput>>;
  passwordSprayThreshold?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A detection (docs/SECURITY.md): typed, scored, with its evidence. The same condition on the same
 * principal updates one open threat (`occurrences`, `lastSeenAt`, `evidence`) instead of duplicating.
 */
export type SecurityThreat = {
  __typename?: 'SecurityThreat';
  clientIp: Maybe<Scalars['String']['output']>;
  /** What was detected, e.g. `auth_failures`, `password_spray`, `export_volume`, `new_ip`. */
  condition: Scalars['String']['output'];
  /** 0 to 1. */
  confidence: Scalars['Float']['output'];
  detectedAt: Scalars['DateTime']['output'];
  /** Counts, thresholds, baselines and audit event ids behind the detection. */
  evidence: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** The incident this threat is linked to, if any. */
  incidentId: Maybe<Scalars['ID']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  occurrences: Scalars['Int']['output'];
  /** The credential or principal concerned (`apikey:<id>`, a token subject, `key:<prefix>`); never a secret. */
  principal: Maybe<Scalars['String']['output']>;
  /** What the automatic response did (an API key suspended), if anything. */
  response: Maybe<Scalars['String']['output']>;
  /** round(100 × severity × confidence): at or above the tenant's `incidentRiskThreshold` a threat opens an incident. */
  risk: Scalars['Int']['output'];
  /** 0 to 1. */
  severity: Scalars['Float']['output'];
  status: SecurityThreatStatus;
  type: SecurityThreatType;
};

export type SecurityThreatConnection = {
  __typename?: 'SecurityThreatConnection';
  edges: Array<SecurityThreatEdge>;
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  totalCount: Scalars['Int']['output'];
};

export type SecurityThreatEdge = {
  __typename?: 'SecurityThreatEdge';
  cursor: Scalars['String']['output'];
  node: SecurityThreat;
};

export type SecurityThreatFilter = {
  minSeverity?: InputMaybe<Scalars['Float']['input']>;
  principal?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<SecurityThreatStatus>>;
  types?: InputMaybe<Array<SecurityThreatType>>;
};

export type SecurityThreatStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN';

export type SecurityThreatType =
  | 'ANOMALOUS_BEHAVIOR'
  | 'BRUTE_FORCE_ATTACK'
  | 'DATA_EXFILTRATION';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Threats, incidents, encryption keys and API keys changing in the caller's tenant; resumable from
   * any event's `cursor` (`since`). Empty `types` means all.
   */
  securityEvents: SecurityEvent;
};


export type SubscriptionSecurityEventsArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<SecurityEventType>>;
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
  ApiKey: ApiKey;
  EncryptionKey: EncryptionKey;
  Principal: Principal;
  SecurityIncident: SecurityIncident;
  SecurityThreat: SecurityThreat;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApiKey:
    ( { __typename: 'ApiKey' }
    & GraphQLRecursivePick<FederationTypes['ApiKey'], {"id":true}> );
  EncryptionKey:
    ( { __typename: 'EncryptionKey' }
    & GraphQLRecursivePick<FederationTypes['EncryptionKey'], {"id":true}> );
  Principal:
    ( { __typename: 'Principal' }
    & GraphQLRecursivePick<FederationTypes['Principal'], {"subject":true}> );
  SecurityIncident:
    ( { __typename: 'SecurityIncident' }
    & GraphQLRecursivePick<FederationTypes['SecurityIncident'], {"id":true}> );
  SecurityThreat:
    ( { __typename: 'SecurityThreat' }
    & GraphQLRecursivePick<FederationTypes['SecurityThreat'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKey>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApiKeyStatus: ApiKeyStatus;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<CreateApiKeyPayload>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EncryptionKey: ResolverTypeWrapper<EncryptionKey>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EncryptionKeyPurpose: EncryptionKeyPurpose;
  EncryptionKeyStatus: EncryptionKeyStatus;
  EncryptionKeyVersion: ResolverTypeWrapper<EncryptionKeyVersion>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenSecurityIncidentInput: OpenSecurityIncidentInput;
  Principal: ResolverTypeWrapper<Principal>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  RateLimitInput: RateLimitInput;
  RewrapProgress: ResolverTypeWrapper<RewrapProgress>;
  RotateApiKeyPayload: ResolverTypeWrapper<RotateApiKeyPayload>;
  SecurityEvent: ResolverTypeWrapper<SecurityEventEnvelope>;
  SecurityEventType: SecurityEventType;
  SecurityIncident: ResolverTypeWrapper<IncidentView>;
  SecurityIncidentConnection: ResolverTypeWrapper<Omit<SecurityIncidentConnection, 'edges'> & { edges: Array<ResolversTypes['SecurityIncidentEdge']> }>;
  SecurityIncidentEdge: ResolverTypeWrapper<Omit<SecurityIncidentEdge, 'node'> & { node: ResolversTypes['SecurityIncident'] }>;
  SecurityIncidentFilter: SecurityIncidentFilter;
  SecurityIncidentSeverity: SecurityIncidentSeverity;
  SecurityIncidentSla: ResolverTypeWrapper<SecurityIncidentSla>;
  SecurityIncidentSlaInput: SecurityIncidentSlaInput;
  SecurityIncidentStatus: SecurityIncidentStatus;
  SecurityIncidentTimelineEntry: ResolverTypeWrapper<SecurityIncidentTimelineEntry>;
  SecuritySettings: ResolverTypeWrapper<SecuritySettings>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SecuritySettingsInput: SecuritySettingsInput;
  SecurityThreat: ResolverTypeWrapper<SecurityThreat>;
  SecurityThreatConnection: ResolverTypeWrapper<SecurityThreatConnection>;
  SecurityThreatEdge: ResolverTypeWrapper<SecurityThreatEdge>;
  SecurityThreatFilter: SecurityThreatFilter;
  SecurityThreatStatus: SecurityThreatStatus;
  SecurityThreatType: SecurityThreatType;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKey | FederationReferenceTypes['ApiKey'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: CreateApiKeyPayload;
  DateTime: Scalars['DateTime']['output'];
  EncryptionKey: EncryptionKey | FederationReferenceTypes['EncryptionKey'];
  Int: Scalars['Int']['output'];
  EncryptionKeyVersion: EncryptionKeyVersion;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenSecurityIncidentInput: OpenSecurityIncidentInput;
  Principal: Principal | FederationReferenceTypes['Principal'];
  Query: Record<PropertyKey, never>;
  RateLimit: RateLimit;
  RateLimitInput: RateLimitInput;
  RewrapProgress: RewrapProgress;
  RotateApiKeyPayload: RotateApiKeyPayload;
  SecurityEvent: SecurityEventEnvelope;
  SecurityIncident: IncidentView;
  SecurityIncidentConnection: Omit<SecurityIncidentConnection, 'edges'> & { edges: Array<ResolversParentTypes['SecurityIncidentEdge']> };
  SecurityIncidentEdge: Omit<SecurityIncidentEdge, 'node'> & { node: ResolversParentTypes['SecurityIncident'] };
  SecurityIncidentFilter: SecurityIncidentFilter;
  SecurityIncidentSla: SecurityIncidentSla;
  SecurityIncidentSlaInput: SecurityIncidentSlaInput;
  SecurityIncidentTimelineEntry: SecurityIncidentTimelineEntry;
  SecuritySettings: SecuritySettings;
  Float: Scalars['Float']['output'];
  SecuritySettingsInput: SecuritySettingsInput;
  SecurityThreat: SecurityThreat | FederationReferenceTypes['SecurityThreat'];
  SecurityThreatConnection: SecurityThreatConnection;
  SecurityThreatEdge: SecurityThreatEdge;
  SecurityThreatFilter: SecurityThreatFilter;
  Subscription: Record<PropertyKey, never>;
}>;

export type ApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey'], FederationReferenceType extends FederationReferenceTypes['ApiKey'] = FederationReferenceTypes['ApiKey']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiKey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rateLimit?: Resolver<Maybe<ResolversTypes['RateLimit']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
  suspendedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  suspensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trustedDocumentsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EncryptionKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EncryptionKey'] = ResolversParentTypes['EncryptionKey'], FederationReferenceType extends FederationReferenceTypes['EncryptionKey'] = FederationReferenceTypes['EncryptionKey']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EncryptionKey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destroyedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minDecryptVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextRotationAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['EncryptionKeyPurpose'], ParentType, ContextType>;
  rewrap?: Resolver<Maybe<ResolversTypes['RewrapProgress']>, ParentType, ContextType>;
  rotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EncryptionKeyStatus'], ParentType, ContextType>;
  usageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['EncryptionKeyVersion']>, ParentType, ContextType>;
}>;

export type EncryptionKeyVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EncryptionKeyVersion'] = ResolversParentTypes['EncryptionKeyVersion']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  encryptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EncryptionKeyStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wrappedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  destroyEncryptionKey?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType, RequireFields<MutationDestroyEncryptionKeyArgs, 'confirm' | 'id'>>;
  openSecurityIncident?: Resolver<ResolversTypes['SecurityIncident'], ParentType, ContextType, RequireFields<MutationOpenSecurityIncidentArgs, 'input'>>;
  reinstateApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationReinstateApiKeyArgs, 'id'>>;
  retireEncryptionKeyVersions?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType, RequireFields<MutationRetireEncryptionKeyVersionsArgs, 'id' | 'minDecryptVersion'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateApiKey?: Resolver<ResolversTypes['RotateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'id' | 'overlapSeconds'>>;
  rotateEncryptionKey?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType, RequireFields<MutationRotateEncryptionKeyArgs, 'id'>>;
  suspendApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationSuspendApiKeyArgs, 'id' | 'reason' | 'seconds'>>;
  updateSecurityIncident?: Resolver<ResolversTypes['SecurityIncident'], ParentType, ContextType, RequireFields<MutationUpdateSecurityIncidentArgs, 'id'>>;
  updateSecuritySettings?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType, RequireFields<MutationUpdateSecuritySettingsArgs, 'input'>>;
  updateSecurityThreat?: Resolver<ResolversTypes['SecurityThreat'], ParentType, ContextType, RequireFields<MutationUpdateSecurityThreatArgs, 'id' | 'status'>>;
}>;

export type PrincipalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal'], FederationReferenceType extends FederationReferenceTypes['Principal'] = FederationReferenceTypes['Principal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Principal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  scopes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  encryptionKeys?: Resolver<Array<ResolversTypes['EncryptionKey']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  securityIncident?: Resolver<Maybe<ResolversTypes['SecurityIncident']>, ParentType, ContextType, RequireFields<QuerySecurityIncidentArgs, 'id'>>;
  securityIncidents?: Resolver<ResolversTypes['SecurityIncidentConnection'], ParentType, ContextType, RequireFields<QuerySecurityIncidentsArgs, 'first'>>;
  securitySettings?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType>;
  securityThreat?: Resolver<Maybe<ResolversTypes['SecurityThreat']>, ParentType, ContextType, RequireFields<QuerySecurityThreatArgs, 'id'>>;
  securityThreats?: Resolver<ResolversTypes['SecurityThreatConnection'], ParentType, ContextType, RequireFields<QuerySecurityThreatsArgs, 'first'>>;
}>;

export type RateLimitResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RateLimit'] = ResolversParentTypes['RateLimit']> = ResolversObject<{
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RewrapProgressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RewrapProgress'] = ResolversParentTypes['RewrapProgress']> = ResolversObject<{
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  targetVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RotateApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RotateApiKeyPayload'] = ResolversParentTypes['RotateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SecurityEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityEvent'] = ResolversParentTypes['SecurityEvent']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  encryptionKey?: Resolver<Maybe<ResolversTypes['EncryptionKey']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['SecurityIncident']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  threat?: Resolver<Maybe<ResolversTypes['SecurityThreat']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SecurityEventType'], ParentType, ContextType>;
}>;

export type SecurityIncidentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityIncident'] = ResolversParentTypes['SecurityIncident'], FederationReferenceType extends FederationReferenceTypes['SecurityIncident'] = FederationReferenceTypes['SecurityIncident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecurityIncident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgeDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['SecurityIncidentSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SecurityIncidentStatus'], ParentType, ContextType>;
  threats?: Resolver<Array<ResolversTypes['SecurityThreat']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['SecurityIncidentTimelineEntry']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SecurityIncidentConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityIncidentConnection'] = ResolversParentTypes['SecurityIncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecurityIncidentEdge']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecurityIncidentEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityIncidentEdge'] = ResolversParentTypes['SecurityIncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecurityIncident'], ParentType, ContextType>;
}>;

export type SecurityIncidentSlaResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityIncidentSla'] = ResolversParentTypes['SecurityIncidentSla']> = ResolversObject<{
  acknowledgeSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolveSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['SecurityIncidentSeverity'], ParentType, ContextType>;
}>;

export type SecurityIncidentTimelineEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityIncidentTimelineEntry'] = ResolversParentTypes['SecurityIncidentTimelineEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['SecurityIncidentStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  threatId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['SecurityIncidentStatus']>, ParentType, ContextType>;
}>;

export type SecuritySettingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecuritySettings'] = ResolversParentTypes['SecuritySettings']> = ResolversObject<{
  autoSuspendApiKeys?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  autoSuspendMinSeverity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  autoSuspendSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baselineMultiplier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  businessHoursEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  businessHoursStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detectOffHours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exportsPerHourThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentRiskThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentSla?: Resolver<Array<ResolversTypes['SecurityIncidentSla']>, ParentType, ContextType>;
  passwordSprayThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SecurityThreatResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityThreat'] = ResolversParentTypes['SecurityThreat'], FederationReferenceType extends FederationReferenceTypes['SecurityThreat'] = FederationReferenceTypes['SecurityThreat']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecurityThreat']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clientIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  principal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  risk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SecurityThreatStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SecurityThreatType'], ParentType, ContextType>;
}>;

export type SecurityThreatConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityThreatConnection'] = ResolversParentTypes['SecurityThreatConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecurityThreatEdge']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecurityThreatEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityThreatEdge'] = ResolversParentTypes['SecurityThreatEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecurityThreat'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  securityEvents?: SubscriptionResolver<ResolversTypes['SecurityEvent'], "securityEvents", ParentType, ContextType, Partial<SubscriptionSecurityEventsArgs>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EncryptionKey?: EncryptionKeyResolvers<ContextType>;
  EncryptionKeyVersion?: EncryptionKeyVersionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  RewrapProgress?: RewrapProgressResolvers<ContextType>;
  RotateApiKeyPayload?: RotateApiKeyPayloadResolvers<ContextType>;
  SecurityEvent?: SecurityEventResolvers<ContextType>;
  SecurityIncident?: SecurityIncidentResolvers<ContextType>;
  SecurityIncidentConnection?: SecurityIncidentConnectionResolvers<ContextType>;
  SecurityIncidentEdge?: SecurityIncidentEdgeResolvers<ContextType>;
  SecurityIncidentSla?: SecurityIncidentSlaResolvers<ContextType>;
  SecurityIncidentTimelineEntry?: SecurityIncidentTimelineEntryResolvers<ContextType>;
  SecuritySettings?: SecuritySettingsResolvers<ContextType>;
  SecurityThreat?: SecurityThreatResolvers<ContextType>;
  SecurityThreatConnection?: SecurityThreatConnectionResolvers<ContextType>;
  SecurityThreatEdge?: SecurityThreatEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;

