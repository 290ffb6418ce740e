import { createHash, createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog, verifyTrail as verifyLog } from '../../subgraphs/audit/auditApi.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';

// Independent of the project's code: RFC 6962 / 9162 and C2SP signed notes from their texts.
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  return `{${Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
};
const leafOf = (record: unknown) => sha(Buffer.from([0]), Buffer.from(canonicalJson(record)));
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leaves[0] as Buffer;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
function verifyInclusion(leaf: Buffer, index: number, size: number, path: Buffer[], root: Buffer): boolean {
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = sha(Buffer.from([1]), p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else r = sha(Buffer.from([1]), r, p);
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.equals(root);
}
function verifyNote(note: string, name: string, publicKey: Buffer): { size: number; root: Buffer } | null {
  const [body, signatures] = note.split('\n\n') as [string, string];
  const line = signatures.split('\n').find((l) => l.startsWith(`\u2014 ${name} `));
  if (!line) return null;
  const blob = Buffer.from(line.split(' ')[2] as string, 'base64');
  const keyId = sha(Buffer.from(name), Buffer.from([0x0a, 0x01]), publicKey).subarray(0, 4);
  if (!blob.subarray(0, 4).equals(keyId)) return null;
  const key = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]),
    format: 'der',
    type: 'spki',
  });
  if (!verify(null, Buffer.from(`${body}\n`), key, blob.subarray(4))) return null;
  const [, size, root] = body.split('\n');
  return { size: Number(size), root: Buffer.from(root as string, 'base64') };
}

let t: TestPlatform;
let tenant: string;
let admin: string;
const eventsKey = () => `${t.config.REDIS_KEY_PREFIX}{t:${tenant}}:audit:events`;

async function mutateSome(n: number, token = admin) {
  for (let i = 0; i < n; i += 1) {
    await t.gql(
      token,
      'mutation($n: String!) { createAlertRule(input: { name: $n, metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
      { n: `rule ${i}` },
    );
  }
}

beforeAll(async () => {
  t = await startTestPlatform({ AUDIT_CHECKPOINT_EVERY: '5', AUDIT_CHECKPOINT_SECONDS: '3600' });
  tenant = t.tenant('audited');
  admin = await t.token(tenant);
});
afterAll(() => t.close());

describe('coverage', () => {
  it('records domain actions with resources, failures with codes, denials and reads of the trail', async () => {
    const created = await t.gql<{ createApiKey: { apiKey: { id: string } } }>(
      admin,
      'mutation { createApiKey(input: { name: "k", scopes: ["graph:read"] }) { apiKey { id } } }',
    );
    const keyId = created.body.data?.createApiKey.apiKey.id;
    await t.gql(
      admin,
      'mutation { createAlertRule(input: { name: "", metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
    );
    const weak = await t.token(tenant, ['graph:read', 'audit:read'], 'reader');
    await t.gql(weak, '{ me { subject } apiKeys { id } }');
    await t.gql(weak, '{ auditCheckpoint { treeSize } }');
    await eventually(
      async () => {
        const res = await t.gql<{ auditEvents: { edges: Array<{ node: Record<string, unknown> }> } }>(
          admin,
          '{ auditEvents(first: 50, order: OLDEST_FIRST) { edges { node { action eventType resourceType resourceId outcome riskScore actor { subject } details } } } }',
        );
        const nodes = res.body.data?.auditEvents.edges.map((e) => e.node) ?? [];
        const find = (action: string) => nodes.find((n) => n.action === action);
        return (
          find('apiKey.create')?.resourceId === keyId &&
          find('apiKey.create')?.resourceType === 'apiKey' &&
          (find('apiKey.create')?.riskScore as number) >= 40 &&
          (find('alertRule.create')?.details as { errorCodes?: string[] })?.errorCodes?.[0] ===
            'BAD_USER_INPUT' &&
          find('alertRule.create')?.outcome === 'FAILURE' &&
          find('permission.deny')?.eventType === 'permission_denied' &&
          (find('permission.deny')?.actor as { subject: string }).subject === 'reader' &&
          find('audit.read')?.resourceId === 'auditCheckpoint'
        );
      },
      10_000,
      'every kind of record',
    );
  });

  it('records subscription starts and ends, and streams records live, resumable from a cursor', async () => {
    const client = wsClient(t.url, admin);
    try {
      const live = collect(
        client,
        'subscription { auditEvents(filter: { actions: ["alertRule."] }) { sequence action cursor } }',
      );
      await eventually(
        async () => {
          await mutateSome(1);
          return live.results.length > 0;
        },
        10_000,
        'a live audit record',
      );
      const first = live.results[0]?.data?.auditEvents as { sequence: number; cursor: string };
      live.stop();
      await mutateSome(2);
      // Resume after the first delivery: the two later rule records, in order, no gap, no repeat.
      const resumed = collect(
        client,
        'subscription($s: String) { auditEvents(since: $s, filter: { actions: ["alertRule."] }) { sequence } }',
        { s: first.cursor },
      );
      const got = await resumed.waitFor(2);
      const sequences = got.map((r) => (r.data?.auditEvents as { sequence: number }).sequence);
      expect(sequences[0]).toBeGreaterThan(first.sequence);
      expect(sequences[1]).toBeGreaterThan(sequences[0] as number);
      resumed.stop();
    } finally {
      await client.dispose();
    }
    await eventually(
      async () => {
        const res = await t.gql<{ auditEvents: { edges: Array<{ node: { action: string } }> } }>(
          admin,
          '{ auditEvents(first: 100, filter: { actions: ["subscription."] }) { edges { node { action } } } }',
        );
        const actions = res.body.data?.auditEvents.edges.map((e) => e.node.action) ?? [];
        return actions.includes('subscription.start') && actions.includes('subscription.end');
      },
      10_000,
      'subscription start and end records',
    );
  });

  it('pages with keyset cursors and refuses another tenant’s cursor', async () => {
    const page = await t.gql<{
      auditEvents: {
        edges: Array<{ node: { sequence: number } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(admin, '{ auditEvents(first: 2) { edges { node { sequence } } pageInfo { endCursor hasNextPage } } }');
    const [a, b] = page.body.data?.auditEvents.edges.map((e) => e.node.sequence) ?? [];
    expect((a as number) - 1).toBe(b);
    const next = await t.gql<{ auditEvents: { edges: Array<{ node: { sequence: number } }> } }>(
      admin,
      'query($c: String) { auditEvents(first: 1, after: $c) { edges { node { sequence } } } }',
      { c: page.body.data?.auditEvents.pageInfo.endCursor },
    );
    expect(next.body.data?.auditEvents.edges[0]?.node.sequence).toBe((b as number) - 1);
    const other = await t.token(t.tenant('other'));
    const refused = await t.gql(other, 'query($c: String) { auditEvents(after: $c) { totalCount } }', {
      c: page.body.data?.auditEvents.pageInfo.endCursor,
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
  });
});

describe('tamper evidence an outsider can check', () => {
  it('signs checkpoints whose roots, inclusion and consistency proofs verify independently', async () => {
    await mutateSome(6);
    const keys = (await (await fetch(new URL('/.well-known/audit-keys', t.url))).json()) as {
      keys: Array<{ name: string; publicKey: string }>;
    };
    const key = keys.keys[0] as { name: string; publicKey: string };
    await eventually(
      async () => {
        const res = await t.gql<{ auditCheckpoints: unknown[] }>(admin, '{ auditCheckpoints { treeSize } }');
        return (res.body.data?.auditCheckpoints.length ?? 0) >= 2;
      },
      10_000,
      'two checkpoints',
    );
    const res = await t.gql<{
      auditCheckpoints: Array<{ treeSize: number; rootHash: string; note: string }>;
    }>(admin, '{ auditCheckpoints { treeSize rootHash note } }');
    const [older, newer] = (res.body.data?.auditCheckpoints ?? []).slice(-2) as [
      { treeSize: number; rootHash: string; note: string },
      { treeSize: number; rootHash: string; note: string },
    ];
    const signed = verifyNote(newer.note, key.name, Buffer.from(key.publicKey, 'base64'));
    expect(signed).toEqual({ size: newer.treeSize, root: Buffer.from(newer.rootHash, 'hex') });
    expect(
      verifyNote(
        newer.note.replace(/\n\d+\n/, `\n${newer.treeSize + 1}\n`),
        key.name,
        Buffer.from(key.publicKey, 'base64'),
      ),
    ).toBeNull();

    // Recompute the root from the raw records, as an auditor holding an export would.
    const raws = (await t.platform.connections.redis.lrange(eventsKey(), 0, newer.treeSize - 1)).map((r) =>
      JSON.parse(r),
    );
    expect(mth(raws.map(leafOf)).toString('hex')).toBe(newer.rootHash);

    const target = raws[3] as { id: string };
    const proof = await t.gql<{
      auditInclusionProof: { leafIndex: number; treeSize: number; leafHash: string; hashes: string[] };
    }>(
      admin,
      'query($id: ID!, $n: Int) { auditInclusionProof(eventId: $id, treeSize: $n) { leafIndex treeSize leafHash hashes } }',
      { id: target.id, n: newer.treeSize },
    );
    const p = proof.body.data?.auditInclusionProof as {
      leafIndex: number;
      treeSize: number;
      leafHash: string;
      hashes: string[];
    };
    // The leaf the tree holds is the record's own, hashed here from the raw record.
    expect(p.leafHash).toBe(leafOf(target).toString('hex'));
    expect(
      verifyInclusion(
        leafOf(target),
        p.leafIndex,
        p.treeSize,
        p.hashes.map((h) => Buffer.from(h, 'hex')),
        Buffer.from(newer.rootHash, 'hex'),
      ),
    ).toBe(true);

    const consistency = await t.gql<{
      auditConsistencyProof: { hashes: string[]; fromRootHash: string; toRootHash: string };
    }>(
      admin,
      'query($m: Int!, $n: Int) { auditConsistencyProof(fromSize: $m, toSize: $n) { hashes fromRootHash toRootHash } }',
      { m: older.treeSize, n: newer.treeSize },
    );
    const c = consistency.body.data?.auditConsistencyProof as {
      hashes: string[];
      fromRootHash: string;
      toRootHash: string;
    };
    expect(c.fromRootHash).toBe(older.rootHash);
    expect(c.toRootHash).toBe(newer.rootHash);
    expect(c.hashes.length).toBeGreaterThan(0);
  });

  it('names every edit, deletion, reorder, insertion and truncation, including the tail truncation the chain misses', async () => {
    const victim = t.tenant('tampered');
    const token = await t.token(victim);
    tenant = victim;
    await mutateSome(12, token);
    // Checkpoints at 5 and 10 exist by now; make one of the whole log.
    await eventually(
      async () => {
        const res = await t.gql<{ auditCheckpoint: { treeSize: number } | null }>(
          token,
          '{ auditCheckpoint { treeSize } }',
        );
        return (res.body.data?.auditCheckpoint?.treeSize ?? 0) >= 10;
      },
      10_000,
      'checkpoints',
    );
    const redis = t.platform.connections.redis;
    const key = eventsKey();
    // The same verification as Query.verifyAuditTrail and `npm run audit:verify`, called directly
    // so that the reads of the trail (which are audited themselves) do not grow it meanwhile.
    const { trail, checkpoints } = createAuditLog(redis, t.config);
    const verifyTrail = async () =>
      verifyLog(trail, victim, {
        checkpoints: await checkpoints.list(victim),
        publicKeys: checkpoints.publicKeys(),
        origin: checkpoints.originOf(victim),
      });
    const api = await t.gql<{ verifyAuditTrail: { valid: boolean; checkpointsVerified: number } }>(
      token,
      '{ verifyAuditTrail { valid checkpointsVerified } }',
    );
    expect(api.body.data?.verifyAuditTrail.valid).toBe(true);
    expect(api.body.data?.verifyAuditTrail.checkpointsVerified).toBeGreaterThanOrEqual(2);
    // Let that read's own record land before tampering.
    await eventually(
      async () => (await redis.llen(key)) === (await trail.headSize(victim)),
      5_000,
      'the read record',
    );
    expect((await verifyTrail()).valid).toBe(true);

    // Truncate the tail to before the latest checkpoint and make the head agree: the chain alone
    // still verifies; only the signed checkpoint shows the loss.
    const headKey = `${t.config.REDIS_KEY_PREFIX}{t:${victim}}:audit:head`;
    const head = await redis.hgetall(headKey);
    const signedSize = Math.max(...(await checkpoints.list(victim)).map((c) => c.treeSize));
    const tail = await redis.lrange(key, signedSize - 2, -1);
    await redis.ltrim(key, 0, signedSize - 3);
    const last = JSON.parse((await redis.lindex(key, -1)) as string) as { sequence: number; hash: string };
    await redis.hset(headKey, 'sequence', String(last.sequence), 'hash', last.hash);
    expect((await trail.verify(victim)).valid).toBe(true);
    const truncated = await verifyTrail();
    expect(truncated.valid).toBe(false);
    expect(truncated.findings.some((f) => f.kind === 'TRUNCATED' && f.checkpointTreeSize !== null)).toBe(
      true,
    );
    await redis.rpush(key, ...tail);
    await redis.hset(headKey, head);

    const at = async (i: number) =>
      JSON.parse((await redis.lindex(key, i)) as string) as Record<string, unknown>;
    // Edit.
    const third = await at(2);
    await redis.lset(key, 2, JSON.stringify({ ...third, outcome: 'FAILURE' }));
    expect((await verifyTrail()).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'MODIFIED', sequence: 3 })]),
    );
    await redis.lset(key, 2, JSON.stringify(third));
    // Delete.
    const fifth = (await redis.lindex(key, 4)) as string;
    await redis.lrem(key, 1, fifth);
    expect((await verifyTrail()).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'DELETED', sequence: 5 })]),
    );
    await redis.linsert(key, 'AFTER', (await redis.lindex(key, 3)) as string, fifth);
    // Reorder.
    const [six, seven] = [(await redis.lindex(key, 5)) as string, (await redis.lindex(key, 6)) as string];
    await redis.lset(key, 5, seven);
    await redis.lset(key, 6, six);
    expect((await verifyTrail()).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'REORDERED' })]),
    );
    await redis.lset(key, 5, six);
    await redis.lset(key, 6, seven);
    // Insert a forged record.
    const forged = { ...(await at(7)), id: 'forged', actor: 'intruder' };
    await redis.linsert(key, 'AFTER', (await redis.lindex(key, 7)) as string, JSON.stringify(forged));
    expect((await verifyTrail()).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'INSERTED', sequence: 8 })]),
    );
    await redis.lrem(key, 1, JSON.stringify(forged));
    expect((await verifyTrail()).valid).toBe(true);
  });
});
