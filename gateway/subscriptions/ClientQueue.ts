import type { GraphQLFormattedError } from 'graphql';
import type { PlatformError } from '../../lib/errors.js';

export interface SubscriptionResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

/**
 * One client's subscription: a bounded queue read by graphql-ws. Overflow drops what is queued
 * and ends the subscription with SUBSCRIPTION_SLOW_CONSUMER, so a slow reader costs at most
 * `limit` results of memory and never slows the other subscribers of the same upstream.
 */
export class ClientQueue implements AsyncIterableIterator<SubscriptionResult> {
  private readonly buffer: SubscriptionResult[] = [];
  private waiting: ((result: IteratorResult<SubscriptionResult>) => void) | null = null;
  private done = false;
  private leaveHook: (() => void) | null = null;
  /** Set when the queue overflowed; the server may close a socket that stays stalled. */
  overflowed = false;
  /** When the consumer last asked for a result (ms since epoch). */
  lastPullAt = Date.now();
  /**
   * Delivers a result synchronously when the consumer is idle and can take it at once (returns
   * false otherwise): the fan-out hot path then costs no promise or queue entry per subscriber.
   */
  fastPath: ((result: SubscriptionResult) => boolean) | null = null;

  constructor(
    private readonly limit: number,
    private readonly onEnd: (reason: string) => void,
  ) {}

  /** Called once when the client stops listening (return) or the queue ends. */
  set onLeave(hook: () => void) {
    this.leaveHook = hook;
  }

  get ended(): boolean {
    return this.done;
  }

  get queued(): number {
    return this.buffer.length;
  }

  push(result: SubscriptionResult): boolean {
    if (this.done) return false;
    if (this.waiting && this.fastPath?.(result)) {
      this.lastPullAt = Date.now();
      return true;
    }
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: result, done: false });
      return true;
    }
    if (this.buffer.length >= this.limit) {
      this.overflowed = true;
      this.buffer.length = 0;
      this.finish(
        {
          message: 'Subscriber fell behind and was cut off; resume with the last cursor',
          extensions: { code: 'SUBSCRIPTION_SLOW_CONSUMER' },
        },
        'slow_consumer',
      );
      return false;
    }
    this.buffer.push(result);
    return true;
  }

  /** Ends the subscription, optionally with a final error result the client can act on. */
  end(error?: PlatformError | GraphQLFormattedError, reason = error ? 'error' : 'complete'): void {
    const formatted =
      error && 'toGraphQLError' in error ? (error.toGraphQLError().toJSON() as GraphQLFormattedError) : error;
    this.finish(formatted, reason);
  }

  private finish(error: GraphQLFormattedError | undefined, reason: string): void {
    if (this.done) return;
    this.done = true;
    if (error) {
      const final = { errors: [error] };
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve({ value: final, done: false });
      } else {
        this.buffer.push(final);
      }
    } else if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
    this.onEnd(reason);
    this.leave();
  }

  private leave(): void {
    const hook = this.leaveHook;
    this.leaveHook = null;
    hook?.();
  }

  next(): Promise<IteratorResult<SubscriptionResult>> {
    this.lastPullAt = Date.now();
    const value = this.buffer.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<SubscriptionResult>> {
    if (!this.done) {
      this.done = true;
      this.buffer.length = 0;
      this.onEnd('client_complete');
      this.leave();
    }
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(): Promise<IteratorResult<SubscriptionResult>> {
    return this.return();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SubscriptionResult> {
    return this;
  }
}
