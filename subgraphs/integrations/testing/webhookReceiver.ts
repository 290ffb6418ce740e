import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly receivedAt: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Decides the answer to each request; `nth` counts requests on this receiver from 1. */
export type Responder = (request: ReceivedWebhook, nth: number) => Reply | Promise<Reply>;

export interface WebhookReceiver {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  respond(responder: Responder): void;
  /** Resolves once `count` requests arrived (bounded by `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** A real HTTP endpoint on 127.0.0.1 (port 0) recording what webhooks deliver, for tests and benches. */
export async function startWebhookReceiver(
  responder: Responder = () => ({ status: 204 }),
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let respond = responder;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: ReceivedWebhook = {
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
      };
      received.push(request);
      for (const w of [...waiters]) {
        if (received.length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
      void Promise.resolve(respond(request, received.length)).then(
        (reply) => {
          res.writeHead(reply.status, reply.headers);
          res.end(reply.body ?? '');
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    respond: (next) => {
      respond = next;
    },
    waitFor: (count, timeoutMs = 20_000) =>
      received.length >= count
        ? Promise.resolve(received.slice())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`receiver got ${received.length} of ${count} requests`)),
              timeoutMs,
            );
            waiters.push({
              count,
              resolve: () => {
                clearTimeout(timer);
                resolve(received.slice());
              },
            });
          }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
