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

describe('FederatedExecutor.execute: answers the schema forbids', () => {
  const executor = new FederatedExecutor(readSupergraph(), 30_000);
  afterAll(() => executor.close());
  const query = '{ eventTypes { name description } }';
  const context = { signedPrincipal: 'p', requestId: 'r' };
  // The subgraph answers from a table: one deployed ahead of the supergraph (version skew).
  const run = async (answer: { data?: unknown; errors?: unknown[] }) => {
    const planned = await executor.plan(parse(query), query, null);
    const owner = planned.queryPlan.node?.kind === 'Fetch' ? planned.queryPlan.node.serviceName : '';
    return executor.execute(
      planned,
      { [owner]: { fetch: () => Promise.resolve(structuredClone(answer) as never) } },
      { query, operationName: null, variables: undefined },
      context,
    );
  };

  const invalidAt = (message: string, path: Array<string | number>) => ({
    message,
    path,
    extensions: { code: 'SUBGRAPH_INVALID_RESPONSE' },
  });

  it('nulls a wrong scalar and says where, with SUBGRAPH_INVALID_RESPONSE', async () => {
    const result = await run({
      data: {
        eventTypes: [
          { name: 'a.b', description: 'ok' },
          { name: 'c.d', description: 42 },
        ],
      },
    });
    // description is String!: the null propagates to the list item (EventType!) and so to the
    // whole list ([EventType!]!) and to data: one error, at the value that was wrong.
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      invalidAt('Invalid value found for field EventType.description.', ['eventTypes', 1, 'description']),
    ]);
  }, 60_000);

  it('sends only the subgraph error when the null follows from it', async () => {
    const result = await run({
      data: { eventTypes: null },
      errors: [{ message: 'catalogue unavailable', path: ['eventTypes'] }],
    });
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => e.message)).toEqual(['catalogue unavailable']);
  }, 60_000);

  it('a null where the type forbids one: an error only when it nulls the whole data', async () => {
    // Below a nullable parent (a job whose package is gone) it is the answer, with no error:
    // test/e2e/engineParity.e2e.ts. Here it propagates to data, which then needs its error.
    const result = await run({ data: { eventTypes: [{ name: 'a.b', description: null }] } });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      invalidAt('Cannot return null for non-nullable field EventType.description.', [
        'eventTypes',
        0,
        'description',
      ]),
    ]);
  }, 60_000);

  it('sends no error for an answer that fits', async () => {
    const result = await run({ data: { eventTypes: [{ name: 'a.b', description: 'ok' }] } });
    expect(result).toMatchObject({ data: { eventTypes: [{ name: 'a.b', description: 'ok' }] } });
    expect(result.errors).toBeUndefined();
  }, 60_000);
});
