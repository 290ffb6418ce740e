import { describe, expect, it } from 'vitest';
import { evaluateAssertions, jsonPathProblem, type Answer, type AssertionRecord } from './assertions.js';

const answer = (body: unknown, durationMs = 20, errorCodes: string[] = []): Answer => ({
  body,
  durationMs,
  errorCodes,
  problem: null,
});

const webhook = (status: string) => ({ data: { webhook: { status, tags: ['a', 'b'], owner: null } } });

describe('synthetic check assertions', () => {
  it('passes when every assertion holds', () => {
    const assertions: AssertionRecord[] = [
      { type: 'NO_ERRORS' },
      { type: 'MAX_DURATION_MS', value: 50 },
      { type: 'JSON_PATH_EQUALS', path: '$.data.webhook.status', value: 'ACTIVE' },
      { type: 'JSON_PATH_EQUALS', path: '$.data.webhook.tags', value: ['a', 'b'] },
      { type: 'JSON_PATH_EQUALS', path: "$['data']['webhook'].tags[1]", value: 'b' },
      { type: 'JSON_PATH_EXISTS', path: '$.data.webhook.owner' },
    ];
    expect(evaluateAssertions(assertions, answer(webhook('ACTIVE')))).toEqual([]);
  });

  it('names the assertion, what it expected and only the value it looked at', () => {
    const failures = evaluateAssertions(
      [
        { type: 'JSON_PATH_EQUALS', path: '$.data.webhook.status', value: 'ACTIVE' },
        { type: 'JSON_PATH_EXISTS', path: '$.data.webhook.secret' },
        { type: 'MAX_DURATION_MS', value: 10 },
      ],
      answer(webhook('PAUSED'), 12.6),
    );
    expect(failures).toEqual([
      {
        assertion: 'JSON_PATH_EQUALS',
        path: '$.data.webhook.status',
        expected: '"ACTIVE"',
        actual: '"PAUSED"',
      },
      {
        assertion: 'JSON_PATH_EXISTS',
        path: '$.data.webhook.secret',
        expected: 'a value at the path',
        actual: 'no value at the path',
      },
      { assertion: 'MAX_DURATION_MS', path: null, expected: 'at most 10 ms', actual: '13 ms' },
    ]);
    // Nothing else of the answer (the tags, the owner) is in any failure.
    expect(JSON.stringify(failures)).not.toContain('tags');
  });

  it('shows errors by code only, never their messages', () => {
    const body = {
      data: null,
      errors: [
        { message: 'secret detail', extensions: { code: 'FORBIDDEN' } },
        { message: 'more', extensions: { code: 'NOT_FOUND' } },
      ],
    };
    const [failure] = evaluateAssertions(
      [{ type: 'NO_ERRORS' }],
      answer(body, 5, ['FORBIDDEN', 'NOT_FOUND']),
    );
    expect(failure).toEqual({
      assertion: 'NO_ERRORS',
      path: null,
      expected: 'no errors',
      actual: '2 errors: FORBIDDEN, NOT_FOUND',
    });
  });

  it('fails a path that selects several values, and cuts long values short', () => {
    const [several] = evaluateAssertions(
      [{ type: 'JSON_PATH_EQUALS', path: '$.data.webhook.tags[*]', value: 'a' }],
      answer(webhook('ACTIVE')),
    );
    expect(several?.actual).toBe('2 values at the path');
    const [long] = evaluateAssertions(
      [{ type: 'JSON_PATH_EQUALS', path: '$.data.text', value: 'short' }],
      answer({ data: { text: 'x'.repeat(1000) } }),
    );
    expect(long?.actual.length).toBe(200);
  });

  it('fails on the run alone when there was no answer', () => {
    const failures = evaluateAssertions([{ type: 'NO_ERRORS' }, { type: 'MAX_DURATION_MS', value: 10 }], {
      body: null,
      durationMs: 5000,
      errorCodes: [],
      problem: { expected: 'an answer within 5000 ms', actual: 'no answer in time' },
    });
    expect(failures).toEqual([
      { assertion: null, path: null, expected: 'an answer within 5000 ms', actual: 'no answer in time' },
    ]);
  });

  it('refuses paths jsonpath-plus would read leniently or evaluate as script', () => {
    expect(jsonPathProblem('$.data.webhook.status')).toBeNull();
    expect(jsonPathProblem('$..status')).toBeNull();
    expect(jsonPathProblem('$.items[0:2]')).toBeNull();
    expect(jsonPathProblem('data.webhook')).toMatch(/starts at the response root/);
    expect(jsonPathProblem('$[')).toMatch(/unclosed/);
    expect(jsonPathProblem("$['a")).toMatch(/unclosed/);
    expect(jsonPathProblem('$.list[?(@.x > 1)]')).toMatch(/filter and script/);
    expect(jsonPathProblem('$.list[(@.length-1)]')).toMatch(/filter and script/);
    expect(jsonPathProblem('')).toMatch(/1 to 500/);
  });
});
