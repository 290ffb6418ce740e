import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DEPENDENCY_LABELS, unavailableDependency } from './dependencyErrors.js';
import { isErrorCode, PlatformError } from './errors.js';

/**
 * The error behind a GraphQL error when it is unexpected (a bug, or a failure nothing maps to a
 * domain error): what formatPlatformError turns into INTERNAL_SERVER_ERROR, and what error
 * tracking captures. Domain errors, a dependency being down and errors with a code of their own
 * (parse, validation, Apollo's) are expected: null.
 */
export function unexpectedError(error: unknown): unknown {
  const original = unwrapResolverError(error);
  if (original instanceof PlatformError || unavailableDependency(original)) return null;
  const code =
    (original as { extensions?: { code?: unknown } } | null)?.extensions?.code ??
    (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? null : original;
}

/**
 * Maps any error to one with a registered `extensions.code`. Unknown failures become
 * INTERNAL_SERVER_ERROR and, when masking, lose their message (the caller logs the original).
 */
export function formatPlatformError(
  formatted: GraphQLFormattedError,
  error: unknown,
  mask: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof PlatformError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { ...original.details, code: original.code },
    };
  }
  const dependency = unavailableDependency(original);
  if (dependency) {
    // The driver's text ("Reached the max retries per request limit…") means nothing to a client.
    return {
      message: `${DEPENDENCY_LABELS[dependency]} is unavailable; retry shortly`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE', dependency, retryable: true },
    };
  }
  const code = formatted.extensions?.code;
  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo's own codes (e.g. PERSISTED_QUERY_NOT_FOUND) pass through unchanged.
    return formatted;
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: mask ? 'Internal server error' : formatted.message,
    extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' },
  };
}
