import { ConfigError, loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js';
import { startGateway } from '../gateway/createGateway.js';
import { connect, startPlatform, startSubgraph, subgraphUrls } from './startPlatform.js';
import { WORKER_FACTORIES, type WorkerFactory } from './workers.js';

// Usage: main.ts all | gateway | subgraph <name> | worker <name>
const [mode = 'all', name] = process.argv.slice(2);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

let stop: () => Promise<void>;
if (mode === 'all') {
  const platform = await startPlatform(config);
  stop = platform.close;
} else if (mode === 'gateway') {
  const connections = connect(config, 'gateway');
  const gateway = await startGateway({ config, ...connections, subgraphUrls: subgraphUrls(config) });
  stop = async () => {
    await gateway.close();
    await connections.close();
  };
} else if (mode === 'subgraph' && name && (SUBGRAPH_NAMES as readonly string[]).includes(name)) {
  const connections = connect(config, `subgraph-${name}`);
  const subgraph = await startSubgraph(config, connections, name as SubgraphName);
  stop = async () => {
    await subgraph.close();
    await connections.close();
  };
} else if (mode === 'worker' && name && WORKER_FACTORIES[name]) {
  const connections = connect(config, `worker-${name}`);
  const worker = await (WORKER_FACTORIES[name] as WorkerFactory)({ ...connections, config });
  stop = async () => {
    await worker.close();
    await connections.close();
  };
} else {
  fail(
    `usage: main.ts all | gateway | subgraph <${SUBGRAPH_NAMES.join('|')}> | worker <${Object.keys(WORKER_FACTORIES).join('|')}>`,
  );
}

// SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close drivers, exit.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
