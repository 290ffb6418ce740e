import type { PlatformClientError } from './errors.js';

/** What the iterator needs of a subscription (structurally SubscriptionHandlers / Subscription). */
interface Sink<TData> {
  next(data: TData): void;
  error(error: PlatformClientError): void;
  complete(): void;
}

/** A subscription as an async iterator: buffered values, the error thrown, `return` unsubscribes. */
export function toIterator<TData>(
  subscribe: (handlers: Sink<TData>) => { unsubscribe(): void },
): AsyncIterableIterator<TData> {
  const buffered: TData[] = [];
  const waiting: Array<{ resolve(r: IteratorResult<TData>): void; reject(e: unknown): void }> = [];
  let ended: { error?: PlatformClientError } | null = null;
  const settle = () => {
    while (waiting.length > 0 && (buffered.length > 0 || ended)) {
      const waiter = waiting.shift() as (typeof waiting)[number];
      if (buffered.length > 0) waiter.resolve({ value: buffered.shift() as TData, done: false });
      else if (ended?.error) waiter.reject(ended.error);
      else waiter.resolve({ value: undefined, done: true });
    }
  };
  const subscription = subscribe({
    next: (data) => {
      buffered.push(data);
      settle();
    },
    error: (error) => {
      ended = { error };
      settle();
    },
    complete: () => {
      ended = {};
      settle();
    },
  });
  const iterator: AsyncIterableIterator<TData> = {
    next: () =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        settle();
      }),
    return: async () => {
      subscription.unsubscribe();
      ended = ended ?? {};
      buffered.length = 0;
      settle();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
