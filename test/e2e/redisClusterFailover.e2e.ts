import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import calculateSlot from 'cluster-key-slot';
import { EventLog, eventStreamKey } from '../../lib/events/EventLog.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import { createLogger } from '../../lib/logger.js';
import { QUEUE_NAMES } from '../../lib/platformKeys.js';
import { createRedis, onCrossSlot, tenantKey, type CrossSlotReport } from '../../lib/redis.js';
import { startRedisCluster, type RedisClusterHandle } from '../../scripts/redisCluster.mjs';
import { createExport, waitFinal } from '../../subgraphs/exports/testing/exportTestKit.js';
import type { TestPlatform } from '../support/testPlatform.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';
import { eventually, wsClient } from '../support/wsClient.js';

// A private Redis Cluster (3 masters + 3 replicas) this file may crash a master of: the shared
// cluster of the cluster run stays whole for the other files.
let cluster: RedisClusterHandle;
let platform: WebhookTestPlatform;
let t: TestPlatform;
const reports: CrossSlotReport[] = [];
const stopWatching = onCrossSlot((report) => reports.push(report));

beforeAll(async () => {
  cluster = await startRedisCluster({ nodeTimeoutMs: 2_000 });
  platform = await startWebhookTestPlatform({ REDIS_CLUSTER_NODES: cluster.nodes });
  t = platform.t;
});

afterAll(async () => {
  stopWatching();
  // The cluster's servers go whatever happens to the platform's close (a hung close must not
  // leave six redis-servers running after the suite).
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([platform?.close(), new Promise((resolve) => (timer = setTimeout(resolve, 60_000)))]);
  } finally {
    clearTimeout(timer);
    cluster?.stop();
  }
});

const PUBLISH =
  'mutation($type: String!, $data: JSON!) { publishEvent(input: { type: $type, data: $data }) { id cursor } }';
const EVENTS =
  'subscription($since: String) { events(types: ["package.created"], since: $since) { id cursor } }';
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;

/** Codes of the publishes refused while the cluster failed over, with how many. */
const refusals = new Map<string, number>();

/** Publishes, retrying while the cluster fails over (bounded); returns the event and when. */
async function publishUntilAccepted(token: string, packageId: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await t.gql<{ publishEvent: { id: string; cursor: string } }>(token, PUBLISH, {
      type: 'package.created',
      data: { packageId },
    });
    const event = res.body.data?.publishEvent;
    if (event) return { ...event, at: Date.now() };
    const code = String(res.body.errors?.[0]?.extensions?.code ?? res.status);
    refusals.set(code, (refusals.get(code) ?? 0) + 1);
    if (Date.now() > deadline) throw new Error(`publish kept failing: ${JSON.stringify(res.body.errors)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const longestGap = (times: readonly number[]) =>
  times.slice(1).reduce((gap, at, i) => Math.max(gap, at - (times[i] as number)), 0);

describe('Redis Cluster', () => {
  it('refuses a command whose keys span slots, and both detectors see it', async () => {
    const redis = createRedis(t.config, 'crossslot-probe');
    try {
      const a = tenantKey(t.config.REDIS_KEY_PREFIX, t.tenant('slot-a'), 'x');
      const b = tenantKey(t.config.REDIS_KEY_PREFIX, t.tenant('slot-b'), 'x');
      await expect(redis.mget(a, b)).rejects.toThrow(/^CROSSSLOT/);
      await eventually(() => reports.length > 0, 5_000, 'the CROSSSLOT report');
      expect(reports).toMatchObject([{ command: 'mget', keys: [a, b] }]);
      expect(cluster.crossSlotReplies().count).toBe(1);
    } finally {
      redis.disconnect();
      // The deliberate one: what follows must cause none.
      reports.length = 0;
      cluster.resetStats();
    }
  });

  it('tails tenants of one slot through one reader and of other slots through their own', async () => {
    const prefix = t.config.REDIS_KEY_PREFIX;
    const slotOf = (tenant: string) => calculateSlot(eventStreamKey(prefix, tenant));
    const first = t.tenant('slot-1');
    // A second tenant in the same slot (found by trying names), and one in another slot.
    let sameSlot = '';
    for (let i = 0; !sameSlot && i < 1_000_000; i++) {
      const candidate = t.tenant(`slot-1-${i}`);
      if (slotOf(candidate) === slotOf(first)) sameSlot = candidate;
    }
    const otherSlot = t.tenant('slot-2');
    expect(slotOf(otherSlot)).not.toBe(slotOf(first));
    const redis = createRedis(t.config, 'event-log-slots');
    const log = new EventLog({
      redis,
      prefix,
      retention: 1000,
      subscriberBuffer: 100,
      logger: createLogger('silent', 'test'),
    });
    try {
      const take = async (iterator: AsyncGenerator<PlatformEvent>, count: number) => {
        const got: string[] = [];
        for await (const event of iterator) {
          got.push((event.data as { n: number }).n.toString());
          if (got.length === count) break;
        }
        return got;
      };
      const publish = (tenantId: string, n: number) =>
        log.publish({
          tenantId,
          type: 'package.created',
          data: { packageId: `p${n}`, n },
          publishedBy: 'test',
        });
      // The first subscriber starts its slot's reader; the second joins that slot (its reader is
      // replaced); the third starts a reader of another slot.
      const a = await log.subscribe(first, {});
      const aEvents = take(a, 3);
      await publish(first, 1);
      const b = await log.subscribe(sameSlot, {});
      const bEvents = take(b, 2);
      const c = await log.subscribe(otherSlot, {});
      const cEvents = take(c, 2);
      await publish(first, 2);
      await publish(sameSlot, 10);
      await publish(otherSlot, 20);
      await publish(first, 3);
      await publish(sameSlot, 11);
      await publish(otherSlot, 21);
      expect(await aEvents).toEqual(['1', '2', '3']);
      expect(await bEvents).toEqual(['10', '11']);
      expect(await cEvents).toEqual(['20', '21']);
    } finally {
      await log.close();
      redis.disconnect();
    }
    expect(reports).toEqual([]);
  });

  it('survives a master crash: subscribers resume without a gap, every webhook and export arrives', async () => {
    // The master of the export queue's slot; a tenant whose keys (event stream, deliveries, export
    // records) live there too, so one crash hits all of them.
    const victim = cluster.masterOf(`{${QUEUE_NAMES.exports}}`);
    let tenant = '';
    for (let i = 0; i < 200 && !tenant; i++) {
      const candidate = t.tenant(`failover-${i}`);
      if (cluster.masterOf(eventStreamKey(t.config.REDIS_KEY_PREFIX, candidate)) === victim)
        tenant = candidate;
    }
    expect(tenant).not.toBe('');
    const token = await t.token(tenant);
    const receiver = await platform.receiver();
    const hook = await t.gql<{ createWebhook: { webhook: { id: string } } }>(token, CREATE_WEBHOOK, {
      input: { url: receiver.url, eventTypes: ['package.created'] },
    });
    expect(hook.body.errors).toBeUndefined();

    const marker = await publishUntilAccepted(token, 'marker');
    const client = wsClient(t.url, token);
    const received: Array<{ id: string; at: number }> = [];
    const stop = client.subscribe<{ events: { id: string } }>(
      { query: EVENTS, variables: { since: marker.cursor } },
      {
        next: (value) => {
          if (value.data) received.push({ id: value.data.events.id, at: Date.now() });
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    try {
      const published: Array<{ id: string; at: number }> = [];
      for (let i = 0; i < 20; i++) published.push(await publishUntilAccepted(token, `before-${i}`));
      await eventually(() => received.length >= 1, 20_000, 'the subscription to start');
      const exportJob = await createExport(t, token, { type: 'AUDIT_LOG', format: 'JSON' });
      expect(exportJob.errors).toEqual([]);

      const killedAt = Date.now();
      cluster.kill(victim);
      for (let i = 0; i < 40; i++) published.push(await publishUntilAccepted(token, `after-${i}`));
      await cluster.waitHealthy();
      const promotedAt = Date.now();

      const ids = published.map((p) => p.id);
      await eventually(
        () => ids.every((id) => received.some((r) => r.id === id)),
        60_000,
        'every event at the subscriber',
      );
      // No gap, no duplicate: what was accepted arrives once each, in publish order.
      const seen = received.map((r) => r.id).filter((id) => ids.includes(id));
      expect(seen).toEqual(ids);
      await eventually(
        () => ids.every((id) => receiver.received.some((r) => r.headers['webhook-id'] === id)),
        60_000,
        'every webhook delivery',
      );
      const job = await waitFinal(t, token, (exportJob.job as { id: string }).id, 60_000);
      expect({ status: job.status, error: job.error }).toEqual({ status: 'COMPLETED', error: null });

      const firstAfter = (times: number[]) => (times.find((at) => at > killedAt) ?? killedAt) - killedAt;
      const webhookTimes = receiver.received.map((r) => r.receivedAt).sort((a, b) => a - b);
      console.log(
        `[failover] master :${victim} killed; slots served again after ${promotedAt - killedAt} ms (cluster-node-timeout 2000 ms). ` +
          `Publishing stalled ${longestGap(published.map((p) => p.at))} ms; ` +
          `subscription: first event ${firstAfter(received.map((r) => r.at))} ms after the kill, longest gap ${longestGap(received.map((r) => r.at))} ms; ` +
          `webhooks: first ${firstAfter(webhookTimes)} ms after the kill, longest gap ${longestGap(webhookTimes)} ms; ` +
          `${published.length} events, ${receiver.received.length} webhook requests, export ${job.status}; ` +
          `refused publishes: ${JSON.stringify(Object.fromEntries(refusals))}`,
      );
    } finally {
      stop();
      await client.dispose();
    }
    expect(reports).toEqual([]);
    expect(cluster.crossSlotReplies().count).toBe(0);
    // Each wait above is bounded on its own (60 s); the failover itself takes seconds.
  }, 240_000);
});
