import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PlatformError } from '../../../lib/errors.js';
import { checkFromInput, updatedCheck } from './checks.js';

describe('synthetic check input', () => {
  const base = {
    id: randomUUID(),
    tenantId: 'acme',
    createdAt: new Date().toISOString(),
    createdBy: 'user-1',
  };
  const field = (run: () => unknown): [string, unknown] => {
    try {
      run();
    } catch (error) {
      return [(error as PlatformError).code, (error as PlatformError).details.field];
    }
    return ['accepted', null];
  };
  const author = ['webhooks:read', 'observability:write', 'platform:operator'];
  const create = (input: Record<string, unknown>) =>
    checkFromInput({ name: 'c', operation: '{ __typename }', ...input } as never, base, author, 30);

  it('takes a query with defaults: NO_ERRORS, the author’s scopes less platform:operator', () => {
    const record = create({});
    expect(record).toMatchObject({
      type: 'OPERATION',
      intervalSeconds: 60,
      timeoutMs: 10_000,
      assertions: [{ type: 'NO_ERRORS' }],
      scopes: ['webhooks:read', 'observability:write'],
      severity: 'ERROR',
      enabled: true,
    });
    const roundTrip = checkFromInput(
      { name: 'rt', type: 'SUBSCRIPTION_ROUND_TRIP' } as never,
      base,
      ['observability:write'],
      30,
    );
    expect(roundTrip.scopes).toEqual(['events:read', 'events:publish']);
    expect(roundTrip.operation).toBeNull();
  });

  it('refuses bad input naming the field', () => {
    expect(field(() => create({ intervalSeconds: 29 }))).toEqual(['BAD_USER_INPUT', 'intervalSeconds']);
    expect(field(() => create({ timeoutMs: 30_001 }))).toEqual(['BAD_USER_INPUT', 'timeoutMs']);
    expect(field(() => create({ operation: '{ webhook(' }))).toEqual(['BAD_USER_INPUT', 'operation']);
    expect(field(() => create({ operation: 'mutation { pauseWebhook(id: "x") { id } }' }))).toEqual([
      'BAD_USER_INPUT',
      'operation',
    ]);
    expect(field(() => create({ operation: 'subscription { events { id } }' }))).toEqual([
      'BAD_USER_INPUT',
      'operation',
    ]);
    expect(field(() => create({ operation: 'query A { a } query B { b }' }))).toEqual([
      'BAD_USER_INPUT',
      'operation',
    ]);
    expect(field(() => create({ variables: [1] }))).toEqual(['BAD_USER_INPUT', 'variables']);
    expect(field(() => create({ assertions: [{ type: 'JSON_PATH_EQUALS', path: '$.a' }] }))).toEqual([
      'BAD_USER_INPUT',
      'assertions[0].value',
    ]);
    expect(
      field(() => create({ assertions: [{ type: 'NO_ERRORS' }, { type: 'JSON_PATH_EXISTS', path: 'a' }] })),
    ).toEqual(['BAD_USER_INPUT', 'assertions[1].path']);
    expect(field(() => create({ assertions: [{ type: 'MAX_DURATION_MS', value: 60_000 }] }))).toEqual([
      'BAD_USER_INPUT',
      'assertions[0].value',
    ]);
    expect(
      field(() =>
        checkFromInput(
          {
            name: 'rt',
            type: 'SUBSCRIPTION_ROUND_TRIP',
            assertions: [{ type: 'JSON_PATH_EXISTS', path: '$.a' }],
          },
          base,
          author,
          30,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT', 'assertions[0]']);
  });

  it('refuses scopes beyond the author’s (FORBIDDEN) and platform:operator', () => {
    expect(field(() => create({ scopes: ['exports:write'] }))).toEqual(['FORBIDDEN', 'scopes']);
    expect(field(() => create({ scopes: ['platform:operator'] }))).toEqual(['BAD_USER_INPUT', 'scopes']);
    expect(field(() => create({ scopes: ['root'] }))).toEqual(['BAD_USER_INPUT', 'scopes']);
    expect(create({ scopes: ['webhooks:read'] }).scopes).toEqual(['webhooks:read']);
  });

  it('updates a check as a whole again, bounding new scopes by the changer’s', () => {
    const record = create({
      assertions: [
        { type: 'JSON_PATH_EQUALS', path: '$.data.x', value: { a: 1 } },
        { type: 'MAX_DURATION_MS', value: 500 },
      ],
    });
    const now = new Date().toISOString();
    const renamed = updatedCheck(record, { name: 'renamed', enabled: false }, ['graph:read'], 30, now);
    expect(renamed).toMatchObject({ name: 'renamed', enabled: false, assertions: record.assertions });
    expect(renamed.scopes).toEqual(record.scopes);
    expect(field(() => updatedCheck(record, { timeoutMs: 400 }, author, 30, now))).toEqual([
      'BAD_USER_INPUT',
      'assertions[1].value',
    ]);
    expect(field(() => updatedCheck(record, { scopes: ['exports:read'] }, ['graph:read'], 30, now))).toEqual([
      'FORBIDDEN',
      'scopes',
    ]);
  });
});
