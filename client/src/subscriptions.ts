import { Kind, type DocumentNode, type FieldNode } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import {
  credentialHeaders,
  prepareDocument,
  retryDelay,
  type Credentials,
  type PreparedDocument,
  type RetryOptions,
} from './shared.js';
import { networkError, PlatformClientError, toPlatformError, type PlatformGraphQLError } from './errors.js';
import { toIterator } from './iterate.js';

export interface SubscriptionHandlers<TData> {
  next(
    data: TData,
    meta: { readonly cursor: string | null; readonly errors: readonly PlatformGraphQLError[] },
  ): void;
  /** The subscription ended for good: a refusal, or reconnecting failed `retry.maxAttempts` times. */
  error?(error: PlatformClientError): void;
  /** The server completed the subscription (e.g. an export reached a final state). */
  complete?(): void;
  /** Each reconnect, with the cursor it resumes from (null: from now). */
  reconnecting?(info: {
    readonly attempt: number;
    readonly cursor: string | null;
    readonly reason: string;
  }): void;
}

export interface SubscribeOptions {
  /** Resume after this cursor (from an earlier run, e.g. a partner app's saved state). */
  readonly since?: string | null;
}

export interface Subscription {
  /** The cursor of the last event received: persist it to resume after a restart. */
  readonly cursor: string | null;
  unsubscribe(): void;
}

interface Sink {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}

/** One transport connection generation: graphql-ws (one socket, multiplexed) or graphql-sse. */
interface Transport {
  readonly kind: 'websocket' | 'sse';
  subscribe(payload: Record<string, unknown>, sink: Sink): () => void;
  dispose(): void;
  /** Whether this generation's socket ever opened (an upgrade went through). */
  connected: boolean;
}

interface ManagerOptions {
  readonly url: string;
  readonly transport: 'websocket' | 'sse' | 'auto';
  readonly credentials: Credentials;
  readonly retry: Required<RetryOptions>;
  readonly persistedDocuments: boolean;
  readonly fetch: typeof fetch;
  readonly webSocketImpl: unknown;
}

/** Codes after which resubscribing (from the cursor) is the right answer, not giving up. */
const RESUMABLE = new Set([
  'SHUTTING_DOWN',
  'SERVICE_UNAVAILABLE',
  'SUBGRAPH_UNAVAILABLE',
  'RATE_LIMITED',
  'SUBSCRIPTION_SLOW_CONSUMER',
  'AUDIT_UNAVAILABLE',
]);
/** Close codes that no reconnect can cure (bad request, protocol, duplicate id). */
const FATAL_CLOSE = new Set([4400, 4406, 4409, 4429]);

interface CloseLike {
  readonly code?: number;
  readonly reason?: string;
}

function wsUrl(url: string): string {
  return url.replace(/^http(s?):/i, 'ws$1:');
}

/** The root field's response key, where a resumable stream's `cursor` is. */
function rootKey(doc: PreparedDocument): string | null {
  const first = doc.operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  return first ? (first.alias?.value ?? first.name.value) : null;
}

function declaresSince(doc: PreparedDocument): boolean {
  return doc.operation.variableDefinitions?.some((v) => v.variable.name.value === 'since') ?? false;
}

/**
 * Subscriptions that survive gateway restarts, deploys and token expiry. Every reconnect is a new
 * subscribe with `since` set to the last cursor received, so the stream continues with no gap and
 * no duplicate; credentials are asked for again on each connection (token refresh).
 */
export class SubscriptionManager {
  private transport: Transport | null = null;
  /** The transport being made: callers in the same tick share it instead of opening their own. */
  private making: Promise<Transport> | null = null;
  private kind: 'websocket' | 'sse';
  private webSocketImpl: unknown;
  /** Set when a credential was refused or lapsed: the next connection asks for a fresh token. */
  private refreshToken = false;
  private readonly active = new Set<{ restart(reason: string): void; stop(): void }>();

  constructor(private readonly options: ManagerOptions) {
    this.kind = options.transport === 'sse' ? 'sse' : 'websocket';
    this.webSocketImpl = options.webSocketImpl;
  }

  private async webSocket(): Promise<unknown> {
    if (this.webSocketImpl) return this.webSocketImpl;
    const native = (globalThis as { WebSocket?: unknown }).WebSocket;
    if (native) return (this.webSocketImpl = native);
    // Node 20 has no WebSocket: `ws` (a dependency); the specifier is a variable so browser
    // bundlers leave it alone.
    const name = 'ws';
    const module = (await import(name)) as { default: unknown };
    return (this.webSocketImpl = module.default);
  }

  private async current(): Promise<Transport> {
    if (this.transport) return this.transport;
    this.making ??= this.make().finally(() => {
      this.making = null;
    });
    return this.making;
  }

  private async make(): Promise<Transport> {
    const { credentials, url } = this.options;
    const headers = () => {
      const forceRefresh = this.refreshToken;
      this.refreshToken = false;
      return credentialHeaders(credentials, forceRefresh);
    };
    if (this.kind === 'sse') {
      const client = createSseClient({
        url,
        fetchFn: this.options.fetch,
        retryAttempts: 0,
        headers,
      });
      const transport: Transport = {
        kind: 'sse',
        connected: true,
        subscribe: (payload, sink) => client.subscribe(payload as never, sink as never),
        dispose: () => client.dispose(),
      };
      return (this.transport = transport);
    }
    const transport: Transport = {
      kind: 'websocket',
      connected: false,
      subscribe: () => () => undefined,
      dispose: () => undefined,
    };
    const client: WsClient = createWsClient({
      url: wsUrl(url),
      webSocketImpl: await this.webSocket(),
      lazy: true,
      retryAttempts: 0,
      connectionParams: headers,
      // Opened is enough: a refused token or a server busy closing is not a blocked upgrade.
      on: { opened: () => (transport.connected = true) },
    });
    transport.subscribe = (payload, sink) => client.subscribe(payload as never, sink as never);
    transport.dispose = () => void client.dispose();
    return (this.transport = transport);
  }

  /** Drops a failed connection so that the next subscribe opens a fresh one (new credentials). */
  private retire(transport: Transport, reason: string, credentialRefused = false): void {
    if (credentialRefused) this.refreshToken = true;
    if (this.transport !== transport) return;
    this.transport = null;
    if (this.options.transport === 'auto' && transport.kind === 'websocket' && !transport.connected) {
      // A WebSocket whose upgrade never went through (a proxy that refuses it): SSE from now on.
      this.kind = 'sse';
    }
    for (const subscription of this.active) subscription.restart(reason);
    transport.dispose();
  }

  subscribe<TData>(
    document: DocumentNode,
    variables: unknown,
    handlers: SubscriptionHandlers<TData>,
    subscribeOptions?: SubscribeOptions,
  ): Subscription {
    const doc = prepareDocument(document);
    const key = rootKey(doc);
    const resumable = declaresSince(doc);
    const { retry } = this.options;
    const credentialsRefresh = this.options.credentials.getToken !== undefined;
    let cursor: string | null = subscribeOptions?.since ?? null;
    let attempt = 0;
    let stopped = false;
    let run: object | null = null;
    let cancel: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let onTransport: Transport | null = null;

    const finish = () => {
      stopped = true;
      run = null;
      if (timer) clearTimeout(timer);
      this.active.delete(entry);
    };
    let startedAt = 0;
    const fail = (error: PlatformClientError) => {
      if (stopped) return;
      cancel?.();
      cancel = null;
      finish();
      handlers.error?.(error);
    };

    const start = async () => {
      timer = null;
      if (stopped) return;
      const token = {};
      run = token;
      let transport: Transport;
      try {
        transport = await this.current();
      } catch (error) {
        fail(networkError(error, null));
        return;
      }
      if (run !== token) return;
      onTransport = transport;
      startedAt = Date.now();
      const vars = {
        ...((variables ?? {}) as Record<string, unknown>),
        ...(resumable && cursor ? { since: cursor } : {}),
      };
      const payload: Record<string, unknown> = {
        query: doc.text,
        variables: vars,
        ...(doc.operationName ? { operationName: doc.operationName } : {}),
        ...(this.options.persistedDocuments && doc.hash
          ? { extensions: { persistedQuery: { version: 1, sha256Hash: doc.hash.replace(/^sha256:/, '') } } }
          : {}),
      };
      let resumeAfter: readonly PlatformGraphQLError[] | null = null;
      cancel = transport.subscribe(payload, {
        next: (value) => {
          if (run !== token) return;
          const result = value as { data?: Record<string, unknown> | null; errors?: unknown[] };
          const errors = (result.errors ?? []).map(toPlatformError);
          if (!result.data) {
            if (
              errors.some(
                (e) => RESUMABLE.has(e.code) || (e.code === 'UNAUTHENTICATED' && credentialsRefresh),
              )
            )
              resumeAfter = errors;
            else fail(new PlatformClientError(errors, null));
            return;
          }
          attempt = 0;
          const root = key ? result.data[key] : undefined;
          const next = root && typeof root === 'object' ? (root as { cursor?: unknown }).cursor : undefined;
          if (typeof next === 'string') cursor = next;
          handlers.next(result.data as TData, { cursor, errors });
        },
        error: (error) => {
          if (run !== token) return;
          if (Array.isArray(error)) {
            // An `error` message: the server refused this operation.
            const errors = error.map(toPlatformError);
            const lapsed = credentialsRefresh && errors.some((e) => e.code === 'UNAUTHENTICATED');
            if (!lapsed && !errors.some((e) => RESUMABLE.has(e.code))) {
              fail(new PlatformClientError(errors, null));
              return;
            }
            // A gateway on its way down, or a connection whose credential lapsed: the next attempt
            // needs a new connection (and, for the credential, a fresh token).
            if (lapsed) this.retire(transport, 'UNAUTHENTICATED', true);
            else if (errors.some((e) => e.code === 'SHUTTING_DOWN')) this.retire(transport, 'SHUTTING_DOWN');
            if (run === token) restart(errors[0]?.code ?? 'refused', errors);
            return;
          }
          const close = error as CloseLike;
          if (typeof close.code === 'number' && FATAL_CLOSE.has(close.code)) {
            fail(networkError(`closed ${close.code} ${close.reason ?? ''}`.trim(), null));
            return;
          }
          if (close.code === 4403 && !credentialsRefresh) {
            fail(
              new PlatformClientError(
                [{ message: close.reason ?? 'Forbidden', code: 'UNAUTHENTICATED', extensions: {} }],
                null,
              ),
            );
            return;
          }
          // The connection itself failed: every subscription on it moves to a new one.
          this.retire(
            transport,
            typeof close.code === 'number' ? `closed ${close.code}` : 'connection lost',
            close.code === 4403,
          );
          if (run === token) restart(typeof close.code === 'number' ? `closed ${close.code}` : String(error));
        },
        complete: () => {
          if (run !== token) return;
          if (resumeAfter) {
            const codes = new Set(resumeAfter.map((e) => e.code));
            const reason = resumeAfter[0]?.code ?? 'ended';
            // Shutting down or a lapsed credential: the next attempt needs a new connection, for
            // every subscription on it. Anything else (rate limits, a slow consumer) is this
            // subscription's alone: it resumes by itself, as the server's hint says.
            if (codes.has('SHUTTING_DOWN') || codes.has('UNAUTHENTICATED'))
              this.retire(transport, reason, codes.has('UNAUTHENTICATED'));
            if (run === token) restart(reason, resumeAfter);
            return;
          }
          finish();
          handlers.complete?.();
        },
      });
    };

    const restart = (reason: string, errors?: readonly PlatformGraphQLError[]) => {
      if (stopped) return;
      run = null;
      cancel?.();
      cancel = null;
      // Attempts count consecutive failures: a stream that ran for a while starts counting again.
      if (startedAt > 0 && Date.now() - startedAt > 30_000) attempt = 0;
      startedAt = 0;
      attempt += 1;
      if (attempt > retry.maxAttempts) {
        fail(
          errors
            ? new PlatformClientError(errors, null)
            : networkError(`gave up after ${retry.maxAttempts} reconnects: ${reason}`, null),
        );
        return;
      }
      const hinted = errors?.find((e) => typeof e.extensions.retryAfterSeconds === 'number')?.extensions
        .retryAfterSeconds as number | undefined;
      const delay = Math.min(retry.maxDelayMs, hinted ? hinted * 1000 : retryDelay(attempt - 1, retry));
      handlers.reconnecting?.({ attempt, cursor, reason });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void start(), delay);
    };

    const entry = {
      restart: (reason: string) => {
        // Only subscriptions on the retired connection move; a pending restart already will.
        if (run !== null && onTransport !== this.transport) restart(reason);
      },
      stop: () => {
        cancel?.();
        finish();
      },
    };
    this.active.add(entry);
    void start();
    return {
      get cursor() {
        return cursor;
      },
      unsubscribe: () => entry.stop(),
    };
  }

  iterate<TData>(
    document: DocumentNode,
    variables: unknown,
    subscribeOptions?: SubscribeOptions,
  ): AsyncIterableIterator<TData> {
    return toIterator<TData>((handlers) =>
      this.subscribe<TData>(document, variables, handlers, subscribeOptions),
    );
  }

  async close(): Promise<void> {
    for (const subscription of [...this.active]) subscription.stop();
    const transport = this.transport;
    this.transport = null;
    transport?.dispose();
  }
}
