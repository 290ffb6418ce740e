import { randomUUID } from 'node:crypto';
import { PlatformError } from '../../lib/errors.js';
import { registerTenant } from './delivery/eventStreamGroup.js';
import type { DeliveryJob } from './delivery/deliveryQueue.js';
import { deliveryId } from './delivery/deliveryStore.js';
import { generateSigningSecret } from './delivery/signature.js';
import type { Resolvers } from './generated/resolvers.js';
import type { IntegrationsServices } from './services.js';
import { validateWebhookUrl } from './urlPolicy.js';
import { toWebhook } from './views.js';
import {
  validateEventTypes,
  validateHeaders,
  validateRateLimit,
  validateRetrySchedule,
} from './webhookInput.js';
import { SECRET_OVERLAP_MS, type WebhookRecord } from './webhookStore.js';

/** Endpoint management: every call is scoped to the caller's tenant, never to an argument. */
export function webhookResolvers(s: IntegrationsServices): Resolvers {
  const load = async (tenantId: string, id: string) => {
    const found = await s.webhooks.load(tenantId, id);
    if (!found) throw new PlatformError('NOT_FOUND', `No webhook ${id}`, { field: 'id' });
    return found;
  };
  /** Queues again what a pause parked, in bounded batches. */
  const releaseHeld = async (tenantId: string, id: string) => {
    for (;;) {
      const parked = await s.webhooks.drainHeld(tenantId, id, 1000);
      if (parked.length === 0) return;
      await s.queue.enqueueJobs(parked.map((p) => JSON.parse(p) as DeliveryJob));
    }
  };
  const view = async (tenantId: string, id: string) => {
    const { record, state } = await load(tenantId, id);
    return toWebhook(record, state);
  };

  return {
    Query: {
      webhooks: async (_root, _args, { principal }) => {
        const page = await s.webhooks.records.list(principal.tenantId, 1000);
        return Promise.all(page.items.map((r) => view(principal.tenantId, r.id)));
      },
      webhook: async (_root, { id }, { principal }) => {
        const found = await s.webhooks.load(principal.tenantId, id);
        return found ? toWebhook(found.record, found.state) : null;
      },
    },
    Mutation: {
      createWebhook: async (_root, { input }, { principal }) => {
        const now = new Date().toISOString();
        const signingSecret = generateSigningSecret();
        const record: WebhookRecord = {
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: now,
          updatedAt: now,
          url: validateWebhookUrl(input.url, s.urlPolicy),
          eventTypes: validateEventTypes(input.eventTypes, principal.scopes),
          description: input.description ?? null,
          headers: validateHeaders(input.headers),
          rateLimitPerSecond: validateRateLimit(input.rateLimitPerSecond),
          retrySchedule: validateRetrySchedule(input.retrySchedule),
          createdBy: principal.subject,
          secret: await s.webhooks.seal(principal.tenantId, signingSecret),
          previousSecret: null,
          previousSecretExpiresAt: null,
        };
        // The stream's consumer group exists before the endpoint does: no event can slip between.
        await registerTenant(s.redis, s.prefix, principal.tenantId);
        await s.webhooks.records.put(record);
        return { webhook: await view(principal.tenantId, record.id), signingSecret };
      },
      updateWebhook: async (_root, { id, input }, { principal }) => {
        const { record } = await load(principal.tenantId, id);
        const next: WebhookRecord = {
          ...record,
          updatedAt: new Date().toISOString(),
          url: input.url ? validateWebhookUrl(input.url, s.urlPolicy) : record.url,
          eventTypes: input.eventTypes
            ? validateEventTypes(input.eventTypes, principal.scopes)
            : record.eventTypes,
          description: input.description === undefined ? record.description : input.description,
          headers: input.headers === undefined ? record.headers : validateHeaders(input.headers),
          rateLimitPerSecond:
            input.rateLimitPerSecond === undefined
              ? record.rateLimitPerSecond
              : validateRateLimit(input.rateLimitPerSecond),
          retrySchedule:
            input.retrySchedule === undefined
              ? record.retrySchedule
              : validateRetrySchedule(input.retrySchedule),
        };
        await s.webhooks.records.put(next);
        return view(principal.tenantId, id);
      },
      pauseWebhook: async (_root, { id }, { principal }) => {
        await load(principal.tenantId, id);
        await s.webhooks.setState(principal.tenantId, id, {
          status: 'PAUSED',
          statusReason: `paused by ${principal.subject}`,
        });
        return view(principal.tenantId, id);
      },
      resumeWebhook: async (_root, { id }, { principal }) => {
        await load(principal.tenantId, id);
        // Re-enabling starts the failure history afresh, so the window cannot disable it at once.
        await s.webhooks.setState(principal.tenantId, id, {
          status: 'ACTIVE',
          statusReason: null,
          failingSince: null,
          degraded: false,
        });
        await releaseHeld(principal.tenantId, id);
        return view(principal.tenantId, id);
      },
      deleteWebhook: async (_root, { id }, { principal }) => {
        const deleted = await s.webhooks.delete(principal.tenantId, id);
        // Parked deliveries run once more, find no endpoint and end FAILED rather than hang.
        if (deleted) await releaseHeld(principal.tenantId, id);
        return deleted;
      },
      rotateWebhookSecret: async (_root, { id }, { principal }) => {
        const { record } = await load(principal.tenantId, id);
        const signingSecret = generateSigningSecret();
        const now = Date.now();
        await s.webhooks.records.put({
          ...record,
          updatedAt: new Date(now).toISOString(),
          secret: await s.webhooks.seal(principal.tenantId, signingSecret),
          previousSecret: record.secret,
          previousSecretExpiresAt: new Date(now + SECRET_OVERLAP_MS).toISOString(),
        });
        return { webhook: await view(principal.tenantId, id), signingSecret };
      },
      sendTestEvent: async (_root, { webhookId }, { principal }) => {
        await load(principal.tenantId, webhookId);
        // Published like any event (same envelope, real cursor); the fan-out routes webhook.test
        // to the endpoint its data names, whatever that endpoint subscribes to.
        const event = await s.events.publish({
          tenantId: principal.tenantId,
          type: 'webhook.test',
          data: { webhookId },
          publishedBy: principal.subject,
        });
        return { event, deliveryId: deliveryId(webhookId, event.id) };
      },
    },
    Webhook: {
      __resolveReference: async (ref, { principal }) => {
        const found = await s.webhooks.load(principal.tenantId, ref.id);
        return found ? toWebhook(found.record, found.state) : null;
      },
    },
  };
}
