import type { RedisClient } from '../../lib/redis.js';
import { collectRecords, type SubjectDataProvider } from '../../lib/compliance/subjectData.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import { createDestinations, type DestinationConfig } from './destinations/createDestination.js';
import type { ExportJobRecord } from './jobs/ExportJobRecord.js';
import { ExportJobRemover } from './jobs/ExportJobRemover.js';
import { JobStore } from './jobs/JobStore.js';

/**
 * The export jobs a data subject requested (docs/COMPLIANCE.md "Data-subject requests"); and, on
 * erasure, the tenant's finished AUDIT_LOG exports: written before the erasure, they hold the
 * personal fields they opened then (every actor's, the subject's among them), so they are
 * deleted with their files rather than left readable. A fresh export reads the fields as erased.
 */
export function createExportsSubjectData(
  redis: RedisClient,
  prefix: string,
  config: DestinationConfig,
): SubjectDataProvider {
  // JobStore's records (TenantRecords layout, kind exports:jobs).
  const jobs = new TenantRecords<ExportJobRecord>(redis, prefix, 'exports:jobs');
  const destinations = createDestinations(config);
  const remover = new ExportJobRemover(new JobStore(redis, prefix), (job) => destinations.forJob(job));
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
    erase: async (tenantId) => {
      const finished = await collectRecords(
        jobs,
        tenantId,
        (job) => job.type === 'AUDIT_LOG' && job.status === 'COMPLETED',
        (job) => ({ id: job.id }),
      );
      let removed = 0;
      for (const { id } of finished.items) {
        const job = await jobs.get(tenantId, id as string);
        if (!job) continue;
        await remover.remove(job);
        removed += 1;
      }
      return removed;
    },
  };
}
