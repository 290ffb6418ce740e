// @kg-platform/client: the partner client of the knowledge-graph platform (client/README.md).
export {
  createPlatformClient,
  type OperationResult,
  type PlatformClient,
  type PlatformClientOptions,
  type RequestOptions,
} from './client.js';
export type { Credentials, RetryOptions } from './shared.js';
export {
  isPlatformError,
  PlatformClientError,
  type ClientErrorCode,
  type PlatformGraphQLError,
} from './errors.js';
export { ERROR_CODES, type ErrorCode } from './errorCodes.js';
export type { Subscription, SubscriptionHandlers, SubscribeOptions } from './subscriptions.js';
// Every operation of client/operations as a TypedDocumentNode, and the schema types they use.
export * from './generated/graphql.js';
