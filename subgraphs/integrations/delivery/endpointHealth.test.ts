import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { PublishInput } from '../../../lib/events/EventLog.js';
import type { PlatformEvent } from '../../../lib/events/envelope.js';
import { createLogger } from '../../../lib/logger.js';
import { createRedis } from '../../../lib/redis.js';
import { Keyring } from '../../../lib/crypto/keyring.js';
import { WebhookStore } from '../webhookStore.js';
import { EndpointHealth } from './endpointHealth.js';
import { testConfig } from '../../../test/support/testPlatform.js';

const redis = createRedis(testConfig().REDIS_URL, 'endpoint-health-test');
const prefix = `test:${randomUUID().slice(0, 8)}:`;
const keyring = new Keyring(
  redis,
  prefix,
  [{ id: 'k', key: randomBytes(32) }],
  createLogger('silent', 'test'),
);
const store = new WebhookStore(redis, prefix, keyring);

afterAll(async () => {
  await keyring.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** Collects what the health tracker publishes (the event log is tested on its own). */
function recorder() {
  const published: PublishInput[] = [];
  return {
    published,
    events: {
      publish: async (input: PublishInput): Promise<PlatformEvent> => {
        published.push(input);
        return { ...input, id: randomUUID(), occurredAt: new Date().toISOString(), cursor: '' };
      },
    },
  };
}

describe('EndpointHealth', () => {
  it('disables an endpoint failing past the window, once, and says so', async () => {
    const { published, events } = recorder();
    const health = new EndpointHealth(store, events, 50, createLogger('silent', 'test'));
    const id = randomUUID();
    await health.failed('t1', id, await store.getState('t1', id));
    expect((await store.getState('t1', id)).status).toBe('ACTIVE');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const state = await store.getState('t1', id);
    await Promise.all([health.failed('t1', id, state), health.failed('t1', id, state)]);
    expect(await store.getState('t1', id)).toMatchObject({ status: 'DISABLED' });
    expect(published.map((p) => [p.type, p.publishedBy])).toEqual([
      ['webhook.endpoint_disabled', 'system:webhooks'],
    ]);
  });

  it('reports a recovery once, on the first success after an exhausted delivery', async () => {
    const { published, events } = recorder();
    const health = new EndpointHealth(store, events, 60_000, createLogger('silent', 'test'));
    const id = randomUUID();
    await health.failed('t2', id, await store.getState('t2', id));
    await health.exhausted(
      {
        id: 'd1',
        tenantId: 't2',
        webhookId: id,
        eventId: 'e1',
        eventType: 'package.created',
        createdAt: '',
        updatedAt: '',
        status: 'FAILED',
        attemptCount: 8,
        roundAttempts: 8,
        nextAttemptAt: null,
        round: 0,
        failureReason: 'HTTP 500',
      },
      { statusCode: 500, durationMs: 3, responseBody: '', error: 'HTTP 500' },
    );
    const state = await store.getState('t2', id);
    expect(state).toMatchObject({ degraded: true });
    await Promise.all([health.succeeded('t2', id, state), health.succeeded('t2', id, state)]);
    expect(published.map((p) => p.type)).toEqual(['webhook.attempt_exhausted', 'webhook.endpoint_recovered']);
    expect(published[0]?.data).toEqual({
      webhookId: id,
      deliveryId: 'd1',
      eventId: 'e1',
      lastStatusCode: 500,
      lastError: 'HTTP 500',
    });
    expect(await store.getState('t2', id)).toMatchObject({ failingSince: null, degraded: false });
  });
});
