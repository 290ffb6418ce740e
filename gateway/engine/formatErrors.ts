import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Errors from @apollo/gateway's executor, as the wire format clients receive. `renamed` maps
 * internal service names (the replayed upstream event) to the subgraph they stand for.
 */
export function formatExecutorErrors(
  errors: readonly unknown[] | undefined,
  renamed: Readonly<Record<string, string>> = {},
): GraphQLFormattedError[] | undefined {
  if (!errors || errors.length === 0) return undefined;
  return errors.map((error) => rename(toFormatted(error), renamed));
}

function rename(
  error: GraphQLFormattedError,
  renamed: Readonly<Record<string, string>>,
): GraphQLFormattedError {
  const service = error.extensions?.serviceName;
  if (typeof service !== 'string' || !renamed[service]) return error;
  return { ...error, extensions: { ...error.extensions, serviceName: renamed[service] } };
}

function toFormatted(error: unknown): GraphQLFormattedError {
  if (error instanceof GraphQLError) return error.toJSON();
  const e = error as { message?: unknown; path?: unknown; extensions?: unknown };
  return {
    message: typeof e.message === 'string' ? e.message : 'Unknown error',
    ...(Array.isArray(e.path) ? { path: e.path as Array<string | number> } : {}),
    ...(e.extensions && typeof e.extensions === 'object'
      ? { extensions: e.extensions as Record<string, unknown> }
      : {}),
  };
}
