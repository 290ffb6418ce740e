import { PlatformError } from '../../../lib/errors.js';
import { jobParams, type ExportJobRecord } from '../jobs/ExportJobRecord.js';
import { validateCustomQuery } from './customQuery.js';
import { LABELS, RELATIONSHIPS, labelModel, type Column, type RelationshipModel } from './graphModel.js';
import { analyticsTables, auditTable, matrixTable } from './tables.js';
import type { Section, TableSection } from './sections.js';

/** One section read from Neo4j: its Cypher, and a cheap count for progress (null when unknown). */
export interface CypherSectionQuery {
  readonly source: 'cypher';
  /** Null for CUSTOM_QUERY: the columns are only known from the result. */
  readonly section: Section | null;
  readonly cypher: string;
  readonly count: string | null;
}

/** The tenant's audit trail (AUDIT_LOG), read from the hash-chained log oldest first. */
export interface AuditSectionQuery {
  readonly source: 'audit';
  readonly section: TableSection;
}

export type SectionQuery = CypherSectionQuery | AuditSectionQuery;

export interface ExportPlan {
  readonly sections: readonly SectionQuery[];
  /** Parameters of every query; `tenantId` is always the job's tenant. */
  readonly params: Record<string, unknown>;
  /** CUSTOM_QUERY results are checked row by row for other tenants' nodes. */
  readonly untrusted: boolean;
}

/** Which nodes of a label an export covers: a MATCH binding `v`, and a membership test for `v`. */
interface Scope {
  labels: readonly string[];
  relationships: readonly RelationshipModel[];
  match(label: string, v: string): string;
  member(label: string, v: string): string | null;
}

const tenantMatch = (label: string, v: string): string =>
  `MATCH (${v}:${label}) WHERE ${v}.tenant_id = $tenantId`;

const WHOLE_TENANT: Scope = {
  labels: LABELS.map((l) => l.label),
  relationships: RELATIONSHIPS,
  match: tenantMatch,
  member: () => null,
};

// How each label hangs off a package (the outline the pipeline writes).
const PACKAGE_PATHS: Readonly<Record<string, string>> = {
  Document: '-[:CONTAINS]->(V:Document)',
  MatrixDocument: '-[:CONTAINS]->(V:MatrixDocument)',
  NavigationNode: '-[:CONTAINS]->(:Document)-[:HAS_NAVIGATION]->(V:NavigationNode)',
  DecisionTree:
    '-[:CONTAINS]->(:Document)-[:HAS_NAVIGATION]->(:NavigationNode)-[:HAS_DECISION_TREE]->(V:DecisionTree)',
  Entity: '-[:CONTAINS]->(:Document)-[:CONTAINS_ENTITY]->(V:Entity)',
};
const PACKAGE_ROOT = '(pkg:DocumentPackage {package_id: $packageId})';

const ONE_PACKAGE: Scope = {
  labels: WHOLE_TENANT.labels,
  relationships: RELATIONSHIPS,
  match: (label, v) => {
    if (label === 'DocumentPackage')
      return `MATCH (${v}:DocumentPackage {package_id: $packageId}) WHERE ${v}.tenant_id = $tenantId`;
    const path = (PACKAGE_PATHS[label] ?? '').replace('V:', `${v}:`);
    // DISTINCT: an entity named by two documents of the package is exported once.
    return `MATCH ${PACKAGE_ROOT} WHERE pkg.tenant_id = $tenantId MATCH (pkg)${path} WHERE ${v}.tenant_id = $tenantId WITH DISTINCT ${v}`;
  },
  member: (label, v) => {
    if (label === 'DocumentPackage') return `${v}.package_id = $packageId`;
    const path = (PACKAGE_PATHS[label] ?? '').replace(/\(V:[A-Za-z]+\)/, `(${v})`);
    return `EXISTS { MATCH (pkg2:DocumentPackage {package_id: $packageId})${path} WHERE pkg2.tenant_id = $tenantId }`;
  },
};

const ENTITIES: Scope = {
  labels: ['Entity'],
  relationships: RELATIONSHIPS.filter((r) => r.type === 'RELATES_TO'),
  match: tenantMatch,
  member: () => null,
};

const DECISION_TREES: Scope = {
  labels: ['NavigationNode', 'DecisionTree'],
  relationships: RELATIONSHIPS.filter((r) => r.type === 'HAS_DECISION_TREE'),
  match: (label, v) =>
    label === 'NavigationNode'
      ? `${tenantMatch(label, v)} AND EXISTS { (${v})-[:HAS_DECISION_TREE]->(:DecisionTree) }`
      : tenantMatch(label, v),
  member: () => null,
};

function graphSections(scope: Scope): SectionQuery[] {
  const nodes = scope.labels.map((label): SectionQuery => {
    const match = scope.match(label, 'n');
    return {
      source: 'cypher',
      section: { kind: 'nodes', name: label, model: labelModel(label) },
      cypher: `${match} RETURN properties(n) AS p`,
      count: `${match} RETURN count(n) AS c`,
    };
  });
  const relationships = scope.relationships.map((model): SectionQuery => {
    const fromId = labelModel(model.from).idProperty;
    const toId = labelModel(model.to).idProperty;
    const member = scope.member(model.to, 'b');
    const match =
      `${scope.match(model.from, 'a')} MATCH (a)-[r:${model.type}]->(b:${model.to}) ` +
      `WHERE b.tenant_id = $tenantId${member ? ` AND ${member}` : ''}`;
    return {
      source: 'cypher',
      section: { kind: 'relationships', name: model.name, model, fromId, toId },
      cypher: `${match} RETURN a.${fromId} AS f, b.${toId} AS t, properties(r) AS p`,
      count: `${match} RETURN count(r) AS c`,
    };
  });
  return [...nodes, ...relationships];
}

function tableSection(name: string, columns: readonly Column[], cypher: string): SectionQuery {
  return {
    source: 'cypher',
    section: { kind: 'table', name, columns },
    cypher,
    count: `CALL { ${cypher} } RETURN count(*) AS c`,
  };
}

/** Turns a job into the queries that read it; input problems surface as typed errors. */
export function buildPlan(job: ExportJobRecord, maxQueryLength = 20_000): ExportPlan {
  const params: Record<string, unknown> = { tenantId: job.tenantId };
  switch (job.type) {
    case 'FULL_KNOWLEDGE_GRAPH':
      return { sections: graphSections(WHOLE_TENANT), params, untrusted: false };
    case 'DOCUMENT_PACKAGE':
      if (!job.packageId)
        throw new PlatformError('BAD_USER_INPUT', 'DOCUMENT_PACKAGE exports need packageId', {
          field: 'packageId',
        });
      return {
        sections: graphSections(ONE_PACKAGE),
        params: { ...params, packageId: job.packageId },
        untrusted: false,
      };
    case 'ENTITY_RELATIONSHIPS':
      return { sections: graphSections(ENTITIES), params, untrusted: false };
    case 'DECISION_TREES':
      return { sections: graphSections(DECISION_TREES), params, untrusted: false };
    case 'MATRIX_DATA':
      return {
        sections: [tableSection('matrices', matrixTable.columns, matrixTable.cypher)],
        params,
        untrusted: false,
      };
    case 'ANALYTICS_REPORT':
      return {
        sections: analyticsTables().map((t) => tableSection(t.name, t.columns, t.cypher)),
        params,
        untrusted: false,
      };
    case 'AUDIT_LOG':
      return {
        sections: [{ source: 'audit', section: { kind: 'table', ...auditTable } }],
        params,
        untrusted: false,
      };
    case 'COMPLIANCE_REPORT':
      // One stored document, not sections (worker/complianceReportExport.ts).
      return { sections: [], params, untrusted: false };
    case 'CUSTOM_QUERY': {
      const cypher = validateCustomQuery(job.query, maxQueryLength);
      // The caller's own parameters first, so `tenantId` cannot be overridden.
      return {
        sections: [{ source: 'cypher', section: null, cypher, count: null }],
        params: { ...jobParams(job), ...params },
        untrusted: true,
      };
    }
  }
}
