import type { ComplianceReportRecord } from '../../audit/auditApi.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Destination } from '../destinations/Destination.js';
import { jobParams, type ExportJobRecord, type StoredFile } from '../jobs/ExportJobRecord.js';

/** Loads a stored compliance report of a tenant (the audit subgraph's, through auditApi). */
export type ComplianceReportSource = (tenantId: string, id: string) => Promise<ComplianceReportRecord | null>;

/**
 * COMPLIANCE_REPORT: one stored, signed report written as JSON (the stored record, signature
 * included, so the download verifies offline) or as a PDF for reading.
 */
export async function runComplianceReportExport(
  job: ExportJobRecord,
  options: { reports: ComplianceReportSource; destination: Destination },
): Promise<{ file: StoredFile; records: number }> {
  const reportId = jobParams(job).reportId;
  const report = typeof reportId === 'string' ? await options.reports(job.tenantId, reportId) : null;
  if (!report)
    throw new PlatformError('NOT_FOUND', `No compliance report ${String(reportId)}`, {
      field: 'params.reportId',
    });
  const pdf = job.format === 'PDF_REPORT';
  const extension = pdf ? 'pdf' : 'json';
  const target = await options.destination.open(job.tenantId, job.id, extension);
  try {
    if (pdf) {
      await (await import('../writers/compliancePdf.js')).writeCompliancePdf(report, target.stream);
    } else {
      const ended = new Promise<void>((resolve, reject) => {
        target.stream.once('finish', resolve);
        target.stream.once('error', reject);
      });
      target.stream.end(JSON.stringify(report, null, 2));
      await ended;
    }
    const committed = await target.commit();
    return {
      records: 1,
      file: {
        ...committed,
        fileName: `compliance-${report.framework.toLowerCase()}-${report.id.slice(0, 8)}.${extension}`,
        contentType: pdf ? 'application/pdf' : 'application/json',
      },
    };
  } catch (error) {
    await target.abort();
    throw error;
  }
}
