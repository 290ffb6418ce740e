import type { Driver } from 'neo4j-driver';
import { NODE_IDS } from '../graphSchema.js';
import { expectedCounts, generateTenantGraph, type GenerateOptions } from './generateGraph.js';
import {
  RELATIONSHIPS,
  type GraphBatch,
  type GraphCounts,
  type NodeLabel,
  type RelationshipKind,
} from './graphBatch.js';

export interface LoadOptions extends GenerateOptions {
  /**
   * Batches written at once. Only batches that cannot lock each other's nodes overlap: node batches
   * (distinct unique ids), or batches of one relationship kind (contiguous slices of the outline).
   * Switching kinds waits for what is in flight, which also puts nodes before their relationships.
   * @default 4
   */
  concurrency?: number;
}

export interface LoadProgress extends GraphCounts {
  /** What the whole load will write, to show a percentage. */
  expected: GraphCounts;
}

/**
 * Properties that need a Cypher conversion: the generator sends DateTimes as ISO strings, and the
 * driver sends every JS number as a float, which would store Int fields as 41.0.
 */
const CONVERSIONS: Readonly<Record<NodeLabel, Readonly<Record<string, 'datetime' | 'toInteger'>>>> = {
  DocumentPackage: { created_at: 'datetime' },
  Document: { page_count: 'toInteger', processed_at: 'datetime' },
  NavigationNode: { level: 'toInteger' },
  DecisionTree: { node_count: 'toInteger' },
  Entity: {},
  MatrixDocument: { min_fico: 'toInteger' },
};

function idOf(label: NodeLabel): string {
  const id = NODE_IDS[label];
  if (!id) throw new Error(`no id property registered for ${label}`);
  return id;
}

function nodeCypher(label: NodeLabel): string {
  const id = idOf(label);
  const overrides = Object.entries(CONVERSIONS[label])
    .map(([property, fn]) => `, ${property}: ${fn}(row.${property})`)
    .join('');
  // MERGE on the constrained id keeps re-runs idempotent and is an index seek, so it stays cheap.
  return `UNWIND $rows AS row MERGE (n:${label} {${id}: row.${id}}) SET n += row {.*${overrides}}`;
}

function relationshipCypher(kind: RelationshipKind): string {
  const { type, from, to } = RELATIONSHIPS[kind];
  const setProperties = kind === 'ENTITY_RELATION' ? ' SET r += row.properties' : '';
  return (
    `UNWIND $rows AS row MATCH (a:${from} {${idOf(from)}: row.from}) MATCH (b:${to} {${idOf(to)}: row.to}) ` +
    `MERGE (a)-[r:${type}]->(b)${setProperties}`
  );
}

/**
 * Writes one tenant's generated graph, one transaction per batch, and returns how many nodes and
 * relationships were written (re-running writes the same counts but creates nothing new).
 */
export async function loadGraph(
  driver: Driver,
  database: string,
  options: LoadOptions,
  onProgress?: (progress: LoadProgress) => void,
): Promise<GraphCounts> {
  const { concurrency = 4, ...generateOptions } = options;
  const expected = expectedCounts(generateOptions);
  const counts: GraphCounts = { nodes: 0, relationships: 0 };
  const inFlight = new Set<Promise<void>>();

  const write = async (batch: GraphBatch): Promise<void> => {
    const cypher = batch.kind === 'nodes' ? nodeCypher(batch.label) : relationshipCypher(batch.relationship);
    await driver.executeQuery(cypher, { rows: batch.rows }, { database });
    if (batch.kind === 'nodes') counts.nodes += batch.rows.length;
    else counts.relationships += batch.rows.length;
    onProgress?.({ ...counts, expected });
  };
  // Failures are kept rather than left as rejections nobody awaits; the first one is rethrown.
  let failure: { error: unknown } | undefined;
  const track = (batch: GraphBatch): void => {
    const pending: Promise<void> = write(batch)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(pending));
    inFlight.add(pending);
  };

  let group: string | undefined;
  for (const batch of generateTenantGraph(generateOptions)) {
    const batchGroup = batch.kind === 'nodes' ? 'nodes' : batch.relationship;
    if (batchGroup !== group) await Promise.all(inFlight);
    else if (inFlight.size >= Math.max(concurrency, 1)) await Promise.race(inFlight);
    group = batchGroup;
    if (failure) break;
    track(batch);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  return counts;
}
