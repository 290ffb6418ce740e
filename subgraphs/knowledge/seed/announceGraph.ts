import type { Driver } from 'neo4j-driver';
import type { PublishInput } from '../../../lib/events/EventLog.js';

/** Where ingestion events go: EventLog.publish in the platform, anything else in tests. */
export type Publish = (event: PublishInput) => Promise<unknown>;

const PAGE = 1_000;

/**
 * Announces a loaded tenant graph on the platform event path, as the graph-builder pipeline does:
 * package.created per package, then document.processed and entity.extracted per document.
 * Reads in pages ordered by id so memory stays flat whatever the graph size.
 */
export async function announceGraph(
  driver: Driver,
  database: string,
  tenantId: string,
  publish: Publish,
): Promise<number> {
  const publishedBy = 'graph-builder';
  let published = 0;
  let after = '';
  for (;;) {
    const { records } = await driver.executeQuery(
      `MATCH (p:DocumentPackage {tenant_id: $tenantId}) WHERE p.package_id > $after
       WITH p ORDER BY p.package_id LIMIT toInteger($page)
       OPTIONAL MATCH (p)-[:CONTAINS]->(d:Document)
       OPTIONAL MATCH (d)-[:CONTAINS_ENTITY]->(e:Entity)
       WITH p, d, collect(e.enhanced_entity_id) AS entityIds
       RETURN p.package_id AS packageId, p.name AS name,
              collect(CASE WHEN d IS NULL THEN NULL ELSE {documentId: d.document_id, pageCount: d.page_count, entityIds: entityIds} END) AS documents
       ORDER BY packageId`,
      { tenantId, after, page: PAGE },
      { database },
    );
    if (records.length === 0) return published;
    for (const record of records) {
      const packageId = record.get('packageId') as string;
      await publish({
        tenantId,
        type: 'package.created',
        data: { packageId, name: record.get('name') as string },
        publishedBy,
      });
      published += 1;
      const documents = record.get('documents') as Array<{
        documentId: string;
        pageCount: number | null;
        entityIds: string[];
      }>;
      for (const doc of documents) {
        await publish({
          tenantId,
          type: 'document.processed',
          data: {
            documentId: doc.documentId,
            packageId,
            ...(doc.pageCount !== null ? { pageCount: Number(doc.pageCount) } : {}),
          },
          publishedBy,
        });
        await publish({
          tenantId,
          type: 'entity.extracted',
          data: { documentId: doc.documentId, count: doc.entityIds.length, entityIds: doc.entityIds },
          publishedBy,
        });
        published += 2;
      }
      after = packageId;
    }
  }
}
