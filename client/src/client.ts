import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { networkError, PlatformClientError, toPlatformError, type PlatformGraphQLError } from './errors.js';
import {
  credentialHeaders,
  prepareDocument,
  randomId,
  retryDelay,
  type Credentials,
  type RetryOptions,
} from './shared.js';
import {
  SubscriptionManager,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandlers,
} from './subscriptions.js';

export type PlatformClientOptions = Credentials & {
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string;
  /**
   * Subscriptions over graphql-ws (`websocket`), GraphQL over SSE (`sse`), or WebSocket falling
   * back to SSE when a WebSocket cannot be opened at all (`auto`). @default 'auto'
   */
  readonly transport?: 'websocket' | 'sse' | 'auto';
  /**
   * Send registered documents by hash (`documentId`) rather than in full; an unknown hash is
   * retried once with the text. Required for API keys restricted to trusted documents. @default true
   */
  readonly persistedDocuments?: boolean;
  readonly retry?: RetryOptions;
  /** Extra headers on every HTTP request (not credentials). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch;
  /** A WebSocket constructor where the platform has none (Node 20 without one: `ws` is loaded). */
  readonly webSocketImpl?: unknown;
};

/** What an operation answered: data (possibly partial), typed errors, and the request id. */
export interface OperationResult<TData> {
  readonly data: TData | null;
  readonly errors: readonly PlatformGraphQLError[];
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** The gateway's id for this request (`x-request-id`): quote it to support. */
  readonly requestId: string | null;
  readonly status: number | null;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Variables argument: optional when the operation has none required. */
type VariablesOf<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface PlatformClient {
  /** Runs a query or mutation and returns everything it answered; never throws for GraphQL errors. */
  execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<OperationResult<TData>>;
  /** Runs a query; its data, or a PlatformClientError with the typed codes. */
  query<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: [...VariablesOf<TVariables>, options?: RequestOptions]
  ): Promise<TData>;
  /** Runs a mutation; its data, or a PlatformClientError. A mutation is only retried when the gateway refused it before running it. */
  mutate<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: [...VariablesOf<TVariables>, options?: RequestOptions]
  ): Promise<TData>;
  /**
   * Subscribes, reconnecting on its own and resuming from the last received cursor when the
   * operation declares `$since` and selects `cursor` (no gap, no duplicate).
   */
  subscribe<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    handlers: SubscriptionHandlers<TData>,
    options?: SubscribeOptions,
  ): Subscription;
  /** The same as an async iterator: `for await (const data of client.iterate(...))`. */
  iterate<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options?: SubscribeOptions,
  ): AsyncIterableIterator<TData>;
  /** An absolute URL for one the API returned relative to the gateway (e.g. `ExportJob.downloadUrl`). */
  resolveUrl(url: string): string;
  /** Ends every subscription and closes sockets. */
  close(): Promise<void>;
}

/** One HTTP exchange: no usable answer, or an answer and whether the gateway ran the operation. */
type Outcome =
  | { readonly kind: 'failed'; readonly failure: PlatformClientError }
  | {
      readonly kind: 'answered';
      readonly result: OperationResult<unknown>;
      readonly retryAfterMs: number | null;
      /** 'no': refused before execution (no data, request-level error), so safe to repeat. */
      readonly ran: 'no' | 'yes';
    };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** A client for the platform: typed queries and mutations over HTTP, resumable subscriptions. */
export function createPlatformClient(options: PlatformClientOptions): PlatformClient {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retry: Required<RetryOptions> = {
    maxAttempts: options.retry?.maxAttempts ?? 5,
    maxDelayMs: options.retry?.maxDelayMs ?? 30_000,
    baseDelayMs: options.retry?.baseDelayMs ?? 250,
  };
  const usePersisted = options.persistedDocuments ?? true;

  const send = async (
    document: DocumentNode,
    variables: unknown,
    byHash: boolean,
    forceRefresh: boolean,
    requestOptions: RequestOptions | undefined,
  ): Promise<Outcome> => {
    const doc = prepareDocument(document);
    const requestId = randomId();
    const body: Record<string, unknown> = {
      ...(byHash && doc.hash ? { documentId: doc.hash } : { query: doc.text }),
      ...(doc.operationName ? { operationName: doc.operationName } : {}),
      ...(variables !== undefined ? { variables } : {}),
    };
    let response: Response;
    try {
      response = await fetchFn(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json;q=0.9',
          'x-request-id': requestId,
          ...options.headers,
          ...requestOptions?.headers,
          ...(await credentialHeaders(options, forceRefresh)),
        },
        body: JSON.stringify(body),
        ...(requestOptions?.signal ? { signal: requestOptions.signal } : {}),
      });
    } catch (error) {
      if (requestOptions?.signal?.aborted) throw error;
      return { kind: 'failed', failure: networkError(error, requestId) };
    }
    const answeredId = response.headers.get('x-request-id') ?? requestId;
    let payload: { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> };
    try {
      payload = (await response.json()) as typeof payload;
    } catch (error) {
      return { kind: 'failed', failure: networkError(error, answeredId, response.status) };
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    const result: OperationResult<unknown> = {
      data: payload.data ?? null,
      errors: (payload.errors ?? []).map(toPlatformError),
      ...(payload.extensions ? { extensions: payload.extensions } : {}),
      requestId: answeredId,
      status: response.status,
    };
    return {
      kind: 'answered',
      result,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
      // application/graphql-response+json answers a request it refused before execution with 4xx/5xx.
      ran: response.status >= 400 ? 'no' : 'yes',
    };
  };

  const execute = async <TData>(
    document: DocumentNode,
    variables: unknown,
    requestOptions: RequestOptions | undefined,
  ): Promise<OperationResult<TData>> => {
    const isMutation = prepareDocument(document).operation.operation === 'mutation';
    let byHash = usePersisted;
    let forceRefresh = false;
    let last: PlatformClientError | OperationResult<unknown> | null = null;
    for (let attempt = 0; attempt < retry.maxAttempts; attempt += 1) {
      const outcome = await send(document, variables, byHash, forceRefresh, requestOptions);
      forceRefresh = false;
      if (outcome.kind === 'failed') {
        last = outcome.failure;
        // A mutation whose request may have reached the server is never repeated.
        if (isMutation) break;
        await sleep(retryDelay(attempt, retry), requestOptions?.signal);
        continue;
      }
      const { result } = outcome;
      last = result;
      const codes = new Set(result.errors.map((e) => e.code));
      if (outcome.ran === 'no' && codes.has('PERSISTED_QUERY_NOT_FOUND') && byHash) {
        byHash = false;
        continue;
      }
      if (outcome.ran === 'no' && codes.has('UNAUTHENTICATED') && options.getToken && attempt === 0) {
        forceRefresh = true;
        continue;
      }
      const refusedForNow =
        outcome.ran === 'no' &&
        (codes.has('RATE_LIMITED') ||
          codes.has('SERVICE_UNAVAILABLE') ||
          codes.has('SHUTTING_DOWN') ||
          codes.has('AUDIT_UNAVAILABLE'));
      if (!refusedForNow || attempt === retry.maxAttempts - 1) return result as OperationResult<TData>;
      const hinted =
        outcome.retryAfterMs ??
        (() => {
          const seconds = result.errors.find((e) => typeof e.extensions.retryAfterSeconds === 'number')
            ?.extensions.retryAfterSeconds as number | undefined;
          return seconds ? seconds * 1000 : null;
        })();
      await sleep(Math.min(retry.maxDelayMs, hinted ?? retryDelay(attempt, retry)), requestOptions?.signal);
    }
    if (last instanceof PlatformClientError) {
      return { data: null, errors: last.errors, requestId: last.requestId, status: last.status };
    }
    return last as OperationResult<TData>;
  };

  const dataOrThrow = async <TData>(document: DocumentNode, args: unknown[]): Promise<TData> => {
    const [variables, requestOptions] = args as [unknown, RequestOptions | undefined];
    const result = await execute<TData>(document, variables, requestOptions);
    if (result.errors.length > 0 || result.data === null)
      throw new PlatformClientError(result.errors, result.requestId, result.status, result.data);
    return result.data;
  };

  const subscriptions = new SubscriptionManager({
    url: options.url,
    transport: options.transport ?? 'auto',
    credentials: options,
    retry,
    persistedDocuments: usePersisted,
    fetch: fetchFn,
    webSocketImpl: options.webSocketImpl,
  });

  return {
    execute: (document, variables, requestOptions) => execute(document, variables, requestOptions),
    query: (document, ...args) => dataOrThrow(document, args),
    mutate: (document, ...args) => dataOrThrow(document, args),
    subscribe: (document, variables, handlers, subscribeOptions) =>
      subscriptions.subscribe(document, variables, handlers, subscribeOptions),
    iterate: (document, variables, subscribeOptions) =>
      subscriptions.iterate(document, variables, subscribeOptions),
    resolveUrl: (url) => new URL(url, options.url).toString(),
    close: () => subscriptions.close(),
  };
}
