import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog, type AuditLog } from '../../subgraphs/audit/auditApi.js';
import { download, runToCompletion } from '../../subgraphs/exports/testing/exportTestKit.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// Retention beyond Redis (docs/AUDIT.md "Retention and segments"): the test's own audit log runs
// on a clock it moves, so events are written "100 and 50 days ago" and sealed "now", no sleeps.
const DAY = 86_400_000;
let t: TestPlatform;
let dir: string;
let exportsDir: string;
let redis: Redis;
let clock = Date.now();
let log: AuditLog;
let tenant: string;
let admin: string;

interface Page {
  auditEvents: {
    totalCount: number;
    edges: Array<{ node: { id: string; sequence: number; action: string } }>;
  };
}

const allEvents = async () => {
  const res = await t.gql<Page>(
    admin,
    '{ auditEvents(first: 500, order: OLDEST_FIRST) { totalCount edges { node { id sequence action } } } }',
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.auditEvents.edges.map((e) => e.node) ?? [];
};

const verify = async () => {
  const res = await t.gql<{
    verifyAuditTrail: {
      valid: boolean;
      checked: number;
      findings: Array<{ kind: string; sequence: number | null }>;
    };
  }>(admin, '{ verifyAuditTrail { valid checked checkpointsVerified findings { kind sequence detail } } }');
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.verifyAuditTrail as {
    valid: boolean;
    checked: number;
    findings: Array<{ kind: string; sequence: number | null }>;
  };
};

const append = (action: string) =>
  log.trail.append({
    tenantId: tenant,
    actor: 'user:past',
    action,
    resource: null,
    outcome: 'SUCCESS',
    details: { n: action },
  });

async function segmentFiles(): Promise<string[]> {
  const tenantDir = join(dir, encodeURIComponent(tenant));
  return (await readdir(tenantDir))
    .filter((f) => f.endsWith('.jsonl.gz'))
    .map((f) => join(tenantDir, f))
    .sort();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-segments-'));
  exportsDir = await mkdtemp(join(tmpdir(), 'audit-segments-exports-'));
  t = await startTestPlatform({
    AUDIT_SEGMENTS_DIR: dir,
    EXPORTS_DIR: exportsDir,
    EXPORTS_S3_BUCKET: '',
    AUDIT_SEGMENT_MAX_EVENTS: '5',
    AUDIT_MIN_RETENTION_DAYS: '2',
    AUDIT_CHECKPOINT_EVERY: '5',
    AUDIT_CHECKPOINT_SECONDS: '3600',
  });
  tenant = t.tenant('retention');
  admin = await t.token(tenant);
  redis = new Redis(t.config.REDIS_URL);
  log = createAuditLog(redis, t.config, undefined, { now: () => clock });
  const now = Date.now();
  clock = now - 100 * DAY;
  for (let i = 0; i < 5; i += 1) await append(`past.old${i}`);
  clock = now - 50 * DAY;
  for (let i = 0; i < 5; i += 1) await append(`past.mid${i}`);
  clock = now;
});

afterAll(async () => {
  await log?.close();
  redis?.disconnect();
  await t?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(exportsDir, { recursive: true, force: true });
});

describe('audit retention', () => {
  it('seals events past the hot window into segments and reads them back transparently', async () => {
    // Two gateway mutations: recent, so they stay hot.
    for (const name of ['r1', 'r2']) {
      await t.gql(
        admin,
        'mutation($n: String!) { createAlertRule(input: { name: $n, metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
        { n: name },
      );
    }
    const before = await allEvents();
    expect(before.slice(0, 10).map((e) => e.action)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `past.old${i}`),
      ...[0, 1, 2, 3, 4].map((i) => `past.mid${i}`),
    ]);
    const result = await log.sealer.sealTenant(tenant);
    expect(result).toMatchObject({ sealed: 10, segmentsWritten: 2, deleted: 0 });
    expect(await segmentFiles()).toHaveLength(2);
    // Out of Redis: the list holds the hot events only.
    const hot = await redis.llen(`${t.config.REDIS_KEY_PREFIX}{t:${tenant}}:audit:events`);
    expect(hot).toBe((await log.trail.count(tenant)) - 10);
    // …and read back as before, by page, by id, with proofs.
    // (Each read of the trail is itself recorded: compare what existed before.)
    expect((await allEvents()).slice(0, before.length)).toEqual(before);
    const archived = before[3] as { id: string };
    const one = await t.gql<{ auditEvent: { action: string; inclusionProof: { treeSize: number } } }>(
      admin,
      'query($id: ID!) { auditEvent(id: $id) { action inclusionProof { treeSize leafIndex } } }',
      { id: archived.id },
    );
    expect(one.body.data?.auditEvent).toMatchObject({
      action: 'past.old3',
      inclusionProof: { leafIndex: 3 },
    });
    expect(await verify()).toMatchObject({ valid: true, findings: [] });
  });

  it('the AUDIT_LOG export reads sealed records back too', async () => {
    const job = await runToCompletion(t, admin, { type: 'AUDIT_LOG', format: 'JSON' });
    const rows = (await download(t, job))
      .toString('utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => (JSON.parse(line) as { values: { sequence: number; action: string } }).values);
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.slice(0, 2).map((r) => r.action)).toEqual(['past.old0', 'past.old1']);
  });

  it('detects a tampered segment', async () => {
    const [, second] = await segmentFiles();
    const original = await readFile(second as string);
    const lines = gunzipSync(original).toString('utf8').split('\n');
    lines[2] = (lines[2] as string).replace('past.mid1', 'past.mixd');
    await writeFile(second as string, gzipSync(Buffer.from(lines.join('\n'))));
    const report = await verify();
    expect(report.valid).toBe(false);
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'MODIFIED', sequence: 7 }));
    await writeFile(second as string, original);
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('a tenant retention bounded below by the platform minimum', async () => {
    const tooShort = await t.gql(admin, 'mutation { setAuditRetention(days: 1) { days } }');
    expect(tooShort.body.errors?.[0]?.extensions).toMatchObject({
      code: 'AUDIT_RETENTION_TOO_SHORT',
      minimumDays: 2,
    });
    const set = await t.gql<{ setAuditRetention: { days: number; overridden: boolean } }>(
      admin,
      'mutation { setAuditRetention(days: 60) { days overridden platformDays minimumDays hotDays } }',
    );
    expect(set.body.data?.setAuditRetention).toMatchObject({
      days: 60,
      overridden: true,
      minimumDays: 2,
      hotDays: 30,
    });
  });

  it('deletes segments past retention; what remains still verifies and proves', async () => {
    const before = await allEvents();
    const result = await log.sealer.sealTenant(tenant);
    // The "100 days ago" segment is past the tenant's 60 days; the "50 days ago" one is not.
    expect(result).toMatchObject({ deleted: 5, segmentsDeleted: 1 });
    expect(await segmentFiles()).toHaveLength(1);
    const after = await allEvents();
    expect(after.slice(0, before.length - 5)).toEqual(before.slice(5));
    const report = await verify();
    expect(report).toMatchObject({ valid: true, findings: [] });
    expect(report.checked).toBeGreaterThanOrEqual(after.length);
    // A proof of a kept archived event still leads to the signed checkpoint's root.
    const kept = after[0] as { id: string };
    const checkpoint = await t.gql<{ auditCheckpoint: { rootHash: string; treeSize: number } }>(
      admin,
      '{ auditCheckpoint { rootHash treeSize } }',
    );
    const proof = await t.gql<{ auditInclusionProof: { leafIndex: number; rootHash: string } }>(
      admin,
      'query($id: ID!, $size: Int) { auditInclusionProof(eventId: $id, treeSize: $size) { leafIndex treeSize rootHash } }',
      { id: kept.id, size: checkpoint.body.data?.auditCheckpoint.treeSize },
    );
    expect(proof.body.errors).toBeUndefined();
    expect(proof.body.data?.auditInclusionProof).toMatchObject({
      leafIndex: 5,
      rootHash: checkpoint.body.data?.auditCheckpoint.rootHash,
    });
    const chain = await t.gql<{ verifyAuditChain: { valid: boolean } }>(
      admin,
      '{ verifyAuditChain { valid checked } }',
    );
    expect(chain.body.data?.verifyAuditChain.valid).toBe(true);
  });
});
