import type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';
import { traceSettled } from '../../lib/telemetry/tracing.js';

const NEO4J_SPAN = { 'db.system.name': 'neo4j' } as const;

function cypherVerb(statement: unknown): string {
  const text = typeof statement === 'string' ? statement : '';
  return /^\s*(?:CYPHER\s+\S+\s+)?([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'run';
}

/** Receives the running count each time a Cypher statement leaves for the database. */
export type OnStatement = (countSoFar: number) => void;

type Method = (...args: unknown[]) => unknown;

/**
 * A view of `target` whose methods run on the real object, with some replaced. The driver's
 * objects keep state in private fields, so every call is made on the target, never on the proxy.
 */
function intercept<T extends object>(
  target: T,
  replace: (name: string, method: Method) => Method | undefined,
): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const method = (value as Method).bind(object);
      return (typeof property === 'string' && replace(property, method)) || method;
    },
  });
}

function countRuns<T extends Session | Transaction | ManagedTransaction>(target: T, onRun: () => void): T {
  return intercept(target, (name, method) => {
    if (name === 'run') {
      return (...args) => {
        onRun();
        // A Neo4j client span per statement of a traced request: the statement's first keyword
        // only, never its text or parameters.
        return traceSettled(`neo4j ${cypherVerb(args[0])}`, NEO4J_SPAN, () => method(...args));
      };
    }
    // Transaction functions and explicit transactions hand out a transaction whose `run` sends.
    if (['executeRead', 'executeWrite', 'readTransaction', 'writeTransaction'].includes(name)) {
      return (work, ...rest) =>
        traceSettled(`neo4j ${name}`, NEO4J_SPAN, () =>
          method(
            (tx: ManagedTransaction) => (work as (tx: ManagedTransaction) => unknown)(countRuns(tx, onRun)),
            ...rest,
          ),
        );
    }
    if (name === 'beginTransaction') {
      return (...args) => countRuns(method(...args) as Transaction, onRun);
    }
    return undefined;
  });
}

/**
 * Wraps a driver so that every Cypher statement sent through it (session and transaction `run`,
 * transaction functions, `executeQuery`) is counted. A retried transaction function counts each
 * attempt: each one is a round-trip.
 */
export function countingDriver(driver: Driver, onStatement: OnStatement): Driver {
  let count = 0;
  const onRun = (): void => {
    count += 1;
    onStatement(count);
  };
  return intercept(driver, (name, method) => {
    if (name === 'session') return (...args) => countRuns(method(...args) as Session, onRun);
    if (name === 'executeQuery') {
      return (...args) => {
        onRun();
        return method(...args);
      };
    }
    return undefined;
  });
}

/**
 * Cypher statements per request, for the requests a knowledge subgraph served most recently. The
 * N+1 guarantees (docs/KNOWLEDGE.md) are promises about this number, so it is measured on the
 * driver rather than inferred from the code that builds the queries.
 */
export class CypherMeter {
  private readonly recent = new Map<string, number>();

  /** @param capacity request ids remembered; the oldest is forgotten first. @default 1000 */
  constructor(
    private readonly driver: Driver,
    private readonly capacity = 1000,
  ) {}

  /** The driver to execute one request with: what it sends is counted under `requestId`. */
  forRequest(requestId: string, onStatement?: OnStatement): Driver {
    return countingDriver(this.driver, (count) => {
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
