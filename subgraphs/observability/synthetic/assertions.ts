import { isDeepStrictEqual } from 'node:util';
import { JSONPath } from 'jsonpath-plus';
import { assertNever } from '../../../lib/errors.js';
import type { SyntheticAssertionType } from '../generated/resolvers.js';

/** One assertion as stored (checked at creation by checks.ts). */
export type AssertionRecord =
  | { readonly type: 'NO_ERRORS' }
  | { readonly type: 'MAX_DURATION_MS'; readonly value: number }
  | { readonly type: 'JSON_PATH_EQUALS'; readonly path: string; readonly value: unknown }
  | { readonly type: 'JSON_PATH_EXISTS'; readonly path: string };

/** Why a run failed: an assertion (null: the run itself had no usable answer). */
export interface FailureRecord {
  readonly assertion: SyntheticAssertionType | null;
  readonly path: string | null;
  readonly expected: string;
  readonly actual: string;
}

/** What a run got back, as the assertions see it. */
export interface Answer {
  readonly durationMs: number;
  /** The parsed GraphQL response (`data`, `errors`); null when there was none. */
  readonly body: unknown;
  readonly errorCodes: readonly string[];
  /** Why there is no usable answer (a timeout, a refused connection, not JSON); null when there is. */
  readonly problem: { readonly expected: string; readonly actual: string } | null;
}

const MAX_PATH = 500;
const PREVIEW = 200;

/** A value as a failure shows it: JSON, cut to 200 characters. */
export function preview(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text;
}

/** Brackets and quotes close, outside and inside: jsonpath-plus reads a broken path leniently. */
function balanced(path: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < path.length; i += 1) {
    const c = path[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[') depth += 1;
    else if (c === ']' && (depth -= 1) < 0) return false;
  }
  return depth === 0 && quote === null;
}

/**
 * Why a JSONPath is refused, or null when it is fine. Paths are read by jsonpath-plus with script
 * evaluation off: `$.a.b`, `$['a']`, `[0]`, `[*]`, `..`, slices and unions work; filter
 * (`[?(…)]`) and script (`[(…)]`) expressions are refused here rather than at every run.
 */
export function jsonPathProblem(path: string): string | null {
  if (path.length === 0 || path.length > MAX_PATH) return `a path is 1 to ${MAX_PATH} characters`;
  if (!path.startsWith('$')) return 'a path starts at the response root, `$` (e.g. $.data.webhook.status)';
  if (!balanced(path)) return 'the path has an unclosed bracket or quote';
  const segments = JSONPath.toPathArray(path);
  if (segments.some((s) => s.startsWith('?(') || s.startsWith('(')))
    return 'filter and script expressions ([?(…)], [(…)]) are not supported';
  try {
    JSONPath({ path, json: {}, eval: false, wrap: true });
  } catch (error) {
    return `the path cannot be read: ${(error as Error).message}`;
  }
  return null;
}

function select(path: string, body: unknown): unknown[] {
  if (body === null || typeof body !== 'object') return [];
  return JSONPath({ path, json: body as object, eval: false, wrap: true }) as unknown[];
}

/**
 * The failed assertions of one run. A run without a usable answer fails on that alone; otherwise
 * each assertion is checked, and a failure shows only what its assertion names.
 */
export function evaluateAssertions(assertions: readonly AssertionRecord[], answer: Answer): FailureRecord[] {
  if (answer.problem) return [{ assertion: null, path: null, ...answer.problem }];
  const failures: FailureRecord[] = [];
  const fail = (assertion: SyntheticAssertionType, path: string | null, expected: string, actual: string) =>
    failures.push({ assertion, path, expected, actual });
  for (const assertion of assertions) {
    switch (assertion.type) {
      case 'NO_ERRORS': {
        const errors = (answer.body as { errors?: unknown } | null)?.errors;
        const count = Array.isArray(errors) ? errors.length : 0;
        const codes = answer.errorCodes.length ? `: ${answer.errorCodes.join(', ')}` : '';
        if (count > 0)
          fail('NO_ERRORS', null, 'no errors', `${count} error${count === 1 ? '' : 's'}${codes}`);
        break;
      }
      case 'MAX_DURATION_MS':
        if (answer.durationMs > assertion.value)
          fail(
            'MAX_DURATION_MS',
            null,
            `at most ${assertion.value} ms`,
            `${Math.round(answer.durationMs)} ms`,
          );
        break;
      case 'JSON_PATH_EQUALS': {
        const values = select(assertion.path, answer.body);
        const expected = preview(assertion.value);
        if (values.length === 0) fail('JSON_PATH_EQUALS', assertion.path, expected, 'no value at the path');
        else if (values.length > 1)
          fail('JSON_PATH_EQUALS', assertion.path, expected, `${values.length} values at the path`);
        else if (!isDeepStrictEqual(values[0], assertion.value))
          fail('JSON_PATH_EQUALS', assertion.path, expected, preview(values[0]));
        break;
      }
      case 'JSON_PATH_EXISTS':
        if (select(assertion.path, answer.body).length === 0)
          fail('JSON_PATH_EXISTS', assertion.path, 'a value at the path', 'no value at the path');
        break;
      default:
        assertNever(assertion, 'assertion');
    }
  }
  return failures;
}
