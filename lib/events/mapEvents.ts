import type { PlatformEvent } from './envelope.js';

/**
 * A subscription's stream of events turned into what the resolver yields: `map` returns the
 * value, or null to skip the event. The stream is always released, however the consumer stops.
 */
export async function* mapEvents<T>(
  stream: AsyncGenerator<PlatformEvent>,
  map: (event: PlatformEvent) => T | null | Promise<T | null>,
): AsyncGenerator<T> {
  try {
    for await (const event of stream) {
      const value = await map(event);
      if (value !== null) yield value;
    }
  } finally {
    await stream.return(undefined);
  }
}
