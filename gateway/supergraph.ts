import { readFileSync } from 'node:fs';

export const DEFAULT_SUPERGRAPH_PATH = new URL('../schema/supergraph.graphql', import.meta.url);

export function readSupergraph(path: URL | string = DEFAULT_SUPERGRAPH_PATH): string {
  return readFileSync(path, 'utf8');
}

/**
 * @apollo/gateway refuses supergraphs whose SECURITY features it does not implement
 * (requiresScopes, authenticated). This gateway implements them itself in the request pipeline
 * (gateway/pipeline/scopePolicy.ts), so the copy handed to @apollo/gateway drops the purpose.
 */
export function forApolloGateway(supergraphSdl: string): string {
  return supergraphSdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:requiresScopes|authenticated)\/v0\.1"), for: SECURITY\)/g,
    '$1)',
  );
}
