import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** `127.0.0.1:<port>` on which the proxy listens. */
  readonly address: string;
  /** Connections currently relayed. */
  readonly open: number;
  /** Drops every relayed connection at once, as a network failure or a server restart would. */
  cut(): void;
  /** While down, new connections are closed as soon as they arrive (the server is gone). */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/**
 * A loopback TCP relay to `target` (`host:port`) that a test can cut: clients see their
 * connections close mid-stream, the way a restarting server or a dropped network closes them.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const [host, port] = [
    target.slice(0, target.lastIndexOf(':')),
    Number(target.slice(target.lastIndexOf(':') + 1)),
  ];
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(port, host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const bound = server.address();
  const listening = typeof bound === 'object' && bound ? bound.port : 0;
  const cut = (): void => {
    for (const [client, upstream] of [...pairs]) {
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
