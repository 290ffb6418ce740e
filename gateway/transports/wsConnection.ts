import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { Logger } from '../../lib/logger.js';
import type { AuthenticatedPrincipal } from '../pipeline/authenticate.js';
import type { RequestOrigin } from '../pipeline/RequestPipeline.js';
import type { ClientQueue } from '../subscriptions/ClientQueue.js';

// One graphql-transport-ws connection's state, and the sweep that cuts off stalled ones
// (websocket.ts serves the protocol over them).

export interface Connection {
  readonly id: string;
  readonly socket: WebSocket;
  /** The TCP (or TLS) socket under `socket`: the fan-out fast path writes whole frames to it. */
  readonly stream: Duplex;
  readonly origin: RequestOrigin;
  principal: AuthenticatedPrincipal | null;
  initialising: boolean;
  readonly operations: Map<string, ClientQueue | Claim>;
  expired: boolean;
  timers: NodeJS.Timeout[];
}

/**
 * An id taken by one subscribe message while it is admitted, planned, or (a query or mutation)
 * run. Each subscribe has its own: once the client completes the id and reuses it, the earlier
 * operation finds another claim there and sends nothing more under that id.
 */
export class Claim {}

// A client whose queue overflowed and that has not read for this long is disconnected: its socket
// write is stuck, so the final error could never reach it anyway.
const STALLED_MS = 5_000;

/** Every second, terminates the sockets whose client stopped reading after its queue overflowed. */
export function sweepStalled(connections: ReadonlySet<Connection>, logger: Logger): NodeJS.Timeout {
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const connection of connections) {
      const stalled = [...connection.operations.values()].some(
        (slot) => !(slot instanceof Claim) && slot.overflowed && now - slot.lastPullAt > STALLED_MS,
      );
      if (stalled) {
        logger.warn(
          { connection: connection.id, tenantId: connection.principal?.tenantId },
          'closing stalled socket',
        );
        connection.socket.terminate();
      }
    }
  }, 1000);
  sweep.unref();
  return sweep;
}
