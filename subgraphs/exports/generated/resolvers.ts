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
  _FieldSet: { input: unknown; output: unknown; }
};

export type CreateExportInput = {
  format: ExportFormat;
  packageId?: InputMaybe<Scalars['ID']['input']>;
  type: ExportType;
};

/** The knowledge subgraph's package; only its key lives here. */
export type DocumentPackage = {
  __typename?: 'DocumentPackage';
  packageId: Scalars['ID']['output'];
};

export type ExportFormat =
  | 'CSV'
  | 'CYPHER'
  | 'EXCEL'
  | 'GRAPHML'
  | 'JSON'
  | 'PARQUET'
  | 'PDF_REPORT'
  | 'XML';

export type ExportJob = {
  __typename?: 'ExportJob';
  createdAt: Scalars['DateTime']['output'];
  format: ExportFormat;
  id: Scalars['ID']['output'];
  package: Maybe<DocumentPackage>;
  requestedBy: Principal;
  status: ExportStatus;
  type: ExportType;
};

export type ExportStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED';

export type ExportType =
  | 'ANALYTICS_REPORT'
  | 'AUDIT_LOG'
  | 'CUSTOM_QUERY'
  | 'DECISION_TREES'
  | 'DOCUMENT_PACKAGE'
  | 'ENTITY_RELATIONSHIPS'
  | 'FULL_KNOWLEDGE_GRAPH'
  | 'MATRIX_DATA';

export type Mutation = {
  __typename?: 'Mutation';
  createExport: ExportJob;
};


export type MutationCreateExportArgs = {
  input: CreateExportInput;
};

export type Principal = {
  __typename?: 'Principal';
  subject: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  exportJob: Maybe<ExportJob>;
  /** Newest first. */
  exportJobs: Array<ExportJob>;
};


export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentPackage: ResolverTypeWrapper<DocumentPackage>;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJob>;
  ExportStatus: ExportStatus;
  ExportType: ExportType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Principal: ResolverTypeWrapper<Principal>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateExportInput: CreateExportInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentPackage: DocumentPackage;
  ExportJob: ExportJob | FederationReferenceTypes['ExportJob'];
  Mutation: Record<PropertyKey, never>;
  Principal: Principal;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentPackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DocumentPackage'] = ResolversParentTypes['DocumentPackage']> = ResolversObject<{
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExportJobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob'], FederationReferenceType extends FederationReferenceTypes['ExportJob'] = FederationReferenceTypes['ExportJob']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportJob']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['DocumentPackage']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ExportType'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createExport?: Resolver<ResolversTypes['ExportJob'], ParentType, ContextType, RequireFields<MutationCreateExportArgs, 'input'>>;
}>;

export type PrincipalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal']> = ResolversObject<{
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  exportJob?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryExportJobArgs, 'id'>>;
  exportJobs?: Resolver<Array<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryExportJobsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DocumentPackage?: DocumentPackageResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

