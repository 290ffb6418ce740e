import { SUBGRAPH_NAMES, subgraphPort, type Config, type SubgraphName } from '../lib/config.js';
import { hostForUrl } from '../lib/httpServer.js';
import { startSubgraphServer, type RunningSubgraph } from '../lib/subgraphServer.js';
import type { RunningGateway } from '../gateway/createGateway.js';
import { SUBGRAPH_FACTORIES } from './subgraphFactories.js';
import { connect, type Connections } from './connect.js';
import { WORKER_FACTORIES, type RunningWorker } from './workers.js';

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
    errors: connections.errors,
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
  options: { ephemeralPorts?: boolean; withWorkers?: boolean; workers?: readonly string[] } = {},
): Promise<Platform> {
  const { startGateway } = await import('../gateway/createGateway.js');
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
    metrics: connections.metrics,
    errors: connections.errors,
    subgraphUrls: urls,
    port: options.ephemeralPorts ? 0 : config.GATEWAY_PORT,
  });
  const roles = options.withWorkers === false ? [] : (options.workers ?? Object.keys(WORKER_FACTORIES));
  // Synthetic checks run through the gateway started here, whatever port it got.
  const workerConfig: Config = config.SYNTHETIC_GATEWAY_URL
    ? config
    : { ...config, SYNTHETIC_GATEWAY_URL: gateway.url };
  const workers = await Promise.all(
    roles.map((role) => {
      const start = WORKER_FACTORIES[role];
      if (!start) throw new Error(`no worker role ${role}`);
      return start({ ...connections, config: workerConfig });
    }),
  );
  connections.heartbeat.add(
    'gateway',
    ...SUBGRAPH_NAMES.map((n) => `subgraph-${n}`),
    ...roles.map((r) => `worker-${r}`),
  );
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
