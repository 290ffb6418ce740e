import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../../../test/support/s3Server.js';
import { LocalSegmentStore } from './LocalSegmentStore.js';
import { S3SegmentStore } from './S3SegmentStore.js';
import type { SegmentStore } from './SegmentStore.js';

// One conformance suite for the SegmentStore interface, run against each implementation on real
// storage: a temporary directory, and an S3-compatible server (moto) over HTTP.
interface Implementation {
  store: SegmentStore;
  /** The stored bytes, read behind the store's back (the file, the object). */
  raw(tenantId: string, file: string): Promise<Buffer | null>;
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function local(): Promise<Implementation> {
  const dir = await mkdtemp(join(tmpdir(), 'segment-store-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const store = new LocalSegmentStore(dir);
  cleanups.push(async () => store.close());
  return {
    store,
    raw: (tenantId, file) => readFile(store.location(tenantId, file)).catch(() => null),
  };
}

async function s3(): Promise<Implementation> {
  const server = await startS3Server();
  cleanups.push(server.close);
  const store = new S3SegmentStore({
    connection: {
      EXPORTS_S3_ENDPOINT: server.env.EXPORTS_S3_ENDPOINT,
      EXPORTS_S3_REGION: 'us-east-1',
      EXPORTS_S3_ACCESS_KEY_ID: server.env.EXPORTS_S3_ACCESS_KEY_ID,
      EXPORTS_S3_SECRET_ACCESS_KEY: server.env.EXPORTS_S3_SECRET_ACCESS_KEY,
      EXPORTS_S3_FORCE_PATH_STYLE: true,
    },
    bucket: server.bucket,
    prefix: 'audit-segments/',
  });
  cleanups.push(async () => store.close());
  return {
    store,
    raw: async (tenantId, file) => {
      try {
        const object = await server.client.send(
          new GetObjectCommand({ Bucket: server.bucket, Key: store.key(tenantId, file) }),
        );
        return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      } catch {
        return null;
      }
    },
  };
}

describe.each([
  ['LOCAL', local],
  ['S3', s3],
])('SegmentStore %s', (_kind, make) => {
  let impl: Implementation;
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    impl = await make();
  }, 120_000);

  it('stores a segment and reads the same bytes back', async () => {
    const body = randomBytes(256 * 1024);
    await impl.store.put(tenant, '000000000000-000000000004.jsonl.gz', body);
    expect((await impl.store.get(tenant, '000000000000-000000000004.jsonl.gz'))?.equals(body)).toBe(true);
    expect((await impl.raw(tenant, '000000000000-000000000004.jsonl.gz'))?.equals(body)).toBe(true);
  });

  it('answers null for a segment it does not hold', async () => {
    expect(await impl.store.get(tenant, '000000000099-000000000100.jsonl.gz')).toBeNull();
    expect(await impl.store.get(`never-${randomUUID()}`, '000000000000-000000000004.jsonl.gz')).toBeNull();
  });

  it('keeps tenants apart, whatever their ids contain', async () => {
    const file = '000000000005-000000000009.jsonl.gz';
    await impl.store.put('a/b', file, Buffer.from('one'));
    await impl.store.put('a%2Fb', file, Buffer.from('two'));
    expect((await impl.store.get('a/b', file))?.toString()).toBe('one');
    expect((await impl.store.get('a%2Fb', file))?.toString()).toBe('two');
    expect(impl.store.location('a/b', file)).not.toBe(impl.store.location('a%2Fb', file));
  });

  it('deletes a segment, and deleting it again is no error', async () => {
    const file = '000000000010-000000000014.jsonl.gz';
    await impl.store.put(tenant, file, Buffer.from('gone soon'));
    await impl.store.delete(tenant, file);
    expect(await impl.store.get(tenant, file)).toBeNull();
    expect(await impl.raw(tenant, file)).toBeNull();
    await impl.store.delete(tenant, file);
  });
});
