// Where sealed audit segments live: the bytes of each gzip file, by tenant and file name. The index
// (which segments exist, their positions and SHA-256) stays in Redis (../segments.ts).

/** One tenant's segment files in one storage; each file is written once and read many times. */
export interface SegmentStore {
  readonly kind: 'LOCAL' | 'S3';
  /** Stores `body` as the tenant's `file`: readers see all of it or nothing. */
  put(tenantId: string, file: string, body: Buffer): Promise<void>;
  /** The bytes as stored, or null when there is no such file. */
  get(tenantId: string, file: string): Promise<Buffer | null>;
  /** Deletes the file; nothing to do when it is already gone. */
  delete(tenantId: string, file: string): Promise<void>;
  /** Where the file is (a path, `s3://bucket/key`), for operators and error messages. */
  location(tenantId: string, file: string): string;
  /** Releases connections (the S3 client); the store is not used afterwards. */
  close(): void;
}
