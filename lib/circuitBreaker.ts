import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleAll,
  isBrokenCircuitError,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { Logger } from './logger.js';

export { isBrokenCircuitError };

export interface BreakerOptions {
  /** What the breaker guards, for logs ("subgraph:knowledge", "neo4j"). */
  name: string;
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long it stays open before the probe may close it again, ms. */
  halfOpenAfterMs: number;
  /**
   * A cheap check that the dependency answers again (a ping with a short timeout). While the
   * circuit is not closed, this probe, not a client's request, decides when it closes, so no
   * client waits on a probe into a dead dependency.
   */
  probe: () => Promise<unknown>;
  logger?: Logger;
}

/**
 * A circuit breaker over a dependency (cockatiel's policy): after `failures` consecutive
 * failures every call fails at once with a BrokenCircuitError, which callers map to their
 * unavailable code; the probe then runs at most every `halfOpenAfterMs` until one succeeds.
 */
export class DependencyBreaker {
  private readonly policy: CircuitBreakerPolicy;
  private probing = false;

  constructor(private readonly options: BreakerOptions) {
    this.policy = circuitBreaker(handleAll, {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.failures),
    });
    this.policy.onStateChange((state) => {
      options.logger?.warn({ dependency: options.name, state: CircuitState[state] }, 'circuit breaker');
    });
  }

  get open(): boolean {
    return this.policy.state !== CircuitState.Closed;
  }

  execute<T>(fn: () => Promise<T>): Promise<T> {
    if (this.open) {
      this.startProbe();
      return Promise.reject(new BrokenCircuitError());
    }
    return this.policy.execute(fn);
  }

  private startProbe(): void {
    if (this.probing) return;
    this.probing = true;
    // While open and not yet due, cockatiel refuses at once; once due, the probe is the one trial.
    this.policy
      .execute(this.options.probe)
      .catch(() => undefined)
      .finally(() => {
        this.probing = false;
      });
  }
}
