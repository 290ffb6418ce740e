import type { SubgraphName } from '../lib/config.js';
import type { SubgraphDefinition, SubgraphDeps } from '../lib/subgraphServer.js';
import { createAuditSubgraph } from '../subgraphs/audit/index.js';
import { createExportsSubgraph } from '../subgraphs/exports/index.js';
import { createIntegrationsSubgraph } from '../subgraphs/integrations/index.js';
import { createKnowledgeSubgraph } from '../subgraphs/knowledge/index.js';
import { createObservabilitySubgraph } from '../subgraphs/observability/index.js';
import { createSecuritySubgraph } from '../subgraphs/security/index.js';

export const SUBGRAPH_FACTORIES: Record<
  SubgraphName,
  (deps: SubgraphDeps) => SubgraphDefinition | Promise<SubgraphDefinition>
> = {
  knowledge: createKnowledgeSubgraph,
  integrations: createIntegrationsSubgraph,
  exports: createExportsSubgraph,
  observability: createObservabilitySubgraph,
  audit: createAuditSubgraph,
  security: createSecuritySubgraph,
};
