/**
 * Child process entry: serves the knowledge subgraph alone, so bench:knowledge reads its CPU apart
 * from the gateway's (another child) and the load generator's. Configuration comes from this
 * process's environment, set by the parent; the URL goes back over the IPC channel.
 */
import { loadConfig } from '../../lib/config.js';
import { connect } from '../../runtime/connect.js';
import { startSubgraph } from '../../runtime/startPlatform.js';

const config = loadConfig(process.env);
const connections = connect(config, 'bench-knowledge-subgraph');
let stopping = false;
const subgraph = await startSubgraph(config, connections, 'knowledge', 0).catch(async (error: unknown) => {
  process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  await connections.close();
  process.exit(1);
});
process.send?.({ type: 'ready', url: subgraph.url });

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await subgraph.close();
    await connections.close();
  } finally {
    process.exit(0);
  }
}
// Orphaned (the parent died) or told to stop: leave.
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
