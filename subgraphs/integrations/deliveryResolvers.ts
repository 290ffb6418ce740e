import { PlatformError } from '../../lib/errors.js';
import type { DeliveryRecord, DeliveryUpdate } from './delivery/deliveryStore.js';
import type { Resolvers } from './generated/resolvers.js';
import type { IntegrationsServices } from './services.js';
import { toAttempt, toDelivery } from './views.js';

const RECOVER_WINDOW_MS = 14 * 86_400_000;
const RECOVER_MAX = 10_000;
/** Index entries one recover call may look at to find `limit` failed deliveries. */
const RECOVER_SCAN = 50_000;
const MAX_PAGE = 100;

/** Delivery history, replay and recovery, and the live feed; all walled by the caller's tenant. */
export function deliveryResolvers(s: IntegrationsServices): Resolvers {
  const requireWebhook = async (tenantId: string, id: string) => {
    if (!(await s.webhooks.records.get(tenantId, id))) {
      throw new PlatformError('NOT_FOUND', `No webhook ${id}`, { field: 'webhookId' });
    }
  };

  /** A new round for the delivery: fresh schedule, same body and webhook-id. */
  const requeue = async (record: DeliveryRecord): Promise<DeliveryRecord> => {
    const now = new Date().toISOString();
    const next: DeliveryRecord = {
      ...record,
      status: 'PENDING',
      round: record.round + 1,
      roundAttempts: 0,
      failureReason: null,
      nextAttemptAt: now,
      updatedAt: now,
    };
    await s.deliveries.save(next, null);
    await s.queue.enqueue([next]);
    return next;
  };

  return {
    Query: {
      webhookDelivery: async (_root, { id }, { principal }) => {
        const record = await s.deliveries.get(principal.tenantId, id);
        return record ? toDelivery(record) : null;
      },
    },
    Webhook: {
      deliveries: async (webhook, args, { principal }) => {
        const first = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE);
        const page = await s.deliveries.list(
          principal.tenantId,
          webhook.id,
          {
            status: args.status ?? null,
            eventType: args.eventType ?? null,
            from: args.since ? Date.parse(args.since) : null,
            to: args.until ? Date.parse(args.until) : null,
          },
          first,
          args.after ?? null,
        );
        return {
          edges: page.items.map((r) => ({ cursor: r.id, node: toDelivery(r) })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: Boolean(args.after),
            startCursor: null,
            endCursor: page.endCursor,
          },
        };
      },
    },
    WebhookDelivery: {
      attempts: async (delivery, _args, { principal }) =>
        (await s.deliveries.attempts(principal.tenantId, delivery.id)).map(toAttempt),
      payload: async (delivery, _args, { principal }) => {
        const body = await s.deliveries.body(principal.tenantId, delivery.eventId);
        return body ? (JSON.parse(body) as unknown) : null;
      },
    },
    Mutation: {
      replayWebhookDelivery: async (_root, { deliveryId }, { principal }) => {
        const record = await s.deliveries.get(principal.tenantId, deliveryId);
        if (!record) {
          throw new PlatformError('WEBHOOK_DELIVERY_NOT_FOUND', `No delivery ${deliveryId}`, {
            field: 'deliveryId',
          });
        }
        if (record.status === 'PENDING') {
          throw new PlatformError(
            'BAD_USER_INPUT',
            'The delivery is still pending; replay it once it has ended',
            {
              field: 'deliveryId',
            },
          );
        }
        return toDelivery(await requeue(record));
      },
      recoverWebhookDeliveries: async (_root, { webhookId, since, limit }, { principal }) => {
        await requireWebhook(principal.tenantId, webhookId);
        const from = Date.parse(since);
        const now = Date.now();
        if (Number.isNaN(from) || from < now - RECOVER_WINDOW_MS) {
          throw new PlatformError('BAD_USER_INPUT', 'since must be within the last 14 days', {
            field: 'since',
          });
        }
        const max = limit ?? 1000;
        if (!Number.isInteger(max) || max < 1 || max > RECOVER_MAX) {
          throw new PlatformError('BAD_USER_INPUT', `limit must be 1…${RECOVER_MAX}`, { field: 'limit' });
        }
        const ids = await s.deliveries.idsBetween(principal.tenantId, webhookId, from, now, RECOVER_SCAN);
        let queued = 0;
        for (let i = 0; i < ids.length && queued < max; i += 500) {
          const records = await s.deliveries.getMany(principal.tenantId, ids.slice(i, i + 500));
          for (const record of records) {
            if (record.status !== 'FAILED' || queued >= max) continue;
            await requeue(record);
            queued += 1;
          }
        }
        return { queued };
      },
    },
    Subscription: {
      webhookDeliveryUpdated: {
        subscribe: async (_root, { webhookId }, { principal }) => {
          if (webhookId) await requireWebhook(principal.tenantId, webhookId);
          return s.feed.subscribe(principal.tenantId, webhookId ?? null);
        },
        resolve: (update: DeliveryUpdate) => ({
          delivery: toDelivery(update.delivery),
          attempt: update.attempt ? toAttempt(update.attempt) : null,
        }),
      },
    },
  };
}
