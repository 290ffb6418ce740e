import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { PlatformError } from '../../../lib/errors.js';
import type { Destination } from '../destinations/Destination.js';
import { buildPlan, type ExportPlan } from '../graph/exportPlan.js';
import type { Column } from '../graph/graphModel.js';
import { readCount, readCypher, type ReadOptions } from '../graph/readCypher.js';
import type { Row, Section } from '../graph/sections.js';
import { toPlain, toPlainMap } from '../graph/toPlain.js';
import { jobParams, type ExportJobRecord, type StoredFile } from '../jobs/ExportJobRecord.js';
import { createWriter, fileKind } from '../writers/createWriter.js';
import { abortError } from './outcomes.js';

export interface RunOptions {
  driver: Driver;
  database: string;
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

async function countTotal(
  plan: ExportPlan,
  options: RunOptions,
  read: ReadOptions,
): Promise<Array<number | null>> {
  const counts: Array<number | null> = [];
  for (const query of plan.sections) {
    counts.push(query.count ? await readCount(options.driver, query.count, plan.params, read) : null);
  }
  return counts;
}

/**
 * Runs one export: plan, count (for progress), then stream every section from Neo4j through the
 * format writer into the destination. Memory is bounded by the driver's fetch size and the
 * writers' buffers, not by the graph. On any failure or abort the partial file is discarded.
 */
export async function runExport(job: ExportJobRecord, options: RunOptions): Promise<RunResult> {
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
  const counts = await countTotal(plan, options, read);
  const total = counts.some((c) => c === null) ? null : counts.reduce<number>((n, c) => n + (c ?? 0), 0);
  if (job.format === 'EXCEL') {
    plan.sections.forEach((query, i) => {
      const count = counts[i] ?? 0;
      if (query.section && count > options.excelMaxRows) {
        throw new PlatformError(
          'EXPORT_TOO_LARGE',
          `sheet ${query.section.name} would have ${count} rows; EXCEL allows ${options.excelMaxRows} per sheet (use CSV or PARQUET)`,
        );
      }
    });
  }
  if (signal.aborted) throw abortError(signal);
  options.onProgress(0, total);

  const kind = fileKind(job.format, jobParams(job));
  const target = await options.destination.open(job.tenantId, job.id, kind.extension);
  let processed = 0;
  try {
    const writer = createWriter(job.format, {
      out: target.stream,
      job,
      exportedAt: new Date().toISOString(),
      excelMaxRows: options.excelMaxRows,
    });
    await writer.begin(plan.sections.flatMap((q) => (q.section ? [q.section] : [])));
    const tenantCheck = plan.untrusted ? job.tenantId : null;
    for (const query of plan.sections) {
      let section = query.section;
      let started = false;
      for await (const record of readCypher(options.driver, query.cypher, plan.params, read)) {
        if (!section) section = inferTable(record);
        if (!started) {
          await writer.beginSection(section);
          started = true;
        }
        const wait = writer.write(toRow(section, record, tenantCheck));
        if (wait) await wait;
        processed++;
        if (plan.untrusted && processed > options.queryMaxRows) {
          throw new PlatformError(
            'EXPORT_TOO_LARGE',
            `query returned more than ${options.queryMaxRows} rows`,
          );
        }
        if ((processed & 1023) === 0) options.onProgress(processed, total);
      }
      if (signal.aborted) throw abortError(signal);
      if (!started) await writer.beginSection(section ?? { kind: 'table', name: 'results', columns: [] });
      await writer.endSection();
    }
    await writer.finish();
    const committed = await target.commit();
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
    throw error;
  }
}
