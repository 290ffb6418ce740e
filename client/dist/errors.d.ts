import { type ErrorCode } from './errorCodes.js';
/** A platform code, or what the client itself saw: no answer, or an answer without a known code. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNKNOWN';
/** One GraphQL error, with its `extensions.code` lifted and typed. */
export interface PlatformGraphQLError {
    readonly message: string;
    readonly code: ClientErrorCode;
    readonly path?: readonly (string | number)[];
    readonly extensions: Readonly<Record<string, unknown>>;
}
export declare function toPlatformError(error: unknown): PlatformGraphQLError;
/**
 * What `query`, `mutate` and subscriptions fail with: the first error's code as `code`, every
 * error, the partial data if any, and the request id to quote to support.
 */
export declare class PlatformClientError extends Error {
    readonly errors: readonly PlatformGraphQLError[];
    readonly requestId: string | null;
    readonly status: number | null;
    readonly data: unknown;
    readonly name = "PlatformClientError";
    readonly code: ClientErrorCode;
    constructor(errors: readonly PlatformGraphQLError[], requestId: string | null, status?: number | null, data?: unknown);
    /** True when any of the errors has this code. */
    has(code: ClientErrorCode): boolean;
    /** Seconds the server asked to wait (RATE_LIMITED), if it said. */
    get retryAfterSeconds(): number | null;
}
/** Narrows an unknown error to a PlatformClientError, optionally with a given code. */
export declare function isPlatformError(error: unknown, code?: ClientErrorCode): error is PlatformClientError;
export declare function networkError(cause: unknown, requestId: string | null, status?: number | null): PlatformClientError;
//# sourceMappingURL=errors.d.ts.map