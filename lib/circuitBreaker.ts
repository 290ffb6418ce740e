import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleAll,
  isBrokenCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { Logger } from './logger.js';

export { isBrokenCircuitError, CircuitState, type CircuitBreakerPolicy };

export interface BreakerOptions {
  /** What the breaker guards, for logs ("subgraph:knowledge", "neo4j"). */
  name: string;
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long it stays open before one trial call may probe the dependency again, ms. */
  halfOpenAfterMs: number;
  logger?: Logger;
}

/**
 * A circuit breaker (cockatiel): after `failures` consecutive failures, calls fail at once with
 * a BrokenCircuitError for `halfOpenAfterMs`; then one call probes, and its outcome closes or
 * reopens the circuit. Callers map the broken-circuit error to their unavailable code.
 */
export function createBreaker(options: BreakerOptions): CircuitBreakerPolicy {
  const breaker = circuitBreaker(handleAll, {
    halfOpenAfter: options.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.failures),
  });
  breaker.onStateChange((state) => {
    options.logger?.warn({ dependency: options.name, state: CircuitState[state] }, 'circuit breaker');
  });
  return breaker;
}
