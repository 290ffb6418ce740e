import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformEvent as PlatformEventEnvelope } from '../../../lib/events/envelope.js';
import type { WebhookView, WebhookDeliveryView } from '../views.js';
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

/** One event type of the platform catalogue, with the JSON Schema its `data` must satisfy. */
export type EventType = {
  __typename?: 'EventType';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  schema: Scalars['JSON']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  createWebhook: CreateWebhookPayload;
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
  rotateWebhookSecret: RotateWebhookSecretPayload;
  sendTestEvent: SendTestEventPayload;
  updateWebhook: Webhook;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
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

export type Principal = {
  __typename?: 'Principal';
  subject: Scalars['ID']['output'];
};

export type PublishEventInput = {
  data: Scalars['JSON']['input'];
  type: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  eventTypes: Array<EventType>;
  webhook: Maybe<Webhook>;
  webhookDelivery: Maybe<WebhookDelivery>;
  webhooks: Array<Webhook>;
};


export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

export type RecoverWebhookDeliveriesPayload = {
  __typename?: 'RecoverWebhookDeliveriesPayload';
  /** Failed deliveries queued again. */
  queued: Scalars['Int']['output'];
};

export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The new secret (whsec_…). Shown once. The old one keeps signing beside it for 24 hours. */
  signingSecret: Scalars['String']['output'];
  webhook: Webhook;
};

export type SendTestEventPayload = {
  __typename?: 'SendTestEventPayload';
  deliveryId: Scalars['ID']['output'];
  /** The webhook.test event; it goes to this endpoint only. */
  event: PlatformEvent;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The caller's tenant's events, optionally only some types. With `since` (a cursor), every
   * retained event after it first, then live ones: no gap, no duplicate.
   */
  events: PlatformEvent;
  /** Delivery changes of the caller's tenant (one endpoint when `webhookId` is given), live: each attempt as it ends. */
  webhookDeliveryUpdated: WebhookDeliveryUpdate;
};


export type SubscriptionEventsArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
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
  description: Maybe<Scalars['String']['output']>;
  eventTypes: Array<Scalars['String']['output']>;
  /** Custom headers sent with every delivery (values are shown; do not put secrets here you would not show). */
  headers: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Until when the secret replaced by the last rotation still signs beside the new one. */
  previousSecretExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Deliveries per second at most; excess deliveries wait. Null: unlimited. */
  rateLimitPerSecond: Maybe<Scalars['Int']['output']>;
  /** Seconds before each retry (attempt 1 is immediate); the attempt count is its length + 1. */
  retrySchedule: Array<Scalars['Int']['output']>;
  status: WebhookStatus;
  /** Why the endpoint is disabled or paused. */
  statusReason: Maybe<Scalars['String']['output']>;
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
  error: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** The response body, truncated to 20 KiB. */
  responseBody: Maybe<Scalars['String']['output']>;
  /** Null when no response arrived (timeout, connection error, refused address). */
  statusCode: Maybe<Scalars['Int']['output']>;
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
  failureReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The envelope POSTed as the body (null once past retention). */
  payload: Maybe<Scalars['JSON']['output']>;
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
  attempt: Maybe<WebhookAttempt>;
  delivery: WebhookDelivery;
};

export type WebhookStatus =
  /** Receives deliveries. */
  | 'ACTIVE'
  /** Receives nothing: 410 Gone, continuous failure past the window, or an operator. resumeWebhook re-enables. */
  | 'DISABLED'
  /** Deliveries are created and held until resumeWebhook. */
  | 'PAUSED';

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
  Webhook: Webhook;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Webhook:
    ( { __typename: 'Webhook' }
    & GraphQLRecursivePick<FederationTypes['Webhook'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateWebhookInput: CreateWebhookInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateWebhookPayload: ResolverTypeWrapper<Omit<CreateWebhookPayload, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EventType: ResolverTypeWrapper<EventType>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlatformEvent: ResolverTypeWrapper<PlatformEventEnvelope>;
  Principal: ResolverTypeWrapper<Principal>;
  PublishEventInput: PublishEventInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecoverWebhookDeliveriesPayload: ResolverTypeWrapper<RecoverWebhookDeliveriesPayload>;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  SendTestEventPayload: ResolverTypeWrapper<Omit<SendTestEventPayload, 'event'> & { event: ResolversTypes['PlatformEvent'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateWebhookInput: UpdateWebhookInput;
  Webhook: ResolverTypeWrapper<WebhookView>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttempt>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryView>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookDeliveryUpdate: ResolverTypeWrapper<Omit<WebhookDeliveryUpdate, 'delivery'> & { delivery: ResolversTypes['WebhookDelivery'] }>;
  WebhookStatus: WebhookStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateWebhookInput: CreateWebhookInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CreateWebhookPayload: Omit<CreateWebhookPayload, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  DateTime: Scalars['DateTime']['output'];
  EventType: EventType;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  PlatformEvent: PlatformEventEnvelope;
  Principal: Principal;
  PublishEventInput: PublishEventInput;
  Query: Record<PropertyKey, never>;
  RecoverWebhookDeliveriesPayload: RecoverWebhookDeliveriesPayload;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  SendTestEventPayload: Omit<SendTestEventPayload, 'event'> & { event: ResolversParentTypes['PlatformEvent'] };
  Subscription: Record<PropertyKey, never>;
  UpdateWebhookInput: UpdateWebhookInput;
  Webhook: WebhookView;
  WebhookAttempt: WebhookAttempt;
  WebhookDelivery: WebhookDeliveryView;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryUpdate: Omit<WebhookDeliveryUpdate, 'delivery'> & { delivery: ResolversParentTypes['WebhookDelivery'] };
}>;

export type CreateWebhookPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateWebhookPayload'] = ResolversParentTypes['CreateWebhookPayload']> = ResolversObject<{
  signingSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventTypeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EventType'] = ResolversParentTypes['EventType']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createWebhook?: Resolver<ResolversTypes['CreateWebhookPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  pauseWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationPauseWebhookArgs, 'id'>>;
  publishEvent?: Resolver<ResolversTypes['PlatformEvent'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'input'>>;
  recoverWebhookDeliveries?: Resolver<ResolversTypes['RecoverWebhookDeliveriesPayload'], ParentType, ContextType, RequireFields<MutationRecoverWebhookDeliveriesArgs, 'limit' | 'since' | 'webhookId'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'deliveryId'>>;
  resumeWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationResumeWebhookArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  sendTestEvent?: Resolver<ResolversTypes['SendTestEventPayload'], ParentType, ContextType, RequireFields<MutationSendTestEventArgs, 'webhookId'>>;
  updateWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationUpdateWebhookArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlatformEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlatformEvent'] = ResolversParentTypes['PlatformEvent']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PrincipalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal']> = ResolversObject<{
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  eventTypes?: Resolver<Array<ResolversTypes['EventType']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<QueryWebhookArgs, 'id'>>;
  webhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<QueryWebhookDeliveryArgs, 'id'>>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
}>;

export type RecoverWebhookDeliveriesPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecoverWebhookDeliveriesPayload'] = ResolversParentTypes['RecoverWebhookDeliveriesPayload']> = ResolversObject<{
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RotateWebhookSecretPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = ResolversObject<{
  signingSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
}>;

export type SendTestEventPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SendTestEventPayload'] = ResolversParentTypes['SendTestEventPayload']> = ResolversObject<{
  deliveryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['PlatformEvent'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  events?: SubscriptionResolver<ResolversTypes['PlatformEvent'], "events", ParentType, ContextType, Partial<SubscriptionEventsArgs>>;
  webhookDeliveryUpdated?: SubscriptionResolver<ResolversTypes['WebhookDeliveryUpdate'], "webhookDeliveryUpdated", ParentType, ContextType, Partial<SubscriptionWebhookDeliveryUpdatedArgs>>;
}>;

export type WebhookResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook'], FederationReferenceType extends FederationReferenceTypes['Webhook'] = FederationReferenceTypes['Webhook']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Webhook']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookDeliveriesArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  headers?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rateLimitPerSecond?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retrySchedule?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  webhookId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookDeliveryUpdateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryUpdate'] = ResolversParentTypes['WebhookDeliveryUpdate']> = ResolversObject<{
  attempt?: Resolver<Maybe<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  CreateWebhookPayload?: CreateWebhookPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EventType?: EventTypeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformEvent?: PlatformEventResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoverWebhookDeliveriesPayload?: RecoverWebhookDeliveriesPayloadResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  SendTestEventPayload?: SendTestEventPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryUpdate?: WebhookDeliveryUpdateResolvers<ContextType>;
}>;

