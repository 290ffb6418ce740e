import { randomBytes, randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords, type TenantRecord } from '../../lib/tenantRecords.js';
import { EVENT_CATALOGUE, findEventType } from '../../lib/events/catalogue.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import { EventLog } from '../../lib/events/EventLog.js';
import type { Resolvers, Webhook, WebhookStatus } from './generated/resolvers.js';
import { SecretBox, type SealedSecret } from './secretBox.js';

interface WebhookRecord extends TenantRecord {
  url: string;
  eventTypes: string[];
  description: string | null;
  status: WebhookStatus;
  createdBy: string;
  secret: SealedSecret;
}

function toWebhook(record: WebhookRecord): Webhook {
  return {
    id: record.id,
    url: record.url,
    eventTypes: record.eventTypes,
    description: record.description,
    status: record.status,
    createdAt: record.createdAt,
    createdBy: { subject: record.createdBy },
  };
}

function validateUrl(raw: string): string {
  if (!URL.canParse(raw))
    throw new PlatformError('BAD_USER_INPUT', 'url must be an absolute URL', { field: 'url' });
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PlatformError('BAD_USER_INPUT', 'url must use https', { field: 'url' });
  }
  if (url.username || url.password) {
    throw new PlatformError('BAD_USER_INPUT', 'url must not carry credentials; use headers', {
      field: 'url',
    });
  }
  return url.toString();
}

export function createIntegrationsSubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const events = new EventLog({
    redis: deps.redis,
    prefix: deps.config.REDIS_KEY_PREFIX,
    retention: deps.config.EVENTS_RETENTION,
    subscriberBuffer: deps.config.EVENTS_SUBSCRIBER_BUFFER,
    logger: deps.logger,
  });
  const webhooks = new TenantRecords<WebhookRecord>(
    deps.redis,
    deps.config.REDIS_KEY_PREFIX,
    'integrations:webhooks',
  );
  const box = new SecretBox(deps.config.SECRETS_ENCRYPTION_KEYS);

  const resolvers: Resolvers = {
    Query: {
      eventTypes: () => EVENT_CATALOGUE.map((t) => ({ ...t })),
      webhooks: async (_root, _args, { principal }) =>
        (await webhooks.list(principal.tenantId, 1000)).items.map(toWebhook),
      webhook: async (_root, { id }, { principal }) => {
        const record = await webhooks.get(principal.tenantId, id);
        return record ? toWebhook(record) : null;
      },
    },
    Mutation: {
      createWebhook: async (_root, { input }, { principal }) => {
        const url = validateUrl(input.url);
        const unknown = input.eventTypes.filter((t) => !findEventType(t));
        if (input.eventTypes.length === 0 || unknown.length > 0) {
          throw new PlatformError(
            'BAD_USER_INPUT',
            'eventTypes must be a non-empty list of catalogue types',
            {
              field: 'eventTypes',
              unknown,
            },
          );
        }
        const signingSecret = `whsec_${randomBytes(32).toString('base64')}`;
        const record = await webhooks.put({
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: new Date().toISOString(),
          url,
          eventTypes: [...new Set(input.eventTypes)],
          description: input.description ?? null,
          status: 'ACTIVE',
          createdBy: principal.subject,
          secret: box.seal(signingSecret),
        });
        return { webhook: toWebhook(record), signingSecret };
      },
      deleteWebhook: (_root, { id }, { principal }) => webhooks.delete(principal.tenantId, id),
      publishEvent: (_root, { input }, { principal }) =>
        events.publish({
          tenantId: principal.tenantId,
          type: input.type,
          data: input.data,
          publishedBy: principal.subject,
        }),
    },
    Subscription: {
      events: {
        subscribe: (_root, { types, since }, { principal }) =>
          events.subscribe(principal.tenantId, { types: types ?? null, since: since ?? null }),
        resolve: (event: PlatformEvent) => event,
      },
    },
    PlatformEvent: {
      publishedBy: (event) => ({ subject: event.publishedBy }),
    },
    Webhook: {
      __resolveReference: async (ref, { principal }) => {
        const record = await webhooks.get(principal.tenantId, ref.id);
        return record ? toWebhook(record) : null;
      },
    },
  };

  return {
    name: 'integrations',
    schema: buildFederatedSchema(readSchema(import.meta.url), resolvers),
    close: () => events.close(),
  };
}
