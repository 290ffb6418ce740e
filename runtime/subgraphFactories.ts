import type { SubgraphName } from '../lib/config.js';
import type { SubgraphDefinition, SubgraphDeps } from '../lib/subgraphServer.js';

/** Loaded on demand: a `subgraph <name>` process imports that subgraph's modules only. */
export const SUBGRAPH_FACTORIES: Record<SubgraphName, (deps: SubgraphDeps) => Promise<SubgraphDefinition>> = {
  knowledge: async (deps) => (await import('../subgraphs/knowledge/index.js')).createKnowledgeSubgraph(deps),
  integrations: async (deps) =>
    (await import('../subgraphs/integrations/index.js')).createIntegrationsSubgraph(deps),
  exports: async (deps) => (await import('../subgraphs/exports/index.js')).createExportsSubgraph(deps),
  observability: async (deps) =>
    (await import('../subgraphs/observability/index.js')).createObservabilitySubgraph(deps),
  audit: async (deps) => (await import('../subgraphs/audit/index.js')).createAuditSubgraph(deps),
  security: async (deps) => (await import('../subgraphs/security/index.js')).createSecuritySubgraph(deps),
};
