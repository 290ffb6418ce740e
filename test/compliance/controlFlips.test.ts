// The control catalogue's flip tests (docs/COMPLIANCE.md): each control's fact is flipped in the real
// store it lives in (Redis) or in configuration, and the verdict must flip. Here rather than beside
// the catalogue because the facts live in several subgraphs' stores.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../../lib/config.js';
import { Keyring } from '../../lib/crypto/keyring.js';
import { KeyStore, type StoredKey } from '../../lib/crypto/keyStore.js';
import { createLogger } from '../../lib/logger.js';
import { createRedis, tenantKey } from '../../lib/redis.js';
import { TenantRecords, type TenantRecord } from '../../lib/tenantRecords.js';
import { testConfig } from '../support/testPlatform.js';
import { AUDIT_READS } from '../../gateway/plugins/useAudit.js';
import type { SecurityEvidence } from '../../lib/compliance/evidence.js';
import { createSecurityEvidence } from '../../subgraphs/security/complianceEvidence.js';
import { ApiKeyStore, type ApiKeyRecord } from '../../subgraphs/security/apiKeys/ApiKeyStore.js';
import { createIntegrationsEvidence } from '../../subgraphs/integrations/complianceEvidence.js';
import { WebhookStore, type WebhookRecord } from '../../subgraphs/integrations/webhookStore.js';
import { dsrDeadlineFacts } from '../../subgraphs/audit/dsr/index.js';
import { DsrStore, type DsrRecord } from '../../subgraphs/audit/dsr/DsrStore.js';
import { auditSdl } from '../../subgraphs/audit/schemaFiles.js';
import { auditStreamKey, createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { CONTROLS, controlById } from '../../subgraphs/audit/compliance/catalogue.js';
import { collectFacts, type FactSources } from '../../subgraphs/audit/compliance/collectFacts.js';
import {
  ComplianceReports,
  type ComplianceReportRecord,
} from '../../subgraphs/audit/compliance/ComplianceReports.js';
import {
  FRAMEWORKS,
  type ControlResult,
  type IsolationFacts,
} from '../../subgraphs/audit/compliance/facts.js';
import { runIsolationCheck, platformStores } from '../../subgraphs/audit/compliance/isolationCheck.js';

const DAY = 86_400_000;
const config = testConfig({ WEBHOOK_ALLOWED_CIDRS: '127.0.0.1/32' });
const prefix = config.REDIS_KEY_PREFIX;
const redis = createRedis(config.REDIS_URL, 'compliance-controls-test');
const logger = createLogger('silent', 'compliance-controls-test');
const log = createAuditLog(redis, config, logger);
const security = createSecurityEvidence(redis, prefix);
const integrations = createIntegrationsEvidence(redis, config, logger);
const keyring = new Keyring(redis, prefix, config.SECRETS_ENCRYPTION_KEYS, logger);
const apiKeys = new ApiKeyStore(redis, prefix);
const webhooks = new WebhookStore(redis, prefix, keyring);
const dsrStore = new DsrStore(redis, prefix);
const reports = new ComplianceReports(redis, prefix);
let isolation: IsolationFacts | null = null;

afterAll(async () => {
  await Promise.all([keyring.close(), integrations.close?.(), log.close()]);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

interface Overrides {
  config?: Config;
  security?: SecurityEvidence;
  sdl?: string;
  auditedReadFields?: ReadonlySet<string>;
}

function sources(overrides: Overrides = {}): FactSources {
  return {
    config: overrides.config ?? config,
    trail: log.trail,
    checkpoints: log.checkpoints,
    providers: {
      security: overrides.security ?? security,
      integrations,
      auditedReadFields: overrides.auditedReadFields ?? AUDIT_READS,
    },
    sdl: overrides.sdl ?? auditSdl(),
    dsr: async (tenantId) => ({
      ...(await dsrDeadlineFacts({ redis, prefix }, tenantId)),
      total: (await dsrStore.records.list(tenantId, 1)).totalCount,
    }),
    isolation: async () => isolation,
    retention: (tenantId) => log.sealer.retention(tenantId),
    deletions: (tenantId) => log.sealer.deletions(tenantId),
    lastSoxReport: async (tenantId) => {
      const report = await reports.latestOf(tenantId, 'SOX');
      return report ? { id: report.id, generatedAt: report.generatedAt } : null;
    },
  };
}

/** One control's verdict over facts freshly read from the stores. */
async function verdict(id: string, tenantId: string, overrides: Overrides = {}, at = new Date()) {
  const control = controlById(id);
  if (!control) throw new Error(`no control ${id}`);
  return control.evaluate(await collectFacts(sources(overrides), tenantId, at));
}

async function result(id: string, tenantId: string, overrides: Overrides = {}): Promise<ControlResult> {
  return (await verdict(id, tenantId, overrides)).result;
}

const tenant = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const gatewayRecord = (tenantId: string, clientIp: string | null) =>
  log.trail.append({
    tenantId,
    actor: 'user-1',
    action: 'webhook.create',
    resource: randomUUID(),
    resourceType: 'webhook',
    outcome: 'SUCCESS',
    details: clientIp ? { clientIp, requestId: randomUUID() } : { requestId: randomUUID() },
  });

function apiKey(tenantId: string, fields: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return {
    id: randomUUID(),
    tenantId,
    createdAt: new Date().toISOString(),
    name: 'ci',
    prefix: 'kgk_test',
    secretHash: randomUUID(),
    scopes: ['audit:read'],
    createdBy: 'user-1',
    revokedAt: null,
    expiresAt: new Date(Date.now() + 300 * DAY).toISOString(),
    rateLimit: null,
    rotatedAt: null,
    previousSecretHash: null,
    previousValidUntil: null,
    ...fields,
  };
}

async function webhook(tenantId: string, fields: Partial<WebhookRecord> = {}): Promise<WebhookRecord> {
  const createdAt = fields.createdAt ?? new Date().toISOString();
  return webhooks.records.put({
    id: randomUUID(),
    tenantId,
    createdAt,
    url: 'https://receiver.example.com/hook',
    eventTypes: ['document.uploaded'],
    description: null,
    headers: {},
    rateLimitPerSecond: null,
    retrySchedule: null,
    createdBy: 'user-1',
    updatedAt: createdAt,
    secret: await keyring.seal(tenantId, 'WEBHOOK_SECRETS', 'whsec_test'),
    previousSecret: null,
    previousSecretExpiresAt: null,
    ...fields,
  });
}

function dsr(tenantId: string, fields: Partial<DsrRecord>): DsrRecord {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    tenantId,
    createdAt: now,
    type: 'ACCESS',
    regime: 'GDPR',
    subjectId: 'subject-1',
    status: 'RECEIVED',
    dueAt: new Date(Date.now() + 20 * DAY).toISOString(),
    extension: null,
    note: null,
    requestedBy: 'user-1',
    completedAt: null,
    rejectedAt: null,
    rejectionReason: null,
    history: [],
    dueSoonAt: null,
    overdueAt: null,
    packageSummary: null,
    erasure: null,
    updatedAt: now,
    revision: 1,
    ...fields,
  };
}

describe('control catalogue', () => {
  it('has at least 15 controls, each mapped to clauses, covering all seven frameworks', () => {
    expect(CONTROLS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CONTROLS.map((c) => c.id)).size).toBe(CONTROLS.length);
    for (const control of CONTROLS) expect(Object.keys(control.clauses).length).toBeGreaterThan(0);
    for (const framework of FRAMEWORKS)
      expect(CONTROLS.filter((c) => c.clauses[framework]).length, framework).toBeGreaterThanOrEqual(3);
  });
});

// Every control: a fact is flipped in the store (or configuration) it lives in and the verdict flips.
describe('per-control flip tests', () => {
  it('AUDIT-01 fails when mutations may go unaudited (AUDIT_FAIL_OPEN)', async () => {
    const t = tenant('a01');
    await gatewayRecord(t, '10.0.0.1');
    expect(await result('AUDIT-01', t)).toBe('PASS');
    const failOpen = testConfig({ AUDIT_FAIL_OPEN: 'true' });
    expect(await result('AUDIT-01', t, { config: failOpen })).toBe('FAIL');
  });

  it('AUDIT-02 fails when a record lacks its origin', async () => {
    const t = tenant('a02');
    expect(await result('AUDIT-02', t)).toBe('NOT_APPLICABLE');
    await gatewayRecord(t, '10.0.0.1');
    expect(await result('AUDIT-02', t)).toBe('PASS');
    const bad = await gatewayRecord(t, null);
    const v = await verdict('AUDIT-02', t);
    expect(v.result).toBe('FAIL');
    expect(v.evidence).toContainEqual({ kind: 'AUDIT_EVENT', ref: bad.id, value: 'origin' });
  });

  it('AUDIT-03 fails when a trail-reading field is not audited by the gateway', async () => {
    const t = tenant('a03');
    expect(await result('AUDIT-03', t)).toBe('PASS');
    const without = new Set([...AUDIT_READS].filter((f) => f !== 'auditCheckpoints'));
    const v = await verdict('AUDIT-03', t, { auditedReadFields: without });
    expect(v.result).toBe('FAIL');
    expect(v.reason).toContain('Query.auditCheckpoints');
  });

  it('AUDIT-04 fails when the stored tree no longer matches the signed checkpoint', async () => {
    const t = tenant('a04');
    expect(await result('AUDIT-04', t)).toBe('NOT_APPLICABLE');
    for (let i = 0; i < 3; i += 1) await gatewayRecord(t, '10.0.0.1');
    // Records but no checkpoint: not due within two sweep periods, a failure after them.
    expect(await result('AUDIT-04', t)).toBe('NOT_APPLICABLE');
    const later = new Date(Date.now() + 3 * config.AUDIT_CHECKPOINT_SECONDS * 1000);
    expect((await verdict('AUDIT-04', t, {}, later)).result).toBe('FAIL');
    await log.checkpoints.create(t);
    expect(await result('AUDIT-04', t)).toBe('PASS');
    for (let i = 0; i < 2; i += 1) await gatewayRecord(t, '10.0.0.1');
    await log.checkpoints.create(t);
    const v = await verdict('AUDIT-04', t);
    expect(v).toMatchObject({ result: 'PASS' });
    expect(v.reason).toContain('extends checkpoint 3');
    // Someone rewrites the newest stored leaf: the tree's root at the signed size changes.
    const leaf = await redis.getrangeBuffer(log.trail.levelKey(t, 0), 4 * 32, 5 * 32 - 1);
    await redis.setrange(log.trail.levelKey(t, 0), 4 * 32, 'x'.repeat(32));
    expect(await verdict('AUDIT-04', t)).toMatchObject({
      result: 'FAIL',
      reason: expect.stringContaining('differs'),
    });
    await redis.setrange(log.trail.levelKey(t, 0), 4 * 32, leaf);
    expect(await result('AUDIT-04', t)).toBe('PASS');
    // A checkpoint whose note was altered after signing (another root) no longer verifies.
    const checkpointsKey = tenantKey(prefix, t, 'audit', 'checkpoints');
    const [raw] = await redis.zrevrange(checkpointsKey, 0, 0);
    const latest = JSON.parse(raw as string) as { note: string; treeSize: number };
    const lines = latest.note.split('\n');
    lines[2] = Buffer.alloc(32, 7).toString('base64');
    await redis.zrem(checkpointsKey, raw as string);
    await redis.zadd(checkpointsKey, latest.treeSize, JSON.stringify({ ...latest, note: lines.join('\n') }));
    expect(await verdict('AUDIT-04', t)).toMatchObject({
      result: 'FAIL',
      reason: expect.stringContaining('signature'),
    });
  });

  it('AUDIT-05 fails when a trail field is readable without audit:read', async () => {
    const t = tenant('a05');
    expect(await result('AUDIT-05', t)).toBe('PASS');
    const sdl = auditSdl().replace(
      'auditEvent(id: ID!): AuditEvent @requiresScopes(scopes: [["audit:read"]])',
      'auditEvent(id: ID!): AuditEvent',
    );
    expect(sdl).not.toBe(auditSdl());
    const v = await verdict('AUDIT-05', t, { sdl });
    expect(v.result).toBe('FAIL');
    expect(v.reason).toContain('Query.auditEvent');
  });

  it('AUDIT-07 fails as soon as the retention in force is shorter than six years', async () => {
    const t = tenant('a07set');
    await gatewayRecord(t, '10.0.0.1');
    expect(await result('AUDIT-07', t)).toBe('PASS');
    // Nothing deleted yet, but the sweep will delete at 400 days: HIPAA's six years are breached.
    await log.sealer.setRetention(t, 400);
    expect(await verdict('AUDIT-07', t)).toMatchObject({
      result: 'FAIL',
      evidence: [{ kind: 'CONFIG', ref: 'setAuditRetention', value: '400' }],
    });
    expect(await result('AUDIT-06', t)).toBe('PASS');
    await log.sealer.setRetention(t, 300);
    expect(await result('AUDIT-06', t)).toBe('FAIL');
  });

  it('AUDIT-06 and AUDIT-07 fail when young records were deleted from the log', async () => {
    const t = tenant('a06');
    expect(await result('AUDIT-06', t)).toBe('NOT_APPLICABLE');
    const first = await gatewayRecord(t, '10.0.0.1');
    await gatewayRecord(t, '10.0.0.1');
    expect(await result('AUDIT-06', t)).toBe('PASS');
    expect(await result('AUDIT-07', t)).toBe('PASS');
    // Retention deletion marks the first record (minutes old) gone.
    await log.trail.markDeleted(t, 1, [first.id]);
    expect(await verdict('AUDIT-06', t)).toMatchObject({
      result: 'FAIL',
      reason: expect.stringContaining('1 records removed'),
    });
    expect(await result('AUDIT-07', t)).toBe('FAIL');
  });

  it('AUDIT-06 judges a recorded deletion by the deleted records, not the oldest kept one', async () => {
    const t = tenant('a06idle');
    const old = await gatewayRecord(t, '10.0.0.1');
    await gatewayRecord(t, '10.0.0.1');
    // An idle tenant: its old segment was deleted at 400 days, the records kept are new.
    await log.trail.markDeleted(t, 1, [old.id]);
    await log.sealer.recordDeletion(t, ago(400));
    expect(await verdict('AUDIT-06', t)).toMatchObject({
      result: 'PASS',
      reason: expect.stringContaining('none younger than 365 days'),
    });
    expect(await result('AUDIT-07', t)).toBe('FAIL');
    // A later deletion took a record only 30 days old.
    await log.sealer.recordDeletion(t, ago(30));
    expect(await verdict('AUDIT-06', t)).toMatchObject({
      result: 'FAIL',
      reason: expect.stringContaining('only 30 days old'),
    });
  });

  it('KEYS-01 fails for an API key older than 90 days', async () => {
    const t = tenant('k01');
    expect(await result('KEYS-01', t)).toBe('NOT_APPLICABLE');
    const key = await apiKeys.create(apiKey(t));
    expect(await result('KEYS-01', t)).toBe('PASS');
    await apiKeys.records.put({ ...key, createdAt: ago(120) });
    expect(await verdict('KEYS-01', t)).toMatchObject({
      result: 'FAIL',
      evidence: [{ kind: 'API_KEY', ref: key.id, value: '120 days' }],
    });
    await apiKeys.rotate(
      { ...key, createdAt: ago(120) },
      { hash: randomUUID(), prefix: 'kgk_new' },
      0,
      new Date(),
    );
    expect(await result('KEYS-01', t)).toBe('PASS');
  });

  it('KEYS-01 weighs every active key, however many newer revoked keys there are', async () => {
    const t = tenant('k01all');
    const old = await apiKeys.create(apiKey(t, { createdAt: ago(120) }));
    // 1,000 newer revoked keys: a newest-1,000 window would leave the old active key out.
    const revokedAt = new Date().toISOString();
    for (let i = 0; i < 1000; i += 1) await apiKeys.records.put(apiKey(t, { revokedAt }));
    expect(await verdict('KEYS-01', t)).toMatchObject({
      result: 'FAIL',
      evidence: [{ kind: 'API_KEY', ref: old.id, value: '120 days' }],
    });
  });

  it('KEYS-01/02/03 fail when there are more active keys than one evaluation reads', async () => {
    const t = tenant('kcut');
    for (let i = 0; i < 3; i += 1) await apiKeys.create(apiKey(t));
    const few = createSecurityEvidence(redis, prefix, { maxActiveKeys: 2 });
    const capped: Overrides = { security: few };
    expect(await result('KEYS-01', t)).toBe('PASS');
    for (const id of ['KEYS-01', 'KEYS-02', 'KEYS-03'])
      expect(await verdict(id, t, capped)).toMatchObject({
        result: 'FAIL',
        reason: expect.stringContaining('more than 2 active API keys'),
      });
  });

  it('KEYS-02 fails for an active key unused for 90 days', async () => {
    const t = tenant('k02');
    const key = await apiKeys.create(apiKey(t, { createdAt: ago(100), rotatedAt: ago(1) }));
    await apiKeys.recordUse(new Map([[key.id, { tenantId: t, at: Date.now() - 95 * DAY }]]));
    expect(await result('KEYS-02', t)).toBe('FAIL');
    await apiKeys.recordUse(new Map([[key.id, { tenantId: t, at: Date.now() }]]));
    expect(await result('KEYS-02', t)).toBe('PASS');
    await apiKeys.revoke(key, new Date());
    expect(await result('KEYS-02', t)).toBe('NOT_APPLICABLE');
  });

  it('KEYS-03 fails for a key with more scopes than the key that created it', async () => {
    const t = tenant('k03');
    const creator = await apiKeys.create(apiKey(t, { scopes: ['audit:read', 'security:admin'] }));
    const child = await apiKeys.create(
      apiKey(t, { createdBy: `apikey:${creator.id}`, scopes: ['audit:read'] }),
    );
    expect(await result('KEYS-03', t)).toBe('PASS');
    await apiKeys.records.put({ ...child, scopes: ['audit:read', 'exports:write'] });
    expect(await verdict('KEYS-03', t)).toMatchObject({
      result: 'FAIL',
      evidence: [{ kind: 'API_KEY', ref: child.id, value: 'exports:write' }],
    });
  });

  it('CRYPTO-01 fails when a webhook secret is stored unsealed', async () => {
    const t = tenant('c01');
    const hook = await webhook(t);
    expect(await result('CRYPTO-01', t)).toBe('PASS');
    await webhooks.records.put({ ...hook, secret: 'whsec_plain' as unknown as WebhookRecord['secret'] });
    expect(await result('CRYPTO-01', t)).toBe('FAIL');
  });

  it('CRYPTO-02 fails when a data-encryption key is past its rotation period', async () => {
    const t = tenant('c02');
    expect(await result('CRYPTO-02', t)).toBe('NOT_APPLICABLE');
    await keyring.seal(t, 'WEBHOOK_SECRETS', 'value'); // makes the tenant's key
    expect(await result('CRYPTO-02', t)).toBe('PASS');
    const store = new KeyStore(redis, prefix);
    const key = (await store.all(t))[0]?.value as StoredKey;
    const aged: StoredKey = {
      ...key,
      versions: key.versions.map((v) => ({ ...v, createdAt: ago(config.ENCRYPTION_KEY_ROTATION_DAYS + 5) })),
    };
    await redis.hset(store.recordsKey(t), key.id, JSON.stringify(aged));
    expect(await result('CRYPTO-02', t)).toBe('FAIL');
  });

  it('WEBHOOK-01 fails for a webhook secret older than the policy', async () => {
    const t = tenant('w01');
    expect(await result('WEBHOOK-01', t)).toBe('NOT_APPLICABLE');
    const hook = await webhook(t);
    expect(await result('WEBHOOK-01', t)).toBe('PASS');
    await webhooks.records.put({
      ...hook,
      createdAt: ago(config.COMPLIANCE_WEBHOOK_SECRET_MAX_AGE_DAYS + 1),
    });
    expect(await result('WEBHOOK-01', t)).toBe('FAIL');
  });

  it('NET-01 fails when the SSRF wall is opened to a whole network', async () => {
    const t = tenant('n01');
    expect(await result('NET-01', t)).toBe('PASS');
    const open = testConfig({ WEBHOOK_ALLOWED_CIDRS: '10.0.0.0/8' });
    expect(await result('NET-01', t, { config: open })).toBe('FAIL');
  });

  it('API-01 applies in production and fails with introspection on', async () => {
    const t = tenant('api');
    expect(await result('API-01', t)).toBe('NOT_APPLICABLE');
    expect(await result('API-01', t, { config: testConfig({ NODE_ENV: 'production' }) })).toBe('PASS');
    const introspective = testConfig({ NODE_ENV: 'production', ENABLE_INTROSPECTION: 'true' });
    expect(await result('API-01', t, { config: introspective })).toBe('FAIL');
  });

  it('TENANT-01 fails when the self-check reads across tenants', async () => {
    const t = tenant('t01');
    isolation = null;
    expect(await result('TENANT-01', t)).toBe('FAIL');
    isolation = await runIsolationCheck(redis, prefix);
    expect(isolation.passed).toBe(true);
    expect(await result('TENANT-01', t)).toBe('PASS');
    // A store that forgets the tenant on reads (one hash for everyone): the probe must notice.
    const shared = new TenantRecords<TenantRecord>(redis, prefix, 'compliance:leaky-probe');
    const leaky = {
      ...platformStores(redis, prefix),
      records: {
        put: (r: TenantRecord) => shared.put({ ...r, tenantId: 'everyone' }),
        get: (_t: string, id: string) => shared.get('everyone', id),
        page: (_t: string, o: Parameters<typeof shared.page>[1]) => shared.page('everyone', o),
        delete: (_t: string, id: string) => shared.delete('everyone', id),
      },
    };
    isolation = await runIsolationCheck(redis, prefix, leaky);
    expect(isolation.passed).toBe(false);
    expect(await result('TENANT-01', t)).toBe('FAIL');
    // A trail whose announcements do not stay on their tenant's audit stream: noticed too.
    const trail = platformStores(redis, prefix).trail;
    const unannounced = {
      ...platformStores(redis, prefix),
      trail: {
        append: async (entry: Parameters<typeof trail.append>[0]) => {
          const stored = await trail.append(entry);
          await redis.del(auditStreamKey(prefix, entry.tenantId));
          return stored;
        },
        sequenceOf: trail.sequenceOf.bind(trail),
        headSize: trail.headSize.bind(trail),
        range: trail.range.bind(trail),
        listKey: trail.listKey.bind(trail),
        levelKey: trail.levelKey.bind(trail),
      },
    };
    isolation = await runIsolationCheck(redis, prefix, unannounced);
    expect(isolation.checks.find((c) => c.name === 'audit.stream')).toMatchObject({ passed: false });
    expect(await result('TENANT-01', t)).toBe('FAIL');
    isolation = null;
  });

  it('DSR-01 is not applicable without requests and fails with an overdue one', async () => {
    const t = tenant('d01');
    expect(await verdict('DSR-01', t)).toMatchObject({
      result: 'NOT_APPLICABLE',
      reason: 'No data-subject requests',
    });
    await dsrStore.create(dsr(t, {}));
    expect(await result('DSR-01', t)).toBe('PASS');
    const late = await dsrStore.create(dsr(t, { dueAt: ago(1), createdAt: ago(31) }));
    expect(await verdict('DSR-01', t)).toMatchObject({
      result: 'FAIL',
      evidence: [{ kind: 'DSR', ref: late.id }],
    });
  });

  it('DSR-01 fails for a request answered late within 12 months, not for an older one', async () => {
    const t = tenant('d01late');
    const answered = (days: number) =>
      dsr(t, {
        status: 'COMPLETED',
        createdAt: ago(days + 40),
        dueAt: ago(days + 10),
        completedAt: ago(days),
      });
    await dsrStore.create(answered(400));
    expect(await result('DSR-01', t)).toBe('PASS');
    const recent = await dsrStore.create(answered(300));
    expect(await verdict('DSR-01', t)).toMatchObject({
      result: 'FAIL',
      evidence: [{ kind: 'DSR', ref: recent.id, value: 'answered late (last 12 months)' }],
    });
  });

  it('SOX-01 fails without a SOX report in 90 days and passes after one', async () => {
    const t = tenant('s01');
    expect(await result('SOX-01', t)).toBe('FAIL');
    const stale = {
      id: randomUUID(),
      tenantId: t,
      createdAt: ago(120),
      framework: 'SOX',
      generatedAt: ago(120),
    };
    await reports.records.put(stale as unknown as ComplianceReportRecord);
    expect(await result('SOX-01', t)).toBe('FAIL');
    const fresh = { ...stale, id: randomUUID(), createdAt: ago(0), generatedAt: ago(0) };
    await reports.records.put(fresh as unknown as ComplianceReportRecord);
    expect(await verdict('SOX-01', t)).toMatchObject({
      result: 'PASS',
      evidence: [{ kind: 'REPORT', ref: fresh.id }],
    });
  });

  it('every control in the catalogue has a flip test above', () => {
    const tested = [
      'AUDIT-01',
      'AUDIT-02',
      'AUDIT-03',
      'AUDIT-04',
      'AUDIT-05',
      'AUDIT-06',
      'AUDIT-07',
    ].concat(
      ['KEYS-01', 'KEYS-02', 'KEYS-03', 'CRYPTO-01', 'CRYPTO-02', 'WEBHOOK-01'],
      ['NET-01', 'API-01', 'TENANT-01', 'DSR-01', 'SOX-01'],
    );
    expect(CONTROLS.map((c) => c.id).sort()).toEqual(tested.sort());
  });
});

describe('tenant isolation self-check', () => {
  it('leaves nothing of its probe tenants behind', async () => {
    await runIsolationCheck(redis, prefix);
    const left = await redis.keys(`${prefix}{t:compliance-probe-*`);
    expect(left).toEqual([]);
  });
});
