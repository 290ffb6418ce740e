import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { createDestinations } from '../../subgraphs/exports/destinations/createDestination.js';
import { tenantKeyPrefix } from '../../subgraphs/exports/destinations/s3ObjectKey.js';
import { serveDownload } from '../../subgraphs/exports/download/serveDownload.js';
import { signDownloadUrl } from '../../subgraphs/exports/download/signedUrl.js';
import { startExportFixture, type ExportFixture } from '../support/exportFixture.js';
import {
  absolute,
  createExport,
  download,
  JOB_FIELDS,
  waitFinal,
  type JobView,
} from '../../subgraphs/exports/testing/exportTestKit.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { startS3Server, type S3TestServer } from '../support/s3Server.js';
import type { TestPlatform } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';

// S3 destinations through the gateway against a real S3-compatible server (moto on loopback).
let s3: S3TestServer;
let f: ExportFixture;
let t: TestPlatform;
let tenantB: string;
let tokenB: string;
// A graph big enough for exports of several S3 parts (5 MiB each).
let big: string;
let tokenBig: string;

beforeAll(async () => {
  s3 = await startS3Server();
  f = await startExportFixture({ ...s3.env, EXPORTS_CUSTOM_QUERY_ENABLED: 'true' });
  ({ t, tenantB } = f);
  tokenB = await t.token(tenantB);
  big = t.tenant('s3-big');
  tokenBig = await t.token(big);
  await seedTenants(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, createLogger('silent', 'seed'), {
    tenants: [big],
    packages: 30,
    documentsPerPackage: 10,
    entitiesPerDocument: 20,
    seed: 5,
  });
}, 180_000);

afterAll(async () => {
  await f?.close([big]);
  await s3?.close();
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

interface S3Job extends JobView {
  destination: string;
  location: string | null;
}

async function s3Job(token: string, id: string): Promise<S3Job | null> {
  const res = await t.gql<{ exportJob: S3Job | null }>(
    token,
    `query($id: ID!) { exportJob(id: $id) { ${JOB_FIELDS} destination location } }`,
    { id },
  );
  return res.body.data?.exportJob ?? null;
}

/** Objects and pending multipart uploads of one export, whatever its folder. */
async function leftovers(tenantId: string, exportId: string): Promise<string[]> {
  const { client, bucket } = s3;
  const prefix = tenantKeyPrefix('exports/', tenantId);
  const objects = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: prefix }));
  return [
    ...(objects.Contents ?? []).map((o) => o.Key ?? ''),
    ...(uploads.Uploads ?? []).map((u) => `pending:${u.Key ?? ''}`),
  ].filter((key) => key.includes(exportId));
}

async function pendingUpload(tenantId: string, exportId: string): Promise<boolean> {
  return (await leftovers(tenantId, exportId)).some((key) => key.startsWith('pending:'));
}

async function objectBytes(key: string): Promise<{ body: Buffer; etag: string }> {
  const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return { body: Buffer.from(await (object.Body?.transformToByteArray() ?? [])), etag: object.ETag ?? '' };
}

describe('an S3 export', () => {
  let job: S3Job;
  let key: string;

  beforeAll(async () => {
    const created = await createExport(t, tokenBig, {
      type: 'FULL_KNOWLEDGE_GRAPH',
      format: 'JSON',
      destination: { kind: 'S3', prefix: 'reports//2026/' },
    });
    expect(created.errors).toEqual([]);
    const done = await waitFinal(t, tokenBig, (created.job as JobView).id, 60_000);
    expect(done.error).toBeNull();
    job = (await s3Job(tokenBig, done.id)) as S3Job;
    key = (job.location ?? '').replace(`s3://${s3.bucket}/`, '');
  }, 90_000);

  it('completes into the tenant folder under the client prefix, size and SHA-256 matching the object', async () => {
    expect(job.status).toBe('COMPLETED');
    expect(job.destination).toBe('S3');
    expect(job.location).toBe(
      `s3://${s3.bucket}/${tenantKeyPrefix('exports/', big)}reports/2026/${job.id}.jsonl`,
    );
    const { body, etag } = await objectBytes(key);
    expect(body.length).toBe(job.fileSize);
    expect(sha256(body)).toBe(job.sha256);
    // A multipart ETag ends in -<parts>: the file went up in at least two parts.
    expect(Number(/-(\d+)"?$/.exec(etag)?.[1])).toBeGreaterThanOrEqual(2);
    expect(await leftovers(big, job.id)).toEqual([key]);
  });

  it('downloads through the gateway link with the same bytes; HEAD gives the size', async () => {
    const body = await download(t, job);
    expect(sha256(body)).toBe(job.sha256);
    const head = await fetch(absolute(t, job.downloadUrl as string), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(job.fileSize));
    expect(head.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.jsonl"$/);
  });

  it('is invisible to another tenant, and a link naming that tenant reaches nothing', async () => {
    expect(await s3Job(tokenB, job.id)).toBeNull();
    const list = await t.gql<{ exportJobs: { edges: Array<{ node: { id: string } }> } }>(
      tokenB,
      '{ exportJobs(first: 100) { edges { node { id } } } }',
    );
    expect(list.body.data?.exportJobs.edges.map((e) => e.node.id)).not.toContain(job.id);
    // Even a correctly signed grant for tenant B cannot name tenant A's object.
    const crossed = signDownloadUrl(
      {
        destination: 'S3',
        tenantId: tenantB,
        exportId: job.id,
        key,
        fileName: 'x.jsonl',
        contentType: 'application/x-ndjson',
      },
      { internalKey: t.config.INTERNAL_SIGNING_KEY, ttlSeconds: 60 },
    );
    expect((await fetch(absolute(t, crossed))).status).toBe(404);
  });

  it('answers 404 NOT_FOUND once the object is gone', async () => {
    const copy = await createExport(t, tokenBig, {
      type: 'ANALYTICS_REPORT',
      format: 'CSV',
      destination: { kind: 'S3' },
    });
    const done = (await s3Job(
      tokenBig,
      (await waitFinal(t, tokenBig, (copy.job as JobView).id)).id,
    )) as S3Job;
    expect(done.location).toBe(`s3://${s3.bucket}/${tenantKeyPrefix('exports/', big)}${done.id}.csv.zip`);
    await s3.client.send(
      new DeleteObjectCommand({
        Bucket: s3.bucket,
        Key: (done.location ?? '').replace(`s3://${s3.bucket}/`, ''),
      }),
    );
    const res = await fetch(absolute(t, done.downloadUrl as string));
    expect(res.status).toBe(404);
    expect(
      ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('NOT_FOUND');
  });
});

describe('S3 cleanup', () => {
  it('a job cancelled mid-upload leaves no object and no pending multipart upload', async () => {
    const { job } = await createExport(t, tokenBig, {
      type: 'FULL_KNOWLEDGE_GRAPH',
      format: 'XML',
      destination: { kind: 'S3', prefix: 'cancelled' },
    });
    const id = (job as JobView).id;
    await eventually(() => pendingUpload(big, id), 60_000, 'the multipart upload to start');
    const res = await t.gql<{ cancelExport: JobView }>(
      tokenBig,
      'mutation($id: ID!) { cancelExport(id: $id) { status } }',
      { id },
    );
    expect(res.body.data?.cancelExport.status).toBe('CANCELLED');
    expect((await waitFinal(t, tokenBig, id)).status).toBe('CANCELLED');
    await eventually(async () => (await leftovers(big, id)).length === 0, 10_000, 'the upload to be aborted');
  });

  it('a job failing mid-upload leaves no object and no pending multipart upload', async () => {
    // Tenant A's rows first, several MiB of them, then one of tenant B's: the wall check fails the job.
    const { job, errors } = await createExport(t, tokenBig, {
      type: 'CUSTOM_QUERY',
      format: 'JSON',
      destination: { kind: 'S3' },
      query:
        'MATCH (a)-[r]->(b) WHERE a.tenant_id = $tenantId OR a.tenant_id = $other ' +
        'RETURN a, r, b ORDER BY CASE WHEN a.tenant_id = $tenantId THEN 0 ELSE 1 END',
      params: { other: tenantB },
    });
    expect(errors).toEqual([]);
    const id = (job as JobView).id;
    let sawPending = false;
    const watching = eventually(
      async () => {
        sawPending ||= await pendingUpload(big, id);
        const status = (await s3Job(tokenBig, id))?.status;
        return sawPending || status === 'FAILED';
      },
      60_000,
      'the upload to start or the job to fail',
    );
    await watching;
    const failed = await waitFinal(t, tokenBig, id, 60_000);
    expect(failed.status).toBe('FAILED');
    expect(failed.error?.code).toBe('EXPORT_QUERY_REJECTED');
    expect(sawPending).toBe(true);
    await eventually(async () => (await leftovers(big, id)).length === 0, 10_000, 'the upload to be aborted');
  });
});

describe('input', () => {
  it('a bad prefix is BAD_USER_INPUT naming destination.prefix', async () => {
    for (const prefix of ['../other-tenant', '/abs', 'a b', 'x'.repeat(129)]) {
      const { errors } = await createExport(t, f.tokenA, {
        type: 'ANALYTICS_REPORT',
        format: 'JSON',
        destination: { kind: 'S3', prefix },
      });
      expect(errors[0]?.extensions, prefix).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'destination.prefix',
      });
    }
    const local = await createExport(t, f.tokenA, {
      type: 'ANALYTICS_REPORT',
      format: 'JSON',
      destination: { kind: 'LOCAL', prefix: 'reports' },
    });
    expect(local.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'destination.prefix',
    });
  });

  it('with S3 configured, SFTP is still NOT_AVAILABLE and S3 is listed as available', async () => {
    const { errors } = await createExport(t, f.tokenA, {
      type: 'ANALYTICS_REPORT',
      format: 'JSON',
      destination: { kind: 'SFTP' },
    });
    expect(errors[0]?.extensions).toMatchObject({ code: 'NOT_AVAILABLE', available: ['LOCAL', 'S3'] });
  });

  it('LOCAL jobs keep a null location', async () => {
    const { job } = await createExport(t, f.tokenA, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    const done = await waitFinal(t, f.tokenA, (job as JobView).id);
    const view = (await s3Job(f.tokenA, done.id)) as S3Job;
    expect(view).toMatchObject({ status: 'COMPLETED', destination: 'LOCAL', location: null });
  });
});

describe('presigned downloads (EXPORTS_S3_PRESIGNED_DOWNLOADS)', () => {
  let server: Server;
  let base: string;
  const destinations = () => createDestinations({ ...t.config, EXPORTS_S3_PRESIGNED_DOWNLOADS: true });
  let made: ReturnType<typeof destinations>;

  beforeAll(async () => {
    // The gateway's download route on its own server, configured to redirect.
    made = destinations();
    server = createServer((req, res) => {
      void serveDownload(
        req,
        res,
        { destinations: made, internalKey: t.config.INTERNAL_SIGNING_KEY },
        randomUUID(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    made.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('redirect to a short-lived S3 URL that serves the same bytes', async () => {
    const { job } = await createExport(t, tokenBig, {
      type: 'ANALYTICS_REPORT',
      format: 'JSON',
      destination: { kind: 'S3' },
    });
    const done = await waitFinal(t, tokenBig, (job as JobView).id);
    const url = new URL(done.downloadUrl as string, base).toString();
    const hop = await fetch(url, { redirect: 'manual' });
    expect(hop.status).toBe(302);
    const location = hop.headers.get('location') as string;
    expect(location.startsWith(`${s3.endpoint}/${s3.bucket}/`)).toBe(true);
    expect(new URL(location).searchParams.get('X-Amz-Expires')).not.toBeNull();
    const followed = await fetch(url);
    expect(followed.status).toBe(200);
    expect(sha256(Buffer.from(await followed.arrayBuffer()))).toBe(done.sha256);
  });
});
