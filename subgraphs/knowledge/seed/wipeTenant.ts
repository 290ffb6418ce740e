import neo4j, { type Driver } from 'neo4j-driver';
import { NODE_IDS } from '../graphSchema.js';

/**
 * Deletes every knowledge-graph node of one tenant, a bounded batch per transaction so a tenant of
 * millions of nodes does not need a transaction that large. Returns the number of nodes deleted.
 */
export async function wipeTenant(
  driver: Driver,
  database: string,
  tenantId: string,
  batchSize = 10_000,
): Promise<number> {
  let deleted = 0;
  for (const label of Object.keys(NODE_IDS)) {
    // The tenant_id index per label (graphSchema.ts) makes each round a seek, not a label scan.
    const cypher = `MATCH (n:${label} {tenant_id: $tenantId}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`;
    for (;;) {
      const { records } = await driver.executeQuery(
        cypher,
        { tenantId, limit: neo4j.int(batchSize) },
        { database },
      );
      const round = Number(records[0]?.get('deleted') ?? 0);
      deleted += round;
      if (round < batchSize) break;
    }
  }
  return deleted;
}
