import type { RedisClient } from '../../lib/redis.js';
import { collectRecords, type SubjectDataProvider } from '../../lib/compliance/subjectData.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import type { ExportJobRecord } from './jobs/ExportJobRecord.js';

/** The export jobs a data subject requested (docs/COMPLIANCE.md "Data-subject requests"). */
export function createExportsSubjectData(redis: RedisClient, prefix: string): SubjectDataProvider {
  // JobStore's records (TenantRecords layout, kind exports:jobs).
  const jobs = new TenantRecords<ExportJobRecord>(redis, prefix, 'exports:jobs');
  return {
    section: 'exportJobs',
    collect: (tenantId, subjectId) =>
      collectRecords(
        jobs,
        tenantId,
        (job) => job.requestedBy === subjectId,
        (job) => ({
          id: job.id,
          type: job.type,
          format: job.format,
          status: job.status,
          destination: job.destination,
          packageId: job.packageId,
          query: job.query,
          createdAt: job.createdAt,
          requestedBy: job.requestedBy,
          completedAt: job.completedAt,
          file: job.file
            ? { fileName: job.file.fileName, fileSize: job.file.fileSize, sha256: job.file.sha256 }
            : null,
        }),
      ),
  };
}
