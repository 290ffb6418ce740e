import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ChannelListeners } from './ChannelListeners.js';
import { createLogger } from './logger.js';
import { createRedis } from './redis.js';
import { testConfig } from '../test/support/testPlatform.js';

const redis = createRedis(testConfig().REDIS_URL, 'channel-listeners-test');
const listeners = new ChannelListeners<{ n: number }>(
  redis,
  'channel-listeners-test-sub',
  createLogger('silent', 'test'),
);
afterAll(() => {
  listeners.close();
  redis.disconnect();
});

/** Waits up to 2 s for `got` to hold a message (polling; the message was published once). */
async function arrived(got: Array<{ n: number }>): Promise<void> {
  for (let tries = 0; tries < 100 && got.length === 0; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ChannelListeners', () => {
  it('delivers to every listener as soon as its add resolves', async () => {
    const channel = `test:${randomUUID()}`;
    const a: Array<{ n: number }> = [];
    const b: Array<{ n: number }> = [];
    // Two adders at once: the second must not return before the channel is subscribed.
    await Promise.all([listeners.add(channel, (m) => a.push(m)), listeners.add(channel, (m) => b.push(m))]);
    await redis.publish(channel, JSON.stringify({ n: 1 }));
    await arrived(a);
    await arrived(b);
    expect(a[0]).toEqual({ n: 1 });
    expect(b[0]).toEqual({ n: 1 });
  });

  it('keeps a listener whose add is in flight when another listener of the channel comes and goes', async () => {
    const channel = `test:${randomUUID()}`;
    const first: Array<{ n: number }> = [];
    const passing = () => undefined;
    const adding = listeners.add(channel, (m) => first.push(m));
    await listeners.add(channel, passing);
    await listeners.remove(channel, passing);
    await adding;
    await redis.publish(channel, JSON.stringify({ n: 2 }));
    await arrived(first);
    expect(first).toEqual([{ n: 2 }]);
  });
});
