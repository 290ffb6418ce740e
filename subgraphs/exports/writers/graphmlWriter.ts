import type { Column, ColumnType } from '../graph/graphModel.js';
import type { Properties, RelationshipRow, Section } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { TextSink } from './TextSink.js';
import { xmlEscape, xmlValue } from './xmlText.js';

const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string',
  json: 'string',
  datetime: 'string',
  int: 'long',
  float: 'double',
  boolean: 'boolean',
};

/** Node ids must be unique across labels; ids are unique per label, so prefix the label. */
const nodeId = (label: string, id: unknown): string => xmlValue(`${label}:${String(id)}`);

/**
 * GraphML with typed keys declared from the model up front (`attr.type` long/double/string), a
 * `labels` key on nodes and a `label` key on edges, as Neo4j tools read them.
 */
export function graphmlWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  const nodeKeys = new Map<string, string>();
  const edgeKeys = new Map<string, string>();
  let current: Section | null = null;
  const data = (keys: Map<string, string>, map: Properties): string => {
    let out = '';
    for (const name in map) {
      const key = keys.get(name);
      const value = map[name];
      if (key && value !== null && value !== undefined) out += `<data key="${key}">${xmlValue(value)}</data>`;
    }
    return out;
  };
  const declare = (keys: Map<string, string>, kind: 'node' | 'edge', column: Column): string => {
    if (keys.has(column.name)) return '';
    const id = `${kind === 'node' ? 'n' : 'e'}${keys.size}`;
    keys.set(column.name, id);
    return `<key id="${id}" for="${kind}" attr.name="${xmlEscape(column.name)}" attr.type="${GRAPHML_TYPES[column.type]}"/>\n`;
  };
  return {
    begin: async (sections) => {
      let head =
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
        '<key id="labels" for="node" attr.name="labels" attr.type="string"/>\n' +
        '<key id="label" for="edge" attr.name="label" attr.type="string"/>\n';
      for (const section of sections) {
        if (section.kind === 'nodes')
          for (const c of section.model.columns) head += declare(nodeKeys, 'node', c);
        if (section.kind === 'relationships')
          for (const c of section.model.columns) head += declare(edgeKeys, 'edge', c);
      }
      head += `<graph id="G" edgedefault="directed">\n`;
      await sink.write(head);
    },
    beginSection: async (section) => {
      current = section;
    },
    write: (row) => {
      const section = current as Section;
      if (section.kind === 'nodes') {
        const map = row as Properties;
        const { label, idProperty } = section.model;
        return sink.write(
          `<node id="${nodeId(label, map[idProperty])}" labels=":${label}"><data key="labels">:${label}</data>${data(nodeKeys, map)}</node>\n`,
        );
      }
      if (section.kind === 'relationships') {
        const rel = row as RelationshipRow;
        const { model } = section;
        return sink.write(
          `<edge source="${nodeId(model.from, rel.from)}" target="${nodeId(model.to, rel.to)}" label="${model.type}">` +
            `<data key="label">${model.type}</data>${data(edgeKeys, rel.properties)}</edge>\n`,
        );
      }
      return undefined;
    },
    endSection: async () => {
      current = null;
    },
    finish: async () => {
      await sink.write('</graph>\n</graphml>\n');
      await sink.end();
    },
  };
}
