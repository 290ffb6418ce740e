import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { activityStreamKey } from '../../lib/security/activity.js';
import { createRedis, tenantKey } from '../../lib/redis.js';
import { testConfig } from '../../test/support/testPlatform.js';
import { createSecuritySubjectData } from './subjectData.js';
import { ThreatStore } from './threats/ThreatStore.js';

const config = testConfig();
const prefix = config.REDIS_KEY_PREFIX;
const redis = createRedis(config.REDIS_URL, 'security-subject-data-test');
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('the security subject-data provider’s erasure', () => {
  it('deletes what threat detection learned of the subject’s client, and scrubs it from their threats', async () => {
    const tenant = `t-${randomUUID()}`;
    const subject = 'user:frank';
    const ip = '192.0.2.44';
    const agent = `Probe/${randomUUID()}`;
    const stream = activityStreamKey(prefix);
    const activity = (principal: string, tenantId = tenant) =>
      JSON.stringify({ kind: 'activity', tenantId, principal, ips: { [ip]: 1 }, userAgents: { [agent]: 1 } });
    await redis.xadd(stream, '*', 'a', activity(subject));
    await redis.xadd(stream, '*', 'a', activity('user:grace'));
    await redis.xadd(stream, '*', 'a', activity(subject, 'another-tenant'));
    await redis.xadd(stream, '*', 'a', activity(subject));
    const baseline = (what: string, principal = subject) =>
      tenantKey(prefix, tenant, 'security', 'baseline', what, principal);
    await redis.sadd(baseline('ips'), ip, '192.0.2.45');
    await redis.sadd(baseline('user-agents'), agent);
    await redis.sadd(baseline('ips', 'user:grace'), ip);
    const threats = new ThreatStore(redis, prefix);
    const { threat } = await threats.raise({
      tenantId: tenant,
      type: 'ANOMALOUS_BEHAVIOR',
      condition: 'new_ip',
      severity: 0.7,
      confidence: 0.6,
      principal: subject,
      clientIp: ip,
      evidence: { newIps: [ip, '192.0.2.45'], userAgents: { [agent]: 3 }, requests: 12 },
    });

    const erased = await createSecuritySubjectData(redis, prefix).erase?.(tenant, subject);
    // Two activity entries, two sets, one threat.
    expect(erased).toBe(5);
    const left = (await redis.xrange(stream, '-', '+')).map(([, f]) => JSON.parse(f[1] as string));
    expect(left.map((e) => [e.tenantId, e.principal])).toEqual([
      [tenant, 'user:grace'],
      ['another-tenant', subject],
    ]);
    expect(await redis.exists(baseline('ips'), baseline('user-agents'))).toBe(0);
    expect(await redis.smembers(baseline('ips', 'user:grace'))).toEqual([ip]);
    const scrubbed = await threats.records.get(tenant, threat.id);
    expect(scrubbed).toMatchObject({
      clientIp: null,
      evidence: { newIps: [null, null], userAgents: {}, requests: 12 },
    });
    expect(JSON.stringify(scrubbed)).not.toContain(agent);
    // Nothing left to do a second time.
    expect(await createSecuritySubjectData(redis, prefix).erase?.(tenant, subject)).toBe(0);
  });
});
