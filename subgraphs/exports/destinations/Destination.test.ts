import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { ListMultipartUploadsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../../test/support/s3Server.js';
import { eventually } from '../../../test/support/wsClient.js';
import { temporaryExportsDir } from '../testing/exportTestKit.js';
import type { Destination } from './Destination.js';
import { LocalDestination, tenantDirectory } from './LocalDestination.js';
import { MIN_PART_SIZE, S3Destination } from './S3Destination.js';
import { tenantKeyPrefix } from './s3ObjectKey.js';

// One conformance suite for the Destination interface, run against each implementation on real
// storage: a temporary directory, and an S3-compatible server (moto) over HTTP.
interface Implementation {
  destination: Destination;
  /** Everything stored for this export: files, objects, pending multipart uploads. */
  leftovers(tenantId: string, exportId: string): Promise<string[]>;
  /** Resolves once a write past one part is visible in storage (a partial file, a multipart upload). */
  partialVisible(tenantId: string, exportId: string): Promise<void>;
}

const CHUNK = 64 * 1024;
// More than two S3 parts, so the multipart path (not a single PUT) is what is tested.
const SIZE = 2 * MIN_PART_SIZE + 12_345;
const bytes = randomBytes(SIZE);

async function write(stream: Writable, data: Buffer): Promise<void> {
  for (let at = 0; at < data.length; at += CHUNK) {
    if (!stream.write(data.subarray(at, at + CHUNK))) {
      await new Promise((resolve) => stream.once('drain', resolve));
    }
  }
}

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function local(): Promise<Implementation> {
  const dir = await temporaryExportsDir();
  cleanups.push(dir.remove);
  const names = async (tenantId: string, exportId: string): Promise<string[]> =>
    (await readdir(tenantDirectory(dir.dir, tenantId)).catch(() => [] as string[])).filter((n) =>
      n.startsWith(exportId),
    );
  return {
    destination: new LocalDestination(dir.dir),
    leftovers: names,
    partialVisible: (tenantId, exportId) =>
      eventually(async () => (await names(tenantId, exportId)).length > 0, 10_000, 'a partial file'),
  };
}

async function s3(): Promise<Implementation> {
  const server: S3TestServer = await startS3Server();
  cleanups.push(server.close);
  const { client, bucket } = server;
  const prefixOf = (tenantId: string, exportId: string) =>
    `${tenantKeyPrefix('exports/', tenantId)}${exportId}`;
  const pending = async (prefix: string): Promise<string[]> =>
    (
      (await client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: prefix }))).Uploads ?? []
    ).map((u) => `pending:${u.Key ?? ''}`);
  return {
    destination: new S3Destination({ client, bucket, rootPrefix: 'exports/' }),
    leftovers: async (tenantId, exportId) => {
      const prefix = prefixOf(tenantId, exportId);
      const objects = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
      return [...(objects.Contents ?? []).map((o) => o.Key ?? ''), ...(await pending(prefix))];
    },
    partialVisible: (tenantId, exportId) =>
      eventually(
        async () => (await pending(prefixOf(tenantId, exportId))).length > 0,
        10_000,
        'a pending multipart upload',
      ),
  };
}

describe.each([
  ['LOCAL', local],
  ['S3', s3],
])('%s destination', (_kind, make) => {
  let impl: Implementation;
  const tenant = `dest-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    impl = await make();
  });

  it('commits what was written, with its size and SHA-256, readable only by its tenant', async () => {
    const exportId = randomUUID();
    const target = await impl.destination.open(tenant, exportId, 'jsonl');
    await write(target.stream, bytes);
    target.stream.end();
    const file = await target.commit();
    expect(file.fileSize).toBe(SIZE);
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const stored = await impl.destination.read(tenant, file.key, true);
    expect(stored?.size).toBe(SIZE);
    expect((await readAll(stored?.body as Readable)).equals(bytes)).toBe(true);
    expect(await impl.destination.read(tenant, file.key, false)).toEqual({ size: SIZE, body: null });
    expect(await impl.destination.read(`${tenant}-other`, file.key, false)).toBeNull();
    await impl.destination.remove(`${tenant}-other`, file.key);
    expect(await impl.destination.read(tenant, file.key, false)).not.toBeNull();
    await impl.destination.remove(tenant, file.key);
    expect(await impl.destination.read(tenant, file.key, false)).toBeNull();
    expect(await impl.leftovers(tenant, exportId)).toEqual([]);
  });

  it('abort in the middle leaves nothing behind', async () => {
    const exportId = randomUUID();
    const target = await impl.destination.open(tenant, exportId, 'csv.zip');
    await write(target.stream, bytes.subarray(0, MIN_PART_SIZE + CHUNK));
    await impl.partialVisible(tenant, exportId);
    await target.abort();
    expect(await impl.leftovers(tenant, exportId)).toEqual([]);
  });

  it('discardPartial removes what a crashed writer left', async () => {
    const exportId = randomUUID();
    const crashed = await impl.destination.open(tenant, exportId, 'xml');
    await write(crashed.stream, bytes.subarray(0, MIN_PART_SIZE + CHUNK));
    await impl.partialVisible(tenant, exportId);
    // The writer never gets to commit or abort: another worker cleans up after it.
    await impl.destination.discardPartial(tenant, exportId);
    expect(await impl.leftovers(tenant, exportId)).toEqual([]);
    await crashed.abort();
  });
});
