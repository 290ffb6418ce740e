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

  async add(channel: string, listener: (message: T) => void): Promise<void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.subscriber.subscribe(channel);
    }
    set.add(listener);
  }

  async remove(channel: string, listener: (message: T) => void): Promise<void> {
    const set = this.listeners.get(channel);
    if (!set) return;
    set.delete(listener);
    if (set.size === 0) {
      this.listeners.delete(channel);
      await this.subscriber.unsubscribe(channel).catch(() => undefined);
    }
  }

  close(): void {
    this.listeners.clear();
    this.subscriber.disconnect();
  }
}
