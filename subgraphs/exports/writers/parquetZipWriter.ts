import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { PassThrough } from 'node:stream';
import parquet from '@dsnp/parquetjs';
import type { Column } from '../graph/graphModel.js';
import { tableColumns, tableReader, type Cells, type Plain, type Row } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { sectionEntryName, ZipEntries } from './ZipEntries.js';

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
      entry = zip.open(sectionEntryName(s, 'parquet'));
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
