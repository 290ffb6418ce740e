import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { isNotFound } from '../../../lib/objectStore.js';
import type {
  CommittedFile,
  Destination,
  DownloadRequest,
  ExportTarget,
  StoredObject,
} from './Destination.js';
import { HashingMeter } from './HashingMeter.js';
import { isTenantKey, s3ObjectKey, tenantKeyPrefix } from './s3ObjectKey.js';

/** The smallest part S3 accepts (all but the last); also lib-storage's default. */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
// Parts in flight at once: memory per running upload is about (QUEUE_SIZE + 1) × partSize.
const QUEUE_SIZE = 2;
// A presigned URL only has to outlive the redirect it is handed out in.
const MAX_PRESIGNED_SECONDS = 300;

export interface S3DestinationOptions {
  client: S3Client;
  bucket: string;
  /** EXPORTS_S3_PREFIX. */
  rootPrefix: string;
  /** Multipart part size in bytes, at least 5 MiB; objects can reach 10,000 parts. @default 5 MiB */
  partSize?: number;
  /** Downloads redirect to a presigned GET instead of streaming through the gateway. @default false */
  presignedDownloads?: boolean;
}

/**
 * Objects in an S3-compatible bucket, streamed with a multipart upload (memory bounded by the part
 * size, not the file). The upload is completed only by commit; abort and crash cleanup abort the
 * multipart upload, so no invisible parts are left to pay for.
 */
export class S3Destination implements Destination {
  readonly kind = 'S3' as const;
  private readonly partSize: number;

  constructor(
    private readonly options: S3DestinationOptions,
    /** The job's checked `destination.prefix`: a folder inside the tenant's folder. */
    private readonly clientPrefix: string | null = null,
  ) {
    this.partSize = Math.max(MIN_PART_SIZE, options.partSize ?? MIN_PART_SIZE);
  }

  /** The same bucket and client, writing under a job's own folder. */
  withClientPrefix(clientPrefix: string | null): S3Destination {
    return new S3Destination(this.options, clientPrefix);
  }

  /** `s3://bucket/key`, for operators; never used to read the object back. */
  location(key: string): string {
    return `s3://${this.options.bucket}/${key}`;
  }

  async open(tenantId: string, exportId: string, extension: string): Promise<ExportTarget> {
    const { client, bucket, rootPrefix } = this.options;
    const key = s3ObjectKey({ rootPrefix, tenantId, clientPrefix: this.clientPrefix, exportId, extension });
    const meter = new HashingMeter();
    const upload = new Upload({
      client,
      params: { Bucket: bucket, Key: key, Body: meter.stream },
      partSize: this.partSize,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    const uploaded = upload.done();
    uploaded.catch(() => undefined);
    return {
      stream: meter.stream,
      commit: async (): Promise<CommittedFile> => {
        await uploaded;
        return { key, ...meter.result(), location: this.location(key) };
      },
      abort: async () => {
        // A destroyed body fails lib-storage's reader; it then waits for the parts in flight and
        // aborts the multipart upload before done() settles. (Upload.abort() would settle first.)
        meter.stream.destroy(new Error('export aborted'));
        const completed = await uploaded.then(
          () => true,
          () => false,
        );
        if (completed) await this.deleteObject(key);
        await this.abortPendingUploads(key);
      },
    };
  }

  async discardPartial(tenantId: string, exportId: string): Promise<void> {
    const { rootPrefix } = this.options;
    const folder = this.clientPrefix ? `${this.clientPrefix}/` : '';
    await this.abortPendingUploads(`${tenantKeyPrefix(rootPrefix, tenantId)}${folder}${exportId}.`);
  }

  async remove(tenantId: string, key: string): Promise<void> {
    if (isTenantKey(this.options.rootPrefix, tenantId, key)) await this.deleteObject(key);
  }

  async read(tenantId: string, key: string, withBody: boolean): Promise<StoredObject | null> {
    const { client, bucket, rootPrefix } = this.options;
    if (!isTenantKey(rootPrefix, tenantId, key)) return null;
    try {
      if (!withBody) {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0, body: null };
      }
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error('S3 GetObject returned no Node.js stream');
      return { size: object.ContentLength ?? 0, body: object.Body };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async redirectUrl(request: DownloadRequest): Promise<string | null> {
    const { client, bucket, rootPrefix, presignedDownloads } = this.options;
    if (!presignedDownloads || !isTenantKey(rootPrefix, request.tenantId, request.key)) return null;
    const command = new GetObjectCommand({
      Bucket: bucket,
      Key: request.key,
      ResponseContentType: request.contentType,
      ResponseContentDisposition: `attachment; filename="${request.fileName.replace(/[^\w.-]/g, '_')}"`,
      ResponseCacheControl: 'private, no-store',
    });
    const expiresIn = Math.max(1, Math.min(request.remainingSeconds, MAX_PRESIGNED_SECONDS));
    return getSignedUrl(client, command, { expiresIn });
  }

  private async deleteObject(key: string): Promise<void> {
    await this.options.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  /** Aborts every multipart upload whose key starts with `prefix` (all pages). */
  private async abortPendingUploads(prefix: string): Promise<void> {
    const { client, bucket } = this.options;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    // Bounded: 1,000 pages of 1,000 uploads is far beyond what one export can leave behind.
    for (let pages = 0; pages < 1000; pages++) {
      const page = await client.send(
        new ListMultipartUploadsCommand({
          Bucket: bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      );
      for (const pending of page.Uploads ?? []) {
        if (!pending.Key || !pending.UploadId) continue;
        await client
          .send(
            new AbortMultipartUploadCommand({ Bucket: bucket, Key: pending.Key, UploadId: pending.UploadId }),
          )
          .catch((error: unknown) => {
            // Already completed or aborted by someone else: nothing left to free.
            if (!isNotFound(error) && (error as { name?: string }).name !== 'NoSuchUpload') throw error;
          });
      }
      if (!page.IsTruncated) return;
      keyMarker = page.NextKeyMarker;
      uploadIdMarker = page.NextUploadIdMarker;
    }
  }
}
