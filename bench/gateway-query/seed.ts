import type { Driver } from 'neo4j-driver';
import type { GenerateOptions } from '../../subgraphs/knowledge/seed/generateGraph.js';
import { loadGraph } from '../../subgraphs/knowledge/seed/loadGraph.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import type { RedisClient } from '../../lib/redis.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';
import { postGraphql } from './query.js';

/**
 * Size of the bench tenant's knowledge graph. With 20 export jobs over these packages the bench
 * query answers ~36 KB, the response size of the anchor measurements.
 */
export const GRAPH_SIZE = { packages: 5, documentsPerPackage: 4, entitiesPerDocument: 6, seed: 7 } as const;
export const EXPORT_JOBS = 20;

/**
 * The graph when the varied workload runs: 1,000 packages of the same shape (the guide sections,
 * decision trees and matrices the bench query never reads are left out to keep seeding short).
 * The identical workload still reads the 20 newest jobs, over the first 5 packages; the varied one
 * pages through 1,000 older jobs, one per package.
 */
export const VARIED_GRAPH_SIZE = {
  ...GRAPH_SIZE,
  packages: 1000,
  sectionsPerDocument: 0,
  decisionTreesPerDocument: 0,
  matricesPerPackage: 0,
  relationsPerEntity: 0,
} as const;
export const VARIED_JOBS = 1000;

/** Loads the tenant's knowledge graph (constraints exist: the knowledge subgraph ensured them). */
export async function seedKnowledge(
  driver: Driver,
  database: string,
  tenantId: string,
  size: Omit<GenerateOptions, 'tenantId'> = GRAPH_SIZE,
): Promise<string[]> {
  await loadGraph(driver, database, { tenantId, ...size });
  const { records } = await driver.executeQuery(
    'MATCH (p:DocumentPackage {tenant_id: $tenantId}) RETURN p.package_id AS id ORDER BY id',
    { tenantId },
    { database },
  );
  return records.map((record) => String(record.get('id')));
}

const JOB_CURSORS = `query BenchJobCursors($after: String) {
  exportJobs(first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } }
}`;

/**
 * The varied workload's page starts, newest first: the cursor of every job past the identical
 * workload's `skip` newest that has at least `page` jobs after it (a page after cursor k holds
 * jobs k+1 … k+page).
 */
export async function pageCursors(
  gatewayUrl: string,
  headers: Record<string, string>,
  skip: number,
  page: number,
): Promise<string[]> {
  const cursors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const reply = await postGraphql(
      gatewayUrl,
      headers,
      JSON.stringify({ query: JOB_CURSORS, variables: { after } }),
    );
    const connection = reply.body.data?.exportJobs as
      | { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
      | undefined;
    if (reply.status !== 200 || !connection) {
      throw new Error(
        `listing export job cursors failed (HTTP ${reply.status}): ${reply.text.slice(0, 1000)}`,
      );
    }
    cursors.push(...connection.edges.map((edge) => edge.cursor));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return cursors.slice(skip, Math.max(skip, cursors.length - page));
}

const CREATE_EXPORT = `mutation BenchCreateExport($input: CreateExportInput!) {
  createExport(input: $input) { id }
}`;

/**
 * Creates export jobs through a gateway, round-robin over the packages, so jobs cross subgraphs;
 * `concurrency` mutations at a time.
 */
export async function createExportJobs(
  gatewayUrl: string,
  headers: Record<string, string>,
  packageIds: readonly string[],
  count: number,
  concurrency = 1,
): Promise<void> {
  if (packageIds.length === 0) throw new Error('no seeded packages to export');
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) await createExportJob(gatewayUrl, headers, packageIds, i);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
}

async function createExportJob(
  gatewayUrl: string,
  headers: Record<string, string>,
  packageIds: readonly string[],
  i: number,
): Promise<void> {
  const packageId = packageIds[i % packageIds.length];
  const reply = await postGraphql(
    gatewayUrl,
    headers,
    JSON.stringify({
      query: CREATE_EXPORT,
      variables: { input: { type: 'DOCUMENT_PACKAGE', format: 'JSON', packageId } },
    }),
  );
  if (reply.status !== 200 || reply.body.errors?.length) {
    throw new Error(`createExport failed (HTTP ${reply.status}): ${reply.text.slice(0, 1000)}`);
  }
}

/** Removes what the bench wrote: the tenant's graph and every Redis key under the run's prefix. */
export async function removeBenchData(
  driver: Driver,
  database: string,
  tenantId: string,
  redis: RedisClient,
  keyPrefix: string,
): Promise<void> {
  await wipeTenant(driver, database, tenantId);
  await deleteByPrefix(redis, keyPrefix);
}
