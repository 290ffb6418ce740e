import type { Readable, Writable } from 'node:stream';
import type { ExportDestinationKind } from '../jobs/ExportJobRecord.js';

/** Bytes, hash and location of a committed file. */
export interface CommittedFile {
  /** Where the file lives, relative to the destination; never derived from client input. */
  key: string;
  fileSize: number;
  sha256: string;
  /** Where an operator finds the file outside the platform (`s3://bucket/key`); absent for LOCAL. */
  location?: string;
}

/** A committed file opened for download. */
export interface StoredObject {
  size: number;
  /** The bytes; null when only the size was asked for (HEAD). */
  body: Readable | null;
}

/** What a download link names; the gateway checked its signature and expiry. */
export interface DownloadRequest {
  tenantId: string;
  key: string;
  fileName: string;
  contentType: string;
  /** Seconds the link is still valid. */
  remainingSeconds: number;
}

/** One file being written: `stream` takes the bytes; commit makes them visible, abort discards them. */
export interface ExportTarget {
  readonly stream: Writable;
  /** Call after the writer finished the stream. */
  commit(): Promise<CommittedFile>;
  abort(): Promise<void>;
}

/**
 * Where export files go. LOCAL and S3 are implemented; SFTP, GCS and EMAIL implement the same
 * methods (a remote file, an object, a mail attachment) without touching writers or jobs.
 */
export interface Destination {
  readonly kind: ExportDestinationKind;
  open(tenantId: string, exportId: string, extension: string): Promise<ExportTarget>;
  /** Deletes a committed file (job cancelled after commit, retention). */
  remove(tenantId: string, key: string): Promise<void>;
  /** Deletes what a crashed worker left half-written for this export. */
  discardPartial(tenantId: string, exportId: string): Promise<void>;
  /** A committed file of this tenant for the download route; null when it is gone (or never kept, EMAIL). */
  read(tenantId: string, key: string, withBody: boolean): Promise<StoredObject | null>;
  /**
   * A short-lived URL of the destination's own (an S3 presigned GET) the gateway may redirect a
   * download to instead of streaming it; null to stream through the gateway.
   */
  redirectUrl?(request: DownloadRequest): Promise<string | null>;
}
