import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import type { AuditTrail, ReadableEntry } from '../../audit/auditApi.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Destination } from '../destinations/Destination.js';
import { buildPlan, type ExportPlan, type SectionQuery } from '../graph/exportPlan.js';
import type { Column } from '../graph/graphModel.js';
import { readCount, readCypher, type ReadOptions } from '../graph/readCypher.js';
import type { Properties, Row, Section } from '../graph/sections.js';
import { toPlain, toPlainMap } from '../graph/toPlain.js';
import { jobParams, type ExportJobRecord, type StoredFile } from '../jobs/ExportJobRecord.js';
import { createWriter, fileKind } from '../writers/createWriter.js';
import { abortError } from './outcomes.js';
import { runComplianceReportExport, type ComplianceReportSource } from './complianceReportExport.js';

export interface RunOptions {
  driver: Driver;
  database: string;
  /** The tenant audit trails, for AUDIT_LOG. */
  audit: AuditTrail;
  /** Stored compliance reports, for COMPLIANCE_REPORT. */
  complianceReports: ComplianceReportSource;
  destination: Destination;
  excelMaxRows: number;
  queryMaxRows: number;
  queryTimeoutMs: number;
  signal: AbortSignal;
  /** Called often and cheaply; the caller decides how often to publish. */
  onProgress(processed: number, total: number | null): void;
}

export interface RunResult {
  file: StoredFile;
  records: number;
}

// Graph exports read large results in one transaction; the limit only stops runaway reads.
const GRAPH_READ_TIMEOUT_MS = 3_600_000;

function toRow(section: Section, record: Neo4jRecord, tenantCheck: string | null): Row {
  switch (section.kind) {
    case 'nodes':
      return toPlainMap(record.get(0) as Record<string, unknown>);
    case 'relationships':
      return {
        from: String(record.get(0)),
        to: String(record.get(1)),
        properties: toPlainMap(record.get(2) as Record<string, unknown>),
      };
    case 'table': {
      const row: Record<string, ReturnType<typeof toPlain>> = {};
      for (const key of record.keys) row[String(key)] = toPlain(record.get(key), tenantCheck);
      return row;
    }
  }
}

/** CUSTOM_QUERY columns come from the first record: numbers as floats, so 1 then 1.5 both fit. */
function inferTable(record: Neo4jRecord): Section {
  const columns = record.keys.map((key): Column => {
    const value = toPlain(record.get(key));
    const type =
      typeof value === 'number'
        ? 'float'
        : typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'string'
            ? 'string'
            : 'json';
    return { name: String(key), type };
  });
  return { kind: 'table', name: 'results', columns };
}

/** Counts every section and sums them. */
async function countTotal(plan: ExportPlan, options: RunOptions, read: ReadOptions): Promise<number | null> {
  return sumCounts(await countSections(plan, options, read));
}

/** The export's total; null when one section's count is unknown (CUSTOM_QUERY). */
function sumCounts(counts: ReadonlyArray<number | null>): number | null {
  return counts.some((c) => c === null) ? null : counts.reduce<number>((n, c) => n + (c ?? 0), 0);
}

function countSections(
  plan: ExportPlan,
  options: RunOptions,
  read: ReadOptions,
): Promise<Array<number | null>> {
  return Promise.all(plan.sections.map((query) => countSection(query, plan, options, read)));
}

function countSection(
  query: SectionQuery,
  plan: ExportPlan,
  options: RunOptions,
  read: ReadOptions,
): Promise<number | null> {
  if (query.source === 'audit') return options.audit.count(String(plan.params.tenantId));
  return query.count ? readCount(options.driver, query.count, plan.params, read) : Promise.resolve(null);
}

/** An audit entry as a row of the audit_log table (tables.ts). */
function auditRow({ entry, details, personalDataErased }: ReadableEntry): Properties {
  return {
    sequence: entry.sequence,
    id: entry.id,
    occurred_at: entry.occurredAt,
    actor: entry.actor,
    action: entry.action,
    event_type: entry.eventType ?? null,
    resource_type: entry.resourceType ?? null,
    resource: entry.resource,
    outcome: entry.outcome,
    risk_score: entry.riskScore ?? null,
    details: (entry.details ?? null) as Properties | null,
    personal: (entry.personal ?? null) as Properties | null,
    personal_details:
      entry.personal && !personalDataErased
        ? (Object.fromEntries(entry.personal.fields.map((f) => [f, details?.[f] ?? null])) as Properties)
        : null,
    personal_data_erased: personalDataErased,
    previous_hash: entry.previousHash,
    hash: entry.hash,
  };
}

/**
 * Runs one export: plan, count (for progress), then stream every section from Neo4j through the
 * format writer into the destination. Memory is bounded by the driver's fetch size and the
 * writers' buffers, not by the graph. On any failure or abort the partial file is discarded.
 */
export async function runExport(job: ExportJobRecord, options: RunOptions): Promise<RunResult> {
  if (job.type === 'COMPLIANCE_REPORT')
    return runComplianceReportExport(job, {
      reports: options.complianceReports,
      destination: options.destination,
    });
  const plan = buildPlan(job);
  const { signal } = options;
  const read: ReadOptions = {
    database: options.database,
    timeoutMs: plan.untrusted ? options.queryTimeoutMs : GRAPH_READ_TIMEOUT_MS,
    signal,
  };
  if (job.type === 'DOCUMENT_PACKAGE') {
    const found = await readCount(
      options.driver,
      'MATCH (p:DocumentPackage {package_id: $packageId}) WHERE p.tenant_id = $tenantId RETURN count(p)',
      plan.params,
      read,
    );
    // Same answer for "absent" and "another tenant's": the wall does not leak existence.
    if (found === 0)
      throw new PlatformError('NOT_FOUND', `Package ${job.packageId} not found`, { field: 'packageId' });
  }
  let total: number | null = null;
  if (job.format === 'EXCEL') {
    // The sheet cap is checked before anything is written, so EXCEL waits for its counts.
    const counts = await countSections(plan, options, read);
    plan.sections.forEach((query, i) => {
      const count = counts[i] ?? 0;
      if (query.section && count > options.excelMaxRows) {
        throw new PlatformError(
          'EXPORT_TOO_LARGE',
          `sheet ${query.section.name} would have ${count} rows; EXCEL allows ${options.excelMaxRows} per sheet (use CSV or PARQUET)`,
        );
      }
    });
    total = sumCounts(counts);
  }
  if (signal.aborted) throw abortError(signal);
  options.onProgress(0, total);
  let processed = 0;
  const tenantCheck = plan.untrusted ? job.tenantId : null;
  // Other formats count while they stream: the total only feeds progress, and counting first
  // kept Neo4j busy for seconds before the first row was read.
  const counting =
    job.format === 'EXCEL'
      ? Promise.resolve()
      : countTotal(plan, options, read).then(
          (counted) => {
            total = counted;
            options.onProgress(processed, total);
          },
          () => undefined, // progress stays without a total; the export itself reports real failures
        );

  const kind = fileKind(job.format, jobParams(job));
  const target = await options.destination.open(job.tenantId, job.id, kind.extension);
  try {
    const writer = await createWriter(job.format, {
      out: target.stream,
      job,
      exportedAt: new Date().toISOString(),
      excelMaxRows: options.excelMaxRows,
    });
    const writeRow = (row: Row): Promise<void> | undefined => {
      const wait = writer.write(row);
      processed++;
      if (plan.untrusted && processed > options.queryMaxRows) {
        throw new PlatformError('EXPORT_TOO_LARGE', `query returned more than ${options.queryMaxRows} rows`);
      }
      if ((processed & 1023) === 0) options.onProgress(processed, total);
      return wait;
    };
    await writer.begin(plan.sections.flatMap((q) => (q.section ? [q.section] : [])));
    const write = (section: Section, record: Neo4jRecord): Promise<void> | undefined =>
      writeRow(toRow(section, record, tenantCheck));
    for (const query of plan.sections) {
      if (query.source === 'audit') {
        await writer.beginSection(query.section);
        for await (const page of options.audit.pages(job.tenantId)) {
          if (signal.aborted) throw abortError(signal);
          for (const readable of await options.audit.readable(job.tenantId, page))
            await writeRow(auditRow(readable));
        }
        await writer.endSection();
        continue;
      }
      let section = query.section;
      let started = false;
      await readCypher(options.driver, query.cypher, plan.params, read, (record) => {
        section ??= inferTable(record);
        const current = section;
        if (started) return write(current, record);
        started = true;
        return writer.beginSection(current).then(() => write(current, record));
      });
      if (!started) await writer.beginSection(section ?? { kind: 'table', name: 'results', columns: [] });
      await writer.endSection();
    }
    await writer.finish();
    const committed = await target.commit();
    await counting;
    options.onProgress(processed, total ?? processed);
    return {
      records: processed,
      file: {
        ...committed,
        fileName: `export-${job.type.toLowerCase()}-${job.id.slice(0, 8)}.${kind.extension}`,
        contentType: kind.contentType,
      },
    };
  } catch (error) {
    await target.abort();
    throw signal.aborted ? abortError(signal) : error;
  }
}
