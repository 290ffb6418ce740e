import type { Writable } from 'node:stream';
import type { ExportDestinationKind } from '../jobs/ExportJobRecord.js';

/** Bytes, hash and location of a committed file. */
export interface CommittedFile {
  /** Where the file lives, relative to the destination; never derived from client input. */
  key: string;
  fileSize: number;
  sha256: string;
}

/** One file being written: `stream` takes the bytes; commit makes them visible, abort discards them. */
export interface ExportTarget {
  readonly stream: Writable;
  /** Call after the writer finished the stream. */
  commit(): Promise<CommittedFile>;
  abort(): Promise<void>;
}

/**
 * Where export files go. LOCAL is implemented; S3, SFTP, GCS and EMAIL implement the same two
 * methods (a multipart upload, a remote file, a mail attachment) without touching writers or jobs.
 */
export interface Destination {
  readonly kind: ExportDestinationKind;
  open(tenantId: string, exportId: string, extension: string): Promise<ExportTarget>;
  /** Deletes a committed file (job cancelled after commit, retention). */
  remove(tenantId: string, key: string): Promise<void>;
  /** Deletes what a crashed worker left half-written for this export. */
  discardPartial(tenantId: string, exportId: string): Promise<void>;
}
