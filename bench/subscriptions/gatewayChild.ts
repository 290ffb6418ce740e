/**
 * Child process: one gateway under test, so its CPU and memory are measured apart from the
 * subgraphs and the clients. Subgraph URLs come in BENCH_SUBGRAPH_URLS (JSON); replies on IPC.
 */
import { startGateway } from '../../gateway/createGateway.js';
import { loadConfig } from '../../lib/config.js';
import { connect } from '../../runtime/connect.js';

const config = loadConfig(process.env);
const connections = connect(config, 'bench-gateway');
const gateway = await startGateway({
  config,
  ...connections,
  subgraphUrls: JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
  port: 0,
});
process.send?.({ type: 'ready', url: gateway.url });

const stop = async () => {
  await gateway.close().catch(() => undefined);
  await connections.close().catch(() => undefined);
  process.exit(0);
};
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
