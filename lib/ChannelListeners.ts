import { duplicateRedis, type RedisClient } from './redis.js';
import type { Logger } from './logger.js';

/**
 * Listeners on Redis pub/sub channels, over one subscriber connection per owner: a channel is
 * subscribed while it has a listener here and unsubscribed when its last one leaves. Messages are
 * JSON; an unreadable one is logged and skipped.
 */
export class ChannelListeners<T> {
  private readonly subscriber: RedisClient;
  private readonly listeners = new Map<string, Set<(message: T) => void>>();
  /** Each listened channel's SUBSCRIBE, which every adder awaits (not only the first). */
  private readonly subscriptions = new Map<string, Promise<unknown>>();

  constructor(redis: RedisClient, connectionName: string, logger: Logger) {
    // Its own offline queue: a subscribe issued before it connects waits (it resubscribes itself).
    this.subscriber = duplicateRedis(redis, { connectionName, enableOfflineQueue: true });
    // It reconnects and resubscribes by itself; the request connection reports outages.
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('message', (channel: string, raw: string) => {
      const set = this.listeners.get(channel);
      if (!set) return;
      let message: T;
      try {
        message = JSON.parse(raw) as T;
      } catch (error) {
        logger.warn({ err: error, channel }, 'unreadable channel message');
        return;
      }
      for (const listener of set) listener(message);
    });
  }

  /** Resolves once messages on `channel` reach `listener`. */
  async add(channel: string, listener: (message: T) => void): Promise<void> {
    let set = this.listeners.get(channel);
    let subscription = this.subscriptions.get(channel);
    if (!set || !subscription) {
      set = new Set();
      // Commands on one connection run in order: an UNSUBSCRIBE sent later cannot overtake it.
      subscription = this.subscriber.subscribe(channel);
      this.listeners.set(channel, set);
      this.subscriptions.set(channel, subscription);
    }
    // In the set before the wait: a listener added and removed meanwhile must not see an empty
    // set, unsubscribe, and leave this one on a set nobody reads.
    set.add(listener);
    try {
      await subscription;
    } catch (error) {
      await this.remove(channel, listener);
      throw error;
    }
  }

  async remove(channel: string, listener: (message: T) => void): Promise<void> {
    const set = this.listeners.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(channel);
    this.subscriptions.delete(channel);
    await this.subscriber.unsubscribe(channel).catch(() => undefined);
  }

  close(): void {
    this.listeners.clear();
    this.subscriptions.clear();
    this.subscriber.disconnect();
  }
}
