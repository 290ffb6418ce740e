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

type RowJson = (row: Row) => string;

/**
 * The JSON of one row of a section. The section's constant parts (kind, label, type, endpoint
 * labels) are serialised once per section rather than once per row: millions of rows go through.
 */
function rowJson(section: Section): RowJson {
  switch (section.kind) {
    case 'nodes': {
      const { idProperty, label } = section.model;
      const head = `{"kind":"node","label":${JSON.stringify(label)},"id":`;
      return (row) => {
        const id = (row as Record<string, unknown>)[idProperty];
        return `${head}${JSON.stringify(id ?? null)},"properties":${JSON.stringify(row)}}`;
      };
    }
    case 'relationships': {
      const { model } = section;
      const head = `{"kind":"relationship","type":${JSON.stringify(model.type)},"from":{"label":${JSON.stringify(model.from)},"id":`;
      const middle = `},"to":{"label":${JSON.stringify(model.to)},"id":`;
      return (row) => {
        const rel = row as RelationshipRow;
        return `${head}${JSON.stringify(rel.from)}${middle}${JSON.stringify(rel.to)}},"properties":${JSON.stringify(rel.properties)}}`;
      };
    }
    case 'table': {
      const head = `{"kind":"row","table":${JSON.stringify(section.name)},"values":`;
      return (row) => `${head}${JSON.stringify(row)}}`;
    }
  }
}

const NO_SECTION: RowJson = () => {
  throw new Error('row written outside a section');
};

/** JSON Lines: a header line, then one line per node, relationship or row. */
export function jsonLinesWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  let json = NO_SECTION;
  return {
    begin: async () => {
      await sink.write(`${JSON.stringify({ kind: 'header', ...header(context) })}\n`);
    },
    beginSection: async (section) => {
      json = rowJson(section);
    },
    write: (row) => sink.write(`${json(row)}\n`),
    endSection: async () => {
      json = NO_SECTION;
    },
    finish: () => sink.end(),
  };
}

/** One JSON document: `{ …header, sections: [{ kind, name, rows: [...] }] }`, written incrementally. */
export function jsonDocumentWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  let json = NO_SECTION;
  let sectionCount = 0;
  let rowCount = 0;
  return {
    begin: async () => {
      const head = JSON.stringify(header(context));
      await sink.write(`${head.slice(0, -1)},"sections":[`);
    },
    beginSection: async (section) => {
      json = rowJson(section);
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
    write: (row) => sink.write(`${rowCount++ > 0 ? ',' : ''}${json(row)}`),
    endSection: async () => {
      await sink.write(']}');
    },
    finish: async () => {
      await sink.write(']}\n');
      await sink.end();
    },
  };
}
