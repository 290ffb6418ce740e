export {
  createPlatformClient,
  type Credentials,
  type OperationResult,
  type PlatformClient,
  type PlatformClientOptions,
  type RequestOptions,
  type RetryOptions,
} from './client.js';
export {
  isPlatformError,
  PlatformClientError,
  type ClientErrorCode,
  type PlatformGraphQLError,
} from './errors.js';
export { ERROR_CODES, type ErrorCode } from './errorCodes.js';
export type { Subscription, SubscriptionHandlers, SubscribeOptions } from './subscriptions.js';
export * from './generated/graphql.js';
//# sourceMappingURL=index.d.ts.map
