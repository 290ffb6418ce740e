import { ERROR_CODES, type ErrorCode } from './errorCodes.js';

/** A platform code, or what the client itself saw: no answer, or an answer without a known code. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNKNOWN';

/** One GraphQL error, with its `extensions.code` lifted and typed. */
export interface PlatformGraphQLError {
  readonly message: string;
  readonly code: ClientErrorCode;
  readonly path?: readonly (string | number)[];
  readonly extensions: Readonly<Record<string, unknown>>;
}

const KNOWN = new Set<string>(ERROR_CODES);

export function toPlatformError(error: unknown): PlatformGraphQLError {
  const raw = (error ?? {}) as {
    message?: unknown;
    path?: unknown;
    extensions?: Record<string, unknown>;
  };
  const extensions = raw.extensions && typeof raw.extensions === 'object' ? raw.extensions : {};
  const code =
    typeof extensions.code === 'string' && KNOWN.has(extensions.code) ? extensions.code : 'UNKNOWN';
  return {
    message: typeof raw.message === 'string' ? raw.message : 'Unknown error',
    code: code as ClientErrorCode,
    ...(Array.isArray(raw.path) ? { path: raw.path as (string | number)[] } : {}),
    extensions,
  };
}

/**
 * What `query`, `mutate` and subscriptions fail with: the first error's code as `code`, every
 * error, the partial data if any, and the request id to quote to support.
 */
export class PlatformClientError extends Error {
  override readonly name = 'PlatformClientError';
  readonly code: ClientErrorCode;

  constructor(
    readonly errors: readonly PlatformGraphQLError[],
    readonly requestId: string | null,
    readonly status: number | null = null,
    readonly data: unknown = null,
  ) {
    super(errors[0]?.message ?? 'Unknown error');
    this.code = errors[0]?.code ?? 'UNKNOWN';
  }

  /** True when any of the errors has this code. */
  has(code: ClientErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }

  /** Seconds the server asked to wait (RATE_LIMITED), if it said. */
  get retryAfterSeconds(): number | null {
    for (const error of this.errors) {
      const value = error.extensions.retryAfterSeconds;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
    }
    return null;
  }
}

/** Narrows an unknown error to a PlatformClientError, optionally with a given code. */
export function isPlatformError(error: unknown, code?: ClientErrorCode): error is PlatformClientError {
  return error instanceof PlatformClientError && (code === undefined || error.has(code));
}

export function networkError(cause: unknown, requestId: string | null, status: number | null = null) {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new PlatformClientError(
    [{ message: `Network error: ${message}`, code: 'NETWORK_ERROR', extensions: {} }],
    requestId,
    status,
  );
}
