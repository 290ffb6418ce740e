import type { GraphQLFormattedError } from 'graphql';

/**
 * The executor's errors with internal service names (the replayed upstream event) replaced by
 * the subgraph they stand for.
 */
export function renameServices(
  errors: readonly GraphQLFormattedError[],
  renamed: Readonly<Record<string, string>>,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const service = error.extensions?.serviceName;
    if (typeof service !== 'string' || !renamed[service]) return error;
    return { ...error, extensions: { ...error.extensions, serviceName: renamed[service] } };
  });
}
