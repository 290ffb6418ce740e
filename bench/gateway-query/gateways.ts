import { createServer } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import type { Config } from '../../lib/config.js';
import { hostForUrl, listen } from '../../lib/httpServer.js';
import { PRINCIPAL_HEADER } from '../../lib/principal.js';
import { startGateway } from '../../gateway/createGateway.js';
import { forApolloGateway, readSupergraph } from '../../gateway/supergraph.js';
import { connect } from '../../runtime/connect.js';
import type { GatewayKind, GatewaySpec } from './protocol.js';
import { principalHeader } from './principalHeader.js';

export interface ServedGateway {
  /** The GraphQL endpoint clients POST to. */
  url: string;
  close(): Promise<void>;
}

type Starter = (spec: GatewaySpec, config: Config) => Promise<ServedGateway>;

function urlOf(spec: GatewaySpec, name: string): string {
  const url = spec.subgraphUrls[name];
  if (!url) throw new Error(`no URL for subgraph "${name}"`);
  return url;
}

/** Our gateway, exactly as the platform wires it (JWT auth, limits, scope policy, audit, metrics). */
const startOurs: Starter = async (spec, config) => {
  const connections = connect(config, 'bench-gateway');
  try {
    const gateway = await startGateway({
      config,
      logger: connections.logger,
      redis: connections.redis,
      neo4j: connections.neo4j,
      metrics: connections.metrics,
      subgraphUrls: spec.subgraphUrls,
      port: 0,
    });
    return {
      url: gateway.url,
      close: async () => {
        await gateway.close();
        await connections.close();
      },
    };
  } catch (error) {
    await connections.close();
    throw error;
  }
};

/** Vanilla Apollo Server 5 + @apollo/gateway: no auth, only the signed principal subgraphs demand. */
const startApollo: Starter = async (spec, config) => {
  const sign = principalHeader(spec.principal, config.INTERNAL_SIGNING_KEY);
  const gateway = new ApolloGateway({
    // Vanilla @apollo/gateway refuses supergraphs with SECURITY-purpose links it does not implement.
    supergraphSdl: forApolloGateway(readSupergraph()),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource({
        url: urlOf(spec, name),
        willSendRequest({ request }) {
          request.http?.headers.set(PRINCIPAL_HEADER, sign());
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { host: config.HOST, port: 0 } });
  return { url, close: () => server.stop() };
};

/** Hive Gateway runtime with its defaults, served by node:http like its CLI does. */
const startHive: Starter = async (spec, config) => {
  const sign = principalHeader(spec.principal, config.INTERNAL_SIGNING_KEY);
  const runtime = createGatewayRuntime({
    supergraph: readSupergraph(),
    // The supergraph names placeholder hosts; point each subgraph at where it really runs.
    transportEntries: Object.fromEntries(
      Object.keys(spec.subgraphUrls).map((name) => [name, { location: urlOf(spec, name) }]),
    ),
    propagateHeaders: { fromClientToSubgraphs: () => ({ [PRINCIPAL_HEADER]: sign() }) },
    logging: hiveLogLevel(config.LOG_LEVEL),
  });
  const server = createServer(runtime);
  try {
    const listening = await listen(server, config.HOST, 0);
    return {
      url: `http://${hostForUrl(config.HOST)}:${listening.port}/graphql`,
      close: async () => {
        await listening.close();
        await runtime.dispose();
      },
    };
  } catch (error) {
    await runtime.dispose();
    throw error;
  }
};

function hiveLogLevel(level: Config['LOG_LEVEL']): 'debug' | 'info' | 'warn' | 'error' | false {
  switch (level) {
    case 'silent':
    case 'fatal':
      return false;
    case 'trace':
    case 'debug':
      return 'debug';
    case 'info':
    case 'warn':
    case 'error':
      return level;
    default:
      return unreachable(level);
  }
}

function unreachable(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

export const GATEWAY_STARTERS: Record<GatewayKind, Starter> = {
  ours: startOurs,
  'ours-key': startOurs,
  'ours-traced': startOurs,
  'ours-traced-10': startOurs,
  apollo: startApollo,
  hive: startHive,
};
