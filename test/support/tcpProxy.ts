import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** `127.0.0.1:<port>` on which the proxy listens. */
  readonly address: string;
  /** Connections currently relayed. */
  readonly open: number;
  /** Connections whose server-to-client bytes `holdAfter` is holding back now. */
  readonly held: number;
  /**
   * From now on, a connection whose server-to-client bytes pass `bytes` stops there: the chunk
   * that crosses and everything after it are held back, so its client waits mid-response until
   * `cut` (which also ends the hold for the connections that come after it).
   */
  holdAfter(bytes: number): void;
  /** Drops every relayed connection at once, as a network failure or a server restart would. */
  cut(): void;
  /** While down, new connections are closed as soon as they arrive (the server is gone). */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket;
  /** Server-to-client bytes relayed since `holdAfter` was called. */
  relayed: number;
  held: boolean;
}

/**
 * A loopback TCP relay to `target` (`host:port`) that a test can cut: clients see their
 * connections close mid-stream, the way a restarting server or a dropped network closes them.
 * With `holdAfter`, a test can make sure a cut lands while a response is still on its way.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const [host, port] = [
    target.slice(0, target.lastIndexOf(':')),
    Number(target.slice(target.lastIndexOf(':') + 1)),
  ];
  const pairs = new Set<Pair>();
  let down = false;
  let holdLimit: number | undefined;
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(port, host);
    const pair: Pair = { client, upstream, relayed: 0, held: false };
    pairs.add(pair);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (pair.held) return;
      if (holdLimit !== undefined && pair.relayed + chunk.length > holdLimit) {
        // Neither this chunk nor any later one reaches the client: it waits for them until the cut.
        pair.held = true;
        upstream.pause();
        return;
      }
      if (holdLimit !== undefined) pair.relayed += chunk.length;
      if (!client.write(chunk)) {
        upstream.pause();
        client.once('drain', () => {
          if (!pair.held) upstream.resume();
        });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const bound = server.address();
  const listening = typeof bound === 'object' && bound ? bound.port : 0;
  const cut = (): void => {
    holdLimit = undefined;
    for (const { client, upstream } of [...pairs]) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
  };
  return {
    address: `127.0.0.1:${listening}`,
    get open() {
      return pairs.size;
    },
    get held() {
      return [...pairs].filter((pair) => pair.held).length;
    },
    holdAfter: (bytes) => {
      holdLimit = bytes;
      for (const pair of pairs) pair.relayed = 0;
    },
    cut,
    setDown: (value) => {
      down = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}
