import type { WriteStream } from 'node:fs';
import type { PassThrough } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import parquet from '@dsnp/parquetjs';
import { stringify as stringifyCsv, type Options as CsvOptions } from 'csv-stringify/sync';
import { PlatformError } from '../../../lib/errors.js';
import type { Column } from '../graph/graphModel.js';
import {
  tableColumns,
  tableReader,
  type Cells,
  type Plain,
  type Row,
  type Section,
} from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { endStream } from './TextSink.js';
import { ZipEntries } from './ZipEntries.js';

/** Zip entry path of a section: nodes/<Label>, relationships/<kind>, or the table name. */
function entryName(section: Section, extension: string): string {
  const folder =
    section.kind === 'nodes' ? 'nodes/' : section.kind === 'relationships' ? 'relationships/' : '';
  return `${folder}${section.name.replace(/[^\w.-]/g, '_')}.${extension}`;
}

// RFC 4180 with CRLF; booleans as true/false (csv-stringify's default is 1 and empty), lists and
// maps as JSON.
const CSV_OPTIONS: CsvOptions = {
  record_delimiter: 'windows',
  cast: { boolean: (value) => String(value), object: (value) => JSON.stringify(value) },
};
/** Rows handed to csv-stringify at once: per-row calls cost several times more. */
const CSV_BATCH = 512;
const CSV_FLUSH_AT = 256 * 1024;

/** CSV (RFC 4180, header row) per section, in one zip. */
export function csvZipWriter(context: WriterContext): ExportWriter {
  const zip = new ZipEntries(context.out);
  let entry: PassThrough | null = null;
  let read: ((row: Row) => Cells) | null = null;
  let batch: Cells[] = [];
  let buffer = '';
  const flush = (): Promise<void> | undefined => {
    if (batch.length > 0) {
      buffer += stringifyCsv(batch, CSV_OPTIONS);
      batch = [];
    }
    const chunk = buffer;
    buffer = '';
    if (entry && chunk && !entry.write(chunk)) return once(entry, 'drain').then(() => undefined);
    return undefined;
  };
  return {
    begin: async () => undefined,
    beginSection: async (s) => {
      read = tableReader(s);
      entry = zip.open(entryName(s, 'csv'));
      buffer = stringifyCsv([tableColumns(s).map((c) => c.name)], CSV_OPTIONS);
    },
    write: (row) => {
      batch.push((read as (row: Row) => Cells)(row));
      if (batch.length < CSV_BATCH) return undefined;
      buffer += stringifyCsv(batch, CSV_OPTIONS);
      batch = [];
      return buffer.length >= CSV_FLUSH_AT ? flush() : undefined;
    },
    endSection: async () => {
      await flush();
      if (entry) await endStream(entry);
      entry = null;
      read = null;
    },
    finish: () => zip.finish(),
  };
}

const PARQUET_TYPES = {
  string: 'UTF8',
  json: 'UTF8',
  int: 'INT64',
  float: 'DOUBLE',
  boolean: 'BOOLEAN',
  datetime: 'TIMESTAMP_MILLIS',
} as const;

function parquetValue(column: Column, value: Plain | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  switch (column.type) {
    case 'int':
      return typeof value === 'number' ? BigInt(Math.trunc(value)) : undefined;
    case 'float':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'datetime':
      return typeof value === 'string' ? new Date(value) : undefined;
    case 'string':
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** One Parquet file per section (typed columns, all optional), in one zip. */
export function parquetZipWriter(context: WriterContext): ExportWriter {
  const zip = new ZipEntries(context.out);
  let writer: parquet.ParquetWriter | null = null;
  let entry: PassThrough | null = null;
  let read: ((row: Row) => Cells) | null = null;
  let columns: readonly Column[] = [];
  return {
    begin: async () => undefined,
    beginSection: async (s) => {
      read = tableReader(s);
      columns = tableColumns(s);
      const schema = new parquet.ParquetSchema(
        Object.fromEntries(columns.map((c) => [c.name, { type: PARQUET_TYPES[c.type], optional: true }])),
      );
      entry = zip.open(entryName(s, 'parquet'));
      // parquetjs types its sink as fs.WriteStream but only calls write(buf, cb) and end(cb).
      writer = await parquet.ParquetWriter.openStream(schema, entry as unknown as WriteStream, {
        rowGroupSize: 8192,
      });
    },
    write: (row) => {
      const cells = (read as (row: Row) => Cells)(row);
      const record: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        record[column.name] = parquetValue(column, cells[i]);
      });
      const appended = (writer as parquet.ParquetWriter).appendRow(record);
      // Row groups flush through the entry stream; wait for it when it is full.
      return entry?.writableNeedDrain
        ? appended.then(() => once(entry as PassThrough, 'drain')).then(() => undefined)
        : appended;
    },
    endSection: async () => {
      await writer?.close();
      writer = null;
      entry = null;
    },
    finish: () => zip.finish(),
  };
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)}~${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** One sheet per section (streamed workbook); a sheet beyond the row cap fails EXPORT_TOO_LARGE. */
export function excelWriter(context: WriterContext): ExportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: context.out,
    useStyles: false,
    useSharedStrings: false,
  });
  const used = new Set<string>();
  let sheet: ExcelJS.Worksheet | null = null;
  let section: Section | null = null;
  let read: ((row: Row) => Cells) | null = null;
  let rows = 0;
  return {
    begin: async () => undefined,
    beginSection: async (s) => {
      section = s;
      read = tableReader(s);
      rows = 0;
      sheet = workbook.addWorksheet(sheetName(s.name, used));
      sheet.columns = tableColumns(s).map((c) => ({ header: c.name, key: c.name }));
    },
    write: (row) => {
      if (++rows > context.excelMaxRows) {
        throw new PlatformError(
          'EXPORT_TOO_LARGE',
          `sheet ${(section as Section).name} exceeds ${context.excelMaxRows} rows; export as CSV or PARQUET instead`,
        );
      }
      (sheet as ExcelJS.Worksheet)
        .addRow(
          (read as (row: Row) => Cells)(row).map((v) =>
            v !== null && typeof v === 'object' ? JSON.stringify(v) : v,
          ),
        )
        .commit();
      return context.out.writableNeedDrain ? once(context.out, 'drain').then(() => undefined) : undefined;
    },
    endSection: async () => {
      sheet?.commit();
      sheet = null;
    },
    finish: async () => {
      await workbook.commit();
      await endStream(context.out);
    },
  };
}
