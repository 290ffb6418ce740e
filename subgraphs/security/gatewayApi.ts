// What the security subgraph offers the gateway, and nothing else of its internals.
export { ApiKeyVerifier, type VerifiedApiKey } from './apiKeys/ApiKeyVerifier.js';
export type { ApiKeyChange } from './apiKeys/ApiKeyStore.js';
