import { once } from 'node:events';
import type { PassThrough } from 'node:stream';
import { stringify as stringifyCsv, type Options as CsvOptions } from 'csv-stringify/sync';
import { tableColumns, tableReader, type Cells, type Row } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { endStream } from './TextSink.js';
import { sectionEntryName, ZipEntries } from './ZipEntries.js';

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
      entry = zip.open(sectionEntryName(s, 'csv'));
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
