import { inSpan, linkTo, ROOT_CONTEXT, SpanKind } from '../../../lib/telemetry/tracing.js';
import type { MetricsRecorder } from '../../../lib/metrics/recorder.js';
import { DelayedError, type Job } from 'bullmq';
import type { Dispatcher } from 'undici';
import { KeyringError } from '../../../lib/crypto/keyErrors.js';
import type { Logger } from '../../../lib/logger.js';
import type { WebhookRecord, WebhookState, WebhookStore } from '../webhookStore.js';
import { jobId, type DeliveryJob } from './deliveryQueue.js';
import type { AttemptRecord, DeliveryRecord, DeliveryStore } from './deliveryStore.js';
import type { EndpointHealth } from './endpointHealth.js';
import {
  DeliveryAttemptError,
  PermanentDeliveryError,
  RateLimitedError,
  RetryLaterError,
  type AttemptFacts,
} from './outcomes.js';
import type { EndpointRateLimiter } from './rateLimiter.js';
import { DEFAULT_RETRY_SCHEDULE, nextRetryDelayMs } from './retrySchedule.js';
import { sendWebhook, USER_AGENT } from './sendWebhook.js';
import { ShortCache } from './shortCache.js';
import { signatureHeaders } from './signature.js';

const ENDPOINT_CACHE_MS = 250;
/** Bodies never change; the cache only has to outlive an event's burst of deliveries. */
const BODY_CACHE_MS = 30_000;

interface LoadedEndpoint {
  record: WebhookRecord;
  state: WebhookState;
  /** Plaintext signing secrets, only ever in this process's memory; empty when they do not open. */
  secrets: string[];
  /** Why the signing secret does not open (KEY_DESTROYED, …): no delivery can be signed. */
  secretError: KeyringError | null;
}

export interface DeliveryProcessorOptions {
  readonly webhooks: WebhookStore;
  readonly deliveries: DeliveryStore;
  readonly limiter: EndpointRateLimiter;
  readonly health: EndpointHealth;
  readonly dispatcher: Dispatcher;
  readonly timeoutMs: number;
  readonly retryScale: number;
  readonly retryAfterMaxMs: number;
  readonly logger: Logger;
  /** Tenant series for alert rules: deliveries succeeded, attempts failed. */
  readonly metrics?: MetricsRecorder;
}

/**
 * Sends one delivery round's next attempt. Retries, pacing and pauses move the job to BullMQ's
 * delayed set (DelayedError) rather than failing it, so a delivery is one job from first attempt
 * to outcome; a crash mid-attempt leaves the job locked until the lock lapses, then it runs again
 * (at-least-once; receivers dedupe on webhook-id).
 */
export class DeliveryProcessor {
  // Concurrent deliveries to one endpoint, or of one event, share a read: endpoint changes
  // (pause, disable, new URL or secret) reach this process within ENDPOINT_CACHE_MS.
  private readonly endpoints = new ShortCache<LoadedEndpoint | null>(ENDPOINT_CACHE_MS, 10_000);
  private readonly bodies = new ShortCache<string | null>(BODY_CACHE_MS, 20_000);

  constructor(private readonly o: DeliveryProcessorOptions) {
    // Cached endpoints hold opened secrets: a destroyed key must not sign for another 250 ms.
    o.webhooks.onSecretsRevoked(() => this.endpoints.clear());
  }

  private async loadEndpoint(tenantId: string, webhookId: string): Promise<LoadedEndpoint | null> {
    const found = await this.o.webhooks.load(tenantId, webhookId);
    if (!found) return null;
    try {
      return { ...found, secrets: await this.o.webhooks.signingSecrets(found.record), secretError: null };
    } catch (error) {
      // Redis and other transient failures fail the job (BullMQ retries it); key failures are outcomes.
      if (!(error instanceof KeyringError)) throw error;
      return { ...found, secrets: [], secretError: error };
    }
  }

  /**
   * Parks the delivery of a paused endpoint: the job ends and resumeWebhook queues it again, so a
   * long pause costs nothing while it lasts. Resume flips the status before draining, so if the
   * status changed meanwhile, exactly one side (SREM/SPOP) takes the delivery back: false here
   * means "resumed meanwhile, send now".
   */
  private async park(job: Job<DeliveryJob>, delivery: DeliveryRecord): Promise<boolean> {
    const { tenantId, webhookId } = job.data;
    const parked = JSON.stringify({ ...job.data, slotTaken: undefined, round: delivery.round });
    await this.o.webhooks.hold(tenantId, webhookId, parked);
    this.forget(tenantId, webhookId);
    if ((await this.o.webhooks.getState(tenantId, webhookId)).status === 'PAUSED') return true;
    return !(await this.o.webhooks.unhold(tenantId, webhookId, parked));
  }

  /** After this process changed the endpoint's state, read it afresh. */
  private forget(tenantId: string, webhookId: string): void {
    this.endpoints.delete(`${tenantId}\n${webhookId}`);
  }

  /** One span per attempt, linked to the publish of the event it delivers. */
  readonly process = (job: Job<DeliveryJob>, token?: string): Promise<void> =>
    inSpan(
      'webhook delivery',
      {
        kind: SpanKind.PRODUCER,
        links: linkTo(job.data.traceparent),
        parent: ROOT_CONTEXT,
        attributes: {
          'kg.tenant_id': job.data.tenantId,
          'kg.webhook_id': job.data.webhookId,
          'kg.event_id': job.data.eventId,
          'kg.attempt': job.attemptsMade + 1,
        },
      },
      () => this.processTraced(job, token),
    );

  private readonly processTraced = async (job: Job<DeliveryJob>, token?: string): Promise<void> => {
    const { tenantId, deliveryId, webhookId, eventId } = job.data;
    // The reads leave together: one round trip.
    const [delivery, endpoint, body] = await Promise.all([
      this.o.deliveries.get(tenantId, deliveryId),
      this.endpoints.get(`${tenantId}\n${webhookId}`, () => this.loadEndpoint(tenantId, webhookId)),
      this.bodies.get(`${tenantId}\n${eventId}`, () => this.o.deliveries.body(tenantId, eventId)),
    ]);
    // Gone past retention, already finished, or a job of a round a replay superseded.
    if (!delivery || delivery.status !== 'PENDING' || job.id !== jobId(delivery)) return;
    if (!endpoint || endpoint.state.status === 'DISABLED' || body === null) {
      const reason = !endpoint
        ? 'endpoint deleted'
        : body === null
          ? 'event body past retention'
          : `endpoint disabled: ${endpoint.state.statusReason ?? 'by an operator'}`;
      await this.o.deliveries.save(this.ended(delivery, 'FAILED', false, reason), null);
      return;
    }
    const { record, state, secrets, secretError } = endpoint;
    if (state.status === 'PAUSED' && (await this.park(job, delivery))) return;
    if (secretError) return this.unsignable(job, token, delivery, record.retrySchedule, state, secretError);
    const paced = record.rateLimitPerSecond !== null || (state.throttledUntil ?? 0) > Date.now();
    if (paced && !job.data.slotTaken) {
      const wait = await this.o.limiter.reserve(tenantId, record.id, record.rateLimitPerSecond);
      if (wait > 0) {
        await job.updateData({ ...job.data, slotTaken: true });
        return this.delay(job, token, wait);
      }
    }

    const at = new Date();
    const headers = {
      ...record.headers,
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      ...signatureHeaders(secrets, delivery.eventId, Math.floor(at.getTime() / 1000), body),
    };
    let facts: AttemptFacts;
    try {
      facts = await sendWebhook(this.o.dispatcher, {
        url: record.url,
        body,
        headers,
        timeoutMs: this.o.timeoutMs,
      });
    } catch (error) {
      if (!(error instanceof DeliveryAttemptError)) throw error;
      return this.failedAttempt(job, token, delivery, record.retrySchedule, state, at, error);
    }
    await this.o.deliveries.save(
      this.ended(delivery, 'SUCCEEDED', true, null),
      attemptOf(delivery, at, facts, true),
    );
    this.o.metrics?.count(tenantId, 'webhook_deliveries_succeeded_total');
    if (state.failingSince !== null || state.degraded) this.forget(tenantId, record.id);
    await this.o.health.succeeded(tenantId, record.id, state);
  };

  private async failedAttempt(
    job: Job<DeliveryJob>,
    token: string | undefined,
    delivery: DeliveryRecord,
    schedule: number[] | null,
    state: WebhookState,
    at: Date,
    error: DeliveryAttemptError,
  ): Promise<void> {
    const attempt = attemptOf(delivery, at, error.facts, false);
    const { tenantId, webhookId } = delivery;
    this.o.metrics?.count(tenantId, 'webhook_deliveries_failed_total');
    this.forget(tenantId, webhookId);
    if (error instanceof PermanentDeliveryError) {
      await this.o.deliveries.save(this.ended(delivery, 'FAILED', true, error.message), attempt);
      if (error.disableEndpoint)
        await this.o.health.disable(tenantId, webhookId, 'endpoint answered 410 Gone');
      else await this.o.health.failed(tenantId, webhookId, state);
      return;
    }
    const retryAfterMs = error instanceof RetryLaterError ? error.retryAfterMs : null;
    const delay = nextRetryDelayMs(
      {
        schedule: schedule ?? DEFAULT_RETRY_SCHEDULE,
        scale: this.o.retryScale,
        retryAfterMaxMs: this.o.retryAfterMaxMs,
      },
      delivery.roundAttempts + 1,
      retryAfterMs,
    );
    if (error instanceof RateLimitedError) {
      // The whole endpoint backs off, not only this delivery.
      const ms = delay ?? retryAfterMs ?? 1000;
      await this.o.limiter.throttle(tenantId, webhookId, ms);
      await this.o.webhooks.setState(tenantId, webhookId, { throttledUntil: Date.now() + ms });
    }
    await this.o.health.failed(tenantId, webhookId, state);
    if (delay === null) {
      const reason = `all ${delivery.roundAttempts + 1} attempts failed; last: ${error.facts.error ?? error.message}`;
      await this.o.deliveries.save(this.ended(delivery, 'FAILED', true, reason), attempt);
      await this.o.health.exhausted(delivery, error.facts);
      return;
    }
    const nextAt = Date.now() + delay;
    await this.o.deliveries.save(
      {
        ...delivery,
        attemptCount: delivery.attemptCount + 1,
        roundAttempts: delivery.roundAttempts + 1,
        nextAttemptAt: new Date(nextAt).toISOString(),
        updatedAt: new Date().toISOString(),
      },
      attempt,
    );
    await job.updateData({ tenantId, deliveryId: delivery.id, webhookId, eventId: delivery.eventId });
    return this.delay(job, token, delay);
  }

  /**
   * The signing secret does not open. Crypto-shredded, retired or not authentic, it never will:
   * the delivery fails at once and the endpoint is disabled with the code in its statusReason
   * (a new secret, rotateWebhookSecret, then resumeWebhook brings it back). A KEK missing from
   * this process's configuration may be fixed: the attempt fails and follows the retry schedule.
   */
  private async unsignable(
    job: Job<DeliveryJob>,
    token: string | undefined,
    delivery: DeliveryRecord,
    schedule: number[] | null,
    state: WebhookState,
    error: KeyringError,
  ): Promise<void> {
    const reason = `${error.code}: the signing secret cannot be decrypted (${error.message})`;
    this.o.logger.warn(
      { tenantId: delivery.tenantId, webhookId: delivery.webhookId, code: error.code, err: error },
      'webhook signing secret does not open',
    );
    if (!error.permanent) {
      const facts = { statusCode: null, durationMs: 0, responseBody: null, error: reason };
      return this.failedAttempt(
        job,
        token,
        delivery,
        schedule,
        state,
        new Date(),
        new RetryLaterError(reason, facts, null),
      );
    }
    await this.o.deliveries.save(this.ended(delivery, 'FAILED', false, reason), null);
    this.forget(delivery.tenantId, delivery.webhookId);
    await this.o.health.disable(
      delivery.tenantId,
      delivery.webhookId,
      `${error.code}: the signing secret cannot be decrypted; rotateWebhookSecret, then resumeWebhook`,
    );
  }

  private ended(
    delivery: DeliveryRecord,
    status: 'SUCCEEDED' | 'FAILED',
    attempted: boolean,
    failureReason: string | null,
  ): DeliveryRecord {
    return {
      ...delivery,
      status,
      failureReason,
      attemptCount: delivery.attemptCount + (attempted ? 1 : 0),
      roundAttempts: delivery.roundAttempts + (attempted ? 1 : 0),
      nextAttemptAt: null,
      updatedAt: new Date().toISOString(),
    };
  }

  private async delay(job: Job<DeliveryJob>, token: string | undefined, ms: number): Promise<never> {
    await job.moveToDelayed(Date.now() + ms, token);
    throw new DelayedError();
  }
}

function attemptOf(
  delivery: DeliveryRecord,
  at: Date,
  facts: AttemptFacts,
  succeeded: boolean,
): AttemptRecord {
  return {
    number: delivery.attemptCount + 1,
    at: at.toISOString(),
    statusCode: facts.statusCode,
    durationMs: facts.durationMs,
    responseBody: facts.responseBody,
    error: facts.error,
    succeeded,
  };
}
