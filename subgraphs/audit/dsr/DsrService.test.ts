import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../lib/logger.js';
import { createRedis } from '../../../lib/redis.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { createAuditLog } from '../store/auditLog.js';
import { createDsrModule } from './index.js';

// A package bound small enough that any package exceeds it.
const config = testConfig({ DSR_PACKAGE_MAX_BYTES: '200' });
const redis = createRedis(config.REDIS_URL, 'dsr-service-test');
const log = createAuditLog(redis, config);
const dsr = createDsrModule({ redis, config, logger: createLogger('silent', 'test'), log, providers: [] });

afterAll(async () => {
  await dsr.close();
  await log.close();
  const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('processing a data-subject request', () => {
  it('refuses a package above DSR_PACKAGE_MAX_BYTES and leaves the request IN_PROGRESS, to retry or reject', async () => {
    const tenant = `t-${randomUUID()}`;
    const request = await dsr.service.create(
      tenant,
      { type: 'ACCESS', subjectId: 'user:heidi', regime: 'GDPR' },
      'dpo',
    );
    await expect(dsr.service.process(tenant, request.id, 'dpo')).rejects.toMatchObject({
      code: 'DSR_PACKAGE_TOO_LARGE',
      details: { maxBytes: 200 },
    });
    const stuck = await dsr.service.process(tenant, request.id, 'dpo').catch((error: unknown) => error);
    expect(stuck).toMatchObject({ code: 'DSR_PACKAGE_TOO_LARGE' });
    const rejected = await dsr.service.reject(tenant, request.id, 'too large to answer online', 'dpo');
    expect(rejected.history.map((h) => [h.fromStatus ?? null, h.toStatus ?? null])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'REJECTED'],
    ]);
    // Nothing was stored: the package key never came to exist.
    expect(
      await redis.exists(`${config.REDIS_KEY_PREFIX}{t:${tenant}}:compliance:dsr:package:${request.id}`),
    ).toBe(0);
  });
});
