import type { Column, LabelModel, RelationshipModel } from './graphModel.js';

/** A JSON-compatible value as exports write it (temporal values become ISO strings). */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };
export type Properties = Record<string, Plain>;

/** Nodes of one label. Rows are the nodes' property maps. */
export interface NodeSection {
  readonly kind: 'nodes';
  readonly name: string;
  readonly model: LabelModel;
}

/** Relationships of one kind. Rows carry the endpoint ids and the relationship's properties. */
export interface RelationshipSection {
  readonly kind: 'relationships';
  readonly name: string;
  readonly model: RelationshipModel;
  readonly fromId: string;
  readonly toId: string;
}

/** Rows of named columns (tabular exports, query results). */
export interface TableSection {
  readonly kind: 'table';
  readonly name: string;
  readonly columns: readonly Column[];
}

export type Section = NodeSection | RelationshipSection | TableSection;

export interface RelationshipRow {
  from: string;
  to: string;
  properties: Properties;
}

/** What one section's rows look like, by kind. */
export type Row = Properties | RelationshipRow;

/** Columns a tabular format writes for a section: endpoints first for relationships. */
export function tableColumns(section: Section): readonly Column[] {
  switch (section.kind) {
    case 'nodes':
      return section.model.columns;
    case 'relationships':
      return [
        { name: `from_${section.fromId}`, type: 'string' },
        { name: `to_${section.toId}`, type: 'string' },
        ...section.model.columns,
      ];
    case 'table':
      return section.columns;
  }
}

export type Cells = Array<Plain | undefined>;

/**
 * A function reading a row's values in tableColumns(section) order, built once per section:
 * tabular writers call it for millions of rows, so it only indexes, never builds keyed objects.
 */
export function tableReader(section: Section): (row: Row) => Cells {
  if (section.kind === 'relationships') {
    const names = section.model.columns.map((c) => c.name);
    return (row) => {
      const rel = row as RelationshipRow;
      const cells: Cells = [rel.from, rel.to];
      for (const name of names) cells.push(rel.properties[name]);
      return cells;
    };
  }
  const names = tableColumns(section).map((c) => c.name);
  return (row) => {
    const properties = row as Properties;
    const cells: Cells = [];
    for (const name of names) cells.push(properties[name]);
    return cells;
  };
}
