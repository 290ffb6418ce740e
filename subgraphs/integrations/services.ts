import type { RedisClient } from '../../lib/redis.js';
import type { EventLog } from '../../lib/events/EventLog.js';
import type { DeliveryFeed } from './delivery/deliveryFeed.js';
import type { DeliveryQueue } from './delivery/deliveryQueue.js';
import type { DeliveryStore } from './delivery/deliveryStore.js';
import type { UrlPolicyOptions } from './urlPolicy.js';
import type { WebhookStore } from './webhookStore.js';

/** What the integrations resolvers share, built once by the subgraph factory. */
export interface IntegrationsServices {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly events: EventLog;
  readonly webhooks: WebhookStore;
  readonly deliveries: DeliveryStore;
  readonly queue: DeliveryQueue;
  readonly feed: DeliveryFeed;
  readonly urlPolicy: UrlPolicyOptions;
}
