import type { GraphQLFormattedError } from 'graphql';
import { isErrorCode } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { DeniedField } from './authorizeOperation.js';

const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|fetch failed|socket hang up|aborted|timeout|502|503|504/i;

/**
 * Errors as clients see them: each carries a registered code; errors from a subgraph name it in
 * `extensions.subgraph`; internal messages are hidden when masking (and logged). `unexpected`
 * hears of the gateway's own unexpected errors (a subgraph reports its own).
 */
export function shapeErrors(
  errors: readonly GraphQLFormattedError[],
  mask: boolean,
  log: Logger,
  unexpected?: (error: GraphQLFormattedError, shownMessage: string) => void,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const extensions = error.extensions ?? {};
    const subgraph = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
    const code = extensions.code;
    if (subgraph) {
      if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
        const { serviceName: _s, ...rest } = extensions;
        return { ...error, extensions: { ...rest, code, subgraph } };
      }
      const unavailable = UNAVAILABLE.test(error.message);
      if (unavailable || code === 'INTERNAL_SERVER_ERROR' || mask)
        log.warn({ subgraph, error: error.message }, 'subgraph error');
      return {
        message: unavailable
          ? `Subgraph "${subgraph}" is unavailable`
          : mask
            ? `Subgraph "${subgraph}" failed`
            : error.message,
        ...(error.path ? { path: error.path } : {}),
        extensions: { code: unavailable ? 'SUBGRAPH_UNAVAILABLE' : 'SUBGRAPH_ERROR', subgraph },
      };
    }
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') return error;
    log.error({ error: error.message, code }, 'unexpected error');
    unexpected?.(error, mask ? 'Internal server error' : error.message);
    return {
      message: mask ? 'Internal server error' : error.message,
      ...(error.path ? { path: error.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  });
}

export function withheldFieldErrors(denied: readonly DeniedField[]): GraphQLFormattedError[] {
  return denied.map((field) => ({
    message: `Not authorized to read ${field.coordinate}: requires scope ${field.requiredScopes
      .map((alternatives) => alternatives.map((group) => group.join(' + ')).join(' or '))
      .join(', and ')}`,
    path: [...field.path],
    extensions: { code: 'FORBIDDEN', requiredScopes: field.requiredScopes },
  }));
}

/** Sets each withheld field to null on every object found at its path (through lists). */
export function insertNulls(data: Record<string, unknown>, denied: readonly DeniedField[]): void {
  for (const field of denied) {
    if (field.unconditional) setNull(data, field.path, 0);
  }
}

function setNull(value: unknown, path: readonly string[], index: number): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) setNull(item, path, index);
    return;
  }
  const key = path[index] as string;
  const record = value as Record<string, unknown>;
  if (index === path.length - 1) {
    record[key] = null;
    return;
  }
  setNull(record[key], path, index + 1);
}
