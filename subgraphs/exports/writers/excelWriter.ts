import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { PlatformError } from '../../../lib/errors.js';
import { tableColumns, tableReader, type Cells, type Row, type Section } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { endStream } from './TextSink.js';

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
