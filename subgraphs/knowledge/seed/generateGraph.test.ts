import { describe, expect, it } from 'vitest';
import { NODE_IDS } from '../graphSchema.js';
import { expectedCounts, generateTenantGraph, type GenerateOptions } from './generateGraph.js';
import { RELATIONSHIPS, type GraphBatch, type NodeLabel, type RelationshipKind } from './graphBatch.js';

const BASE: GenerateOptions = {
  tenantId: 'tenant-test',
  packages: 6,
  documentsPerPackage: 3,
  entitiesPerDocument: 7,
  seed: 42,
};

interface Collected {
  batches: GraphBatch[];
  /** id → label, in the order nodes were yielded. */
  nodes: Map<string, NodeLabel>;
  tenants: Set<string>;
  relationships: { kind: RelationshipKind; from: string; to: string; properties: Record<string, unknown> }[];
  byLabel: Partial<Record<NodeLabel, number>>;
}

function idOf(label: NodeLabel, row: object): string {
  return String(Reflect.get(row, NODE_IDS[label] ?? ''));
}

function nodeRows(options: GenerateOptions): Map<string, string> {
  const rows = new Map<string, string>();
  for (const batch of generateTenantGraph(options)) {
    if (batch.kind === 'nodes')
      for (const row of batch.rows) rows.set(idOf(batch.label, row), JSON.stringify(row));
  }
  return rows;
}

function collect(options: GenerateOptions): Collected {
  const out: Collected = {
    batches: [],
    nodes: new Map(),
    tenants: new Set(),
    relationships: [],
    byLabel: {},
  };
  for (const batch of generateTenantGraph(options)) {
    out.batches.push(batch);
    if (batch.kind === 'relationships') {
      for (const row of batch.rows) out.relationships.push({ kind: batch.relationship, ...row });
      continue;
    }
    for (const row of batch.rows) {
      const id = idOf(batch.label, row);
      expect(out.nodes.has(id), `duplicate id ${id}`).toBe(false);
      out.nodes.set(id, batch.label);
      out.tenants.add(row.tenant_id);
    }
    out.byLabel[batch.label] = (out.byLabel[batch.label] ?? 0) + batch.rows.length;
  }
  return out;
}

describe('generateTenantGraph', () => {
  it('yields byte-identical output for the same options and seed', () => {
    expect(JSON.stringify(collect(BASE).batches)).toBe(JSON.stringify(collect(BASE).batches));
  });

  it('yields different content for a different seed, under the same ids', () => {
    const a = collect(BASE);
    const b = collect({ ...BASE, seed: 43 });
    expect(JSON.stringify(b.batches)).not.toBe(JSON.stringify(a.batches));
    expect([...b.nodes.keys()]).toEqual([...a.nodes.keys()]);
  });

  it('keeps existing packages unchanged when more packages are generated', () => {
    const small = nodeRows(BASE);
    const large = nodeRows({ ...BASE, packages: 9 });
    expect(large.size).toBeGreaterThan(small.size);
    for (const [id, row] of small) expect(large.get(id)).toBe(row);
  });

  it('puts the requested tenant on every node and in every id', () => {
    const { nodes, tenants } = collect(BASE);
    expect([...tenants]).toEqual(['tenant-test']);
    for (const id of nodes.keys()) expect(id.startsWith('tenant-test-')).toBe(true);
  });

  it('gives two tenants disjoint ids', () => {
    const a = collect(BASE);
    const b = collect({ ...BASE, tenantId: 'tenant-test-2' });
    for (const id of b.nodes.keys()) expect(a.nodes.has(id)).toBe(false);
  });

  it('produces the counts the options ask for', () => {
    const { nodes, relationships, byLabel } = collect(BASE);
    const documents = BASE.packages * BASE.documentsPerPackage;
    expect(byLabel).toEqual({
      DocumentPackage: 6,
      Document: documents,
      NavigationNode: documents * 6,
      DecisionTree: documents * 2,
      Entity: documents * BASE.entitiesPerDocument,
      MatrixDocument: BASE.packages * 3,
    });
    expect({ nodes: nodes.size, relationships: relationships.length }).toEqual(expectedCounts(BASE));
    const relatesTo = relationships.filter((r) => r.kind === 'ENTITY_RELATION').length;
    expect(relatesTo).toBe(documents * BASE.entitiesPerDocument * 2);
  });

  it('matches expectedCounts for unusual shapes', () => {
    const shapes: GenerateOptions[] = [
      { ...BASE, entitiesPerDocument: 1, sectionsPerDocument: 1 },
      { ...BASE, entitiesPerDocument: 0, sectionsPerDocument: 0, matricesPerPackage: 0 },
      { ...BASE, packages: 0 },
      {
        ...BASE,
        entitiesPerDocument: 3,
        relationsPerEntity: 5,
        decisionTreesPerDocument: 9,
        matricesPerPackage: 20,
      },
    ];
    for (const shape of shapes) {
      const { nodes, relationships } = collect(shape);
      expect({ nodes: nodes.size, relationships: relationships.length }).toEqual(expectedCounts(shape));
    }
  });

  it('links only nodes of the right labels, each yielded before the relationship', () => {
    const seen = new Map<string, NodeLabel>();
    for (const batch of generateTenantGraph({ ...BASE, batchSize: 7, flushNodes: 40 })) {
      if (batch.kind === 'nodes') {
        for (const row of batch.rows) seen.set(idOf(batch.label, row), batch.label);
        continue;
      }
      const { from, to } = RELATIONSHIPS[batch.relationship];
      for (const row of batch.rows) {
        expect(seen.get(row.from), `${batch.relationship} from ${row.from}`).toBe(from);
        expect(seen.get(row.to), `${batch.relationship} to ${row.to}`).toBe(to);
      }
    }
  });

  it('never links an entity to itself or twice to the same target', () => {
    const { relationships } = collect(BASE);
    const entityLinks = relationships.filter((r) => r.kind === 'ENTITY_RELATION');
    expect(entityLinks.every((r) => r.from !== r.to)).toBe(true);
    expect(new Set(entityLinks.map((r) => `${r.from}>${r.to}`)).size).toBe(entityLinks.length);
    for (const r of entityLinks) {
      expect(r.properties).toEqual({ relation_type: expect.any(String), confidence: expect.any(Number) });
    }
  });

  it('keeps every batch within batchSize', () => {
    const { batches } = collect({ ...BASE, batchSize: 25, flushNodes: 100 });
    expect(batches.length).toBeGreaterThan(12);
    for (const batch of batches) expect(batch.rows.length).toBeLessThanOrEqual(25);
  });

  it('writes ISO timestamps, integer counts and plausible lending figures', () => {
    for (const batch of collect(BASE).batches) {
      if (batch.kind !== 'nodes') continue;
      switch (batch.label) {
        case 'DocumentPackage':
          for (const row of batch.rows) expect(new Date(row.created_at).toISOString()).toBe(row.created_at);
          break;
        case 'Document':
          for (const row of batch.rows) {
            expect(new Date(row.processed_at).toISOString()).toBe(row.processed_at);
            expect(Number.isInteger(row.page_count)).toBe(true);
          }
          break;
        case 'MatrixDocument':
          for (const row of batch.rows) {
            expect(row.max_ltv).toBeGreaterThanOrEqual(50);
            expect(row.max_ltv).toBeLessThanOrEqual(100);
            expect(row.min_fico).toBeGreaterThanOrEqual(580);
          }
          break;
        case 'NavigationNode':
          for (const row of batch.rows) expect(row.section_path.length).toBeGreaterThan(0);
          break;
        default:
          break;
      }
    }
  });

  it('rejects negative or fractional sizes', () => {
    expect(() => [...generateTenantGraph({ ...BASE, packages: -1 })]).toThrow(/packages/);
    expect(() => [...generateTenantGraph({ ...BASE, entitiesPerDocument: 1.5 })]).toThrow(
      /entitiesPerDocument/,
    );
  });
});
