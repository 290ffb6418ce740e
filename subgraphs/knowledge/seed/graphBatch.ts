import type { EntityType } from './mortgageCatalog.js';

// The wire format between the generator and the loader. Rows carry Neo4j property names and plain
// JSON values: `created_at` / `processed_at` are ISO strings the loader turns into DateTime.

export interface PackageRow {
  package_id: string;
  tenant_id: string;
  name: string;
  version: string;
  status: string;
  loan_program: string;
  created_at: string;
}
export interface DocumentRow {
  document_id: string;
  tenant_id: string;
  title: string;
  document_type: string;
  source: string;
  page_count: number;
  status: string;
  processed_at: string;
}
export interface NavigationRow {
  enhanced_node_id: string;
  tenant_id: string;
  title: string;
  level: number;
  section_path: string;
  content: string;
}
export interface DecisionTreeRow {
  tree_id: string;
  tenant_id: string;
  name: string;
  description: string;
  outcome: string;
  node_count: number;
}
export interface EntityRow {
  enhanced_entity_id: string;
  tenant_id: string;
  name: string;
  entity_type: EntityType;
  confidence: number;
}
export interface MatrixRow {
  matrix_id: string;
  tenant_id: string;
  product: string;
  occupancy: string;
  max_ltv: number;
  min_fico: number;
}

export interface NodeRows {
  DocumentPackage: PackageRow;
  Document: DocumentRow;
  NavigationNode: NavigationRow;
  DecisionTree: DecisionTreeRow;
  Entity: EntityRow;
  MatrixDocument: MatrixRow;
}
export type NodeLabel = keyof NodeRows;
export const NODE_LABELS: readonly NodeLabel[] = [
  'DocumentPackage',
  'Document',
  'NavigationNode',
  'DecisionTree',
  'Entity',
  'MatrixDocument',
];

export const RELATIONSHIPS = {
  PACKAGE_DOCUMENT: { type: 'CONTAINS', from: 'DocumentPackage', to: 'Document' },
  PACKAGE_MATRIX: { type: 'CONTAINS', from: 'DocumentPackage', to: 'MatrixDocument' },
  DOCUMENT_NAVIGATION: { type: 'HAS_NAVIGATION', from: 'Document', to: 'NavigationNode' },
  NAVIGATION_TREE: { type: 'HAS_DECISION_TREE', from: 'NavigationNode', to: 'DecisionTree' },
  DOCUMENT_ENTITY: { type: 'CONTAINS_ENTITY', from: 'Document', to: 'Entity' },
  ENTITY_RELATION: { type: 'RELATES_TO', from: 'Entity', to: 'Entity' },
} as const satisfies Record<string, { type: string; from: NodeLabel; to: NodeLabel }>;
export type RelationshipKind = keyof typeof RELATIONSHIPS;

export interface RelationshipRow {
  from: string;
  to: string;
  /** Empty except on RELATES_TO ({relation_type, confidence}). */
  properties: Record<string, string | number>;
}

export type NodeBatch = { [L in NodeLabel]: { kind: 'nodes'; label: L; rows: NodeRows[L][] } }[NodeLabel];
export interface RelationshipBatch {
  kind: 'relationships';
  relationship: RelationshipKind;
  rows: RelationshipRow[];
}
export type GraphBatch = NodeBatch | RelationshipBatch;

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

type NodeBuffers = { [L in NodeLabel]: NodeRows[L][] };

/**
 * Collects rows and hands them out as batches of at most `batchSize` rows, all node batches of a
 * drain before its relationship batches, so every relationship's endpoints are written first.
 */
export class BatchBuffer {
  private nodes: NodeBuffers = emptyNodes();
  private relationships = emptyRelationships();
  private nodeCount = 0;

  constructor(private readonly batchSize: number) {}

  get bufferedNodes(): number {
    return this.nodeCount;
  }

  addNode<L extends NodeLabel>(label: L, row: NodeRows[L]): void {
    this.nodes[label].push(row);
    this.nodeCount++;
  }

  addRelationship(
    kind: RelationshipKind,
    from: string,
    to: string,
    properties: RelationshipRow['properties'] = {},
  ): void {
    this.relationships[kind].push({ from, to, properties });
  }

  *drain(): Generator<GraphBatch> {
    const nodes = this.nodes;
    const relationships = this.relationships;
    this.nodes = emptyNodes();
    this.relationships = emptyRelationships();
    this.nodeCount = 0;
    for (const label of NODE_LABELS) {
      for (const rows of chunks<NodeRows[typeof label]>(nodes[label], this.batchSize)) {
        // TypeScript cannot correlate `label` with `rows` across the mapped union on its own.
        yield { kind: 'nodes', label, rows } as NodeBatch;
      }
    }
    for (const relationship of Object.keys(RELATIONSHIPS) as RelationshipKind[]) {
      for (const rows of chunks(relationships[relationship], this.batchSize)) {
        yield { kind: 'relationships', relationship, rows };
      }
    }
  }
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

function emptyNodes(): NodeBuffers {
  return {
    DocumentPackage: [],
    Document: [],
    NavigationNode: [],
    DecisionTree: [],
    Entity: [],
    MatrixDocument: [],
  };
}

function emptyRelationships(): Record<RelationshipKind, RelationshipRow[]> {
  return {
    PACKAGE_DOCUMENT: [],
    PACKAGE_MATRIX: [],
    DOCUMENT_NAVIGATION: [],
    NAVIGATION_TREE: [],
    DOCUMENT_ENTITY: [],
    ENTITY_RELATION: [],
  };
}
