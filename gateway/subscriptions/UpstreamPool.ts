import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Principal } from '../../lib/principal.js';

export interface UpstreamEvent {
  data?: Record<string, unknown> | null;
  errors?: readonly unknown[];
  /** `traceparent`: the trace of the event's publish, when it was traced (lib/subgraphServer). */
  extensions?: Record<string, unknown>;
}

export interface UpstreamSink {
  next(event: UpstreamEvent): void;
  error(error: unknown): void;
  complete(): void;
}

interface PooledClient {
  client: Client;
  active: number;
}

/**
 * graphql-ws connections from the gateway to subgraphs, one per (subgraph, principal): the
 * subgraph authenticates the connection by its signed principal, and every upstream subscription
 * of that principal shares it. A connection closes once its last subscription ends. No automatic
 * retry: if a subgraph goes away its subscriptions end with an error and clients resume by cursor.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, PooledClient>();

  constructor(
    private readonly urls: Readonly<Record<string, string>>,
    private readonly sign: (principal: Principal) => string,
  ) {}

  subscribe(
    subgraph: string,
    principal: Principal,
    request: { query: string; variables: Record<string, unknown>; operationName?: string },
    sink: UpstreamSink,
  ): () => void {
    const key = `${subgraph}\n${principal.tenantId}\n${principal.subject}\n${principal.scopes.join(' ')}`;
    let pooled = this.clients.get(key);
    if (!pooled) {
      const url = this.urls[subgraph];
      if (!url) throw new Error(`No URL for subgraph "${subgraph}"`);
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        // Signed afresh on every (re)connect: the signature is short-lived.
        connectionParams: () => ({ principal: this.sign(principal) }),
        lazy: true,
        lazyCloseTimeout: 0,
        retryAttempts: 0,
        keepAlive: 15_000,
      });
      pooled = { client, active: 0 };
      this.clients.set(key, pooled);
    }
    const entry = pooled;
    entry.active += 1;
    const unsubscribe = entry.client.subscribe(request, {
      next: (value) => sink.next(value as UpstreamEvent),
      error: (error) => sink.error(error),
      complete: () => sink.complete(),
    });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      unsubscribe();
      entry.active -= 1;
      if (entry.active === 0 && this.clients.get(key) === entry) {
        this.clients.delete(key);
        void entry.client.dispose();
      }
    };
  }

  async close(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(all.map((c) => c.client.dispose()));
  }
}
