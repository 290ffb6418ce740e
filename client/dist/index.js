// @kg-platform/client: the partner client of the knowledge-graph platform (client/README.md).
export { createPlatformClient, } from './client.js';
export { isPlatformError, PlatformClientError, } from './errors.js';
export { ERROR_CODES } from './errorCodes.js';
// Every operation of client/operations as a TypedDocumentNode, and the schema types they use.
export * from './generated/graphql.js';
//# sourceMappingURL=index.js.map