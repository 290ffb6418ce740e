import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { readSupergraph } from '../supergraph.js';
import { FederatedExecutor } from './FederatedExecutor.js';

describe('FederatedExecutor.plan', () => {
  const executors: FederatedExecutor[] = [];
  afterAll(async () => {
    await Promise.all(executors.map((e) => e.close()));
  });

  it('plans identical operations that arrive together once, and each caller gets that plan', async () => {
    const executor = new FederatedExecutor(readSupergraph(), 30_000);
    executors.push(executor);
    await executor.startPlanner();
    const query = 'subscription { events { id cursor data publishedBy { subject tenantId } } }';
    // 200 subscribers of one bench run open at once: before any plan is cached.
    const plans = await Promise.all(
      Array.from({ length: 200 }, () => executor.plan(parse(query), query, null)),
    );
    expect(new Set(plans).size).toBe(1);
    expect(plans[0]?.subscription?.primary.serviceName).toBe('integrations');
    expect(await executor.plan(parse(query), query, null)).toBe(plans[0]);
  }, 60_000);
});
