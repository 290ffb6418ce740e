import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditSubjectErasure,
  chainHash,
  createAuditLog,
  eraseAuditSubject,
  type AuditEntry,
  type AuditLog,
} from '../../subgraphs/audit/auditApi.js';
import { download, runToCompletion } from '../../subgraphs/exports/testing/exportTestKit.js';
import { startExportFixture, type ExportFixture } from '../support/exportFixture.js';
import type { TestPlatform } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';
import type { RewrapView } from '../support/keysHarness.js';

// Crypto-shredding of audit events' personal fields (docs/AUDIT.md "Personal fields and erasure").
let f: ExportFixture;
let t: TestPlatform;
let redis: Redis;
let log: AuditLog;
let tenant: string;
let admin: string;
const subject = `user:erasure-${randomUUID().slice(0, 8)}`;
const userAgent = `ErasureProbe/${randomUUID()}`;
const ip = '203.0.113.77';

interface AuditNode {
  id: string;
  actor: { subject: string };
  action: string;
  details: Record<string, unknown> | null;
  personalDataErased: boolean;
}

async function mutateAs(token: string, name: string): Promise<void> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'user-agent': userAgent,
      // The test client is the trusted proxy (TRUSTED_PROXY_CIDRS): this is the client's address.
      'x-forwarded-for': ip,
    },
    body: JSON.stringify({
      query:
        'mutation($n: String!) { createAlertRule(input: { name: $n, metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
      variables: { n: name },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
}

async function eventsOf(actor: string): Promise<AuditNode[]> {
  const res = await t.gql<{ auditEvents: { edges: Array<{ node: AuditNode }> } }>(
    admin,
    'query($a: [String!]) { auditEvents(first: 100, filter: { actors: $a }) { edges { node { id actor { subject } action details personalDataErased } } } }',
    { a: [actor] },
  );
  expect(res.body.errors).toBeUndefined();
  return (res.body.data?.auditEvents.edges ?? []).map((e) => e.node);
}

/**
 * Every key of the tenant holding `needle` in any value (strings, lists, hashes, sets, sorted
 * sets, streams).
 */
async function keysHolding(...needles: string[]): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(
      cursor,
      'MATCH',
      `${t.config.REDIS_KEY_PREFIX}*{t:${tenant}}*`,
      'COUNT',
      1000,
    );
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  expect(keys.filter((key) => key.includes(':audit:')).length).toBeGreaterThan(5);
  const holding: string[] = [];
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
    if (needles.some((needle) => text.includes(needle))) holding.push(key.slice(key.indexOf('}') + 2));
  }
  return holding;
}

/**
 * The tenant's keys outside the audit trail allowed to hold the strings: the security detectors'
 * per-principal user-agent and IP baselines (the data-subject request flow deletes them, not the
 * trail).
 */
const NOT_THE_TRAIL = /^security:baseline:(user-agents|ips):/;

async function exportText(): Promise<string> {
  const job = await runToCompletion(t, admin, { type: 'AUDIT_LOG', format: 'JSON' });
  return (await download(t, job)).toString('utf8');
}

beforeAll(async () => {
  f = await startExportFixture({ EXPORTS_S3_BUCKET: '', TRUSTED_PROXY_CIDRS: '127.0.0.1/32' });
  t = f.t;
  tenant = t.tenant('erasure');
  admin = await t.token(tenant);
  redis = new Redis(t.config.REDIS_URL);
  log = createAuditLog(redis, t.config);
});

afterAll(async () => {
  await log?.close();
  redis?.disconnect();
  await f?.close();
});

describe('personal fields of audit events', () => {
  it('read in clear while the subject key exists, are never stored in clear', async () => {
    const token = await t.token(tenant, undefined, subject);
    for (let i = 0; i < 3; i += 1) await mutateAs(token, `erasure rule ${i}`);
    const events = await eventsOf(subject);
    expect(events.filter((e) => e.action === 'alertRule.create')).toHaveLength(3);
    for (const event of events) {
      expect(event.personalDataErased).toBe(false);
      expect(event.details).toMatchObject({ clientIp: ip, userAgent });
    }
    // Stored sealed: neither string is in any Redis value of the tenant, nor in the export's
    // stored columns (only in the opened personal_details column).
    expect((await keysHolding(userAgent, ip)).filter((key) => !NOT_THE_TRAIL.test(key))).toEqual([]);
    const rows = (await exportText())
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => (JSON.parse(line) as { values: Record<string, unknown> }).values)
      .filter((row) => row.actor === subject);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.personal_details).toMatchObject({ clientIp: ip, userAgent });
      expect(JSON.stringify(row.details)).not.toContain(userAgent);
      expect(row.personal_data_erased).toBe(false);
    }
  });

  it('erasure destroys the subject key: fields read as erased everywhere, the trail still verifies', async () => {
    expect(await auditSubjectErasure(log, tenant, subject)).toBeNull();
    const erasure = await eraseAuditSubject(log, tenant, subject, { actor: 'user:dpo' });
    expect(erasure).toMatchObject({ subjectId: subject, keyDestroyed: true });
    // The subject's three mutations (the trail reads above were the admin's).
    expect(erasure.eventsAffected).toBe(3);
    expect(await auditSubjectErasure(log, tenant, subject)).toEqual(erasure);

    const events = await eventsOf(subject);
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event.personalDataErased).toBe(true);
      expect(event.details).toMatchObject({ clientIp: null, userAgent: null, field: 'createAlertRule' });
    }
    // The proof of erasure: recorded, with no personal data of the subject.
    const [proof] = (await eventsOf('user:dpo')).filter((e) => e.action === 'auditSubject.erase');
    expect(proof?.details).toEqual({ eventsAffected: 3, keyDestroyed: true });

    expect((await keysHolding(userAgent, ip)).filter((key) => !NOT_THE_TRAIL.test(key))).toEqual([]);

    const text = await exportText();
    expect(text).not.toContain(userAgent);
    expect(text).not.toContain(ip);
    const rows = text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => (JSON.parse(line) as { values: Record<string, unknown> }).values);
    const erasedRows = rows.filter((row) => row.actor === subject);
    expect(erasedRows.map((row) => row.personal_data_erased)).toEqual([true, true, true]);
    // The export still re-verifies: the hashes are over the sealed form it carries.
    let previous = '0'.repeat(64);
    for (const row of rows) {
      const entry = {
        tenantId: tenant,
        actor: row.actor,
        action: row.action,
        eventType: row.event_type ?? undefined,
        resourceType: row.resource_type ?? undefined,
        resource: row.resource,
        outcome: row.outcome,
        riskScore: row.risk_score ?? undefined,
        details: row.details,
        personal: row.personal ?? undefined,
        id: row.id,
        sequence: row.sequence,
        occurredAt: row.occurred_at,
        previousHash: row.previous_hash,
      } as Omit<AuditEntry, 'hash'>;
      expect(row.previous_hash).toBe(previous);
      expect(chainHash(entry)).toBe(row.hash);
      previous = row.hash as string;
    }

    const verified = await t.gql<{
      verifyAuditTrail: { valid: boolean; checked: number; findings: unknown[] };
    }>(admin, '{ verifyAuditTrail { valid checked findings { kind detail } } }');
    expect(verified.body.data?.verifyAuditTrail).toMatchObject({ valid: true, findings: [] });
    expect(verified.body.data?.verifyAuditTrail.checked).toBeGreaterThanOrEqual(rows.length);
  });

  it('a subject acting again after erasure gets a new key; erasing again destroys that one', async () => {
    const token = await t.token(tenant, undefined, subject);
    await mutateAs(token, 'after erasure');
    const events = await eventsOf(subject);
    const fresh = events.filter((e) => !e.personalDataErased);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.details).toMatchObject({ clientIp: ip, userAgent });
    const again = await eraseAuditSubject(log, tenant, subject);
    expect(again).toMatchObject({ keyDestroyed: true, eventsAffected: 1 });
    expect((await eventsOf(subject)).every((e) => e.personalDataErased)).toBe(true);
    const nothingLeft = await eraseAuditSubject(log, tenant, subject);
    expect(nothingLeft).toMatchObject({ keyDestroyed: false, eventsAffected: 0 });
  });
});

interface PersonalKeyView {
  id: string;
  purpose: string;
  version: number;
  minDecryptVersion: number;
  versions: Array<{ version: number; status: string; encryptions: number }>;
  rewrap: RewrapView | null;
}

const PERSONAL_KEY_FIELDS =
  'id purpose version minDecryptVersion versions { version status encryptions } rewrap { targetVersion total done failed finishedAt }';

describe('rotating the AUDIT_PERSONAL key', () => {
  it('moves the subject keys onto the new version, so the old one retires and every field still reads', async () => {
    const other = t.tenant('erasure-rotation');
    const admin2 = await t.token(other);
    const subjects = [`user:rot-a-${randomUUID().slice(0, 6)}`, `user:rot-b-${randomUUID().slice(0, 6)}`];
    for (const who of subjects) {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await t.token(other, undefined, who)}`,
          'user-agent': userAgent,
          'x-forwarded-for': ip,
        },
        body: JSON.stringify({
          query:
            'mutation { createAlertRule(input: { name: "rotation", metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
        }),
      });
      expect(((await response.json()) as { errors?: unknown[] }).errors).toBeUndefined();
    }
    const personalKey = async (): Promise<PersonalKeyView> => {
      const res = await t.gql<{ encryptionKeys: PersonalKeyView[] }>(
        admin2,
        `{ encryptionKeys { ${PERSONAL_KEY_FIELDS} } }`,
      );
      expect(res.body.errors).toBeUndefined();
      const found = res.body.data?.encryptionKeys.find((k) => k.purpose === 'AUDIT_PERSONAL');
      if (!found) throw new Error('no AUDIT_PERSONAL key listed');
      return found;
    };
    const before = await personalKey();
    expect(before).toMatchObject({ version: 1, minDecryptVersion: 1 });
    expect(before.versions[0]?.encryptions).toBe(2);

    const rotated = await t.gql<{ rotateEncryptionKey: { version: number } }>(
      admin2,
      'mutation($id: ID!) { rotateEncryptionKey(id: $id) { version } }',
      { id: before.id },
    );
    expect(rotated.body.data?.rotateEncryptionKey.version).toBe(2);
    let moved: PersonalKeyView = before;
    await eventually(
      async () => {
        moved = await personalKey();
        return moved.rewrap?.targetVersion === 2 && moved.rewrap.finishedAt !== null;
      },
      30_000,
      'the audit subgraph to rewrap the subject keys',
    );
    expect(moved.rewrap).toMatchObject({ total: 2, done: 2, failed: 0 });
    // In Redis: every subject key sealed under version 2, still sealed: the two subjects' and the
    // admin's, whose rotation (recorded with its client IP) made one under version 2 already.
    const stored = Object.values(
      await redis.hgetall(`${t.config.REDIS_KEY_PREFIX}{t:${other}}:audit:subject-keys`),
    ).map((raw) => JSON.parse(raw) as { subject: string; sealed: { version: number } });
    expect(stored.map((s) => s.subject).sort()).toEqual([...subjects, 'user-1'].sort());
    expect(stored.map((s) => s.sealed.version)).toEqual([2, 2, 2]);
    // The counters follow what the records hold, so retiring can trust them.
    expect(moved.versions.map((v) => v.encryptions)).toEqual([0, 3]);

    const retired = await t.gql<{ retireEncryptionKeyVersions: PersonalKeyView }>(
      admin2,
      `mutation($id: ID!) { retireEncryptionKeyVersions(id: $id, minDecryptVersion: 2) { ${PERSONAL_KEY_FIELDS} } }`,
      { id: before.id },
    );
    expect(retired.body.errors).toBeUndefined();
    expect(retired.body.data?.retireEncryptionKeyVersions.versions.map((v) => v.status)).toEqual([
      'DESTROYED',
      'ENABLED',
    ]);
    // A new process (no cached subject key) still opens every subject's fields.
    const fresh = createAuditLog(redis, t.config);
    try {
      const size = await fresh.trail.headSize(other);
      const entries = (await fresh.trail.range(other, 0, size - 1)).filter((e) => subjects.includes(e.actor));
      expect(entries).toHaveLength(2);
      const readable = await fresh.trail.readable(other, entries);
      for (const entry of readable) {
        expect(entry.personalDataErased).toBe(false);
        expect(entry.details).toMatchObject({ clientIp: ip, userAgent });
      }
    } finally {
      await fresh.close();
    }
  });
});
