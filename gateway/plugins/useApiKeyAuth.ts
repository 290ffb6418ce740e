import { PlatformError } from '../../lib/errors.js';
import type { ApiKeyVerifier } from '../../subgraphs/security/gatewayApi.js';
import {
  presented,
  type Authenticator,
  type RequestOrigin,
  type TokenVerifier,
} from '../pipeline/authenticate.js';

export interface ApiKeyAuthOptions {
  /** The security subgraph's verifier (hashed lookup, cached, revocations by channel). */
  verifier: ApiKeyVerifier;
  /** Verifies everything that is not an API key: the JWT path. */
  jwt: TokenVerifier;
  /** Each accepted key use with the client's origin: the gateway's `apiKey.use` record names the address. */
  onAccepted?(keyId: string, origin: RequestOrigin): void;
}

/** Far enough that no timer is armed for a key without expiry. */
const NEVER = Number.MAX_SAFE_INTEGER;

/**
 * Authenticates API keys (`Authorization: Bearer kgk_…` or `x-api-key: kgk_…`, over HTTP and in
 * graphql-ws `connection_init` alike) and hands JWTs to the JWT verifier. A key's principal is
 * `apikey:<id>` in the key's tenant with the key's scopes.
 */
export function useApiKeyAuth(options: ApiKeyAuthOptions): Authenticator {
  return async (credentials, origin) => {
    const credential = presented(credentials);
    if (credential.kind === 'jwt') return options.jwt(credential.secret);
    // Verified by useSyntheticAuth in front of this, or by nobody.
    if (credential.kind === 'synthetic')
      throw new PlatformError('UNAUTHENTICATED', 'Synthetic credentials are not accepted here');
    const key = await options.verifier.verify(credential.secret);
    options.onAccepted?.(key.id, origin);
    return {
      subject: `apikey:${key.id}`,
      tenantId: key.tenantId,
      scopes: [...key.scopes],
      // A rotated-out secret stops at the end of its overlap, as an expiring key does.
      expiresAt: Math.min(key.expiresAt ?? NEVER, key.secretValidUntil ?? NEVER),
      method: 'api_key',
      keyId: key.id,
      rateLimit: key.rateLimit,
      trustedDocumentsOnly: key.trustedDocumentsOnly,
    };
  };
}
