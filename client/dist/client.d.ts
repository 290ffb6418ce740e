import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type PlatformGraphQLError } from './errors.js';
import { type Credentials, type RetryOptions } from './shared.js';
import { type SubscribeOptions, type Subscription, type SubscriptionHandlers } from './subscriptions.js';
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
type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];
export interface PlatformClient {
    /** Runs a query or mutation and returns everything it answered; never throws for GraphQL errors. */
    execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables, options?: RequestOptions): Promise<OperationResult<TData>>;
    /** Runs a query; its data, or a PlatformClientError with the typed codes. */
    query<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...args: [...VariablesOf<TVariables>, options?: RequestOptions]): Promise<TData>;
    /** Runs a mutation; its data, or a PlatformClientError. A mutation is only retried when the gateway refused it before running it. */
    mutate<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...args: [...VariablesOf<TVariables>, options?: RequestOptions]): Promise<TData>;
    /**
     * Subscribes, reconnecting on its own and resuming from the last received cursor when the
     * operation declares `$since` and selects `cursor` (no gap, no duplicate).
     */
    subscribe<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, handlers: SubscriptionHandlers<TData>, options?: SubscribeOptions): Subscription;
    /** The same as an async iterator: `for await (const data of client.iterate(...))`. */
    iterate<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, options?: SubscribeOptions): AsyncIterableIterator<TData>;
    /** An absolute URL for one the API returned relative to the gateway (e.g. `ExportJob.downloadUrl`). */
    resolveUrl(url: string): string;
    /** Ends every subscription and closes sockets. */
    close(): Promise<void>;
}
/** A client for the platform: typed queries and mutations over HTTP, resumable subscriptions. */
export declare function createPlatformClient(options: PlatformClientOptions): PlatformClient;
export {};
//# sourceMappingURL=client.d.ts.map