import { ConfigError, loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import type { ErrorReporter } from '../lib/errorTracking/ErrorReporter.js';
import { connect, type Connections } from './connect.js';
import { recordProcess } from './processAudit.js';
import { WORKER_FACTORIES, type WorkerFactory } from './workers.js';

// Usage: main.ts all | gateway | subgraph <name> | worker <name>. Each role imports only its own
// modules (dynamic imports below): a worker process does not load the gateway or every subgraph.
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

// A promise some code forgot to handle must not take every tenant's requests down with it: log
// it loudly (it is a bug), capture it for error tracking (critical) and keep serving. An uncaught
// exception is captured too, then still ends the process once the capture is sent (or after 2 s).
const processLog = createLogger(config.LOG_LEVEL, `main-${mode}`);
/** This process's error reporter, once its connections exist. */
let errorReporter: ErrorReporter | null = null;
process.on('unhandledRejection', (reason) => {
  processLog.error({ err: reason }, 'unhandled promise rejection');
  errorReporter?.capture(reason, { source: 'process' });
});
process.on('uncaughtException', (error) => {
  processLog.fatal({ err: error }, 'uncaught exception');
  // What Node prints when no handler is installed, whatever LOG_LEVEL says.
  process.stderr.write(`${error.stack ?? String(error)}\n`);
  errorReporter?.capture(error, { source: 'process' });
  const timer = setTimeout(() => process.exit(1), 2_000);
  timer.unref();
  void (errorReporter?.flush() ?? Promise.resolve()).finally(() => process.exit(1));
});

let stop: () => Promise<void>;
/**
 * Audits this process's start now and its stop before `stop` closes the connections; from here on
 * process-level errors are captured with the role's reporter.
 */
const audited = (connections: Connections, role: string, close: () => Promise<void>) => {
  errorReporter = connections.errors;
  void recordProcess(connections.redis, config, connections.logger, role, 'process.start');
  return async () => {
    await recordProcess(connections.redis, config, connections.logger, role, 'process.stop');
    await close();
  };
};
if (mode === 'all') {
  const { startPlatform } = await import('./startPlatform.js');
  const platform = await startPlatform(config);
  stop = audited(platform.connections, 'all', platform.close);
} else if (mode === 'gateway') {
  const [{ startGateway }, { subgraphUrls }] = await Promise.all([
    import('../gateway/createGateway.js'),
    import('./startPlatform.js'),
  ]);
  const connections = connect(config, 'gateway');
  const gateway = await startGateway({ config, ...connections, subgraphUrls: subgraphUrls(config) });
  stop = audited(connections, 'gateway', async () => {
    await gateway.close();
    await connections.close();
  });
} else if (mode === 'subgraph' && name && (SUBGRAPH_NAMES as readonly string[]).includes(name)) {
  const { startSubgraph } = await import('./startPlatform.js');
  const connections = connect(config, `subgraph-${name}`);
  const subgraph = await startSubgraph(config, connections, name as SubgraphName);
  stop = audited(connections, `subgraph-${name}`, async () => {
    await subgraph.close();
    await connections.close();
  });
} else if (mode === 'worker' && name && WORKER_FACTORIES[name]) {
  const connections = connect(config, `worker-${name}`);
  const worker = await (WORKER_FACTORIES[name] as WorkerFactory)({ ...connections, config });
  const { serveWorkerHttp } = await import('./workerHttp.js');
  const http = await serveWorkerHttp(config, `worker_${name}`);
  stop = audited(connections, `worker-${name}`, async () => {
    await http.close();
    await worker.close();
    await connections.close();
  });
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
