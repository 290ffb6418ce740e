import type { S3Client } from '@aws-sdk/client-s3';
import type { S3ConnectionConfig } from '../../../../lib/objectStore.js';
import type { SegmentStore } from './SegmentStore.js';

type Sdk = typeof import('@aws-sdk/client-s3');
type ObjectStore = typeof import('../../../../lib/objectStore.js');

export interface S3SegmentStoreOptions {
  /** The EXPORTS_S3_* endpoint, region and credentials. */
  readonly connection: S3ConnectionConfig;
  /** AUDIT_SEGMENTS_S3_BUCKET (or EXPORTS_S3_BUCKET). */
  readonly bucket: string;
  /** AUDIT_SEGMENTS_S3_PREFIX. */
  readonly prefix: string;
}

/**
 * Objects `<prefix><tenant>/<file>` in an S3-compatible bucket, one PUT each (a segment is a few MB
 * at most, and a PUT is visible whole or not at all). The AWS SDK is imported on first use: every
 * process builds the audit log, few of them ever read a segment.
 */
export class S3SegmentStore implements SegmentStore {
  readonly kind = 'S3' as const;
  private loaded: Promise<{ sdk: Sdk; objectStore: ObjectStore; client: S3Client }> | null = null;

  constructor(private readonly options: S3SegmentStoreOptions) {}

  private s3(): Promise<{ sdk: Sdk; objectStore: ObjectStore; client: S3Client }> {
    return (this.loaded ??= Promise.all([
      import('@aws-sdk/client-s3'),
      import('../../../../lib/objectStore.js'),
    ]).then(([sdk, objectStore]) => ({
      sdk,
      objectStore,
      client: objectStore.createS3Client(this.options.connection),
    })));
  }

  /** The object key; the tenant id is URI-encoded, so it cannot leave its folder. */
  key(tenantId: string, file: string): string {
    return `${this.options.prefix}${encodeURIComponent(tenantId)}/${file}`;
  }

  location(tenantId: string, file: string): string {
    return `s3://${this.options.bucket}/${this.key(tenantId, file)}`;
  }

  async put(tenantId: string, file: string, body: Buffer): Promise<void> {
    const { sdk, client } = await this.s3();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.key(tenantId, file),
        Body: body,
        ContentType: 'application/gzip',
      }),
    );
  }

  async get(tenantId: string, file: string): Promise<Buffer | null> {
    const { sdk, objectStore, client } = await this.s3();
    try {
      const object = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(tenantId, file) }),
      );
      if (!object.Body) throw new Error(`S3 GetObject of ${this.location(tenantId, file)} returned no body`);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (objectStore.isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(tenantId: string, file: string): Promise<void> {
    const { sdk, client } = await this.s3();
    // DeleteObject of a missing key succeeds: deleting twice is fine.
    await client.send(
      new sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(tenantId, file) }),
    );
  }

  close(): void {
    const loaded = this.loaded;
    this.loaded = null;
    void loaded?.then(({ client }) => client.destroy()).catch(() => undefined);
  }
}
