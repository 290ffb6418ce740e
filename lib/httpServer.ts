import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  readonly host: string;
  readonly port: number;
  /** Stops accepting, ends idle keep-alive sockets, waits for in-flight requests. */
  close(): Promise<void>;
}

export async function listen(server: Server, host: string, port: number): Promise<Listening> {
  // Keep-alive longer than typical client/LB idle timeouts so pooled connections are reused.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    host,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

export function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
