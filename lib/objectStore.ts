// The S3 connection the export destinations and the audit segments share (EXPORTS_S3_*): one way
// to build a client for AWS or an S3-compatible store. Importing this module loads the AWS SDK;
// processes that may never use S3 import it dynamically.
import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from './config.js';

export type S3ConnectionConfig = Pick<
  Config,
  | 'EXPORTS_S3_ENDPOINT'
  | 'EXPORTS_S3_REGION'
  | 'EXPORTS_S3_ACCESS_KEY_ID'
  | 'EXPORTS_S3_SECRET_ACCESS_KEY'
  | 'EXPORTS_S3_FORCE_PATH_STYLE'
>;

export function createS3Client(config: S3ConnectionConfig): S3Client {
  const { EXPORTS_S3_ACCESS_KEY_ID: accessKeyId, EXPORTS_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  return new S3Client({
    region: config.EXPORTS_S3_REGION,
    endpoint: config.EXPORTS_S3_ENDPOINT,
    forcePathStyle: config.EXPORTS_S3_FORCE_PATH_STYLE,
    // Without static keys the SDK's default chain applies (environment, profile, instance role).
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // Several S3-compatible stores reject the SDK's default CRC32 trailers; the signed payload hash
    // still protects every request in transit.
    ...(config.EXPORTS_S3_ENDPOINT
      ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  });
}

/** A 404 from S3 or an S3-compatible store (GetObject's NoSuchKey, HeadObject's NotFound). */
export function isNotFound(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
}
