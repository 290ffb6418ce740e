import { type DocumentNode } from 'graphql';
import { type Credentials, type RetryOptions } from './shared.js';
import { PlatformClientError, type PlatformGraphQLError } from './errors.js';
export interface SubscriptionHandlers<TData> {
    next(data: TData, meta: {
        readonly cursor: string | null;
        readonly errors: readonly PlatformGraphQLError[];
    }): void;
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
interface ManagerOptions {
    readonly url: string;
    readonly transport: 'websocket' | 'sse' | 'auto';
    readonly credentials: Credentials;
    readonly retry: Required<RetryOptions>;
    readonly persistedDocuments: boolean;
    readonly fetch: typeof fetch;
    readonly webSocketImpl: unknown;
}
/**
 * Subscriptions that survive gateway restarts, deploys and token expiry. Every reconnect is a new
 * subscribe with `since` set to the last cursor received, so the stream continues with no gap and
 * no duplicate; credentials are asked for again on each connection (token refresh).
 */
export declare class SubscriptionManager {
    private readonly options;
    private transport;
    /** The transport being made: callers in the same tick share it instead of opening their own. */
    private making;
    private kind;
    private webSocketImpl;
    /** Set when a credential was refused or lapsed: the next connection asks for a fresh token. */
    private refreshToken;
    private readonly active;
    constructor(options: ManagerOptions);
    private webSocket;
    private current;
    private make;
    /** Drops a failed connection so that the next subscribe opens a fresh one (new credentials). */
    private retire;
    subscribe<TData>(document: DocumentNode, variables: unknown, handlers: SubscriptionHandlers<TData>, subscribeOptions?: SubscribeOptions): Subscription;
    iterate<TData>(document: DocumentNode, variables: unknown, subscribeOptions?: SubscribeOptions): AsyncIterableIterator<TData>;
    close(): Promise<void>;
}
export {};
//# sourceMappingURL=subscriptions.d.ts.map