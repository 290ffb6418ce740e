import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readSchema } from '../../lib/buildSchema.js';
import { DependencyBreaker } from '../../lib/circuitBreaker.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { batchReferenceResolvers, entityKeys } from './batchReferences.js';
import { cypherMeterOf } from './cypherMeter.js';
import { ensureGraphSchema } from './graphSchema.js';
import { makeSelectionsTranslatable } from './translatableSelections.js';
import { cacheListTranslations } from './translationCache.js';

export const KNOWLEDGE_TYPE_DEFS = readSchema(import.meta.url);

/**
 * Builds the @neo4j/graphql subgraph schema. Works without a reachable database (composition
 * uses it); the driver is only used when queries run.
 */
export async function buildKnowledgeSchema(driver: Driver): Promise<GraphQLSchema> {
  const neo = new Neo4jGraphQL({
    typeDefs: KNOWLEDGE_TYPE_DEFS,
    driver,
    // The gateway verifies the client's JWT; we pass its claims as `context.jwt`, so no key is used
    // to decode tokens here. The feature must still be on for @authorization to be enforced.
    features: { authorization: { key: 'claims-arrive-pre-verified-in-context-jwt' } },
  });
  const schema = await neo.getSubgraphSchema();
  // Repeated fields and `__typename`-only selections would otherwise come back null or fail.
  makeSelectionsTranslatable(schema);
  // `_entities` would otherwise send one Cypher statement per representation (docs/KNOWLEDGE.md).
  batchReferenceResolvers(schema, entityKeys(KNOWLEDGE_TYPE_DEFS));
  // Translating the same read to Cypher again on every request is a quarter of its CPU here.
  cacheListTranslations(schema);
  return schema;
}

export async function createKnowledgeSubgraph(deps: SubgraphDeps): Promise<SubgraphDefinition> {
  await ensureGraphSchema(deps.neo4j, deps.config.NEO4J_DATABASE, deps.logger);
  const schema = await buildKnowledgeSchema(deps.neo4j);
  const meter = cypherMeterOf(deps.neo4j);
  return {
    name: 'knowledge',
    schema,
    breaker: {
      dependency: 'neo4j',
      policy: new DependencyBreaker({
        name: 'neo4j',
        failures: deps.config.CIRCUIT_BREAKER_FAILURES,
        halfOpenAfterMs: deps.config.CIRCUIT_BREAKER_HALF_OPEN_MS,
        // One connection round trip, no transaction retries.
        probe: () => deps.neo4j.getServerInfo({ database: deps.config.NEO4J_DATABASE }),
        logger: deps.logger,
      }),
    },
    // @authorization filters read `$jwt.tenant_id`: the tenant comes only from the signed principal.
    extendContext: ({ principal, requestId, log }) => ({
      jwt: { sub: principal.subject, tenant_id: principal.tenantId, scope: principal.scopes.join(' ') },
      // Every statement of this request: an auto-commit read on the shared driver, counted.
      executionContext: meter.forRequest(requestId, deps.config.NEO4J_DATABASE, (count) =>
        log.debug({ cypherQueries: count }, 'cypher sent'),
      ),
    }),
  };
}
