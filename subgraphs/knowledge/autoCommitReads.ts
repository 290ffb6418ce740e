import neo4j, { Neo4jError, type Driver, type QueryResult } from 'neo4j-driver';

/**
 * What @neo4j/graphql's Executor calls when `context.executionContext` is neither a driver nor a
 * session: it prefixes the statement (`CYPHER 5`) and calls `run`.
 */
export interface StatementRunner {
  run(query: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

/** Attempts of one statement: the first, and one more after a retriable (transient) error. */
const ATTEMPTS = 2;

/**
 * Runs each statement as an auto-commit read in its own session: RUN and PULL go out in one socket
 * write and one round trip. Given a driver, @neo4j/graphql opens a transaction function instead:
 * BEGIN, RUN + PULL, COMMIT, three writes and round trips per statement (counted on the socket),
 * and a socket write is the costliest single call of a request here (docs/KNOWLEDGE.md). The
 * subgraph only reads, one statement per root field, so a transaction around a single statement
 * buys nothing; a retriable error is retried once, as the transaction function would have.
 */
export function autoCommitReads(driver: Driver, database: string, beforeRun: () => void): StatementRunner {
  const runOnce = async (query: string, parameters?: Record<string, unknown>): Promise<QueryResult> => {
    beforeRun();
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return await runWithoutCallerStack(() => session.run(query, parameters));
    } finally {
      await session.close();
    }
  };
  return {
    async run(query, parameters) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await runOnce(query, parameters);
        } catch (error) {
          if (attempt >= ATTEMPTS || !Neo4jError.isRetriable(error)) throw error;
        }
      }
    },
  };
}

/**
 * The driver records the caller's stack for every result (`new Error().stack`, to append to a
 * failure later). Formatting a stack costs more than the rest of `session.run` under a
 * source-mapped runtime (tsx): 5 % of the knowledge subgraph's CPU on the nested read. The
 * result is created synchronously, so a zero stack limit around the call skips it; a failure
 * still carries the driver's own message, code and stack.
 */
function runWithoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
