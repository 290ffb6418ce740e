import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface CollectingSubscription {
  readonly results: Received[];
  /** Resolves once `count` results arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  /** Resolves when the server completes or errors the subscription. */
  readonly ended: Promise<{ error?: unknown }>;
  stop(): void;
}

export function wsClient(
  httpUrl: string,
  token: string | null,
  onClose?: (code: number, reason: string) => void,
): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    on: onClose
      ? {
          closed: (event) =>
            onClose((event as { code: number }).code, String((event as { reason: unknown }).reason)),
        }
      : undefined,
  });
}

export function collect(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): CollectingSubscription {
  const results: Received[] = [];
  const waiters: Array<{ count: number; resolve: (r: Received[]) => void }> = [];
  let endedResolve: (value: { error?: unknown }) => void = () => undefined;
  const ended = new Promise<{ error?: unknown }>((resolve) => {
    endedResolve = resolve;
  });
  const stop = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        results.push(value as Received);
        for (const waiter of [...waiters]) {
          if (results.length >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(results.slice());
          }
        }
      },
      error: (error) => endedResolve({ error }),
      complete: () => endedResolve({}),
    },
  );
  return {
    results,
    ended,
    stop,
    waitFor: (count, timeoutMs = 20_000) =>
      results.length >= count
        ? Promise.resolve(results.slice())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`got ${results.length} of ${count} results`)),
              timeoutMs,
            );
            waiters.push({
              count,
              resolve: (r) => {
                clearTimeout(timer);
                resolve(r);
              },
            });
          }),
  };
}

/** Polls `check` until true, bounded in time: events, not fixed sleeps. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
