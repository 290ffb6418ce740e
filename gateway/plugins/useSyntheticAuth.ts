import { syntheticSubject, verifySyntheticCredential } from '../../lib/syntheticCredential.js';
import { presented, type Authenticator } from '../pipeline/authenticate.js';

export interface SyntheticAuthOptions {
  /** INTERNAL_SIGNING_KEY: the synthetic credentials' key is derived from it. */
  internalKey: string;
  /** Injected by tests. @default Date.now */
  now?: () => number;
}

/**
 * Authenticates synthetic checks' runs (`Authorization: Bearer kgs_…`, over HTTP and in graphql-ws
 * `connection_init` alike), which the monitor mints per run (lib/syntheticCredential.ts), and hands
 * every other credential to `inner`. The principal is `synthetic:<checkId>` in the check's tenant
 * with the check's scopes, until the credential expires (subscriptions end then). Placed inside
 * brute-force protection: a forged or expired synthetic credential is a failed authentication
 * like any other.
 */
export function useSyntheticAuth(inner: Authenticator, options: SyntheticAuthOptions): Authenticator {
  const now = options.now ?? Date.now;
  return async (credentials, origin) => {
    const credential = presented(credentials);
    if (credential.kind !== 'synthetic') return inner(credentials, origin);
    const grant = verifySyntheticCredential(credential.secret, options.internalKey, now());
    return {
      subject: syntheticSubject(grant.checkId),
      tenantId: grant.tenantId,
      scopes: [...grant.scopes],
      expiresAt: grant.exp * 1000,
      method: 'synthetic',
    };
  };
}
