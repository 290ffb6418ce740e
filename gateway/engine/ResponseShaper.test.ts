import { buildSchema, operationFromDocument } from '@apollo/federation-internals';
// @apollo/gateway's own result shaping, the reference the engine's shaper must agree with.
import { computeResponse } from '@apollo/gateway/dist/resultShaping.js';
import { executeSync, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ResponseShaper } from './ResponseShaper.js';

const SDL = `
  type Query {
    me: User!
    node(id: ID!): Node
    search(text: String): [SearchResult!]
    users: [User!]!
    count: Int
    version: String!
  }
  interface Node { id: ID! }
  type User implements Node { id: ID! name: String! age: Int role: Role friends: [User!] best: User }
  type Doc implements Node { id: ID! title: String! size: Float pages: [Page!]! }
  type Page { n: Int! text: String }
  union SearchResult = User | Doc
  enum Role { ADMIN MEMBER }
  scalar JSON
`;

const fed = buildSchema(SDL);
const schema = fed.toGraphQLJSSchema();

interface Case {
  name: string;
  query: string;
  input: Record<string, unknown>;
  variables?: Record<string, unknown>;
}

const cases: Case[] = [
  {
    name: 'aliases, order, unselected fields dropped, a field merged from a fragment',
    query: `query { who: me { name id ...F } me { id } users { id friends { name } } }
      fragment F on User { who2: name best { id } }`,
    input: {
      who: { name: 'a', id: '1', who2: 'a', best: { id: '9', extra: true }, secret: 's' },
      me: { id: '1' },
      users: [
        { id: '2', friends: [{ name: 'x' }] },
        { id: '3', friends: null },
      ],
    },
  },
  {
    name: 'interfaces and unions: fragments by __typename, nested and named',
    query: `query { node(id: "1") { __typename id ... on Doc { title pages { n } } ...U }
      search { __typename ... on Node { id ... on User { name } } ... on Doc { size } } }
      fragment U on User { name role }`,
    input: {
      node: { __typename: 'Doc', id: '1', title: 't', pages: [{ n: 1 }, { n: 2 }] },
      search: [
        { __typename: 'User', id: '2', name: 'u' },
        { __typename: 'Doc', id: '3', size: 2.5 },
      ],
    },
  },
  {
    name: 'an interface object without __typename: only fragments on the interface apply',
    query: `query { node(id: "1") { id ... on Node { id } ... on User { name } } }`,
    input: { node: { id: '1', name: 'n' } },
  },
  {
    name: '@skip / @include with variables, literals and defaults, on fields and fragments',
    query: `query ($a: Boolean!, $b: Boolean = true, $c: Boolean = false) {
      me { id @skip(if: $a) name @include(if: $b) age @include(if: $c) role @skip(if: true)
        ... on User @include(if: $a) { best { id } } ... on User @skip(if: $b) { friends { id } } } }`,
    variables: { a: true },
    input: { me: { id: '1', name: 'n', age: 3, role: 'ADMIN', best: { id: '2' }, friends: [] } },
  },
  {
    name: 'a null in a non-null field bubbles to the nearest nullable field, with one error',
    query: `query { me { id best { id name } } users { id name } }`,
    input: {
      me: { id: '1', best: { id: '2', name: null } },
      users: [
        { id: '3', name: 'ok' },
        { id: '4', name: null },
      ],
    },
  },
  {
    name: 'a null for a non-null root field nulls data',
    query: `query { version count }`,
    input: { version: null, count: 2 },
  },
  {
    name: 'leaf values the schema does not allow, an unknown __typename',
    query: `query { count me { id age role } node(id: "1") { id } search { __typename } }`,
    input: {
      count: '7',
      me: { id: 5, age: 2.5, role: 'OWNER' },
      node: { __typename: 'Nope', id: '1' },
      search: [{ __typename: 'User' }],
    },
  },
  {
    name: 'an aliased __typename, __typename on the root, and an abstract type without one',
    query: `query { t: __typename me { kind: __typename id } node(id: "1") { __typename } }`,
    input: { me: { kind: 'User', id: '1' }, node: { id: '1' } },
  },
];

function reference(c: Case) {
  const operation = operationFromDocument(fed, parse(c.query), { validate: false });
  return computeResponse({
    operation,
    variables: c.variables ?? {},
    input: structuredClone(c.input),
    introspectionHandling: () => null,
  });
}

describe('ResponseShaper agrees with @apollo/gateway result shaping', () => {
  for (const c of cases) {
    it(c.name, () => {
      const expected = reference(c);
      const shaped = new ResponseShaper(schema, parse(c.query), null).shape(
        structuredClone(c.input),
        c.variables,
      );
      // Same values in the same key order, as clients receive them.
      expect(JSON.stringify(shaped.data)).toBe(JSON.stringify(expected.data));
      expect(shaped.completionErrors.map((e) => ({ message: e.message, path: e.path }))).toEqual(
        expected.errors.map((e) => ({ message: e.message, path: e.path })),
      );
    });
  }

  it('answers __schema and __type from the schema, as graphql-js introspection does', () => {
    const query = `query ($name: String!) { __schema { queryType { name } } t: __type(name: $name) { kind fields { name } } }`;
    const variables = { name: 'Page' };
    const shaped = new ResponseShaper(schema, parse(query), null).shape({}, variables);
    const direct = executeSync({ schema, document: parse(query), variableValues: variables });
    expect(shaped.data).toEqual(direct.data);
  });

  it('an object whose every field is skipped is {} when no fetch answered it (the plan hoisted the condition)', () => {
    // @apollo/gateway answers data: null without an error here (a null for the non-null `me`); the
    // spec (CollectFields, then ExecuteSelectionSet on no fields) answers an empty object.
    const query = `query ($a: Boolean!) { me { id @include(if: $a) ... on User @include(if: $a) { name } }
      users @include(if: $a) { id } count best: me { friends @skip(if: true) { id } } }`;
    const shaped = new ResponseShaper(schema, parse(query), null).shape({ count: 1 }, { a: false });
    expect(JSON.stringify(shaped.data)).toBe('{"me":{},"count":1,"best":{}}');
    expect(shaped.completionErrors).toEqual([]);
    // A list cannot be answered so (its length is the subgraph's), and a field that selects
    // something is a real missing answer still.
    const list = `query ($a: Boolean!) { users { id @include(if: $a) } me { id @include(if: $a) name } }`;
    const missing = new ResponseShaper(schema, parse(list), null).shape({}, { a: false });
    expect(missing.data).toBeNull();
    expect(missing.completionErrors.map((e) => e.path)).toEqual([['users']]);
    // An explicit null from a subgraph stays a null.
    const given = new ResponseShaper(schema, parse(query), null).shape({ me: null, count: 1 }, { a: false });
    expect(given.data).toBeNull();
  });

  it('counts the objects it answers, the root included', () => {
    const query = `query { me { id best { id } } users { id } }`;
    const input = { me: { id: '1', best: { id: '2' } }, users: [{ id: '3' }, { id: '4' }] };
    expect(new ResponseShaper(schema, parse(query), null).shape(input, {}).objects).toBe(5);
  });

  it('aliases named like Object.prototype members are fields like any other', () => {
    const input = JSON.parse('{"constructor": {"id": "1"}, "toString": {"id": "2"}}') as Record<
      string,
      unknown
    >;
    const query = `query { constructor: me { id } toString: me { id } hasOwnProperty: count }`;
    const shaped = new ResponseShaper(schema, parse(query), null).shape(input, {});
    expect(JSON.stringify(shaped.data)).toBe(
      '{"constructor":{"id":"1"},"toString":{"id":"2"},"hasOwnProperty":null}',
    );
  });

  it('an alias named __proto__ is a field of the answer, not its prototype', () => {
    // JSON.parse makes `__proto__` an own key, as a subgraph's answer would have it.
    const input = JSON.parse('{"__proto__": {"id": "1"}}') as Record<string, unknown>;
    const shaped = new ResponseShaper(schema, parse(`query { __proto__: me { id } }`), null).shape(input, {});
    expect(Object.getPrototypeOf(shaped.data)).toBe(Object.prototype);
    expect(JSON.stringify(shaped.data)).toBe('{"__proto__":{"id":"1"}}');
  });
});
