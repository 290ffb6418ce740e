import { buildSchema, getOperationAST, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authorizeOperation } from './authorizeOperation.js';
import { ScopePolicy } from './scopePolicy.js';

// A miniature supergraph: join__ directives say which subgraph resolves what.
const supergraph = `
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  directive @join__type(graph: join__Graph!, key: String) repeatable on OBJECT
  directive @join__field(graph: join__Graph, external: Boolean) repeatable on FIELD_DEFINITION
  directive @join__graph(name: String!, url: String!) on ENUM_VALUE
  enum join__Graph { KNOWLEDGE @join__graph(name: "knowledge", url: "") SECURITY @join__graph(name: "security", url: "") }
  type Query {
    me: User @join__field(graph: SECURITY)
    keys: [Key!] @join__field(graph: SECURITY) @requiresScopes(scopes: [["security:admin"], ["keys:read", "graph:read"]])
    packages: [Package!] @join__field(graph: KNOWLEDGE)
  }
  type User @join__type(graph: SECURITY) { name: String secret: String @requiresScopes(scopes: [["security:admin"]]) }
  type Key @join__type(graph: SECURITY) { id: ID }
  type Package @join__type(graph: KNOWLEDGE) { name: String }
`;
const policy = ScopePolicy.fromSupergraph(supergraph);
const schema = buildSchema(supergraph);

function run(query: string, scopes: string[]) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const result = authorizeOperation(schema, policy, document, operation, new Set(scopes));
  return { query: result.document.definitions.length ? print(result.document) : '', denied: result.denied };
}

describe('authorizeOperation', () => {
  it('leaves an allowed operation untouched', () => {
    const query = '{ me { name } }';
    const result = run(query, []);
    expect(result.denied).toEqual([]);
  });

  it('withholds a field by its own @requiresScopes and keeps siblings', () => {
    const result = run('{ me { name secret } }', []);
    expect(result.denied.map((d) => d.path)).toEqual([['me', 'secret']]);
    expect(result.query).toContain('name');
    expect(result.query).not.toContain('secret');
  });

  it('honours OR of AND groups', () => {
    expect(run('{ keys { id } }', ['keys:read']).denied).toHaveLength(1);
    expect(run('{ keys { id } }', ['keys:read', 'graph:read']).denied).toHaveLength(0);
    expect(run('{ keys { id } }', ['security:admin']).denied).toHaveLength(0);
  });

  it('applies the knowledge subgraph default scope', () => {
    expect(run('{ packages { name } }', []).denied.map((d) => d.coordinate)).toEqual(['Query.packages']);
    expect(run('{ packages { name } }', ['graph:read']).denied).toEqual([]);
  });

  it('reports a field withheld inside a shared fragment at every use site', () => {
    const result = run(
      '{ a: me { ...U } b: me { ... on User { ...U } } } fragment U on User { name secret }',
      [],
    );
    expect(result.denied.map((d) => d.path)).toEqual([
      ['a', 'secret'],
      ['b', 'secret'],
    ]);
    expect(result.query).not.toContain('secret');
  });

  it('uses response keys (aliases) in paths and filters fragments per use', () => {
    const result = run('query { who: me { ...U } } fragment U on User { name hidden: secret }', []);
    expect(result.denied.map((d) => d.path)).toEqual([['who', 'hidden']]);
    expect(result.query).not.toContain('secret');
    expect(result.query).not.toContain('fragment U');
  });

  it('drops a parent whose every child was withheld', () => {
    const result = run('{ me { secret } packages { name } }', ['graph:read']);
    expect(result.query).not.toMatch(/\bme\b/);
    expect(result.query).toContain('packages');
  });
});
