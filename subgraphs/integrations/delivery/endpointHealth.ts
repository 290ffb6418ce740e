import type { MetricsRecorder } from '../../../lib/metrics/recorder.js';
import type { EventLog } from '../../../lib/events/EventLog.js';
import type { Logger } from '../../../lib/logger.js';
import type { WebhookState, WebhookStore } from '../webhookStore.js';
import type { DeliveryRecord } from './deliveryStore.js';
import type { AttemptFacts } from './outcomes.js';

/** Operational events are published by the platform itself, under this subject. */
export const SYSTEM_SUBJECT = 'system:webhooks';

/**
 * Tracks whether an endpoint keeps failing and says so through the event log, so operators can
 * watch webhook.* events with a subscription (or another webhook): an endpoint failing without a
 * single success for the whole window is disabled; a success after an exhausted delivery is a
 * recovery.
 */
export class EndpointHealth {
  constructor(
    private readonly webhooks: WebhookStore,
    private readonly events: Pick<EventLog, 'publish'>,
    private readonly disableAfterMs: number,
    private readonly logger: Logger,
    private readonly metrics?: MetricsRecorder,
  ) {}

  async succeeded(tenantId: string, webhookId: string, state: WebhookState): Promise<void> {
    // Most successes follow successes: no write at all then.
    if (state.failingSince === null && !state.degraded) return;
    if (await this.webhooks.clearFailing(tenantId, webhookId)) {
      await this.publish(tenantId, 'webhook.endpoint_recovered', { webhookId });
    }
  }

  async failed(tenantId: string, webhookId: string, state: WebhookState, now = Date.now()): Promise<void> {
    const since = state.failingSince ?? (await this.webhooks.markFailing(tenantId, webhookId, now));
    if (now - since >= this.disableAfterMs) {
      const days = Math.round((now - since) / 8_640_000) / 10;
      await this.disable(tenantId, webhookId, `failing continuously for ${days} days`);
    }
  }

  async exhausted(delivery: DeliveryRecord, facts: AttemptFacts): Promise<void> {
    await this.webhooks.setState(delivery.tenantId, delivery.webhookId, { degraded: true });
    await this.publish(delivery.tenantId, 'webhook.attempt_exhausted', {
      webhookId: delivery.webhookId,
      deliveryId: delivery.id,
      eventId: delivery.eventId,
      ...(facts.statusCode !== null ? { lastStatusCode: facts.statusCode } : {}),
      ...(facts.error ? { lastError: facts.error } : {}),
    });
  }

  async disable(tenantId: string, webhookId: string, reason: string): Promise<void> {
    if (await this.webhooks.disableOnce(tenantId, webhookId, reason)) {
      this.logger.warn({ tenantId, webhookId, reason }, 'webhook endpoint disabled');
      this.metrics?.count(tenantId, 'webhook_endpoints_disabled_total');
      await this.publish(tenantId, 'webhook.endpoint_disabled', { webhookId, reason });
    }
  }

  private async publish(tenantId: string, type: string, data: Record<string, unknown>): Promise<void> {
    await this.events.publish({ tenantId, type, data, publishedBy: SYSTEM_SUBJECT });
  }
}
