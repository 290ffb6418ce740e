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
  audit: async (deps) => {
    const prefix = deps.config.REDIS_KEY_PREFIX;
    // Data-subject requests read what each subgraph holds about a subject through its provider,
    // over that subgraph's own store: the audit subgraph imports none of them.
    const subjectData = [
      (await import('../subgraphs/security/subjectData.js')).createSecuritySubjectData(deps.redis, prefix),
      (await import('../subgraphs/integrations/subjectData.js')).createIntegrationsSubjectData(
        deps.redis,
        prefix,
      ),
      (await import('../subgraphs/observability/subjectData.js')).createObservabilitySubjectData(
        deps.redis,
        prefix,
      ),
      (await import('../subgraphs/exports/subjectData.js')).createExportsSubjectData(
        deps.redis,
        prefix,
        deps.config,
      ),
    ];
    // Compliance controls weigh facts the other subgraphs hold, through the same kind of provider.
    const evidence = {
      security: (await import('../subgraphs/security/complianceEvidence.js')).createSecurityEvidence(
        deps.redis,
        prefix,
      ),
      integrations: (
        await import('../subgraphs/integrations/complianceEvidence.js')
      ).createIntegrationsEvidence(deps.redis, deps.config, deps.logger),
      auditedReadFields: (await import('../gateway/plugins/useAudit.js')).AUDIT_READS,
    };
    return (await import('../subgraphs/audit/index.js')).createAuditSubgraph(deps, { subjectData, evidence });
  },
  security: async (deps) => (await import('../subgraphs/security/index.js')).createSecuritySubgraph(deps),
};
