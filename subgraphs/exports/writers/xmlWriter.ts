import type { Plain, Properties, RelationshipRow, Section } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { TextSink } from './TextSink.js';
import { xmlEscape, xmlValue } from './xmlText.js';

function valueType(value: Plain): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'json';
  return 'string';
}

function properties(tag: string, attribute: string, map: Properties): string {
  let out = '';
  for (const key in map) {
    const value = map[key];
    if (value === null || value === undefined) continue;
    out += `<${tag} ${attribute}="${xmlEscape(key)}" type="${valueType(value)}">${xmlValue(value)}</${tag}>`;
  }
  return out;
}

/**
 * XML: `<export>` holding `<nodes label>` / `<relationships type from to>` / `<table name>` sections;
 * property names are attributes, so any Neo4j key stays well-formed XML.
 */
export function xmlWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  const { job } = context;
  let current: Section | null = null;
  const close: Record<Section['kind'], string> = {
    nodes: '</nodes>',
    relationships: '</relationships>',
    table: '</table>',
  };
  return {
    begin: async () => {
      await sink.write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<export format="kg-export/1" type="${job.type}" ` +
          `tenantId="${xmlEscape(job.tenantId)}" exportId="${job.id}" exportedAt="${context.exportedAt}">\n`,
      );
    },
    beginSection: async (section) => {
      current = section;
      const open =
        section.kind === 'nodes'
          ? `<nodes label="${xmlEscape(section.model.label)}" idProperty="${section.model.idProperty}">`
          : section.kind === 'relationships'
            ? `<relationships type="${section.model.type}" from="${section.model.from}" to="${section.model.to}">`
            : `<table name="${xmlEscape(section.name)}">`;
      await sink.write(`${open}\n`);
    },
    write: (row) => {
      const section = current as Section;
      switch (section.kind) {
        case 'nodes': {
          const map = row as Properties;
          const id = map[section.model.idProperty];
          return sink.write(
            `<node id="${xmlValue(id ?? '')}">${properties('property', 'name', map)}</node>\n`,
          );
        }
        case 'relationships': {
          const rel = row as RelationshipRow;
          return sink.write(
            `<relationship from="${xmlEscape(rel.from)}" to="${xmlEscape(rel.to)}">${properties('property', 'name', rel.properties)}</relationship>\n`,
          );
        }
        case 'table':
          return sink.write(`<row>${properties('value', 'column', row as Properties)}</row>\n`);
      }
    },
    endSection: async () => {
      await sink.write(`${close[(current as Section).kind]}\n`);
      current = null;
    },
    finish: async () => {
      await sink.write('</export>\n');
      await sink.end();
    },
  };
}
