import type { ExportJob } from '../generated/resolvers.js';
import { signDownloadUrl } from '../download/signedUrl.js';
import { expiresAtMs, type ExportJobRecord } from './ExportJobRecord.js';

export interface UrlSigning {
  internalKey: string;
  ttlSeconds: number;
  publicUrl?: string;
}

/** The API shape of a stored job; the download URL is minted per read, so it is always fresh. */
export function toJob(record: ExportJobRecord, signing: UrlSigning, retentionMs: number): ExportJob {
  const expiresAt = expiresAtMs(record, retentionMs);
  const { file } = record;
  const total = record.total ?? null;
  return {
    id: record.id,
    type: record.type,
    format: record.format,
    status: record.status,
    destination: record.destination ?? 'LOCAL',
    progress: {
      processed: record.processed ?? 0,
      total,
      percent:
        total === null
          ? null
          : total === 0
            ? 100
            : Math.min(100, Math.round((1000 * (record.processed ?? 0)) / total) / 10),
    },
    downloadUrl:
      record.status === 'COMPLETED' && file
        ? signDownloadUrl(
            {
              destination: record.destination ?? 'LOCAL',
              tenantId: record.tenantId,
              exportId: record.id,
              key: file.key,
              fileName: file.fileName,
              contentType: file.contentType,
              subject: record.requestedBy,
            },
            signing,
          )
        : null,
    fileSize: file?.fileSize ?? null,
    sha256: file?.sha256 ?? null,
    location: file?.location ?? null,
    error: record.error ?? null,
    createdAt: record.createdAt,
    startedAt: record.startedAt ?? null,
    completedAt: record.completedAt ?? null,
    expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
    requestedBy: { subject: record.requestedBy },
    package: record.packageId ? { packageId: record.packageId } : null,
  };
}
