import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import { loadGraph } from '../../subgraphs/knowledge/seed/loadGraph.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { postGraphql } from './query.js';

/**
 * Size of the bench tenant's knowledge graph. With 20 export jobs over these packages the bench
 * query answers ~36 KB, the response size of the anchor measurements.
 */
export const GRAPH_SIZE = { packages: 5, documentsPerPackage: 4, entitiesPerDocument: 6, seed: 7 } as const;
export const EXPORT_JOBS = 20;

/** Loads the tenant's knowledge graph (constraints exist: the knowledge subgraph ensured them). */
export async function seedKnowledge(driver: Driver, database: string, tenantId: string): Promise<string[]> {
  await loadGraph(driver, database, { tenantId, ...GRAPH_SIZE });
  const { records } = await driver.executeQuery(
    'MATCH (p:DocumentPackage {tenant_id: $tenantId}) RETURN p.package_id AS id ORDER BY id',
    { tenantId },
    { database },
  );
  return records.map((record) => String(record.get('id')));
}

const CREATE_EXPORT = `mutation BenchCreateExport($input: CreateExportInput!) {
  createExport(input: $input) { id }
}`;

/** Creates export jobs through a gateway, round-robin over the packages, so jobs cross subgraphs. */
export async function createExportJobs(
  gatewayUrl: string,
  headers: Record<string, string>,
  packageIds: readonly string[],
  count: number,
): Promise<void> {
  if (packageIds.length === 0) throw new Error('no seeded packages to export');
  for (let i = 0; i < count; i++) {
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
}

/** Removes what the bench wrote: the tenant's graph and every Redis key under the run's prefix. */
export async function removeBenchData(
  driver: Driver,
  database: string,
  tenantId: string,
  redis: Redis,
  keyPrefix: string,
): Promise<void> {
  await wipeTenant(driver, database, tenantId);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
