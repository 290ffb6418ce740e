import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { forApolloGateway, readSupergraph } from '../../gateway/supergraph.js';
import { PRINCIPAL_HEADER, signPrincipal } from '../../lib/principal.js';
import { SCOPES } from '../../lib/scopes.js';
import type { TestPlatform } from './testPlatform.js';

/** A GraphQL answer as both gateways send it. */
export interface Answer {
  data?: unknown;
  errors?: Array<{ path?: unknown; message?: string; extensions?: { code?: unknown } }>;
  extensions?: Record<string, unknown>;
}

export interface ApolloPeer {
  query(query: string, variables?: Record<string, unknown>): Promise<Answer>;
  stop(): Promise<void>;
}

/**
 * A vanilla @apollo/gateway over the test platform's own subgraphs, signing the principal our
 * gateway would (all scopes, `tenantId`): the reference our engine is held to. Set
 * APOLLO_TELEMETRY_DISABLED before starting it (vi.stubEnv), or its usage reporter probes cloud
 * metadata endpoints.
 */
export async function startApolloPeer(t: TestPlatform, tenantId: string): Promise<ApolloPeer> {
  const principal = { subject: 'user-1', tenantId, scopes: SCOPES };
  const urls = new Map(t.platform.subgraphs.map((s) => [s.name, s.url]));
  const gateway = new ApolloGateway({
    supergraphSdl: forApolloGateway(readSupergraph()),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource({
        url: urls.get(name) as string,
        willSendRequest({ request }) {
          request.http?.headers.set(
            PRINCIPAL_HEADER,
            signPrincipal(principal, t.config.INTERNAL_SIGNING_KEY, 600),
          );
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return {
    async query(query, variables = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Answer;
    },
    stop: () => server.stop(),
  };
}
