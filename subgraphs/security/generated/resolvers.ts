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
  /**
   * When true the key may run only the registered (persisted) documents of the partner client's
   * manifest; anything else is OPERATION_NOT_TRUSTED.
   */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
};

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

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

export type Mutation = {
  __typename?: 'Mutation';
  createApiKey: CreateApiKeyPayload;
  /** Ends every use of the key on every gateway within a second, open subscriptions included. */
  revokeApiKey: ApiKey;
  /** A new secret for the key; the old one keeps working for `overlapSeconds` (≤ API_KEY_MAX_OVERLAP_SECONDS). */
  rotateApiKey: RotateApiKeyPayload;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
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
  /** The caller, as the gateway verified them. */
  me: Principal;
  /** Newest first. */
  securityThreats: SecurityThreatConnection;
};


export type QuerySecurityThreatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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

export type RotateApiKeyPayload = {
  __typename?: 'RotateApiKeyPayload';
  apiKey: ApiKey;
  /** The new key. Shown once; the old one works until `apiKey.previousSecretExpiresAt`. */
  secret: Scalars['String']['output'];
};

/** A detection (docs/SECURITY.md): typed, scored, with its evidence. */
export type SecurityThreat = {
  __typename?: 'SecurityThreat';
  clientIp: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  detectedAt: Scalars['DateTime']['output'];
  evidence: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** The credential or principal concerned (a key prefix, a token subject); never a secret. */
  principal: Maybe<Scalars['String']['output']>;
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

export type SecurityThreatStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN';

export type SecurityThreatType =
  | 'ANOMALOUS_BEHAVIOR'
  | 'BRUTE_FORCE_ATTACK'
  | 'DATA_EXFILTRATION';

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
  Principal: Principal;
  SecurityThreat: SecurityThreat;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ApiKey:
    ( { __typename: 'ApiKey' }
    & GraphQLRecursivePick<FederationTypes['ApiKey'], {"id":true}> );
  Principal:
    ( { __typename: 'Principal' }
    & GraphQLRecursivePick<FederationTypes['Principal'], {"subject":true}> );
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
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Principal: ResolverTypeWrapper<Principal>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  RateLimitInput: RateLimitInput;
  RotateApiKeyPayload: ResolverTypeWrapper<RotateApiKeyPayload>;
  SecurityThreat: ResolverTypeWrapper<SecurityThreat>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SecurityThreatConnection: ResolverTypeWrapper<SecurityThreatConnection>;
  SecurityThreatEdge: ResolverTypeWrapper<SecurityThreatEdge>;
  SecurityThreatStatus: SecurityThreatStatus;
  SecurityThreatType: SecurityThreatType;
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
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Principal: Principal | FederationReferenceTypes['Principal'];
  Query: Record<PropertyKey, never>;
  RateLimit: RateLimit;
  RateLimitInput: RateLimitInput;
  RotateApiKeyPayload: RotateApiKeyPayload;
  SecurityThreat: SecurityThreat | FederationReferenceTypes['SecurityThreat'];
  Float: Scalars['Float']['output'];
  SecurityThreatConnection: SecurityThreatConnection;
  SecurityThreatEdge: SecurityThreatEdge;
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
  trustedDocumentsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateApiKey?: Resolver<ResolversTypes['RotateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'id' | 'overlapSeconds'>>;
}>;

export type PrincipalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal'], FederationReferenceType extends FederationReferenceTypes['Principal'] = FederationReferenceTypes['Principal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Principal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  scopes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  securityThreats?: Resolver<ResolversTypes['SecurityThreatConnection'], ParentType, ContextType, RequireFields<QuerySecurityThreatsArgs, 'first'>>;
}>;

export type RateLimitResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RateLimit'] = ResolversParentTypes['RateLimit']> = ResolversObject<{
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RotateApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RotateApiKeyPayload'] = ResolversParentTypes['RotateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SecurityThreatResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityThreat'] = ResolversParentTypes['SecurityThreat'], FederationReferenceType extends FederationReferenceTypes['SecurityThreat'] = FederationReferenceTypes['SecurityThreat']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecurityThreat']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clientIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  principal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  RotateApiKeyPayload?: RotateApiKeyPayloadResolvers<ContextType>;
  SecurityThreat?: SecurityThreatResolvers<ContextType>;
  SecurityThreatConnection?: SecurityThreatConnectionResolvers<ContextType>;
  SecurityThreatEdge?: SecurityThreatEdgeResolvers<ContextType>;
}>;

