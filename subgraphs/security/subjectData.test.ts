import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { activityStreamKey } from '../../lib/security/activity.js';
import { clientIpReference } from '../../lib/security/clientIpReference.js';
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
  it('erases the subject’s failed logins and blocks, and scrubs every threat of the subject or of its IPs', async () => {
    const tenant = `t-${randomUUID()}`;
    const subject = 'user:heidi';
    const ip = '192.0.2.60';
    const ipRef = clientIpReference(config.INTERNAL_SIGNING_KEY)(ip);
    const agent = `Burst/${randomUUID()}`;
    const stream = activityStreamKey(prefix);
    const add = (entry: Record<string, unknown>) => redis.xadd(stream, '*', 'a', JSON.stringify(entry));
    const failures = {
      kind: 'auth_failures',
      ip,
      ipRef,
      from: 1,
      to: 2,
      failures: 5,
      userAgent: agent,
      auditEventIds: [],
    };
    await add({ ...failures, credentials: [{ credential: `jwt:${subject}`, tenantId: tenant }] });
    // Someone else's failures from another address, and the subject's name claimed in another tenant.
    await add({
      ...failures,
      ip: '192.0.2.61',
      ipRef: 'ip:other',
      credentials: [{ credential: 'jwt:user:ivan', tenantId: tenant }],
    });
    await add({ ...failures, credentials: [{ credential: `jwt:${subject}`, tenantId: 'another-tenant' }] });
    await add({
      kind: 'auth_block',
      tenantId: tenant,
      blocked: ipRef,
      credential: `jwt:${subject}`,
      ip,
      ipRef,
      userAgent: agent,
      failures: 5,
      windowSeconds: 900,
      until: 3,
      at: 2,
      auditEventId: null,
    });
    const spray = `${prefix}security:spray:${ipRef}`;
    await redis.zadd(spray, 2, `jwt:${subject}`, 2, 'jwt:user:ivan');
    const threats = new ThreatStore(redis, prefix);
    const raise = (principal: string, condition: string) =>
      threats.raise({
        tenantId: tenant,
        type: 'BRUTE_FORCE_ATTACK',
        condition,
        severity: 0.9,
        confidence: 0.9,
        principal,
        clientIp: ip,
        evidence: { blocked: ipRef, userAgent: agent, failures: 5 },
      });
    const own = (await raise(`jwt:${subject}`, 'auth_failures')).threat;
    const byIp = (await raise(ipRef, 'password_spray')).threat;
    const ivans = (await raise('jwt:user:ivan', 'auth_failures')).threat;

    const erased = await createSecuritySubjectData(redis, prefix).erase?.(tenant, subject);
    // Two stream entries, two threats, one spray member.
    expect(erased).toBe(5);
    const left = (await redis.xrange(stream, '-', '+')).map(([, f]) => JSON.parse(f[1] as string));
    expect(left.filter((e) => e.ipRef === ipRef).map((e) => e.credentials?.[0]?.tenantId)).toEqual([
      'another-tenant',
    ]);
    expect(left.some((e) => e.ip === '192.0.2.61')).toBe(true);
    expect(await redis.zrange(spray, 0, -1)).toEqual(['jwt:user:ivan']);
    for (const threat of [own, byIp]) {
      const scrubbed = await threats.records.get(tenant, threat.id);
      expect(scrubbed).toMatchObject({
        clientIp: null,
        evidence: { blocked: null, userAgent: null, failures: 5 },
      });
    }
    // Another person's threat stays as it was, though it quotes the same address.
    expect(await threats.records.get(tenant, ivans.id)).toMatchObject({ clientIp: ip });
  });
});
