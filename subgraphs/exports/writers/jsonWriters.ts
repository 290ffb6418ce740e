import type { RelationshipRow, Row, Section } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { TextSink } from './TextSink.js';

const FORMAT = 'kg-export/1';

function header(context: WriterContext): Record<string, unknown> {
  const { job } = context;
  return {
    format: FORMAT,
    type: job.type,
    tenantId: job.tenantId,
    exportId: job.id,
    exportedAt: context.exportedAt,
  };
}

/** One JSON value per row, shaped by its section. */
function rowJson(section: Section, row: Row): string {
  switch (section.kind) {
    case 'nodes': {
      const id = (row as Record<string, unknown>)[section.model.idProperty];
      return `{"kind":"node","label":${JSON.stringify(section.model.label)},"id":${JSON.stringify(id ?? null)},"properties":${JSON.stringify(row)}}`;
    }
    case 'relationships': {
      const rel = row as RelationshipRow;
      const { model } = section;
      return (
        `{"kind":"relationship","type":${JSON.stringify(model.type)},` +
        `"from":{"label":${JSON.stringify(model.from)},"id":${JSON.stringify(rel.from)}},` +
        `"to":{"label":${JSON.stringify(model.to)},"id":${JSON.stringify(rel.to)}},"properties":${JSON.stringify(rel.properties)}}`
      );
    }
    case 'table':
      return `{"kind":"row","table":${JSON.stringify(section.name)},"values":${JSON.stringify(row)}}`;
  }
}

/** JSON Lines: a header line, then one line per node, relationship or row. */
export function jsonLinesWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  let current: Section | null = null;
  return {
    begin: async () => {
      await sink.write(`${JSON.stringify({ kind: 'header', ...header(context) })}\n`);
    },
    beginSection: async (section) => {
      current = section;
    },
    write: (row) => sink.write(`${rowJson(current as Section, row)}\n`),
    endSection: async () => {
      current = null;
    },
    finish: () => sink.end(),
  };
}

/** One JSON document: `{ …header, sections: [{ kind, name, rows: [...] }] }`, written incrementally. */
export function jsonDocumentWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  let current: Section | null = null;
  let sectionCount = 0;
  let rowCount = 0;
  return {
    begin: async () => {
      const head = JSON.stringify(header(context));
      await sink.write(`${head.slice(0, -1)},"sections":[`);
    },
    beginSection: async (section) => {
      current = section;
      rowCount = 0;
      const meta =
        section.kind === 'nodes'
          ? {
              kind: 'nodes',
              name: section.name,
              label: section.model.label,
              idProperty: section.model.idProperty,
            }
          : section.kind === 'relationships'
            ? {
                kind: 'relationships',
                name: section.name,
                type: section.model.type,
                from: section.model.from,
                to: section.model.to,
              }
            : { kind: 'table', name: section.name, columns: section.columns.map((c) => c.name) };
      const text = JSON.stringify(meta);
      await sink.write(`${sectionCount++ > 0 ? ',' : ''}${text.slice(0, -1)},"rows":[`);
    },
    write: (row) => sink.write(`${rowCount++ > 0 ? ',' : ''}${rowJson(current as Section, row)}`),
    endSection: async () => {
      await sink.write(']}');
    },
    finish: async () => {
      await sink.write(']}\n');
      await sink.end();
    },
  };
}
