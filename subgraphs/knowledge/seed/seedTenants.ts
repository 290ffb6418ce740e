import type { Driver } from 'neo4j-driver';
import type { Logger } from '../../../lib/logger.js';
import { ensureGraphSchema } from '../graphSchema.js';
import type { GraphCounts } from './graphBatch.js';
import { loadGraph, type LoadProgress } from './loadGraph.js';
import { announceGraph, type Publish } from './announceGraph.js';
import { wipeTenant } from './wipeTenant.js';

export interface SeedOptions {
  tenants: readonly string[];
  packages: number;
  documentsPerPackage: number;
  entitiesPerDocument: number;
  seed: number;
  /** Delete the tenants' existing nodes first; without it a re-run only updates in place. @default false */
  wipe?: boolean;
  /** Announce what was loaded on the platform event path (package.created, …). */
  publish?: Publish;
}

export interface SeedResult extends GraphCounts {
  deleted: number;
  /** Whole run: schema, wipe and load. */
  elapsedMs: number;
  /** Writing the generated graph only, the figure to compute a load rate from. */
  loadMs: number;
}

const PROGRESS_INTERVAL_MS = 5_000;

/**
 * Creates the graph schema, then loads every tenant's generated graph. Idempotent for the same
 * options, so an app can call it at start-up to make sure a demo data set is present.
 */
export async function seedTenants(
  driver: Driver,
  database: string,
  logger: Logger,
  options: SeedOptions,
): Promise<SeedResult> {
  const started = performance.now();
  await ensureGraphSchema(driver, database, logger);
  let deleted = 0;
  if (options.wipe) {
    for (const tenantId of options.tenants) {
      const count = await wipeTenant(driver, database, tenantId);
      logger.info({ tenantId, deleted: count }, 'tenant knowledge graph wiped');
      deleted += count;
    }
  }
  const total: GraphCounts = { nodes: 0, relationships: 0 };
  const loadStarted = performance.now();
  for (const tenantId of options.tenants) {
    const tenantStarted = performance.now();
    let lastReport = tenantStarted;
    const report = (progress: LoadProgress): void => {
      const now = performance.now();
      if (now - lastReport < PROGRESS_INTERVAL_MS) return;
      lastReport = now;
      const written = progress.nodes + progress.relationships;
      const expected = progress.expected.nodes + progress.expected.relationships;
      logger.info(
        { tenantId, nodes: progress.nodes, relationships: progress.relationships },
        `seeding ${tenantId}: ${Math.floor((100 * written) / expected)}%`,
      );
    };
    const { packages, documentsPerPackage, entitiesPerDocument, seed } = options;
    const counts = await loadGraph(
      driver,
      database,
      { tenantId, packages, documentsPerPackage, entitiesPerDocument, seed },
      report,
    );
    logger.info(
      { tenantId, ...counts, elapsedMs: Math.round(performance.now() - tenantStarted) },
      'tenant knowledge graph loaded',
    );
    total.nodes += counts.nodes;
    total.relationships += counts.relationships;
    if (options.publish) {
      const events = await announceGraph(driver, database, tenantId, options.publish);
      logger.info({ tenantId, events }, 'tenant knowledge graph announced on the event path');
    }
  }
  const finished = performance.now();
  return { ...total, deleted, elapsedMs: finished - started, loadMs: finished - loadStarted };
}
