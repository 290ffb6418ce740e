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

/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackage = {
  __typename?: 'DocumentPackage';
  packageId: Scalars['ID']['output'];
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
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  destination: ExportDestinationKind;
  /** A signed URL valid for EXPORTS_URL_TTL_SECONDS, minted per request; null unless COMPLETED. */
  downloadUrl: Maybe<Scalars['String']['output']>;
  error: Maybe<ExportError>;
  /**
   * When the job and its file are deleted: completedAt + EXPORTS_RETENTION_HOURS. Null until the job
   * is final; once past, the job is gone from every read and its download link answers 404.
   */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Bytes of the produced file. */
  fileSize: Maybe<Scalars['Float']['output']>;
  format: ExportFormat;
  id: Scalars['ID']['output'];
  /**
   * Where the file lives outside the platform once COMPLETED: `s3://<bucket>/<key>` for S3; null for
   * LOCAL, whose files are reached only through downloadUrl.
   */
  location: Maybe<Scalars['String']['output']>;
  package: Maybe<DocumentPackage>;
  progress: ExportProgress;
  requestedBy: Principal;
  /** Hex SHA-256 of the produced file. */
  sha256: Maybe<Scalars['String']['output']>;
  startedAt: Maybe<Scalars['DateTime']['output']>;
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
  totalCount: Maybe<Scalars['Int']['output']>;
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
  percent: Maybe<Scalars['Float']['output']>;
  /** Records (nodes, relationships or rows) written so far. */
  processed: Scalars['Int']['output'];
  /** Records the export will write; null while unknown (CUSTOM_QUERY). */
  total: Maybe<Scalars['Int']['output']>;
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
  /** The tenant's hash-chained audit trail, oldest first; needs audit:read besides exports:write. */
  | 'AUDIT_LOG'
  /**
   * A stored signed compliance report (`params: { reportId }`, needs compliance:read): JSON (the
   * signed record, verifiable offline) or PDF_REPORT (docs/COMPLIANCE.md).
   */
  | 'COMPLIANCE_REPORT'
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Stops a QUEUED or PROCESSING job (CANCELLED); EXPORT_NOT_CANCELLABLE once final. */
  cancelExport: ExportJob;
  /** Validates type, format and input, then queues the job (QUEUED). */
  createExport: ExportJob;
  /**
   * Deletes a COMPLETED, FAILED or CANCELLED job and its file now; returns its id. A QUEUED or
   * PROCESSING job is EXPORT_NOT_DELETABLE (cancel it first).
   */
  deleteExport: Scalars['ID']['output'];
};


export type MutationCancelExportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateExportArgs = {
  input: CreateExportInput;
};


export type MutationDeleteExportArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  exportJob: Maybe<ExportJob>;
  /**
   * Newest first, filtered, paged with `after` = the previous page's endCursor. `first` is 0–100
   * (BAD_USER_INPUT beyond); a cursor this API did not issue is CURSOR_INVALID.
   */
  exportJobs: ExportJobConnection;
};


export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The job now, then each change of status or progress, completing after a final state. */
  exportJobUpdated: ExportJob;
};


export type SubscriptionExportJobUpdatedArgs = {
  id: Scalars['ID']['input'];
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
  ExportJob: ExportJob;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ExportJob:
    ( { __typename: 'ExportJob' }
    & GraphQLRecursivePick<FederationTypes['ExportJob'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateExportInput: CreateExportInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentPackage: ResolverTypeWrapper<DocumentPackage>;
  ExportDestinationInput: ExportDestinationInput;
  ExportDestinationKind: ExportDestinationKind;
  ExportError: ResolverTypeWrapper<ExportError>;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJob>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ExportJobConnection: ResolverTypeWrapper<ExportJobConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ExportJobEdge: ResolverTypeWrapper<ExportJobEdge>;
  ExportJobFilter: ExportJobFilter;
  ExportProgress: ResolverTypeWrapper<ExportProgress>;
  ExportStatus: ExportStatus;
  ExportType: ExportType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Principal: ResolverTypeWrapper<Principal>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateExportInput: CreateExportInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentPackage: DocumentPackage;
  ExportDestinationInput: ExportDestinationInput;
  ExportError: ExportError;
  ExportJob: ExportJob | FederationReferenceTypes['ExportJob'];
  Float: Scalars['Float']['output'];
  ExportJobConnection: ExportJobConnection;
  Int: Scalars['Int']['output'];
  ExportJobEdge: ExportJobEdge;
  ExportJobFilter: ExportJobFilter;
  ExportProgress: ExportProgress;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Principal: Principal;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentPackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DocumentPackage'] = ResolversParentTypes['DocumentPackage']> = ResolversObject<{
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExportErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExportError'] = ResolversParentTypes['ExportError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportJobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob'], FederationReferenceType extends FederationReferenceTypes['ExportJob'] = FederationReferenceTypes['ExportJob']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportJob']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['ExportDestinationKind'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ExportError']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fileSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['DocumentPackage']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ExportProgress'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ExportType'], ParentType, ContextType>;
}>;

export type ExportJobConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExportJobConnection'] = ResolversParentTypes['ExportJobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExportJobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ExportJobEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExportJobEdge'] = ResolversParentTypes['ExportJobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExportJob'], ParentType, ContextType>;
}>;

export type ExportProgressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExportProgress'] = ResolversParentTypes['ExportProgress']> = ResolversObject<{
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelExport?: Resolver<ResolversTypes['ExportJob'], ParentType, ContextType, RequireFields<MutationCancelExportArgs, 'id'>>;
  createExport?: Resolver<ResolversTypes['ExportJob'], ParentType, ContextType, RequireFields<MutationCreateExportArgs, 'input'>>;
  deleteExport?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteExportArgs, 'id'>>;
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
  exportJob?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryExportJobArgs, 'id'>>;
  exportJobs?: Resolver<ResolversTypes['ExportJobConnection'], ParentType, ContextType, RequireFields<QueryExportJobsArgs, 'first'>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  exportJobUpdated?: SubscriptionResolver<ResolversTypes['ExportJob'], "exportJobUpdated", ParentType, ContextType, RequireFields<SubscriptionExportJobUpdatedArgs, 'id'>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DocumentPackage?: DocumentPackageResolvers<ContextType>;
  ExportError?: ExportErrorResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  ExportJobConnection?: ExportJobConnectionResolvers<ContextType>;
  ExportJobEdge?: ExportJobEdgeResolvers<ContextType>;
  ExportProgress?: ExportProgressResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
}>;

