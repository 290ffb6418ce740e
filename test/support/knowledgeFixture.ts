import type { Driver } from 'neo4j-driver';
import { createNeo4jDriver } from '../../lib/neo4j.js';
import { testConfig } from './testPlatform.js';

/** The test configuration and a driver to its Neo4j, for tests of the knowledge subgraph alone. */
export function knowledgeTestDriver(): { config: ReturnType<typeof testConfig>; driver: Driver } {
  const config = testConfig();
  const driver = createNeo4jDriver({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
  });
  return { config, driver };
}

export interface TenantFixture {
  tenantId: string;
  packageId: string;
  documentId: string;
  entityId: string;
}

/** A small package → document → entity graph for one tenant, written as the pipeline would. */
export async function writeTenantGraph(
  driver: Driver,
  database: string,
  tenantId: string,
  label: string,
): Promise<TenantFixture> {
  const fixture = {
    tenantId,
    packageId: `${tenantId}-pkg`,
    documentId: `${tenantId}-doc`,
    entityId: `${tenantId}-ent`,
  };
  await driver.executeQuery(
    `CREATE (p:DocumentPackage {package_id: $packageId, tenant_id: $tenantId, name: $label + ' Package', status: 'ACTIVE', created_at: datetime()})
     CREATE (d:Document {document_id: $documentId, tenant_id: $tenantId, title: $label + ' Underwriting Guide', document_type: 'GUIDELINE', page_count: 12})
     CREATE (e:Entity {enhanced_entity_id: $entityId, tenant_id: $tenantId, name: $label + ' Maximum DTI', entity_type: 'RATIO', confidence: 0.93})
     CREATE (p)-[:CONTAINS]->(d)-[:CONTAINS_ENTITY]->(e)`,
    { ...fixture, label },
    { database },
  );
  return fixture;
}

export async function deleteTenantGraph(driver: Driver, database: string, tenantId: string): Promise<void> {
  await driver.executeQuery('MATCH (n {tenant_id: $tenantId}) DETACH DELETE n', { tenantId }, { database });
}
