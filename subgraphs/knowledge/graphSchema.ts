import type { Driver } from 'neo4j-driver';
import type { Logger } from '../../lib/logger.js';

/** Label → id property: unique constraint on the id, index on tenant_id. */
export const NODE_IDS: Readonly<Record<string, string>> = {
  DocumentPackage: 'package_id',
  Document: 'document_id',
  NavigationNode: 'enhanced_node_id',
  DecisionTree: 'tree_id',
  Entity: 'enhanced_entity_id',
  MatrixDocument: 'matrix_id',
};

/** Names match the @fulltext indexes declared in schema.graphql. */
const FULLTEXT = [
  'CREATE FULLTEXT INDEX DocumentTitleFulltext IF NOT EXISTS FOR (n:Document) ON EACH [n.title]',
  'CREATE FULLTEXT INDEX EntityNameFulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]',
];

/** Creates constraints and indexes idempotently and waits until they are online. */
export async function ensureGraphSchema(driver: Driver, database: string, logger: Logger): Promise<void> {
  const statements = [
    ...Object.entries(NODE_IDS).flatMap(([label, id]) => [
      `CREATE CONSTRAINT ${label}_${id}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${id} IS UNIQUE`,
      `CREATE INDEX ${label}_tenant IF NOT EXISTS FOR (n:${label}) ON (n.tenant_id)`,
    ]),
    ...FULLTEXT,
  ];
  for (const statement of statements) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      // IF NOT EXISTS is not atomic across transactions: when two processes start against an
      // empty database at once (replicas, parallel test files), the loser is told the rule it
      // wanted already exists, which is the outcome it asked for.
      if (!isAlreadyThere(error)) throw error;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  logger.info({ count: statements.length }, 'knowledge graph constraints and indexes ensured');
}

function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' ||
    code === 'Neo.ClientError.Schema.IndexAlreadyExists' ||
    code === 'Neo.ClientError.Schema.ConstraintAlreadyExists'
  );
}
