import type { PlanNode } from '@apollo/query-planner';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PlanExecutor } from './PlanExecutor.js';
import type { Subgraphs, SubgraphRequest } from './Subgraph.js';

// The executor's merge rules on answers a subgraph could send (real plans and subgraphs are in
// test/e2e/engineParity.e2e.ts); the subgraphs here answer from a table.
const schema = buildSchema(`type Query { a: A } type A { id: ID! b: B } type B { id: ID! n: Int }`);
const context = { signedPrincipal: 'p', requestId: 'r' };

function answering(
  answers: Record<string, Record<string, unknown>>,
  seen: SubgraphRequest[] = [],
): Subgraphs {
  return Object.fromEntries(
    Object.entries(answers).map(([name, data]) => [
      name,
      {
        fetch: (request: SubgraphRequest) => (
          seen.push(request),
          Promise.resolve({ data: structuredClone(data) })
        ),
      },
    ]),
  );
}

describe('PlanExecutor', () => {
  it('merges an entity fetch into the objects it was asked for, by position', async () => {
    const seen: SubgraphRequest[] = [];
    const plan: PlanNode = {
      kind: 'Sequence',
      nodes: [
        {
          kind: 'Fetch',
          serviceName: 'one',
          operation: '{ a { list: __typename } }',
          operationName: undefined,
          operationKind: 'query' as never,
        },
        {
          kind: 'Flatten',
          path: ['a', 'list', '@'],
          node: {
            kind: 'Fetch',
            serviceName: 'two',
            operation:
              'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on B { n } } }',
            operationName: undefined,
            operationKind: 'query' as never,
            requires: [
              {
                kind: 'InlineFragment',
                typeCondition: 'B',
                selections: [
                  { kind: 'Field', name: '__typename' },
                  { kind: 'Field', name: 'id' },
                ],
              },
            ],
          },
        },
      ],
    };
    const subgraphs = answering(
      {
        one: { a: { list: [{ __typename: 'B', id: '1' }, null, { __typename: 'B', id: '2' }] } },
        two: { _entities: [{ n: 10 }, { n: 20 }] },
      },
      seen,
    );
    const outcome = await new PlanExecutor(schema).execute(plan, subgraphs, {}, {}, context);
    expect(outcome.errors).toEqual([]);
    expect(outcome.data).toEqual({
      a: { list: [{ __typename: 'B', id: '1', n: 10 }, null, { __typename: 'B', id: '2', n: 20 }] },
    });
    expect(seen[1]?.variables).toEqual({
      representations: [
        { __typename: 'B', id: '1' },
        { __typename: 'B', id: '2' },
      ],
    });
  });

  it('an answer keyed constructor or __proto__ becomes a field, never touching Object or a prototype', async () => {
    const plan: PlanNode = {
      kind: 'Fetch',
      serviceName: 'one',
      operation: '{ x }',
      operationName: undefined,
      operationKind: 'query' as never,
    };
    const data = JSON.parse('{"constructor": {"polluted": true}, "__proto__": {"polluted": true}}') as Record<
      string,
      unknown
    >;
    const outcome = await new PlanExecutor(schema).execute(plan, answering({ one: data }), {}, {}, context);
    expect((Object as unknown as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(outcome.data)).toBe(Object.prototype);
    expect(JSON.stringify(outcome.data)).toBe(
      '{"constructor":{"polluted":true},"__proto__":{"polluted":true}}',
    );
  });
});
