import { createServer } from 'node:http';
import type { Extra } from 'graphql-ws/use/ws';
import type { Config } from '../../lib/config.js';
import { hostForUrl, listen } from '../../lib/httpServer.js';
import { PRINCIPAL_HEADER } from '../../lib/principal.js';
import { forApolloGateway, readSupergraph } from '../../gateway/supergraph.js';
import { connect } from '../../runtime/connect.js';
import type { ChildKind, GatewaySpec } from './protocol.js';
import { principalHeader } from './principalHeader.js';

export interface ServedGateway {
  /** The GraphQL endpoint clients POST to. */
  url: string;
  close(): Promise<void>;
}

/**
 * Each starter imports its gateway's modules itself: one child serves one gateway, and its RSS
 * must not hold the peers' code (Hive Gateway's and Apollo Server's module graphs weigh ~250 MiB).
 */
type Starter = (spec: GatewaySpec, config: Config) => Promise<ServedGateway>;

function urlOf(spec: GatewaySpec, name: string): string {
  const url = spec.subgraphUrls[name];
  if (!url) throw new Error(`no URL for subgraph "${name}"`);
  return url;
}

/** Our gateway, exactly as the platform wires it (JWT auth, limits, scope policy, audit, metrics). */
const startOurs: Starter = async (spec, config) => {
  const { startGateway } = await import('../../gateway/createGateway.js');
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
  const [{ ApolloGateway, RemoteGraphQLDataSource }, { ApolloServer }, { startStandaloneServer }] =
    await Promise.all([
      import('@apollo/gateway'),
      import('@apollo/server'),
      import('@apollo/server/standalone'),
    ]);
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

/**
 * Hive Gateway runtime with its defaults, served by node:http with graphql-ws on the same path,
 * like its CLI does. Subscriptions reach the subgraphs over graphql-ws, the principal signed into
 * the connection parameters our subgraphs demand (one signature for the run: identical parameters
 * let Hive share one socket per subgraph).
 */
const startHive: Starter = async (spec, config) => {
  const [{ createGatewayRuntime, getGraphQLWSOptions }, { useServer }, { WebSocketServer }] =
    await Promise.all([import('@graphql-hive/gateway'), import('graphql-ws/use/ws'), import('ws')]);
  const sign = principalHeader(spec.principal, config.INTERNAL_SIGNING_KEY);
  const runtime = createGatewayRuntime({
    supergraph: readSupergraph(),
    // The supergraph names placeholder hosts; point each subgraph at where it really runs.
    transportEntries: Object.fromEntries(
      Object.keys(spec.subgraphUrls).map((name) => [
        name,
        {
          location: urlOf(spec, name),
          options: {
            subscriptions: {
              kind: 'ws',
              location: '/graphql',
              options: { connectionParams: { principal: sign() } },
            },
          },
        },
      ]),
    ),
    propagateHeaders: { fromClientToSubgraphs: () => ({ [PRINCIPAL_HEADER]: sign() }) },
    logging: hiveLogLevel(config.LOG_LEVEL),
  });
  // Loaded on the first HTTP request otherwise: a WebSocket-first client would meet no schema.
  await runtime.getSchema();
  const server = createServer(runtime);
  const wss = new WebSocketServer({ server, path: runtime.graphqlEndpoint });
  const ws = useServer(
    getGraphQLWSOptions<Record<string, unknown>, Extra>(runtime, (ctx) => ({
      req: ctx.extra.request,
      socket: ctx.extra.socket,
      // Header propagation (the principal on entity fetches) runs only with a client request.
      request: new runtime.fetchAPI.Request(
        `http://${ctx.extra.request.headers.host}${ctx.extra.request.url}`,
        {
          headers: Object.entries(ctx.extra.request.headers).flatMap(([name, value]) =>
            typeof value === 'string' ? [[name, value] as [string, string]] : [],
          ),
        },
      ),
    })),
    wss,
  );
  try {
    const listening = await listen(server, config.HOST, 0);
    return {
      url: `http://${hostForUrl(config.HOST)}:${listening.port}/graphql`,
      close: async () => {
        for (const client of wss.clients) client.terminate();
        await ws.dispose();
        await listening.close();
        await runtime.dispose();
      },
    };
  } catch (error) {
    await ws.dispose();
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

/**
 * Not a gateway: the floor of WebSocket fan-out on this machine. Just enough graphql-ws for the
 * subscription bench's clients (ack, one subscription id per socket), one tail of the tenant's
 * event stream, each event's payload serialised once and `ws.send` per socket. No GraphQL, no
 * auth, no limits, no queues: what a Node gateway that sends each delivery with `ws.send` pays at
 * least. Ours goes below it by writing one prebuilt frame per delivery (gateway/transports).
 */
const startFloor: Starter = async (spec, config) => {
  const [{ WebSocketServer }, { EventLog }] = await Promise.all([
    import('ws'),
    import('../../lib/events/EventLog.js'),
  ]);
  const connections = connect(config, 'bench-floor');
  const events = EventLog.fromConfig(config, connections.redis, connections.logger);
  const subscribers = new Map<import('ws').WebSocket, string>();
  const server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  wss.on('connection', (socket) => {
    socket.on('message', (raw: Buffer) => {
      const message = JSON.parse(raw.toString()) as { type?: string; id?: string };
      if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
      else if (message.type === 'subscribe' && typeof message.id === 'string')
        subscribers.set(socket, JSON.stringify(message.id));
    });
    socket.on('close', () => subscribers.delete(socket));
  });
  const tail = await events.subscribe(spec.principal.tenantId, {});
  const fanOut = (async () => {
    for await (const event of tail) {
      const payload = JSON.stringify({
        data: { events: { id: event.id, cursor: event.cursor, data: event.data } },
      });
      for (const [socket, id] of subscribers) socket.send(`{"id":${id},"type":"next","payload":${payload}}`);
    }
  })();
  const listening = await listen(server, config.HOST, 0);
  return {
    url: `http://${hostForUrl(config.HOST)}:${listening.port}/graphql`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await tail.return(undefined);
      await fanOut.catch(() => undefined);
      wss.close();
      await listening.close();
      await events.close();
      await connections.close();
    },
  };
};

export const GATEWAY_STARTERS: Record<ChildKind, Starter> = {
  floor: startFloor,
  ours: startOurs,
  'ours-key': startOurs,
  'ours-traced': startOurs,
  'ours-traced-10': startOurs,
  apollo: startApollo,
  hive: startHive,
};
