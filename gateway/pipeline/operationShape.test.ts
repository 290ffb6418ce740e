import { getOperationAST, parse } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { PlatformError } from '../../lib/errors.js';
import { fragmentBomb } from '../../test/support/hostileDocuments.js';
import { GatewayMetrics } from '../metrics.js';
import { FederatedExecutor } from '../engine/FederatedExecutor.js';
import { readSupergraph } from '../supergraph.js';
import { authorizeOperation } from './authorizeOperation.js';
import { checkOperationShape, jsonDeeperThan, scanDocument } from './operationShape.js';
import { PersistedDocuments } from './persistedDocuments.js';
import { RequestPipeline } from './RequestPipeline.js';
import { ScopePolicy } from './scopePolicy.js';

const supergraph = readSupergraph();
const planner = new FederatedExecutor(supergraph);
const policy = ScopePolicy.fromSupergraph(supergraph);
const limits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 3000,
  maxFields: 2000,
  maxInputDepth: 32,
  maxCost: 1_000_000,
};
const pipeline = new RequestPipeline({
  authenticate: async () => ({
    subject: 's',
    tenantId: 't',
    scopes: [],
    expiresAt: Date.now() + 60_000,
    method: 'jwt' as const,
  }),
  policy,
  schema: () => planner.schema,
  limits,
  cost: { defaultListSize: 10, mutationCost: 10 },
  introspection: true,
  maskErrors: false,
  documents: new PersistedDocuments([]),
  logger: pino({ level: 'silent' }),
  metrics: new GatewayMetrics(),
});
const principal = {
  subject: 's',
  tenantId: 't',
  scopes: ['graph:read'],
  expiresAt: Date.now() + 60_000,
  method: 'jwt' as const,
};
const origin = { ip: '127.0.0.1', userAgent: null };

function refusal(query: string, variables?: Record<string, unknown>): PlatformError {
  try {
    pipeline.prepare(principal, { query, variables }, 'r', 'http', origin);
  } catch (error) {
    return error as PlatformError;
  }
  throw new Error('expected a refusal');
}

describe('operation shape limits', () => {
  it('refuses fragment bombs of two and three spreads per level before expanding them', () => {
    for (const [levels, spreads] of [
      [40, 2],
      [30, 3],
    ] as const) {
      const error = refusal(fragmentBomb(levels, spreads));
      expect(error.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.details).toMatchObject({ limit: 'fields', max: 2000 });
    }
  });

  it('lets a small fragment tree through', () => {
    const prepared = pipeline.prepare(principal, { query: fragmentBomb(5, 2) }, 'r', 'http', origin);
    expect(prepared.operationType).toBe('query');
  });

  it('refuses literals nested 20,000 deep without parsing them', () => {
    const query = `{ me { subject } } query Q { eventTypes(x: ${'['.repeat(20_000)}${']'.repeat(20_000)}) { name } }`;
    expect(() => scanDocument(query, { maxTokens: 100_000, maxNesting: 47 })).toThrow(/nests deeper than 47/);
    expect(refusal(query).code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses variables nested 5,000 deep with BAD_REQUEST', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i += 1) deep = { a: deep };
    const error = refusal('query($d: JSON) { me { subject } }', { d: deep });
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/deeper than 32/);
  });

  it('measures depth and aliases through fragments', () => {
    const doc = parse(
      '{ ...A } fragment A on Query { x: me { subject } y: me { ...B } } fragment B on Principal { subject }',
    );
    expect(() => checkOperationShape(doc, { maxDepth: 15, maxAliases: 1, maxFields: 100 })).toThrow(
      /2 aliases/,
    );
    expect(() => checkOperationShape(doc, { maxDepth: 1, maxAliases: 5, maxFields: 100 })).toThrow(
      /2 levels/,
    );
    expect(() => checkOperationShape(doc, { maxDepth: 5, maxAliases: 5, maxFields: 3 })).toThrow(/4 fields/);
  });

  it('tolerates fragment cycles, leaving them to validation', () => {
    const doc = parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A me { subject } }');
    expect(() => checkOperationShape(doc, limits)).not.toThrow();
  });

  it('measures JSON depth iteratively', () => {
    expect(jsonDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(jsonDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(jsonDeeperThan('text', 0)).toBe(false);
  });
});

describe('authorizeOperation memoises fragments', () => {
  it('walks a 20-level bomb in linear time when nothing is denied', () => {
    const document = parse(fragmentBomb(20, 2));
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    // Unmemoised, this is 2^20 spreads; memoised, 21 fragment walks.
    const result = authorizeOperation(planner.schema, policy, document, operation, new Set());
    expect(result.denied).toEqual([]);
  });
});

describe('repeated fields', () => {
  it('refuses the same field repeated hundreds of times, which validation compares pairwise', () => {
    for (const query of [
      `{ me { ${'subject '.repeat(1900)} } }`,
      `{ ${Array.from({ length: 700 }, () => 'me { subject }').join(' ')} }`,
      `{ ...A } fragment A on Query { ${Array.from({ length: 400 }, () => 'me { subject tenantId }').join(' ')} }`,
    ]) {
      expect(refusal(query).details).toMatchObject({ limit: 'repeatedFields' });
    }
  });

  it('allows a field selected by a handful of colocated fragments', () => {
    const fragments = Array.from({ length: 8 }, (_, i) => `fragment P${i} on Principal { subject tenantId }`);
    const query = `{ me { ${fragments.map((_, i) => `...P${i}`).join(' ')} } } ${fragments.join(' ')}`;
    expect(pipeline.prepare(principal, { query }, 'r', 'http', origin).operationType).toBe('query');
  });
});
