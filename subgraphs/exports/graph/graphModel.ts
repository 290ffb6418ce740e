/**
 * The knowledge graph as exports read it: labels, unique id properties and typed properties, as
 * subgraphs/knowledge/schema.graphql declares them (subgraphs meet only through the supergraph, so
 * this is a copy of the model, not an import). Typed columns give Parquet, GraphML and CYPHER
 * their types; properties outside the model are still carried by JSON, XML and CYPHER.
 */
export type ColumnType = 'string' | 'int' | 'float' | 'datetime' | 'boolean' | 'json';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export interface LabelModel {
  readonly label: string;
  readonly idProperty: string;
  readonly columns: readonly Column[];
}

export interface RelationshipModel {
  /** Unique among relationship kinds: `TYPE` or `TYPE_To` when a type joins several label pairs. */
  readonly name: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly columns: readonly Column[];
}

const s = (name: string): Column => ({ name, type: 'string' });
const i = (name: string): Column => ({ name, type: 'int' });
const f = (name: string): Column => ({ name, type: 'float' });
const d = (name: string): Column => ({ name, type: 'datetime' });

export const LABELS: readonly LabelModel[] = [
  {
    label: 'DocumentPackage',
    idProperty: 'package_id',
    columns: [
      s('package_id'),
      s('tenant_id'),
      s('name'),
      s('version'),
      s('status'),
      s('loan_program'),
      d('created_at'),
    ],
  },
  {
    label: 'Document',
    idProperty: 'document_id',
    columns: [
      s('document_id'),
      s('tenant_id'),
      s('title'),
      s('document_type'),
      s('source'),
      i('page_count'),
      s('status'),
      d('processed_at'),
    ],
  },
  {
    label: 'NavigationNode',
    idProperty: 'enhanced_node_id',
    columns: [s('enhanced_node_id'), s('tenant_id'), s('title'), i('level'), s('section_path'), s('content')],
  },
  {
    label: 'DecisionTree',
    idProperty: 'tree_id',
    columns: [s('tree_id'), s('tenant_id'), s('name'), s('description'), s('outcome'), i('node_count')],
  },
  {
    label: 'Entity',
    idProperty: 'enhanced_entity_id',
    columns: [s('enhanced_entity_id'), s('tenant_id'), s('name'), s('entity_type'), f('confidence')],
  },
  {
    label: 'MatrixDocument',
    idProperty: 'matrix_id',
    columns: [s('matrix_id'), s('tenant_id'), s('product'), s('occupancy'), f('max_ltv'), i('min_fico')],
  },
];

export const RELATIONSHIPS: readonly RelationshipModel[] = [
  { name: 'CONTAINS_Document', type: 'CONTAINS', from: 'DocumentPackage', to: 'Document', columns: [] },
  {
    name: 'CONTAINS_MatrixDocument',
    type: 'CONTAINS',
    from: 'DocumentPackage',
    to: 'MatrixDocument',
    columns: [],
  },
  { name: 'HAS_NAVIGATION', type: 'HAS_NAVIGATION', from: 'Document', to: 'NavigationNode', columns: [] },
  {
    name: 'HAS_DECISION_TREE',
    type: 'HAS_DECISION_TREE',
    from: 'NavigationNode',
    to: 'DecisionTree',
    columns: [],
  },
  { name: 'CONTAINS_ENTITY', type: 'CONTAINS_ENTITY', from: 'Document', to: 'Entity', columns: [] },
  {
    name: 'RELATES_TO',
    type: 'RELATES_TO',
    from: 'Entity',
    to: 'Entity',
    columns: [s('relation_type'), f('confidence')],
  },
];

const byLabel = new Map(LABELS.map((l) => [l.label, l]));

export function labelModel(label: string): LabelModel {
  const model = byLabel.get(label);
  if (!model) throw new Error(`label ${label} is not in the export model`);
  return model;
}
