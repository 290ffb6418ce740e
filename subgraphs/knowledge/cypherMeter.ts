import type { Driver } from 'neo4j-driver';
import { traceSettled } from '../../lib/telemetry/tracing.js';
import { autoCommitReads, type StatementRunner } from './autoCommitReads.js';

const NEO4J_SPAN = { 'db.system.name': 'neo4j' } as const;

function cypherVerb(statement: string): string {
  return /^\s*(?:CYPHER\s+\S+\s+)?([A-Za-z]+)/.exec(statement)?.[1]?.toUpperCase() ?? 'run';
}

/** Receives the running count each time a Cypher statement leaves for the database. */
export type OnStatement = (countSoFar: number) => void;

/**
 * Cypher statements per request, for the requests a knowledge subgraph served most recently. The
 * N+1 guarantees (docs/KNOWLEDGE.md) are promises about this number, so it is measured where the
 * statements leave for the database rather than inferred from the code that builds the queries.
 */
export class CypherMeter {
  private readonly recent = new Map<string, number>();

  /** @param capacity request ids remembered; the oldest is forgotten first. @default 1000 */
  constructor(
    private readonly driver: Driver,
    private readonly capacity = 1000,
  ) {}

  /**
   * What to execute one request's statements with (@neo4j/graphql's `context.executionContext`):
   * auto-commit reads on `database`, each attempt counted under `requestId` (a retry is a
   * round-trip too) and, in a traced request, a Neo4j client span per statement named by its first
   * keyword only, never its text or parameters.
   */
  forRequest(requestId: string, database: string, onStatement?: OnStatement): StatementRunner {
    let count = 0;
    const reads = autoCommitReads(this.driver, database, () => {
      count += 1;
      // Re-inserting moves the id to the newest end, so the map evicts the least recent request.
      const total = (this.recent.get(requestId) ?? 0) + 1;
      this.recent.delete(requestId);
      this.recent.set(requestId, total);
      if (this.recent.size > this.capacity) {
        const oldest = this.recent.keys().next();
        if (!oldest.done) this.recent.delete(oldest.value);
      }
      onStatement?.(count);
    });
    return {
      run: (query, parameters) =>
        traceSettled(`neo4j ${cypherVerb(query)}`, NEO4J_SPAN, () => reads.run(query, parameters)),
    };
  }

  /** Statements sent for a request, or undefined when it sent none or was forgotten. */
  queriesFor(requestId: string): number | undefined {
    return this.recent.get(requestId);
  }
}

const meters = new WeakMap<Driver, CypherMeter>();

/**
 * The meter of the subgraphs executing on `driver`. Keyed by driver because the composition root
 * shares one driver per process and does not hand subgraph definitions back: whoever holds the
 * driver (a test, an operator's REPL) can read what the requests on it cost.
 */
export function cypherMeterOf(driver: Driver): CypherMeter {
  let meter = meters.get(driver);
  if (!meter) {
    meter = new CypherMeter(driver);
    meters.set(driver, meter);
  }
  return meter;
}
