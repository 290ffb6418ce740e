import { LABELS, RELATIONSHIPS, type Column } from './graphModel.js';

export interface TableQuery {
  readonly name: string;
  readonly columns: readonly Column[];
  readonly cypher: string;
}

const s = (name: string): Column => ({ name, type: 'string' });
const i = (name: string): Column => ({ name, type: 'int' });
const f = (name: string): Column => ({ name, type: 'float' });

const d = (name: string): Column => ({ name, type: 'datetime' });
const j = (name: string): Column => ({ name, type: 'json' });
const b = (name: string): Column => ({ name, type: 'boolean' });

/**
 * AUDIT_LOG: one row per entry of the tenant's hash-chained audit trail, oldest first. The hashes
 * travel with the rows, so whoever receives the file can re-verify the chain (docs/EXPORTS.md);
 * an empty event_type / resource_type / risk_score is a field the record does not have. `details`
 * and `personal` (the sealed personal fields) are as stored, which the hashes are over;
 * `personal_details` is `personal` opened (null once the subject was erased, docs/AUDIT.md).
 */
export const auditTable: { readonly name: string; readonly columns: readonly Column[] } = {
  name: 'audit_log',
  columns: [
    i('sequence'),
    s('id'),
    d('occurred_at'),
    s('actor'),
    s('action'),
    s('event_type'),
    s('resource_type'),
    s('resource'),
    s('outcome'),
    i('risk_score'),
    j('details'),
    j('personal'),
    j('personal_details'),
    b('personal_data_erased'),
    s('previous_hash'),
    s('hash'),
  ],
};

/** MATRIX_DATA: one row per LTV/FICO matrix with its package, small enough to sort. */
export const matrixTable: TableQuery = {
  name: 'matrices',
  columns: [
    s('matrix_id'),
    s('product'),
    s('occupancy'),
    f('max_ltv'),
    i('min_fico'),
    s('package_id'),
    s('package_name'),
    s('loan_program'),
  ],
  cypher:
    'MATCH (m:MatrixDocument) WHERE m.tenant_id = $tenantId ' +
    'OPTIONAL MATCH (p:DocumentPackage)-[:CONTAINS]->(m) WHERE p.tenant_id = $tenantId ' +
    'RETURN m.matrix_id AS matrix_id, m.product AS product, m.occupancy AS occupancy, m.max_ltv AS max_ltv, ' +
    'm.min_fico AS min_fico, p.package_id AS package_id, p.name AS package_name, p.loan_program AS loan_program ' +
    'ORDER BY package_id, matrix_id',
};

/** ANALYTICS_REPORT: aggregates only, each a handful of rows whatever the graph size. */
export function analyticsTables(): TableQuery[] {
  // One index seek per label (tenant_id index) rather than one scan of every node.
  const byLabel = LABELS.map(
    (l) =>
      `MATCH (n:${l.label}) WHERE n.tenant_id = $tenantId RETURN '${l.label}' AS label, count(n) AS count`,
  ).join(' UNION ALL ');
  const byType = RELATIONSHIPS.map(
    (r) =>
      `MATCH (a:${r.from})-[x:${r.type}]->(:${r.to}) WHERE a.tenant_id = $tenantId ` +
      `RETURN '${r.type}' AS type, '${r.from}' AS from_label, '${r.to}' AS to_label, count(x) AS count`,
  ).join(' UNION ALL ');
  return [
    {
      name: 'nodes_by_label',
      columns: [s('label'), i('count')],
      cypher: `CALL { ${byLabel} } RETURN label, count`,
    },
    {
      name: 'relationships_by_type',
      columns: [s('type'), s('from_label'), s('to_label'), i('count')],
      cypher: `CALL { ${byType} } RETURN type, from_label, to_label, count`,
    },
    {
      name: 'packages_by_program',
      columns: [s('loan_program'), s('status'), i('count')],
      cypher:
        'MATCH (p:DocumentPackage) WHERE p.tenant_id = $tenantId ' +
        'RETURN p.loan_program AS loan_program, p.status AS status, count(*) AS count ORDER BY count DESC, loan_program',
    },
    {
      name: 'documents_by_type',
      columns: [s('document_type'), i('count'), i('pages')],
      cypher:
        'MATCH (d:Document) WHERE d.tenant_id = $tenantId ' +
        'RETURN d.document_type AS document_type, count(*) AS count, sum(d.page_count) AS pages ORDER BY count DESC, document_type',
    },
    {
      name: 'entities_by_type',
      columns: [s('entity_type'), i('count'), f('avg_confidence')],
      cypher:
        'MATCH (e:Entity) WHERE e.tenant_id = $tenantId ' +
        'RETURN e.entity_type AS entity_type, count(*) AS count, avg(e.confidence) AS avg_confidence ORDER BY count DESC, entity_type',
    },
    {
      name: 'decision_outcomes',
      columns: [s('outcome'), i('count'), f('avg_node_count')],
      cypher:
        'MATCH (t:DecisionTree) WHERE t.tenant_id = $tenantId ' +
        'RETURN t.outcome AS outcome, count(*) AS count, avg(t.node_count) AS avg_node_count ORDER BY count DESC, outcome',
    },
  ];
}
