import type { RedisClient } from '../../../lib/redis.js';
import { ChannelListeners } from '../../../lib/ChannelListeners.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { DeliveryUpdate } from './deliveryStore.js';

type Listener = (update: DeliveryUpdate) => void;

/**
 * Live delivery updates for Subscription.webhookDeliveryUpdated. Workers PUBLISH every change on
 * the tenant's channel; this process subscribes to a tenant's channel while anyone here watches
 * it. Live only (pub/sub): the durable history is Webhook.deliveries.
 */
export class DeliveryFeed {
  private readonly channels: ChannelListeners<DeliveryUpdate>;

  constructor(
    redis: RedisClient,
    private readonly channelOf: (tenantId: string) => string,
    private readonly buffer: number,
    logger: Logger,
  ) {
    this.channels = new ChannelListeners(redis, 'webhook-delivery-feed', logger);
  }

  /** The tenant's updates, optionally one endpoint's; ends SUBSCRIPTION_SLOW_CONSUMER on overflow. */
  async subscribe(tenantId: string, webhookId: string | null): Promise<AsyncGenerator<DeliveryUpdate>> {
    const channel = this.channelOf(tenantId);
    const queue: DeliveryUpdate[] = [];
    let overflow = false;
    let wake: (() => void) | null = null;
    const listener: Listener = (update) => {
      // The channel is the tenant's, so this check only narrows to one endpoint.
      if (update.delivery.tenantId !== tenantId) return;
      if (webhookId && update.delivery.webhookId !== webhookId) return;
      if (queue.length >= this.buffer) overflow = true;
      else queue.push(update);
      wake?.();
    };
    await this.channels.add(channel, listener);
    const release = () => void this.channels.remove(channel, listener);
    async function* iterate(): AsyncGenerator<DeliveryUpdate> {
      try {
        for (;;) {
          if (overflow) {
            throw new PlatformError('SUBSCRIPTION_SLOW_CONSUMER', 'Subscriber fell behind the delivery feed');
          }
          const next = queue.shift();
          if (next) {
            yield next;
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
        }
      } finally {
        release();
      }
    }
    return iterate();
  }

  close(): void {
    this.channels.close();
  }
}
