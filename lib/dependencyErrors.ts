import { isRetriableError, Neo4jError } from 'neo4j-driver';

export type Dependency = 'redis' | 'neo4j';

/** How messages name each dependency. */
export const DEPENDENCY_LABELS: Readonly<Record<Dependency, string>> = { redis: 'Redis', neo4j: 'Neo4j' };

/**
 * Words ioredis uses for a command that could not reach Redis (closed, down, still loading), and
 * under Redis Cluster for one whose slot had no reachable master within its retries (failover).
 */
const REDIS_DOWN =
  /^(Connection is closed|Stream isn't writeable|Reached the max retries per request limit|LOADING |MASTERDOWN|CLUSTERDOWN|TRYAGAIN|Too many Cluster redirections|Cluster isn't ready)/;

/**
 * Which dependency a failure means is unavailable, if any. Used to answer SERVICE_UNAVAILABLE
 * with the dependency's name instead of the driver's own text.
 */
export function unavailableDependency(error: unknown): Dependency | null {
  if (error instanceof Neo4jError) {
    return isRetriableError(error) || error.code === 'ServiceUnavailable' || error.code === 'SessionExpired'
      ? 'neo4j'
      : null;
  }
  if (error instanceof Error) {
    if (error.name === 'MaxRetriesPerRequestError' || REDIS_DOWN.test(error.message)) return 'redis';
  }
  return null;
}
