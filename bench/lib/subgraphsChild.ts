/**
 * Child process entry: serves the subgraphs named in its arguments, so a bench reads their CPU
 * apart from the gateway's (another child) and the load generator's. Configuration comes from this
 * process's environment, set by the parent; the URLs go back over the IPC channel.
 */
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.js';
import { connect } from '../../runtime/connect.js';
import { startSubgraph } from '../../runtime/startPlatform.js';

const names = process.argv.slice(2);
const isSubgraph = (name: string): name is SubgraphName =>
  (SUBGRAPH_NAMES as readonly string[]).includes(name);
const config = loadConfig(process.env);
const connections = connect(config, `bench-subgraphs-${process.pid}`);
let stopping = false;
const subgraphs = await (async () => {
  const unknown = names.filter((name) => !isSubgraph(name));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`expected subgraph names of ${SUBGRAPH_NAMES.join(', ')}; got "${names.join(' ')}"`);
  return Promise.all(names.filter(isSubgraph).map((name) => startSubgraph(config, connections, name, 0)));
})().catch(async (error: unknown) => {
  process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  await connections.close();
  process.exit(1);
});
process.send?.({ type: 'ready', urls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) });

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
    await connections.close();
  } finally {
    process.exit(0);
  }
}
// Orphaned (the parent died) or told to stop: leave.
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
process.on('message', (message: { type?: string }) => {
  if (message?.type === 'stop') void stop();
});
