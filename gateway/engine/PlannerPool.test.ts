import { afterAll, describe, expect, it } from 'vitest';
import { readSupergraph } from '../supergraph.js';
import { PlannerPool } from './PlannerPool.js';

const inner = 'name status documents { title entities { name relatedTo { name relatedTo { name } } } }';
const wide = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: documentPackages(limit: 1) { ${inner} }`).join(' ')} }`;

describe('PlannerPool', () => {
  const pools: PlannerPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('plans in its worker and refuses a plan past its budget, then plans again', async () => {
    const pool = new PlannerPool({ supergraphSdl: readSupergraph(), budgetMs: 3_000 });
    pools.push(pool);
    const plan = await pool.plan('{ me { subject } }', null);
    expect(plan.kind).toBe('QueryPlan');

    const tight = new PlannerPool({ supergraphSdl: readSupergraph(), budgetMs: 1 });
    pools.push(tight);
    await expect(tight.plan(wide, null)).rejects.toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      details: { limit: 'planning' },
    });
    // The stuck worker was replaced: the same pool still answers within a realistic budget.
    const roomy = new PlannerPool({ supergraphSdl: readSupergraph(), budgetMs: 10_000 });
    pools.push(roomy);
    expect((await roomy.plan(wide, null)).kind).toBe('QueryPlan');
  });

  it('reports an operation it cannot plan as a validation failure', async () => {
    const pool = new PlannerPool({ supergraphSdl: readSupergraph(), budgetMs: 5_000 });
    pools.push(pool);
    await expect(pool.plan('{ nope }', null)).rejects.toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
