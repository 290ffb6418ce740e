import { createLogger } from '../../lib/logger.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { temporaryExportsDir } from '../../subgraphs/exports/testing/exportTestKit.js';
import { startTestPlatform, type TestPlatform } from './testPlatform.js';

export interface ExportFixture {
  t: TestPlatform;
  tenantA: string;
  tenantB: string;
  tokenA: string;
  /** Tenant A's graph as Neo4j counts it. */
  counts: { nodes: number; relationships: number; byLabel: Map<string, number> };
  count(cypher: string, tenantId: string): Promise<number>;
  /** Also wipes `extraTenants` (e.g. a replayed copy). */
  close(extraTenants?: readonly string[]): Promise<void>;
}

export const COUNT_NODES = 'MATCH (n) WHERE n.tenant_id = $tenantId RETURN count(n)';
export const COUNT_RELATIONSHIPS =
  'MATCH (a)-[r]->(b) WHERE a.tenant_id = $tenantId AND b.tenant_id = $tenantId RETURN count(r)';
const LABELS = ['DocumentPackage', 'Document', 'NavigationNode', 'DecisionTree', 'Entity', 'MatrixDocument'];

/** A platform with a private EXPORTS_DIR and two small seeded tenants (A exports, B is the neighbour). */
export async function startExportFixture(overrides: Record<string, string> = {}): Promise<ExportFixture> {
  const exportsDir = await temporaryExportsDir();
  const t = await startTestPlatform({ EXPORTS_DIR: exportsDir.dir, ...overrides });
  const tenantA = t.tenant('exp-a');
  const tenantB = t.tenant('exp-b');
  const { neo4j } = t.platform.connections;
  const database = t.config.NEO4J_DATABASE;
  await seedTenants(neo4j, database, createLogger('silent', 'seed'), {
    tenants: [tenantA, tenantB],
    packages: 2,
    documentsPerPackage: 3,
    entitiesPerDocument: 5,
    seed: 7,
  });
  const count = async (cypher: string, tenantId: string): Promise<number> => {
    const { records } = await neo4j.executeQuery(cypher, { tenantId }, { database });
    return Number(records[0]?.get(0) ?? 0);
  };
  const byLabel = new Map<string, number>();
  for (const label of LABELS) {
    byLabel.set(
      label,
      await count(`MATCH (n:${label}) WHERE n.tenant_id = $tenantId RETURN count(n)`, tenantA),
    );
  }
  return {
    t,
    tenantA,
    tenantB,
    tokenA: await t.token(tenantA),
    counts: {
      nodes: await count(COUNT_NODES, tenantA),
      relationships: await count(COUNT_RELATIONSHIPS, tenantA),
      byLabel,
    },
    count,
    close: async (extraTenants = []) => {
      for (const tenant of [tenantA, tenantB, ...extraTenants]) await wipeTenant(neo4j, database, tenant);
      await t.close();
      await exportsDir.remove();
    },
  };
}
