import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis, type RedisClient } from '../../lib/redis.js';
import { createAuditLog, type AuditLog } from '../../subgraphs/audit/auditApi.js';
import { runToCompletion, temporaryExportsDir } from '../../subgraphs/exports/testing/exportTestKit.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';

// ACCESS / PORTABILITY packages and ERASURE by crypto-shredding (docs/COMPLIANCE.md "Data-subject requests").
let t: TestPlatform;
let redis: RedisClient;
let exportsDir: { dir: string; remove(): Promise<void> };
let segmentsDir: string;
/** The test's own audit log, on a clock it moves: the subject's records "40 days ago", sealed "now". */
let log: AuditLog;
let clock = Date.now();
const DAY = 86_400_000;
let tenant: string;
let dpo: string;
const subject = `user:dsr-${randomUUID().slice(0, 8)}`;
const neighbour = `user:neighbour-${randomUUID().slice(0, 8)}`;
const userAgent = `DsrProbe/${randomUUID()}`;
const ip = '198.51.100.23';

interface Package {
  format: string;
  subjectId: string;
  tenantId: string;
  sections: Record<string, { items: Array<Record<string, unknown>>; truncated: boolean }>;
}

interface Request {
  id: string;
  status: string;
  packageSummary: Record<string, number | string> | null;
  package: Package | null;
  erasure: {
    erasedAt: string;
    auditEventsAffected: number;
    keyDestroyed: boolean;
    packagesDeleted: number;
    subgraphRecordsErased: number;
  } | null;
}

const REQUEST_FIELDS =
  'id status packageSummary { generatedAt byteSize auditEvents apiKeys webhooks alertRules exportJobs } package erasure { erasedAt auditEventsAffected keyDestroyed packagesDeleted subgraphRecordsErased }';

/** Each principal's own client: its address (through the trusted proxy) and user agent. */
const clients: Record<string, { ip: string; userAgent: string }> = {
  mine: { ip, userAgent },
  theirs: { ip: '198.51.100.24', userAgent: `NeighbourProbe/${randomUUID()}` },
  foreign: { ip: '198.51.100.25', userAgent: `ForeignProbe/${randomUUID()}` },
};
const tenantOf: Record<string, string> = {};
const principalOf: Record<string, string> = { mine: subject, theirs: neighbour, foreign: subject };

async function asClient<T>(label: string, token: string, query: string): Promise<T> {
  const client = clients[label] as { ip: string; userAgent: string };
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'user-agent': client.userAgent,
      'x-forwarded-for': client.ip,
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** What one principal creates: an API key, a webhook, an alert rule and an export job; their ids. */
async function createEverything(token: string, label: string) {
  const key = await asClient<{ createApiKey: { apiKey: { id: string } } }>(
    label,
    token,
    `mutation { createApiKey(input: { name: "${label} key", scopes: ["audit:read"] }) { apiKey { id } } }`,
  );
  const webhook = await asClient<{ createWebhook: { webhook: { id: string } } }>(
    label,
    token,
    `mutation { createWebhook(input: { url: "https://example.com/${label}", eventTypes: ["package.created"] }) { webhook { id } } }`,
  );
  const rule = await asClient<{ createAlertRule: { id: string } }>(
    label,
    token,
    `mutation { createAlertRule(input: { name: "${label} rule", metric: "graphql_errors_total", comparison: GREATER_THAN, threshold: 5 }) { id } }`,
  );
  const job = await runToCompletion(t, token, { type: 'ANALYTICS_REPORT', format: 'JSON' });
  // Threat detection has learned the client (its known-IP set): what an erasure must delete too.
  const known = `${t.config.REDIS_KEY_PREFIX}{t:${tenantOf[label]}}:security:baseline:ips:${principalOf[label]}`;
  await eventually(
    async () => (await redis.exists(known)) === 1,
    20_000,
    `threat detection to learn ${label}`,
  );
  return {
    apiKey: key.createApiKey.apiKey.id,
    webhook: webhook.createWebhook.webhook.id,
    alertRule: rule.createAlertRule.id,
    exportJob: job.id,
  };
}

async function request(type: string, subjectId = subject): Promise<Request> {
  const created = await t.gql<{ createDataSubjectRequest: { id: string } }>(
    dpo,
    `mutation { createDataSubjectRequest(input: { type: ${type}, subjectId: "${subjectId}", regime: GDPR }) { id } }`,
  );
  expect(created.body.errors).toBeUndefined();
  const processed = await t.gql<{ processDataSubjectRequest: Request }>(
    dpo,
    `mutation { processDataSubjectRequest(id: "${created.body.data?.createDataSubjectRequest.id}") { ${REQUEST_FIELDS} } }`,
  );
  expect(processed.body.errors).toBeUndefined();
  return processed.body.data?.processDataSubjectRequest as Request;
}

/** Every value of every key under the platform's prefix, as text (all tenants, streams and queues too). */
async function allRedisValues(): Promise<Array<{ key: string; text: string }>> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${t.config.REDIS_KEY_PREFIX}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  expect(keys.length).toBeGreaterThan(20);
  const values: Array<{ key: string; text: string }> = [];
  for (const key of keys) {
    const type = await redis.type(key);
    let text: string;
    if (type === 'string') text = (await redis.getBuffer(key))?.toString('latin1') ?? '';
    else if (type === 'list') text = (await redis.lrange(key, 0, -1)).join('\n');
    else if (type === 'hash') text = JSON.stringify(await redis.hgetall(key));
    else if (type === 'set') text = (await redis.smembers(key)).join('\n');
    else if (type === 'zset') text = (await redis.zrange(key, 0, -1)).join('\n');
    else if (type === 'stream') text = JSON.stringify(await redis.xrange(key, '-', '+'));
    else if (type === 'none') continue;
    else throw new Error(`key ${key} of type ${type} is not scanned`);
    values.push({ key, text });
  }
  return values;
}

/** Keys whose value holds `needle` in clear. */
async function keysHolding(...needles: string[]): Promise<string[]> {
  return (await allRedisValues()).filter((v) => needles.some((n) => v.text.includes(n))).map((v) => v.key);
}

async function exportFiles(dir = exportsDir.dir): Promise<Array<{ path: string; text: string }>> {
  const files: Array<{ path: string; text: string }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await exportFiles(path)));
    else files.push({ path, text: (await readFile(path)).toString('latin1') });
  }
  return files;
}

/** The tenant's archived audit segments, unzipped. */
async function segmentTexts(): Promise<Array<{ path: string; text: string }>> {
  const files = await exportFiles(segmentsDir);
  return files
    .filter((f) => f.path.endsWith('.jsonl.gz'))
    .map((f) => ({ path: f.path, text: gunzipSync(Buffer.from(f.text, 'latin1')).toString('utf8') }));
}

/** Failed logins claiming to be the subject (a token signed with the wrong key), from the subject's client. */
async function failedLoginBurst(): Promise<number[]> {
  const wrongKey = new TextEncoder().encode('not-the-platform-secret-not-the-platform-secret');
  const statuses: number[] = [];
  for (let i = 0; i < t.config.AUTH_BLOCK_FAILURES + 1; i += 1) {
    const forged = await new SignJWT({ tenant_id: tenant, scope: 'graph:read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setExpirationTime('5m')
      .sign(wrongKey);
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${forged}`,
        'user-agent': userAgent,
        'x-forwarded-for': ip,
      },
      body: JSON.stringify({ query: '{ me { subject } }' }),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

interface TrailNode {
  action: string;
  resourceId: string | null;
  details: Record<string, unknown> | null;
  personalDataErased: boolean;
}

/** The tenant's records of these actions, as the API reads them. */
async function recordsOf(...actions: string[]): Promise<TrailNode[]> {
  const res = await t.gql<{ auditEvents: { edges: Array<{ node: TrailNode }> } }>(
    dpo,
    'query($a: [String!]) { auditEvents(first: 200, filter: { actions: $a }) { edges { node { action resourceId details personalDataErased } } } }',
    { a: actions },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.auditEvents.edges.map((e) => e.node) ?? [];
}

let mine: Awaited<ReturnType<typeof createEverything>>;
let theirs: Awaited<ReturnType<typeof createEverything>>;
let foreign: Awaited<ReturnType<typeof createEverything>>;
let access: Request;

beforeAll(async () => {
  exportsDir = await temporaryExportsDir();
  segmentsDir = await mkdtemp(join(tmpdir(), 'dsr-erasure-segments-'));
  t = await startTestPlatform({
    EXPORTS_DIR: exportsDir.dir,
    EXPORTS_S3_BUCKET: '',
    AUDIT_SEGMENTS_DIR: segmentsDir,
    AUDIT_SEGMENTS_STORE: 'LOCAL',
    AUDIT_SEGMENT_MAX_EVENTS: '5',
    AUTH_BLOCK_FAILURES: '5',
    TRUSTED_PROXY_CIDRS: '127.0.0.1/32',
    SECURITY_ACTIVITY_FLUSH_MS: '100',
    SECURITY_CYCLE_SECONDS: '1',
  });
  tenant = t.tenant('dsr-data');
  redis = createRedis(t.config.REDIS_URL, 'dsr-erasure-test');
  // The tenant's first records: the subject's, old enough to be sealed into a segment before the erasure.
  log = createAuditLog(redis, t.config, undefined, { now: () => clock });
  clock = Date.now() - 40 * DAY;
  for (let i = 0; i < 5; i += 1)
    await log.trail.append({
      tenantId: tenant,
      actor: subject,
      action: 'profile.update',
      resource: null,
      outcome: 'SUCCESS',
      details: { n: i, clientIp: ip, userAgent },
    });
  clock = Date.now();
  dpo = await t.token(
    tenant,
    ['compliance:read', 'compliance:write', 'audit:read', 'exports:read', 'exports:write'],
    'dpo',
  );
  tenantOf.mine = tenant;
  tenantOf.theirs = tenant;
  tenantOf.foreign = t.tenant('dsr-other');
  mine = await createEverything(await t.token(tenant, undefined, subject), 'mine');
  // Another person of the tenant, and the same subject id in another tenant: in no package.
  theirs = await createEverything(await t.token(tenant, undefined, neighbour), 'theirs');
  foreign = await createEverything(await t.token(t.tenant('dsr-other'), undefined, subject), 'foreign');
}, 120_000);

afterAll(async () => {
  await log?.close();
  redis?.disconnect();
  await t?.close();
  await exportsDir?.remove();
  if (segmentsDir) await rm(segmentsDir, { recursive: true, force: true });
});

describe('ACCESS and PORTABILITY', () => {
  it('package everything the platform holds about the subject in the tenant, and nothing else', async () => {
    access = await request('ACCESS');
    expect(access.status).toBe('COMPLETED');
    const pkg = access.package as Package;
    expect(pkg).toMatchObject({
      format: 'kg-platform.data-subject-package/1',
      subjectId: subject,
      tenantId: tenant,
    });
    const ids = (section: string) => pkg.sections[section]?.items.map((i) => i.id);
    expect(ids('apiKeys')).toEqual([mine.apiKey]);
    expect(ids('webhooks')).toEqual([mine.webhook]);
    expect(ids('alertRules')).toEqual([mine.alertRule]);
    expect(ids('exportJobs')).toEqual([mine.exportJob]);
    for (const section of Object.values(pkg.sections)) expect(section.truncated).toBe(false);
    // The subject's audit events as actor, personal fields readable: it is their data.
    const events = pkg.sections.auditEvents?.items ?? [];
    const actions = events.map((e) => e.action);
    for (const action of ['apiKey.create', 'webhook.create', 'alertRule.create', 'export.create'])
      expect(actions).toContain(action);
    expect(events.find((e) => e.action === 'alertRule.create')?.details).toMatchObject({
      clientIp: ip,
      userAgent,
    });
    // Nothing of the neighbour's, nor of the other tenant's same-named subject; no secrets.
    const text = JSON.stringify(pkg);
    for (const id of [...Object.values(theirs), ...Object.values(foreign)]) expect(text).not.toContain(id);
    expect(text).not.toMatch(/secretHash|signingSecret|"secret"/);
    expect(access.packageSummary).toMatchObject({
      apiKeys: 1,
      webhooks: 1,
      alertRules: 1,
      exportJobs: 1,
      auditEvents: events.length,
      byteSize: Buffer.byteLength(JSON.stringify(pkg)),
    });

    const portability = await request('PORTABILITY');
    expect(portability.package?.sections.alertRules?.items.map((i) => i.id)).toEqual([mine.alertRule]);
  });

  it('stores the package sealed: before erasure only threat detection holds the client in clear', async () => {
    const prefix = t.config.REDIS_KEY_PREFIX;
    expect((await keysHolding(ip, userAgent)).sort()).toEqual(
      [
        `${prefix}security:activity`,
        `${prefix}{t:${tenant}}:security:baseline:ips:${subject}`,
        `${prefix}{t:${tenant}}:security:baseline:user-agents:${subject}`,
      ].sort(),
    );
  });
});

describe('ERASURE', () => {
  it('crypto-shreds the subject: fields read as erased, packages gone, nothing in clear, the trail verifies', async () => {
    // Before it: a failed-login burst claiming the subject (blocked, a brute-force threat detected)…
    const statuses = await failedLoginBurst();
    expect(statuses.slice(0, t.config.AUTH_BLOCK_FAILURES).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    await eventually(
      async () =>
        (await recordsOf('auth.fail')).length >= t.config.AUTH_BLOCK_FAILURES &&
        (await recordsOf('auth.block')).length > 0 &&
        (await recordsOf('securityThreat.detect')).length > 0,
      20_000,
      'the failed logins, the block and the detection in the trail',
    );
    const security = await recordsOf('auth.fail', 'auth.block', 'securityThreat.detect');
    // …whose records name the client only in their sealed personal fields (no IP in resource).
    for (const node of security) {
      expect(node.details).toMatchObject({ clientIp: ip, userAgent });
      expect(node.resourceId ?? '').not.toContain(ip);
    }
    // …and the subject's oldest records sealed into an archived segment.
    clock = Date.now();
    expect(await log.sealer.sealTenant(tenant)).toMatchObject({ sealed: 5, segmentsWritten: 1 });
    const segments = await segmentTexts();
    expect(segments).toHaveLength(1);
    expect(segments[0]?.text).toContain('"personal"');

    const before = await t.gql<{ verifyAuditTrail: { valid: boolean; checked: number } }>(
      dpo,
      '{ verifyAuditTrail { valid checked } }',
    );
    expect(before.body.data?.verifyAuditTrail.valid).toBe(true);

    // An AUDIT_LOG export written before the erasure holds the fields it opened then.
    const early = await runToCompletion(t, dpo, { type: 'AUDIT_LOG', format: 'JSON' });
    expect((await exportFiles()).some((f) => f.text.includes(userAgent))).toBe(true);

    const erased = await request('ERASURE');
    expect(erased.status).toBe('COMPLETED');
    expect(erased.erasure).toMatchObject({ keyDestroyed: true, packagesDeleted: 2 });
    // Threat detection's known-IP and known-agent sets, the subject's activity entries, the early export.
    const gone = await t.gql<{ exportJob: { id: string } | null }>(
      dpo,
      `{ exportJob(id: "${early.id}") { id } }`,
    );
    expect(gone.body.data?.exportJob).toBeNull();
    expect(erased.erasure?.subgraphRecordsErased).toBeGreaterThanOrEqual(3);
    expect(erased.erasure?.auditEventsAffected).toBeGreaterThanOrEqual(4);

    // The subject's events read as erased; the packages made before read as gone.
    const events = await t.gql<{
      auditEvents: {
        edges: Array<{
          node: { action: string; details: Record<string, unknown>; personalDataErased: boolean };
        }>;
      };
    }>(
      dpo,
      'query($a: [String!]) { auditEvents(first: 200, filter: { actors: $a }) { edges { node { action details personalDataErased } } } }',
      {
        a: [subject],
      },
    );
    const nodes = events.body.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    for (const node of nodes) {
      expect(node.personalDataErased).toBe(true);
      expect(node.details).toMatchObject({ clientIp: null, userAgent: null });
    }
    const again = await t.gql<{ dataSubjectRequest: Request }>(
      dpo,
      `{ dataSubjectRequest(id: "${access.id}") { ${REQUEST_FIELDS} } }`,
    );
    expect(again.body.data?.dataSubjectRequest).toMatchObject({ status: 'COMPLETED', package: null });

    // The proof of erasure: recorded, naming the subject's key destruction, with no personal data.
    const proof = await t.gql<{
      auditEvents: {
        edges: Array<{
          node: { actor: { subject: string }; resourceId: string; details: Record<string, unknown> };
        }>;
      };
    }>(
      dpo,
      `{ auditEvents(first: 10, filter: { actions: ["auditSubject.erase"], resourceId: "${subject}" }) { edges { node { actor { subject } resourceId details } } } }`,
    );
    const [erasure] = proof.body.data?.auditEvents.edges ?? [];
    expect(erasure?.node).toMatchObject({
      actor: { subject: 'system:compliance' },
      details: { keyDestroyed: true, eventsAffected: erased.erasure?.auditEventsAffected },
    });

    // The failed logins, the block and the detection read as erased too (sealed under the subject's key).
    const securityAfter = await recordsOf('auth.fail', 'auth.block', 'securityThreat.detect');
    expect(securityAfter.length).toBe(security.length);
    for (const node of securityAfter) {
      expect(node.personalDataErased).toBe(true);
      expect(node.details).toMatchObject({ clientIp: null, userAgent: null });
    }

    // No Redis value under the platform's prefix, no archived segment and no export file holds either in clear.
    await runToCompletion(t, dpo, { type: 'AUDIT_LOG', format: 'JSON' });
    expect(await keysHolding(ip, userAgent)).toEqual([]);
    const archived = await segmentTexts();
    expect(archived).toHaveLength(1);
    expect(
      archived.filter((f) => f.text.includes(ip) || f.text.includes(userAgent)).map((f) => f.path),
    ).toEqual([]);
    const files = await exportFiles();
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.text.includes(ip) || f.text.includes(userAgent)).map((f) => f.path)).toEqual(
      [],
    );

    // Erasure is the tenant's: the same subject id in another tenant keeps its fields.
    const other = await t.token(tenantOf.foreign as string, ['audit:read'], 'other-dpo');
    const theirEvents = await t.gql<{
      auditEvents: {
        edges: Array<{ node: { details: Record<string, unknown>; personalDataErased: boolean } }>;
      };
    }>(
      other,
      'query($a: [String!]) { auditEvents(first: 50, filter: { actors: $a }) { edges { node { details personalDataErased } } } }',
      {
        a: [subject],
      },
    );
    const kept = theirEvents.body.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(kept.some((n) => n.details?.clientIp === clients.foreign?.ip && !n.personalDataErased)).toBe(true);
    expect(kept.every((n) => !n.personalDataErased)).toBe(true);

    // A later ACCESS request still lists the subject's events, their personal fields erased.
    const later = await request('ACCESS');
    const laterEvents = later.package?.sections.auditEvents?.items ?? [];
    expect(laterEvents.length).toBeGreaterThanOrEqual(4);
    expect(laterEvents.every((e) => e.personalDataErased === true)).toBe(true);
    expect(JSON.stringify(later.package)).not.toContain(userAgent);

    // Proofs and checkpoints still verify: leaves hash the ciphertext, not the destroyed key.
    const after = await t.gql<{ verifyAuditTrail: { valid: boolean; checked: number; findings: unknown[] } }>(
      dpo,
      '{ verifyAuditTrail { valid checked checkpointsVerified findings { kind detail } } }',
    );
    expect(after.body.data?.verifyAuditTrail).toMatchObject({ valid: true, findings: [] });
    expect(after.body.data?.verifyAuditTrail.checked).toBeGreaterThan(
      before.body.data?.verifyAuditTrail.checked ?? 0,
    );
  });
});
