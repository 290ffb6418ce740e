import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog, type AuditLog } from '../../subgraphs/audit/auditApi.js';
import { download, runToCompletion } from '../../subgraphs/exports/testing/exportTestKit.js';
import { startS3Server, type S3TestServer } from '../support/s3Server.js';
import { sharedEnv, startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// Audit segments in S3 (docs/AUDIT.md "Retention and segments", AUDIT_SEGMENTS_STORE=S3) against a
// real S3-compatible server (moto on loopback). As in auditRetention.e2e.ts, the test's own audit
// log runs on a clock it moves: events written "100 and 50 days ago" are sealed "now", no sleeps.
const DAY = 86_400_000;
const PREFIX = 'audit-segments/';
const run = promisify(execFile);
let s3: S3TestServer;
let t: TestPlatform;
let env: Record<string, string>;
let localDir: string;
let exportsDir: string;
let redis: Redis;
let clock = Date.now();
let log: AuditLog;
let tenant: string;
let admin: string;

interface Node {
  id: string;
  sequence: number;
  action: string;
}

const allEvents = async (): Promise<Node[]> => {
  const res = await t.gql<{ auditEvents: { edges: Array<{ node: Node }> } }>(
    admin,
    '{ auditEvents(first: 500, order: OLDEST_FIRST) { edges { node { id sequence action } } } }',
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.auditEvents.edges.map((e) => e.node) ?? [];
};

interface Verification {
  valid: boolean;
  checked: number;
  findings: Array<{ kind: string; sequence: number | null }>;
}

const verify = async (): Promise<Verification> => {
  const res = await t.gql<{ verifyAuditTrail: Verification }>(
    admin,
    '{ verifyAuditTrail { valid checked findings { kind sequence detail } } }',
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.verifyAuditTrail as Verification;
};

/** `npm run audit:verify` as an operator runs it, with this platform's environment; its exit code. */
async function auditVerifyCli(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/auditVerify.ts', '--tenant', tenant],
      { env: { ...process.env, ...env, ...sharedEnv(t.config), LOG_LEVEL: 'silent' } },
    );
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code?: number; stdout?: string };
    return { code: code ?? -1, stdout: stdout ?? '' };
  }
}

/** The keys of this tenant's segment objects, oldest first. */
async function segmentKeys(): Promise<string[]> {
  const listed = await s3.client.send(
    new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${PREFIX}${encodeURIComponent(tenant)}/` }),
  );
  return (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
}

async function getObject(key: string): Promise<Buffer> {
  const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
}

const putObject = (key: string, body: Buffer) =>
  s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: body }));

const append = (action: string) =>
  log.trail.append({
    tenantId: tenant,
    actor: 'user:past',
    action,
    resource: null,
    outcome: 'SUCCESS',
    details: { n: action },
  });

beforeAll(async () => {
  s3 = await startS3Server();
  localDir = await mkdtemp(join(tmpdir(), 'audit-segments-unused-'));
  exportsDir = await mkdtemp(join(tmpdir(), 'audit-segments-s3-exports-'));
  env = {
    ...s3.env,
    AUDIT_SEGMENTS_STORE: 'S3',
    AUDIT_SEGMENTS_S3_PREFIX: PREFIX,
    AUDIT_SEGMENTS_DIR: localDir,
    EXPORTS_DIR: exportsDir,
    AUDIT_SEGMENT_MAX_EVENTS: '5',
    AUDIT_MIN_RETENTION_DAYS: '2',
    AUDIT_CHECKPOINT_EVERY: '5',
    AUDIT_CHECKPOINT_SECONDS: '3600',
  };
  t = await startTestPlatform(env);
  tenant = t.tenant('segments-s3');
  admin = await t.token(tenant);
  redis = new Redis(t.config.REDIS_URL);
  log = createAuditLog(redis, t.config, undefined, { now: () => clock });
  const now = Date.now();
  clock = now - 100 * DAY;
  for (let i = 0; i < 5; i += 1) await append(`past.old${i}`);
  clock = now - 50 * DAY;
  for (let i = 0; i < 5; i += 1) await append(`past.mid${i}`);
  clock = now;
}, 180_000);

afterAll(async () => {
  await log?.close();
  redis?.disconnect();
  await t?.close();
  await s3?.close();
  await rm(localDir, { recursive: true, force: true });
  await rm(exportsDir, { recursive: true, force: true });
});

describe('audit segments in S3', () => {
  it('seals into bucket objects and reads them back through auditEvents, auditEvent and proofs', async () => {
    const before = await allEvents();
    expect(before.slice(0, 10).map((e) => e.action)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `past.old${i}`),
      ...[0, 1, 2, 3, 4].map((i) => `past.mid${i}`),
    ]);
    expect(await log.sealer.sealTenant(tenant)).toMatchObject({ sealed: 10, segmentsWritten: 2 });
    // In the bucket, nothing on the local disk.
    const keys = await segmentKeys();
    expect(keys).toEqual([
      `${PREFIX}${encodeURIComponent(tenant)}/000000000000-000000000004.jsonl.gz`,
      `${PREFIX}${encodeURIComponent(tenant)}/000000000005-000000000009.jsonl.gz`,
    ]);
    expect(await readdir(localDir)).toEqual([]);
    const [header, ...records] = gunzipSync(await getObject(keys[0] as string))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(header as string)).toMatchObject({ tenantId: tenant, first: 0, last: 4 });
    expect(records.map((r) => (JSON.parse(r) as { action: string }).action)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `past.old${i}`),
    );
    const hot = await redis.llen(`${t.config.REDIS_KEY_PREFIX}{t:${tenant}}:audit:events`);
    expect(hot).toBe((await log.trail.count(tenant)) - 10);
    // (Each read of the trail is itself recorded: compare what existed before.)
    expect((await allEvents()).slice(0, before.length)).toEqual(before);
    const one = await t.gql<{ auditEvent: { action: string; inclusionProof: { leafIndex: number } } }>(
      admin,
      'query($id: ID!) { auditEvent(id: $id) { action inclusionProof { treeSize leafIndex } } }',
      { id: (before[7] as Node).id },
    );
    expect(one.body.data?.auditEvent).toMatchObject({
      action: 'past.mid2',
      inclusionProof: { leafIndex: 7 },
    });
    expect(await verify()).toMatchObject({ valid: true, findings: [] });
  });

  it('npm run audit:verify reads the segments from the bucket', async () => {
    const cli = await auditVerifyCli();
    expect(cli.stdout).toContain('VALID');
    expect(cli.code).toBe(0);
  });

  it('the AUDIT_LOG export process reads sealed records from the bucket', async () => {
    const job = await runToCompletion(t, admin, { type: 'AUDIT_LOG', format: 'JSON' });
    const rows = (await download(t, job))
      .toString('utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => (JSON.parse(line) as { values: { sequence: number; action: string } }).values);
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.slice(0, 10).map((r) => r.action)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `past.old${i}`),
      ...[0, 1, 2, 3, 4].map((i) => `past.mid${i}`),
    ]);
  });

  it('detects a tampered segment object', async () => {
    const [, second] = await segmentKeys();
    const original = await getObject(second as string);
    const lines = gunzipSync(original).toString('utf8').split('\n');
    lines[2] = (lines[2] as string).replace('past.mid1', 'past.mixd');
    await putObject(second as string, gzipSync(Buffer.from(lines.join('\n'))));
    const report = await verify();
    expect(report.valid).toBe(false);
    expect(report.findings).toContainEqual(expect.objectContaining({ kind: 'MODIFIED', sequence: 7 }));
    const cli = await auditVerifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/MODIFIED\s+position 6, sequence 7/);
    await putObject(second as string, original);
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('deletion past retention deletes the object; what remains still verifies', async () => {
    const set = await t.gql(admin, 'mutation { setAuditRetention(days: 60) { days } }');
    expect(set.body.errors).toBeUndefined();
    const keys = await segmentKeys();
    expect(keys).toHaveLength(2);
    const before = await allEvents();
    // The "100 days ago" segment is past the tenant's 60 days; the "50 days ago" one is not.
    expect(await log.sealer.sealTenant(tenant)).toMatchObject({ deleted: 5, segmentsDeleted: 1 });
    expect(await segmentKeys()).toEqual([keys[1]]);
    const after = await allEvents();
    expect(after.slice(0, before.length - 5)).toEqual(before.slice(5));
    expect(after[0]?.action).toBe('past.mid0');
    expect(await verify()).toMatchObject({ valid: true, findings: [] });
  });
});
