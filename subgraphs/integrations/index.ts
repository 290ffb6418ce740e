import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { createKeyring } from '../../lib/crypto/createKeyring.js';
import { createAuditLog } from '../audit/auditApi.js';
import { EVENT_CATALOGUE, isPlatformOnlyEvent, isSecurityEvent } from '../../lib/events/catalogue.js';
import { mapEvents } from '../../lib/events/mapEvents.js';
import { PlatformError } from '../../lib/errors.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import { EventLog } from '../../lib/events/EventLog.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { AddressPolicy } from '../../lib/outbound/addressPolicy.js';
import { DeliveryFeed } from './delivery/deliveryFeed.js';
import { DeliveryQueue } from './delivery/deliveryQueue.js';
import { DeliveryStore } from './delivery/deliveryStore.js';
import { deliveryResolvers } from './deliveryResolvers.js';
import type { Resolvers } from './generated/resolvers.js';
import type { IntegrationsServices } from './services.js';
import { webhookResolvers } from './webhookResolvers.js';
import { WebhookStore } from './webhookStore.js';

export function createIntegrationsSubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const { config, redis, logger } = deps;
  const prefix = config.REDIS_KEY_PREFIX;
  const events = EventLog.fromConfig(config, redis, logger, undefined, deps.metrics);
  const deliveries = new DeliveryStore(redis, prefix, config.WEBHOOK_DELIVERY_RETENTION_DAYS);
  const keyring = createKeyring(deps, 'integrations', createAuditLog(redis, config).trail);
  const services: IntegrationsServices = {
    redis,
    prefix,
    events,
    webhooks: new WebhookStore(redis, prefix, keyring),
    deliveries,
    queue: new DeliveryQueue(redis, prefix),
    feed: new DeliveryFeed(redis, (t) => deliveries.feedChannel(t), config.EVENTS_SUBSCRIBER_BUFFER, logger),
    urlPolicy: {
      addresses: new AddressPolicy(config.WEBHOOK_ALLOWED_CIDRS),
      allowHttp: config.WEBHOOK_ALLOW_HTTP,
    },
  };
  const management = webhookResolvers(services);
  const history = deliveryResolvers(services);

  const resolvers: Resolvers = {
    Query: {
      eventTypes: () => EVENT_CATALOGUE.map((t) => ({ ...t })),
      ...management.Query,
      ...history.Query,
    },
    Mutation: {
      ...management.Mutation,
      ...history.Mutation,
      publishEvent: (_root, { input }, { principal }) => {
        // A synthetic check's principal publishes its round trip's ping and nothing else.
        if (principal.subject.startsWith('synthetic:') && input.type !== 'synthetic.ping')
          throw new PlatformError('FORBIDDEN', 'A synthetic check publishes only synthetic.ping', {
            field: 'type',
          });
        if (isPlatformOnlyEvent(input.type))
          throw new PlatformError(
            'FORBIDDEN',
            'security.* and compliance.* events are published by the platform only',
            {
              field: 'type',
            },
          );
        return events.publish({
          tenantId: principal.tenantId,
          type: input.type,
          data: input.data,
          publishedBy: principal.subject,
        });
      },
    },
    Subscription: {
      events: {
        subscribe: async (_root, { types, since }, { principal }) => {
          const stream = await events.subscribe(principal.tenantId, {
            types: types ?? null,
            since: since ?? null,
          });
          // Security events carry principals and IPs: only for security:admin (as securityEvents).
          if (principal.scopes.includes('security:admin')) return stream;
          return mapEvents(stream, (event) => (isSecurityEvent(event.type) ? null : event));
        },
        resolve: (event: PlatformEvent) => event,
      },
      ...history.Subscription,
    },
    PlatformEvent: {
      publishedBy: (event) => ({ subject: event.publishedBy }),
    },
    Webhook: { ...management.Webhook, ...history.Webhook },
    WebhookDelivery: history.WebhookDelivery,
  };

  return {
    name: 'integrations',
    schema: buildFederatedSchema(readSchema(import.meta.url), resolvers),
    close: async () => {
      services.feed.close();
      await services.queue.close();
      await events.close();
      await keyring.close();
    },
  };
}
