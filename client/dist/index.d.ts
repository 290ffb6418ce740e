export { createPlatformClient, type OperationResult, type PlatformClient, type PlatformClientOptions, type RequestOptions, } from './client.js';
export type { Credentials, RetryOptions } from './shared.js';
export { isPlatformError, PlatformClientError, type ClientErrorCode, type PlatformGraphQLError, } from './errors.js';
export { ERROR_CODES, type ErrorCode } from './errorCodes.js';
export type { Subscription, SubscriptionHandlers, SubscribeOptions } from './subscriptions.js';
export * from './generated/graphql.js';
//# sourceMappingURL=index.d.ts.map