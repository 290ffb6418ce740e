import { LABELS, type ColumnType } from '../graph/graphModel.js';
import type { Plain, Properties, RelationshipRow, Section } from '../graph/sections.js';
import type { ExportWriter, WriterContext } from './ExportWriter.js';
import { TextSink } from './TextSink.js';

/** Rows per UNWIND statement: large enough to replay fast, small enough for one transaction each. */
const BATCH = 500;

function quote(text: string): string {
  // One statement per line: newlines inside strings must be escapes, never raw line breaks.
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A Cypher literal; the model's type keeps 1.0 a float and turns ISO strings back into datetimes. */
function literal(value: Plain, type?: ColumnType): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return type === 'datetime' ? `datetime(${quote(value)})` : quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return type === 'float' && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(', ')}]`;
  return map(value);
}

function map(values: Properties, types?: ReadonlyMap<string, ColumnType>): string {
  const parts: string[] = [];
  for (const name in values) {
    const value = values[name];
    if (value !== undefined && value !== null)
      parts.push(`${key(name)}: ${literal(value, types?.get(name))}`);
  }
  return `{${parts.join(', ')}}`;
}

/**
 * A replayable Cypher script: constraints first, then `UNWIND [...] AS row MERGE` batches on the
 * unique ids, nodes before relationships. One statement per line, each ending with `;`, so
 * `cypher-shell -f` or a line-by-line runner replays it; MERGE makes a second replay a no-op.
 */
export function cypherWriter(context: WriterContext): ExportWriter {
  const sink = new TextSink(context.out);
  let current: Section | null = null;
  let types = new Map<string, ColumnType>();
  let batch: string[] = [];
  const statement = (): string => {
    const section = current as Section;
    const rows = `[${batch.join(', ')}]`;
    if (section.kind === 'nodes') {
      const { label, idProperty } = section.model;
      return `UNWIND ${rows} AS row MERGE (n:${key(label)} {${key(idProperty)}: row.${key(idProperty)}}) SET n += row;\n`;
    }
    if (section.kind === 'relationships') {
      const { model, fromId, toId } = section;
      return (
        `UNWIND ${rows} AS row MATCH (a:${key(model.from)} {${key(fromId)}: row.f}) MATCH (b:${key(model.to)} {${key(toId)}: row.t}) ` +
        `MERGE (a)-[r:${key(model.type)}]->(b) SET r += row.p;\n`
      );
    }
    return '';
  };
  const flush = (): Promise<void> | undefined => {
    if (batch.length === 0) return undefined;
    const text = statement();
    batch = [];
    return sink.write(text);
  };
  return {
    begin: async (sections) => {
      const { job } = context;
      let head =
        `// kg-export/1 CYPHER: ${job.type} of tenant ${JSON.stringify(job.tenantId)}, export ${job.id}, at ${context.exportedAt}\n` +
        '// Replay: one statement per line (cypher-shell -f this-file). MERGE on unique ids: replaying twice changes nothing.\n';
      const labels = new Set(sections.flatMap((s) => (s.kind === 'nodes' ? [s.model.label] : [])));
      for (const model of LABELS.filter((l) => labels.has(l.label))) {
        head += `CREATE CONSTRAINT ${model.label}_${model.idProperty}_unique IF NOT EXISTS FOR (n:${model.label}) REQUIRE n.${model.idProperty} IS UNIQUE;\n`;
      }
      await sink.write(head);
    },
    beginSection: async (section) => {
      current = section;
      const columns = section.kind === 'table' ? section.columns : section.model.columns;
      types = new Map(columns.map((c) => [c.name, c.type]));
      batch = [];
    },
    write: (row) => {
      const section = current as Section;
      if (section.kind === 'relationships') {
        const rel = row as RelationshipRow;
        batch.push(`{f: ${quote(rel.from)}, t: ${quote(rel.to)}, p: ${map(rel.properties, types)}}`);
      } else {
        batch.push(map(row as Properties, types));
      }
      return batch.length >= BATCH ? flush() : undefined;
    },
    endSection: async () => {
      await flush();
      current = null;
    },
    finish: () => sink.end(),
  };
}
