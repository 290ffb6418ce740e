import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { SealedValue } from '../../../lib/crypto/envelope.js';
import { createLogger } from '../../../lib/logger.js';
import { MetricsRecorder } from '../../../lib/metrics/recorder.js';
import { createRedis, tenantKey } from '../../../lib/redis.js';
import type { SubgraphDeps } from '../../../lib/subgraphServer.js';
import { sealLegacy } from '../../../test/support/legacySecrets.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { eventually } from '../../../test/support/wsClient.js';
import { createAlerting, type Alerting } from '../alerting.js';
import { channelFromInput, openChannel, type ChannelRecord } from './channels.js';

const config = testConfig();
const redis = createRedis(config.REDIS_URL, 'channels-test');
const deps = {
  config,
  redis,
  logger: createLogger('silent', 'channels-test'),
  metrics: new MetricsRecorder(),
  // Channels never touch the graph.
  neo4j: null as unknown as SubgraphDeps['neo4j'],
} satisfies SubgraphDeps;
const alertings: Alerting[] = [];

afterAll(async () => {
  await Promise.all(alertings.map((a) => a.close()));
  const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

function alerting(): Alerting {
  const a = createAlerting(deps);
  alertings.push(a);
  return a;
}

const base = (tenantId: string) => ({
  id: randomUUID(),
  tenantId,
  createdAt: new Date().toISOString(),
  createdBy: 'user-1',
});
const defaults = { pagerDutyUrl: 'https://events.pagerduty.com/v2/enqueue', allowHttp: false };

describe('notification channel secrets', () => {
  it('are sealed under the tenant key, open only there, and read KEY_DESTROYED once it is destroyed', async () => {
    const { keyring } = alerting();
    const tenantId = `channels-${randomUUID().slice(0, 6)}`;
    const record = await channelFromInput(
      { name: 'pager', type: 'PAGERDUTY', routingKey: 'R0UTING-KEY-0123456789' },
      keyring,
      base(tenantId),
      defaults,
    );
    expect(JSON.stringify(record)).not.toContain('R0UTING-KEY');
    expect(record.routingKey).toMatchObject({ keyId: expect.stringMatching(/^ek_/), version: 1 });
    const opened = await openChannel(record, keyring);
    expect(opened).toMatchObject({
      url: 'https://events.pagerduty.com/v2/enqueue',
      routingKey: 'R0UTING-KEY-0123456789',
    });
    await expect(openChannel({ ...record, tenantId: 'someone-else' }, keyring)).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
    });
    await keyring.destroy(tenantId, (record.routingKey as SealedValue).keyId);
    await expect(openChannel(record, keyring)).rejects.toMatchObject({ code: 'KEY_DESTROYED' });
  });

  it('the monitor moves channels sealed before envelope encryption onto the tenant key, found without a rule', async () => {
    const tenantId = `legacy-channels-${randomUUID().slice(0, 6)}`;
    const [kek] = config.SECRETS_ENCRYPTION_KEYS;
    const legacy: ChannelRecord = {
      ...base(tenantId),
      name: 'slack',
      type: 'SLACK',
      url: sealLegacy(kek as NonNullable<typeof kek>, 'https://hooks.slack.com/services/T0/B0/secretpath'),
      routingKey: null,
      to: [],
      target: 'hooks.slack.com',
    };
    // Written the way an older release did: the tenant is in no index the monitor keeps.
    await redis.hset(
      tenantKey(config.REDIS_KEY_PREFIX, tenantId, 'observability:channels'),
      legacy.id,
      JSON.stringify(legacy),
    );
    const monitor = alerting();
    monitor.startChannelRewrap();
    await eventually(
      async () => Boolean((await monitor.keyring.list(tenantId))[1]?.rewrap?.finishedAt),
      10_000,
      'the channel rewrap to finish',
    );
    const moved = (await monitor.channels.get(tenantId, legacy.id)) as ChannelRecord;
    expect(moved.url).toMatchObject({ version: 1 });
    expect(moved.routingKey).toBeNull();
    expect((await openChannel(moved, monitor.keyring)).url).toBe(
      'https://hooks.slack.com/services/T0/B0/secretpath',
    );
    const [, channelsKey] = await monitor.keyring.list(tenantId);
    expect(channelsKey).toMatchObject({
      purpose: 'NOTIFICATION_CHANNELS',
      usageCount: 1,
      rewrap: { total: 1, done: 1, failed: 0 },
    });
  });
});
