import { SUBGRAPH_NAMES, subgraphPort, type Config, type SubgraphName } from '../lib/config.js';
import { hostForUrl } from '../lib/httpServer.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { createNeo4jDriver, type Driver } from '../lib/neo4j.js';
import { createRedis, type Redis } from '../lib/redis.js';
import { startSubgraphServer, type RunningSubgraph } from '../lib/subgraphServer.js';
import { startGateway, type RunningGateway } from '../gateway/createGateway.js';
import { SUBGRAPH_FACTORIES } from './subgraphFactories.js';
import { WORKER_FACTORIES, type RunningWorker } from './workers.js';

export interface Connections {
  redis: Redis;
  neo4j: Driver;
  logger: Logger;
  close(): Promise<void>;
}

export function connect(config: Config, name: string): Connections {
  const logger = createLogger(config.LOG_LEVEL, name);
  const redis = createRedis(config.REDIS_URL, name);
  const neo4j = createNeo4jDriver({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
  });
  return {
    redis,
    neo4j,
    logger,
    close: async () => {
      redis.disconnect();
      await neo4j.close();
    },
  };
}

export async function startSubgraph(
  config: Config,
  connections: Connections,
  name: SubgraphName,
  port = subgraphPort(config, name),
): Promise<RunningSubgraph> {
  const definition = await SUBGRAPH_FACTORIES[name]({ ...connections, config });
  return startSubgraphServer(definition, {
    host: config.HOST,
    port,
    signingKey: config.INTERNAL_SIGNING_KEY,
    maxBodyBytes: config.LIMIT_MAX_BODY_BYTES,
    maskErrors: config.MASK_ERRORS,
    logger: connections.logger,
  });
}

/** Where the gateway finds each subgraph: SUBGRAPH_URLS overrides, else the local port plan. */
export function subgraphUrls(config: Config): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      config.SUBGRAPH_URLS[name] ?? `http://${hostForUrl(config.HOST)}:${subgraphPort(config, name)}/graphql`,
    ]),
  ) as Record<SubgraphName, string>;
}

export interface Platform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  workers: RunningWorker[];
  connections: Connections;
  close(): Promise<void>;
}

/** Every subgraph and the gateway in one process (npm start, tests). Port 0 picks free ports. */
export async function startPlatform(
  config: Config,
  options: { ephemeralPorts?: boolean; withWorkers?: boolean } = {},
): Promise<Platform> {
  const connections = connect(config, 'platform');
  const subgraphs = await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      startSubgraph(config, connections, name, options.ephemeralPorts ? 0 : subgraphPort(config, name)),
    ),
  );
  const urls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
  const gateway = await startGateway({
    config,
    logger: connections.logger,
    redis: connections.redis,
    neo4j: connections.neo4j,
    subgraphUrls: urls,
    port: options.ephemeralPorts ? 0 : config.GATEWAY_PORT,
  });
  const workers =
    options.withWorkers === false
      ? []
      : await Promise.all(Object.values(WORKER_FACTORIES).map((start) => start({ ...connections, config })));
  return {
    gateway,
    subgraphs,
    workers,
    connections,
    close: async () => {
      const started = Date.now();
      await Promise.all(workers.map((w) => w.close()));
      await gateway.close();
      await Promise.all(subgraphs.map((s) => s.close()));
      await connections.close();
      connections.logger.info({ ms: Date.now() - started }, 'platform stopped');
    },
  };
}
