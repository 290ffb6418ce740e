import type { AttemptRecord, DeliveryRecord } from './delivery/deliveryStore.js';
import { DEFAULT_RETRY_SCHEDULE } from './delivery/retrySchedule.js';
import type { Webhook, WebhookAttempt, WebhookDelivery } from './generated/resolvers.js';
import type { WebhookRecord, WebhookState } from './webhookStore.js';

/** Parent of Webhook resolvers (codegen mapper): `deliveries` has its own resolver. */
export type WebhookView = Omit<Webhook, 'deliveries'>;
/** Parent of WebhookDelivery resolvers (codegen mapper): `attempts` and `payload` load lazily. */
export type WebhookDeliveryView = Omit<WebhookDelivery, 'attempts' | 'payload'>;

/** The API view of an endpoint: never its secrets. */
export function toWebhook(record: WebhookRecord, state: WebhookState, now = Date.now()): WebhookView {
  const overlap = record.previousSecretExpiresAt && Date.parse(record.previousSecretExpiresAt) > now;
  return {
    id: record.id,
    url: record.url,
    eventTypes: record.eventTypes,
    description: record.description,
    status: state.status,
    statusReason: state.statusReason,
    headers: record.headers,
    rateLimitPerSecond: record.rateLimitPerSecond,
    retrySchedule: [...(record.retrySchedule ?? DEFAULT_RETRY_SCHEDULE)],
    previousSecretExpiresAt: overlap ? record.previousSecretExpiresAt : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    createdBy: { subject: record.createdBy },
  };
}

export function toDelivery(record: DeliveryRecord): WebhookDeliveryView {
  return {
    id: record.id,
    webhookId: record.webhookId,
    eventId: record.eventId,
    eventType: record.eventType,
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    attemptCount: record.attemptCount,
    nextAttemptAt: record.nextAttemptAt,
    failureReason: record.failureReason ?? null,
  };
}

export function toAttempt(attempt: AttemptRecord): WebhookAttempt {
  return { ...attempt };
}
