import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PlatformError } from '../../lib/errors.js';

/** Hardening limits checked before any pass that expands fragments (docs/ERROR_CODES.md). */
export interface ShapeLimits {
  /** Lexical tokens per document. */
  readonly maxTokens: number;
  /** Nesting of `{ [ (` in the document text: selections, arguments and literals alike. */
  readonly maxNesting: number;
  /** Selection depth with fragments expanded. */
  readonly maxDepth: number;
  /** Aliased fields with fragments expanded. */
  readonly maxAliases: number;
  /** Fields with fragments expanded: what every later pass (scopes, planning, cost) walks. */
  readonly maxFields: number;
}

const OPEN = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Counts tokens and bracket nesting with graphql-js's lexer, which is iterative: a list literal
 * nested 20,000 deep is refused here instead of overflowing the recursive parser's stack.
 * Syntax errors are left for the parser to report with its own message.
 */
export function scanDocument(query: string, limits: Pick<ShapeLimits, 'maxTokens' | 'maxNesting'>): void {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > limits.maxTokens) {
        throw new PlatformError('QUERY_TOO_COMPLEX', `Document exceeds ${limits.maxTokens} tokens`, {
          limit: 'tokens',
          max: limits.maxTokens,
        });
      }
      if (OPEN.has(token.kind)) {
        nesting += 1;
        if (nesting > limits.maxNesting) {
          throw new PlatformError(
            'QUERY_TOO_COMPLEX',
            `Document nests deeper than ${limits.maxNesting} levels`,
            { limit: 'nesting', max: limits.maxNesting },
          );
        }
      } else if (CLOSE.has(token.kind)) {
        nesting -= 1;
      }
    }
  } catch (error) {
    if (error instanceof PlatformError) throw error;
    // A lexical error: parse() reports it as GRAPHQL_PARSE_FAILED with the position.
  }
}

interface Measure {
  /** Fields in the expansion (saturates at Infinity, never overflows into a wrong verdict). */
  fields: number;
  aliases: number;
  depth: number;
  /** Work of graphql-js's OverlappingFieldsCanBeMerged rule, which compares fields pairwise. */
  overlap: number;
  /** Fields at this selection level by response key (fragments merged in), with their subtrees. */
  level: Map<string, { count: number; subtree: number }>;
}

const empty = (): Measure => ({ fields: 0, aliases: 0, depth: 0, overlap: 0, level: new Map() });

function add(total: Measure, part: Measure): void {
  total.fields += part.fields;
  total.aliases += part.aliases;
  total.depth = Math.max(total.depth, part.depth);
  total.overlap += part.overlap;
  for (const [key, entry] of part.level) {
    const known = total.level.get(key);
    if (known) {
      known.count += entry.count;
      known.subtree += entry.subtree;
    } else {
      total.level.set(key, { ...entry });
    }
  }
}

/**
 * Fields sharing a response key in one selection set are compared pair by pair, each pair
 * comparing their subtrees: `{ me { a } me { a } … }` with 900 copies costs graphql-js about
 * 300 ms of validation inside every other limit. This estimates that work so it can be bounded.
 */
function overlapOf(level: Map<string, { count: number; subtree: number }>): number {
  let work = 0;
  for (const { count, subtree } of level.values()) {
    if (count > 1) work += ((count * (count - 1)) / 2) * (1 + subtree / count);
  }
  return work;
}

/**
 * Measures every operation of a document with each fragment measured once (memoised), so the
 * cost of the check is linear in the document's size however often fragments spread each other.
 * A fragment bomb (`F0 { ...F1 ...F1 }`, `F1 { ...F2 ...F2 }`, …) is refused here, before the
 * passes that do expand it run.
 */
export function checkOperationShape(
  document: DocumentNode,
  limits: Pick<ShapeLimits, 'maxDepth' | 'maxAliases' | 'maxFields'>,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();

  const measureFragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are validation errors reported later; count them as empty.
    if (!fragment || visiting.has(name)) return empty();
    visiting.add(name);
    const measured = measureLevel(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, measured);
    return measured;
  };

  /** One selection level, fragments merged into it; nested fields' sets are closed levels. */
  const measureLevel = (set: SelectionSetNode): Measure => {
    const total = empty();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? closedLevel(selection.selectionSet) : empty();
        const key = selection.alias?.value ?? selection.name.value;
        add(total, {
          fields: child.fields + 1,
          aliases: child.aliases + (selection.alias ? 1 : 0),
          depth: child.depth + 1,
          overlap: child.overlap,
          level: new Map([[key, { count: 1, subtree: child.fields }]]),
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(total, measureLevel(selection.selectionSet));
      } else {
        add(total, measureFragment(selection.name.value));
      }
    }
    return total;
  };

  const closedLevel = (set: SelectionSetNode): Measure => {
    const measured = measureLevel(set);
    measured.overlap += overlapOf(measured.level);
    measured.level = new Map();
    return measured;
  };

  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const measured = closedLevel(def.selectionSet);
    if (measured.fields > limits.maxFields) {
      throw new PlatformError(
        'QUERY_TOO_COMPLEX',
        `Operation selects ${Number.isFinite(measured.fields) ? measured.fields : 'too many'} fields with fragments expanded; the limit is ${limits.maxFields}`,
        { limit: 'fields', max: limits.maxFields },
      );
    }
    if (measured.overlap > limits.maxFields * OVERLAP_PER_FIELD) {
      throw new PlatformError(
        'QUERY_TOO_COMPLEX',
        'Operation repeats the same fields too often in one selection set; select each field once',
        { limit: 'repeatedFields' },
      );
    }
    if (measured.depth > limits.maxDepth) {
      throw new PlatformError(
        'QUERY_TOO_COMPLEX',
        `Operation is ${measured.depth} levels deep; the limit is ${limits.maxDepth}`,
        { limit: 'depth', max: limits.maxDepth },
      );
    }
    if (measured.aliases > limits.maxAliases) {
      throw new PlatformError(
        'QUERY_TOO_COMPLEX',
        `Operation uses ${measured.aliases} aliases; the limit is ${limits.maxAliases}`,
        { limit: 'aliases', max: limits.maxAliases },
      );
    }
  }
}

/**
 * Pairwise comparisons allowed per permitted field: at the default 2,000 fields, 8,000
 * comparisons, under 10 ms of validation on a 2-core machine. A field repeated a handful of times (Relay-style
 * colocated fragments each selecting `id`) stays far below it.
 */
const OVERLAP_PER_FIELD = 4;

/**
 * True when a JSON value nests deeper than `max` arrays/objects. Iterative, so a 5,000-deep
 * variables object is measured without recursion; run before anything recursive touches it.
 */
export function jsonDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    const children = Array.isArray(current) ? current : Object.values(current as object);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
