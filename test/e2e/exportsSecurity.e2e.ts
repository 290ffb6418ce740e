import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { signDownloadUrl } from '../../subgraphs/exports/download/signedUrl.js';
import {
  absolute,
  download,
  JOB_FIELDS,
  runToCompletion,
  type JobView,
  temporaryExportsDir,
} from '../../subgraphs/exports/testing/exportTestKit.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { collect, wsClient } from '../support/wsClient.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

let t: TestPlatform;
let exportsDir: Awaited<ReturnType<typeof temporaryExportsDir>>;
let tenantA: string;
let tenantB: string;
let tokenA: string;
let tokenB: string;
let jobA: JobView;

beforeAll(async () => {
  exportsDir = await temporaryExportsDir();
  t = await startTestPlatform({ EXPORTS_DIR: exportsDir.dir });
  tenantA = t.tenant('wall-a');
  tenantB = t.tenant('wall-b');
  tokenA = await t.token(tenantA);
  tokenB = await t.token(tenantB);
  await seedTenants(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, createLogger('silent', 'seed'), {
    tenants: [tenantA, tenantB],
    packages: 1,
    documentsPerPackage: 2,
    entitiesPerDocument: 3,
    seed: 3,
  });
  jobA = await runToCompletion(t, tokenA, { type: 'FULL_KNOWLEDGE_GRAPH', format: 'JSON' });
});

afterAll(async () => {
  for (const tenant of [tenantA, tenantB]) {
    await wipeTenant(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant);
  }
  await t.close();
  await exportsDir.remove();
});

describe('tenant wall', () => {
  it('another tenant cannot read, list, cancel or follow a job', async () => {
    const read = await t.gql<{
      exportJob: unknown;
      exportJobs: { edges: Array<{ node: { id: string } }>; totalCount: number };
    }>(
      tokenB,
      'query($id: ID!) { exportJob(id: $id) { id } exportJobs(first: 100) { edges { node { id } } totalCount } }',
      { id: jobA.id },
    );
    expect(read.body.data?.exportJob).toBeNull();
    expect(read.body.data?.exportJobs.edges.map((e) => e.node.id)).not.toContain(jobA.id);
    expect(read.body.data?.exportJobs.totalCount).toBe(0);
    const cancel = await t.gql(tokenB, 'mutation($id: ID!) { cancelExport(id: $id) { id } }', {
      id: jobA.id,
    });
    expect(cancel.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const client = wsClient(t.url, tokenB);
    const watch = collect(client, `subscription($id: ID!) { exportJobUpdated(id: $id) { ${JOB_FIELDS} } }`, {
      id: jobA.id,
    });
    await watch.ended;
    expect(watch.results[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await client.dispose();
  });

  it('a tenant only exports its own nodes', async () => {
    const lines = (await download(t, jobA)).toString('utf8').trim().split('\n').slice(1);
    const tenants = new Set(
      lines
        .map((l) => JSON.parse(l) as { kind: string; properties: { tenant_id?: string } })
        .filter((l) => l.kind === 'node')
        .map((l) => l.properties.tenant_id),
    );
    expect([...tenants]).toEqual([tenantA]);
  });

  it('CUSTOM_QUERY is refused unless the operator enabled it', async () => {
    const res = await t.gql(
      tokenA,
      'mutation($q: String) { createExport(input: { type: CUSTOM_QUERY, format: JSON, query: $q }) { id } }',
      { q: 'MATCH (n:Entity {tenant_id: $tenantId}) RETURN n LIMIT 5' },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    expect(res.body.data).toBeNull();
  });

  it('a finished job cannot be cancelled', async () => {
    const res = await t.gql(tokenA, 'mutation($id: ID!) { cancelExport(id: $id) { id } }', { id: jobA.id });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'EXPORT_NOT_CANCELLABLE',
      status: 'COMPLETED',
    });
  });

  it('without exports:read the job is withheld', async () => {
    const token = await t.token(tenantA, ['graph:read']);
    const res = await t.gql(token, 'query($id: ID!) { exportJob(id: $id) { id } }', { id: jobA.id });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('download URLs', () => {
  const token = (url: string) => new URL(url, 'http://x').searchParams.get('token') as string;
  const get = (path: string) => fetch(absolute(t, path));

  it('serve the file with its size and hash', async () => {
    const res = await get(jobA.downloadUrl as string);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.jsonl"$/);
    const { createHash } = await import('node:crypto');
    expect(
      createHash('sha256')
        .update(Buffer.from(await res.arrayBuffer()))
        .digest('hex'),
    ).toBe(jobA.sha256);
  });

  it('refuse a forged or altered token', async () => {
    const [body, mac] = token(jobA.downloadUrl as string).split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const altered = Buffer.from(JSON.stringify({ ...claims, tenantId: tenantB })).toString('base64url');
    for (const forged of [`${altered}.${mac}`, `${body}.${'A'.repeat(mac.length)}`, 'garbage', '']) {
      const res = await get(`/exports/download?token=${forged}`);
      expect(res.status, forged).toBe(403);
      expect(
        ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
          .code,
      ).toBe('DOWNLOAD_LINK_INVALID');
    }
  });

  it('refuse an expired link with 410', async () => {
    const claims = JSON.parse(
      Buffer.from(token(jobA.downloadUrl as string).split('.')[0] as string, 'base64url').toString('utf8'),
    ) as { tenantId: string; exportId: string; key: string; fileName: string; contentType: string };
    const expired = signDownloadUrl(claims, {
      internalKey: t.config.INTERNAL_SIGNING_KEY,
      ttlSeconds: 60,
      nowMs: Date.now() - 120_000,
    });
    const res = await get(expired);
    expect(res.status).toBe(410);
    expect(
      ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('DOWNLOAD_LINK_EXPIRED');
  });

  it('are minted fresh on every read and only for COMPLETED jobs', async () => {
    const res = await t.gql<{ exportJob: { downloadUrl: string } }>(
      tokenA,
      'query($id: ID!) { exportJob(id: $id) { downloadUrl } }',
      {
        id: jobA.id,
      },
    );
    const claims = JSON.parse(
      Buffer.from(
        token(res.body.data?.exportJob.downloadUrl as string).split('.')[0] as string,
        'base64url',
      ).toString('utf8'),
    ) as { exp: number; tenantId: string };
    expect(claims.tenantId).toBe(tenantA);
    expect(claims.exp * 1000 - Date.now()).toBeGreaterThan((t.config.EXPORTS_URL_TTL_SECONDS - 30) * 1000);
  });
});
