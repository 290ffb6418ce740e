import { QUEUE_NAMES } from '../../../lib/platformKeys.js';
import { Queue } from 'bullmq';
import { bullPrefix, isCluster, type RedisClient } from '../../../lib/redis.js';
import type { DeliveryRecord } from './deliveryStore.js';

export const DELIVERY_QUEUE = QUEUE_NAMES.webhookDeliveries;

/** What a queue job carries: pointers only; the delivery record holds the body and history. */
export interface DeliveryJob {
  tenantId: string;
  deliveryId: string;
  /** With eventId, lets the processor load endpoint, delivery and body in one round trip. */
  webhookId: string;
  eventId: string;
  /** Set once the job holds a rate-limit slot, so waking up at that slot does not take another. */
  slotTaken?: boolean;
  /** The delivery round, kept when a paused endpoint parks the job (its id must match again). */
  round?: number;
  /** The trace of the event's publish, when traced (DeliveryRecord.traceparent). */
  traceparent?: string;
}

export { bullPrefix } from '../../../lib/redis.js';

/** One job per delivery round: re-adding the same round while it is queued is a no-op. */
export function jobId(record: Pick<DeliveryRecord, 'id' | 'round'>): string {
  return `${record.id}-${record.round}`;
}

/**
 * The durable delivery queue (BullMQ). Retries are not BullMQ attempts: the processor moves the
 * job to delayed itself, so the schedule, Retry-After and throttling stay in our hands. BullMQ's
 * own attempts only cover infrastructure failures (Redis hiccups) inside the processor.
 */
export class DeliveryQueue {
  readonly queue: Queue<DeliveryJob>;

  constructor(connection: RedisClient, redisKeyPrefix: string) {
    this.queue = new Queue<DeliveryJob>(DELIVERY_QUEUE, {
      connection,
      prefix: bullPrefix(redisKeyPrefix, DELIVERY_QUEUE, isCluster(connection)),
      defaultJobOptions: {
        attempts: 10,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 86_400 },
      },
    });
  }

  /** Queues deliveries again from their job descriptions (parked deliveries of a paused endpoint). */
  async enqueueJobs(jobs: readonly DeliveryJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(
      jobs.map((data) => ({
        name: 'deliver',
        data: {
          tenantId: data.tenantId,
          deliveryId: data.deliveryId,
          webhookId: data.webhookId,
          eventId: data.eventId,
          ...(data.traceparent ? { traceparent: data.traceparent } : {}),
        },
        opts: { jobId: jobId({ id: data.deliveryId, round: data.round ?? 0 }) },
      })),
    );
  }

  async enqueue(
    records: ReadonlyArray<
      Pick<DeliveryRecord, 'id' | 'round' | 'tenantId' | 'webhookId' | 'eventId' | 'traceparent'>
    >,
  ): Promise<void> {
    if (records.length === 0) return;
    await this.queue.addBulk(
      records.map((r) => ({
        name: 'deliver',
        data: {
          tenantId: r.tenantId,
          deliveryId: r.id,
          webhookId: r.webhookId,
          eventId: r.eventId,
          ...(r.traceparent ? { traceparent: r.traceparent } : {}),
        },
        opts: { jobId: jobId(r) },
      })),
    );
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
