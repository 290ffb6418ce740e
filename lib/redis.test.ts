import { randomUUID } from 'node:crypto';
import calculateSlot from 'cluster-key-slot';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../test/support/testPlatform.js';
import { loadConfig } from './config.js';
import {
  bullPrefix,
  createRedis,
  groupBySlot,
  isCluster,
  scanKeys,
  slotPipelines,
  tenantKey,
} from './redis.js';

const config = testConfig();
const redis = createRedis(config, 'redis-helpers-test');
// Never connected: only its mode matters to the slot helpers.
const cluster = createRedis(
  { REDIS_URL: config.REDIS_URL, REDIS_CLUSTER_NODES: [{ host: '127.0.0.1', port: 1 }] },
  'never',
  {
    lazyConnect: true,
  },
);
const prefix = `${config.REDIS_KEY_PREFIX}helpers:`;

afterAll(async () => {
  for await (const keys of scanKeys(redis, `${prefix}*`)) await redis.unlink(...keys);
  redis.disconnect();
  cluster.disconnect();
});

describe('REDIS_CLUSTER_NODES', () => {
  const valid = {
    AUTH_JWT_SECRET: 's'.repeat(40),
    INTERNAL_SIGNING_KEY: 'i'.repeat(40),
    SECRETS_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  };

  it('is a host:port list, and unset means one Redis', () => {
    expect(loadConfig(valid).REDIS_CLUSTER_NODES).toEqual([]);
    expect(
      loadConfig({ ...valid, REDIS_CLUSTER_NODES: 'a:7001, b.internal:7002' }).REDIS_CLUSTER_NODES,
    ).toEqual([
      { host: 'a', port: 7001 },
      { host: 'b.internal', port: 7002 },
    ]);
    expect(() => loadConfig({ ...valid, REDIS_CLUSTER_NODES: 'a:7001,b' })).toThrow(
      /REDIS_CLUSTER_NODES: must be a comma-separated host:port list \(example: REDIS_CLUSTER_NODES=10\.0\.0\.11:6379/,
    );
    expect(() => loadConfig({ ...valid, REDIS_CLUSTER_NODES: 'a:70000' })).toThrow(
      /REDIS_CLUSTER_NODES: "a:70000"/,
    );
  });

  it('makes a Cluster client', () => {
    expect(isCluster(cluster)).toBe(true);
    expect(isCluster(redis)).toBe(false);
  });
});

describe('slot helpers', () => {
  const a = tenantKey(prefix, 'tenant-a', 'x');
  const b = tenantKey(prefix, 'tenant-b', 'x');

  it('gives each BullMQ queue a hash tag of its own under Cluster only', () => {
    expect(bullPrefix('kg:', 'exports', false)).toBe('kg:bull');
    expect(bullPrefix('kg:', 'exports', true)).toBe('kg:bull:{exports}');
    expect(calculateSlot(`${bullPrefix('kg:', 'exports', true)}:exports:wait`)).toBe(
      calculateSlot('exports'),
    );
  });

  it('groups keys by slot under Cluster, all together on one server', () => {
    const a2 = tenantKey(prefix, 'tenant-a', 'y');
    expect(groupBySlot(redis, [a, b, a2])).toEqual([[a, b, a2]]);
    expect(groupBySlot(cluster, [a, b, a2])).toEqual([[a, a2], [b]]);
    expect(groupBySlot(cluster, [])).toEqual([]);
  });

  it('pipelines writes over many slots and finds keys with SCAN', async () => {
    const run = randomUUID().slice(0, 8);
    const keys = [
      tenantKey(prefix, `t1-${run}`, 'k'),
      tenantKey(prefix, `t2-${run}`, 'k'),
      `${prefix}${run}:platform`,
    ];
    const pipelines = slotPipelines(redis);
    for (const key of keys) pipelines.forKey(key).set(key, '1');
    await pipelines.exec();
    const found: string[] = [];
    for await (const page of scanKeys(redis, `${prefix}*${run}*`)) found.push(...page);
    expect(found.sort()).toEqual([...keys].sort());
  });
});
