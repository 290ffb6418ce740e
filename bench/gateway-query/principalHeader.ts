import { signPrincipal, type Principal } from '../../lib/principal.js';

/** Lifetime the peer gateways sign with, seconds (the brief of this bench: one hour). */
const TTL_SECONDS = 3600;
/** Re-sign this often, as our gateway does, so every gateway pays the same (small) signing cost. */
const REUSE_MS = 5_000;

/**
 * Returns the `x-platform-principal` value for one fixed principal: subgraphs refuse requests
 * without it. Identical within a reuse window, so gateways that merge identical subgraph fetches can.
 */
export function principalHeader(principal: Principal, signingKey: string): () => string {
  let header = '';
  let until = 0;
  return () => {
    const now = Date.now();
    if (now >= until) {
      header = signPrincipal(principal, signingKey, TTL_SECONDS, now);
      until = now + REUSE_MS;
    }
    return header;
  };
}
