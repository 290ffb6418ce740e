import type { AttemptRecord, DeliveryRecord } from './delivery/deliveryStore.js';
import { DEFAULT_RETRY_SCHEDULE } from './delivery/retrySchedule.js';
import type { Webhook, WebhookAttempt, WebhookDelivery } from './generated/resolvers.js';
import type { WebhookRecord, WebhookState } from './webhookStore.js';

// codegen.yml (shared) maps no parent types for these objects, so the generated types demand the
// argument-taking and lazily loaded fields too. Those are always served by their field resolvers
// (Webhook.deliveries, WebhookDelivery.attempts and .payload); the placeholders below are never read.
const DELIVERIES_BY_RESOLVER = {
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};
const ATTEMPTS_BY_RESOLVER: WebhookAttempt[] = [];
const PAYLOAD_BY_RESOLVER = null;

/** The API view of an endpoint: never its secrets. */
export function toWebhook(record: WebhookRecord, state: WebhookState, now = Date.now()): Webhook {
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
    deliveries: DELIVERIES_BY_RESOLVER,
  };
}

export function toDelivery(record: DeliveryRecord): WebhookDelivery {
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
    payload: PAYLOAD_BY_RESOLVER,
    attempts: ATTEMPTS_BY_RESOLVER,
  };
}

export function toAttempt(attempt: AttemptRecord): WebhookAttempt {
  return { ...attempt };
}
