import type { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../../../lib/config.js';
import { PlatformError } from '../../../lib/errors.js';
import { createS3Client } from '../../../lib/objectStore.js';
import type { ExportDestinationKind, ExportJobRecord } from '../jobs/ExportJobRecord.js';
import type { Destination } from './Destination.js';
import { LocalDestination } from './LocalDestination.js';
import { S3Destination } from './S3Destination.js';

export type DestinationConfig = Pick<
  Config,
  | 'EXPORTS_DIR'
  | 'EXPORTS_S3_ENDPOINT'
  | 'EXPORTS_S3_REGION'
  | 'EXPORTS_S3_BUCKET'
  | 'EXPORTS_S3_ACCESS_KEY_ID'
  | 'EXPORTS_S3_SECRET_ACCESS_KEY'
  | 'EXPORTS_S3_FORCE_PATH_STYLE'
  | 'EXPORTS_S3_PREFIX'
  | 'EXPORTS_S3_PRESIGNED_DOWNLOADS'
>;

/** Only the destination settings, e.g. to hand an export thread no other secret. */
export function destinationConfig(config: DestinationConfig): DestinationConfig {
  return {
    EXPORTS_DIR: config.EXPORTS_DIR,
    EXPORTS_S3_ENDPOINT: config.EXPORTS_S3_ENDPOINT,
    EXPORTS_S3_REGION: config.EXPORTS_S3_REGION,
    EXPORTS_S3_BUCKET: config.EXPORTS_S3_BUCKET,
    EXPORTS_S3_ACCESS_KEY_ID: config.EXPORTS_S3_ACCESS_KEY_ID,
    EXPORTS_S3_SECRET_ACCESS_KEY: config.EXPORTS_S3_SECRET_ACCESS_KEY,
    EXPORTS_S3_FORCE_PATH_STYLE: config.EXPORTS_S3_FORCE_PATH_STYLE,
    EXPORTS_S3_PREFIX: config.EXPORTS_S3_PREFIX,
    EXPORTS_S3_PRESIGNED_DOWNLOADS: config.EXPORTS_S3_PRESIGNED_DOWNLOADS,
  };
}

/** Kinds this platform can write to: LOCAL always, S3 once a bucket is configured. */
export function availableDestinations(config: Pick<Config, 'EXPORTS_S3_BUCKET'>): ExportDestinationKind[] {
  return config.EXPORTS_S3_BUCKET ? ['LOCAL', 'S3'] : ['LOCAL'];
}

/** NOT_AVAILABLE with `extensions.available`, for a kind not implemented or not configured. */
function notAvailable(
  kind: ExportDestinationKind,
  available: readonly ExportDestinationKind[],
): PlatformError {
  const message =
    kind === 'S3'
      ? 'S3 export destinations are not configured on this platform: an operator must set EXPORTS_S3_BUCKET'
      : `${kind} export destinations are not available yet`;
  return new PlatformError('NOT_AVAILABLE', `${message}; available: ${available.join(', ')}`, {
    field: 'destination',
    available: [...available],
  });
}

export function assertDestinationAvailable(
  kind: ExportDestinationKind,
  available: readonly ExportDestinationKind[],
): void {
  if (!available.includes(kind)) throw notAvailable(kind, available);
}

/** One destination of `kind`, or null when this platform cannot write there (see availableDestinations). */
export function createDestination(
  kind: ExportDestinationKind,
  config: DestinationConfig,
  s3Client: () => S3Client,
): Destination | null {
  switch (kind) {
    case 'LOCAL':
      return new LocalDestination(config.EXPORTS_DIR);
    case 'S3':
      return config.EXPORTS_S3_BUCKET
        ? new S3Destination({
            client: s3Client(),
            bucket: config.EXPORTS_S3_BUCKET,
            rootPrefix: config.EXPORTS_S3_PREFIX,
            presignedDownloads: config.EXPORTS_S3_PRESIGNED_DOWNLOADS,
          })
        : null;
    case 'SFTP':
    case 'GCS':
    case 'EMAIL':
      return null;
    default:
      return unreachable(kind);
  }
}

function unreachable(kind: never): never {
  throw new Error(`unknown export destination ${String(kind)}`);
}

/** What a job needs to find its destination. */
export type JobDestination = Pick<ExportJobRecord, 'destination' | 'destinationPrefix'>;

/**
 * The destinations of one process (worker or gateway), each made once and shared; the S3 client and
 * its connection pool too. `close()` releases them.
 */
export interface Destinations {
  /** The shared destination of a kind, for downloads and cleanup; null when unavailable here. */
  get(kind: ExportDestinationKind): Destination | null;
  /** The destination a job writes to (S3: under its prefix); its open() fails NOT_AVAILABLE when unavailable. */
  forJob(job: JobDestination): Destination;
  close(): void;
}

export function createDestinations(config: DestinationConfig): Destinations {
  let client: S3Client | null = null;
  const s3Client = (): S3Client => (client ??= createS3Client(config));
  const made = new Map<ExportDestinationKind, Destination | null>();
  const get = (kind: ExportDestinationKind): Destination | null => {
    if (!made.has(kind)) made.set(kind, createDestination(kind, config, s3Client));
    return made.get(kind) ?? null;
  };
  return {
    get,
    forJob: (job) => {
      const kind = job.destination ?? 'LOCAL';
      const destination = get(kind);
      if (!destination) return unavailable(kind, availableDestinations(config));
      return destination instanceof S3Destination
        ? destination.withClientPrefix(job.destinationPrefix ?? null)
        : destination;
    },
    close: () => {
      client?.destroy();
      client = null;
    },
  };
}

/** A job whose kind this worker cannot write fails with NOT_AVAILABLE instead of staying queued. */
function unavailable(kind: ExportDestinationKind, available: readonly ExportDestinationKind[]): Destination {
  return {
    kind,
    open: () => Promise.reject(notAvailable(kind, available)),
    remove: async () => undefined,
    discardPartial: async () => undefined,
    read: async () => null,
  };
}
