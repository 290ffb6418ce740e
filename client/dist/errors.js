import { ERROR_CODES } from './errorCodes.js';
const KNOWN = new Set(ERROR_CODES);
export function toPlatformError(error) {
    const raw = (error ?? {});
    const extensions = raw.extensions && typeof raw.extensions === 'object' ? raw.extensions : {};
    const code = typeof extensions.code === 'string' && KNOWN.has(extensions.code) ? extensions.code : 'UNKNOWN';
    return {
        message: typeof raw.message === 'string' ? raw.message : 'Unknown error',
        code: code,
        ...(Array.isArray(raw.path) ? { path: raw.path } : {}),
        extensions,
    };
}
/**
 * What `query`, `mutate` and subscriptions fail with: the first error's code as `code`, every
 * error, the partial data if any, and the request id to quote to support.
 */
export class PlatformClientError extends Error {
    errors;
    requestId;
    status;
    data;
    name = 'PlatformClientError';
    code;
    constructor(errors, requestId, status = null, data = null) {
        super(errors[0]?.message ?? 'Unknown error');
        this.errors = errors;
        this.requestId = requestId;
        this.status = status;
        this.data = data;
        this.code = errors[0]?.code ?? 'UNKNOWN';
    }
    /** True when any of the errors has this code. */
    has(code) {
        return this.errors.some((e) => e.code === code);
    }
    /** Seconds the server asked to wait (RATE_LIMITED), if it said. */
    get retryAfterSeconds() {
        for (const error of this.errors) {
            const value = error.extensions.retryAfterSeconds;
            if (typeof value === 'number' && Number.isFinite(value))
                return value;
        }
        return null;
    }
}
/** Narrows an unknown error to a PlatformClientError, optionally with a given code. */
export function isPlatformError(error, code) {
    return error instanceof PlatformClientError && (code === undefined || error.has(code));
}
export function networkError(cause, requestId, status = null) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new PlatformClientError([{ message: `Network error: ${message}`, code: 'NETWORK_ERROR', extensions: {} }], requestId, status);
}
//# sourceMappingURL=errors.js.map