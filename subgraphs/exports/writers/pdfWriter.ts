import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import {
  tableColumns,
  tableReader,
  type Cells,
  type Plain,
  type Row,
  type Section,
} from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';

/** Rows shown per section: the report summarises; the data formats carry everything. */
const SAMPLE_ROWS = 25;
const MAX_COLUMNS = 6;

interface SectionSummary {
  section: Section;
  rows: number;
  sample: Plain[][];
  read(row: Row): Cells;
}

function text(value: Plain | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A readable report: job facts, a summary table of every section with its row count, then each
 * section's first rows. Only the samples are kept, so memory does not depend on the export size.
 */
export function pdfWriter(context: WriterContext): ExportWriter {
  const summaries: SectionSummary[] = [];
  let current: SectionSummary | null = null;
  return {
    begin: async () => undefined,
    beginSection: async (section) => {
      current = { section, rows: 0, sample: [], read: tableReader(section) };
      summaries.push(current);
    },
    write: (row) => {
      const summary = current as SectionSummary;
      summary.rows++;
      if (summary.sample.length < SAMPLE_ROWS) {
        summary.sample.push(
          summary
            .read(row)
            .slice(0, MAX_COLUMNS)
            .map((v) => v ?? null),
        );
      }
      return undefined;
    },
    endSection: async () => {
      current = null;
    },
    finish: async () => {
      const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${context.job.type} export` } });
      // pipe() ends `out` when the document ends; wait for that rather than ending it early.
      const finished = once(context.out, 'finish');
      doc.pipe(context.out);
      render(doc, context, summaries);
      doc.end();
      await finished;
    },
  };
}

function table(doc: PDFKit.PDFDocument, headers: string[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columnWidth = width / Math.max(headers.length, 1);
  const line = (cells: string[], bold: boolean): void => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    cells.forEach((cell, i) => {
      doc.text(cell, left + i * columnWidth, y, {
        width: columnWidth - 4,
        height: 11,
        ellipsis: true,
        lineBreak: false,
      });
    });
    doc.x = left;
    doc.y = y + 13;
  };
  line(headers, true);
  doc
    .moveTo(left, doc.y - 2)
    .lineTo(left + width, doc.y - 2)
    .lineWidth(0.5)
    .stroke();
  for (const row of rows) line(row, false);
  doc.moveDown(1);
}

function render(doc: PDFKit.PDFDocument, context: WriterContext, summaries: SectionSummary[]): void {
  const { job } = context;
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(`Knowledge graph export: ${job.type.replace(/_/g, ' ').toLowerCase()}`);
  doc.moveDown(0.5);
  table(
    doc,
    ['Field', 'Value'],
    [
      ['Export id', job.id],
      ['Tenant', job.tenantId],
      ['Requested by', job.requestedBy],
      ['Exported at', context.exportedAt],
      ['Package', job.packageId ?? '—'],
    ],
  );
  doc.font('Helvetica-Bold').fontSize(13).text('Summary');
  doc.moveDown(0.3);
  const kinds = { nodes: 'node label', relationships: 'relationship type', table: 'table' } as const;
  table(
    doc,
    ['Section', 'Kind', 'Rows'],
    summaries.map((s) => [s.section.name, kinds[s.section.kind], String(s.rows)]),
  );
  table(doc, ['Total rows', ''], [[String(summaries.reduce((n, s) => n + s.rows, 0)), '']]);
  for (const summary of summaries) {
    const columns = tableColumns(summary.section).slice(0, MAX_COLUMNS);
    doc.font('Helvetica-Bold').fontSize(12).text(summary.section.name);
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(
        summary.rows > summary.sample.length
          ? `First ${summary.sample.length} of ${summary.rows} rows`
          : `${summary.rows} rows`,
      );
    doc.moveDown(0.3);
    table(
      doc,
      columns.map((c) => c.name),
      summary.sample.map((row) => row.map(text)),
    );
  }
}
