/**
 * Child process entry: serves one gateway under test, so its CPU and memory can be read apart from
 * the subgraphs and the load generator (which run in the parent). Forked by GatewayChild with an
 * IPC channel; configuration comes from this process's environment, set by the parent.
 */
import { loadConfig } from '../../lib/config.js';
import { GATEWAY_STARTERS, type ServedGateway } from './gateways.js';
import { isParentMessage, type ChildMessage } from './protocol.js';

const config = loadConfig(process.env);
let served: ServedGateway | undefined;
let stopping = false;

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await served?.close();
  } finally {
    process.disconnect?.();
    // Keep-alive sockets and driver timers must not keep a finished child alive.
    process.exit(0);
  }
}

process.on('message', (message: unknown) => {
  if (!isParentMessage(message)) return;
  if (message.type === 'stop') {
    void stop();
    return;
  }
  GATEWAY_STARTERS[message.spec.kind](message.spec, config).then(
    (gateway) => {
      served = gateway;
      send({ type: 'ready', url: gateway.url });
    },
    (error: unknown) =>
      send({
        type: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});

// Orphaned (the parent died): leave.
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
