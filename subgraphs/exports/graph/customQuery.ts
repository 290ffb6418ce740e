import { PlatformError } from '../../../lib/errors.js';

// Clauses that write, change schema, administer or reach outside the database. The READ
// transaction would refuse most writes anyway; rejecting up front gives a clear error instead.
const FORBIDDEN = [
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'DROP',
  'FOREACH',
  'LOAD',
  'USE',
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'RENAME',
  'SHOW',
  'START',
  'STOP',
  'TERMINATE',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'TRANSACTIONS',
  'FINISH',
];
const FORBIDDEN_RE = new RegExp(`\\b(${FORBIDDEN.join('|')})\\b`, 'i');

/** Read-only procedures a query may CALL; everything else (dbms.*, apoc.*, db.create*…) is refused. */
const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

/**
 * Namespaces of Neo4j's own functions (date.truncate, point.distance, vector.similarity.cosine…).
 * Any other dotted name before `(` is a user-defined function from a plugin: APOC's
 * apoc.cypher.runFirstColumn* runs arbitrary Cypher (apoc.load.*, apoc.export.* included) from
 * inside a function call, so function syntax needs an allow-list just like CALL.
 */
const BUILTIN_FUNCTION_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
]);

/** What a back-quoted name becomes in codeOnly: a name no function or procedure has. */
const QUOTED_NAME = '_quoted_';

/**
 * Comments, string literals and back-quoted names, in one left-to-right pass so each hides the
 * others as Cypher's lexer does (`'http://x'` is a string, not a comment). A line comment ends at
 * any line break Cypher might honour, so nothing after one can hide from the checks.
 */
const LEXEMES =
  /\/\*[\s\S]*?\*\/|\/\/[^\n\r\u0085\u2028\u2029]*|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`/g;

/**
 * Blanks string literals and comments so keywords inside them neither pass nor trip the checks,
 * and turns every kind of space Cypher accepts (control and Unicode separators too) into ' '.
 */
function codeOnly(query: string): string {
  return query
    .replace(LEXEMES, (lexeme) => {
      if (lexeme.startsWith('/')) return ' ';
      return lexeme.startsWith('`') ? QUOTED_NAME : "''";
    })
    .replace(/[\p{Z}\p{Cc}\p{Cf}]/gu, ' ');
}

/**
 * The first function called by a dotted or back-quoted name that is neither Neo4j's own nor an
 * allowed procedure, or null. Cypher allows spaces around the dots and before `(`.
 */
function disallowedFunction(code: string): string | null {
  const calls =
    /(?<![\p{ID_Continue}$.])([\p{ID_Start}_]\p{ID_Continue}*(?:\s*\.\s*\p{ID_Continue}+)*)\s*\(/gu;
  for (const match of code.matchAll(calls)) {
    const name = (match[1] ?? '').replace(/\s+/g, '');
    const parts = name.toLowerCase().split('.');
    if (parts.includes(QUOTED_NAME)) return name.replaceAll(QUOTED_NAME, '`…`');
    if (parts.length === 1) continue;
    if (BUILTIN_FUNCTION_NAMESPACES.has(parts[0] ?? '')) continue;
    if (ALLOWED_PROCEDURES.has(parts.join('.'))) continue;
    return name;
  }
  return null;
}

/**
 * Checks a CUSTOM_QUERY statically: read-only clauses, allow-listed procedures, and a filter on
 * `$tenantId` (the job's tenant, which the worker always sets). Returns the query to run.
 */
export function validateCustomQuery(query: string | null | undefined, maxLength: number): string {
  const reject = (message: string): never => {
    throw new PlatformError('EXPORT_QUERY_REJECTED', message, { field: 'query' });
  };
  const text = (query ?? '').trim();
  if (text === '') return reject('CUSTOM_QUERY exports need a Cypher `query`');
  if (text.length > maxLength) return reject(`query is ${text.length} characters; the limit is ${maxLength}`);
  const code = codeOnly(text);
  const forbidden = FORBIDDEN_RE.exec(code);
  if (forbidden) return reject(`query must be read-only: ${forbidden[1]?.toUpperCase()} is not allowed`);
  for (const match of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      return reject(`procedure ${match[1]} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`);
    }
  }
  const fn = disallowedFunction(code);
  if (fn) return reject(`function ${fn} is not allowed: only Neo4j's built-in functions may be called`);
  if (!/\$tenantId\b/.test(code)) {
    return reject('query must filter on $tenantId (e.g. MATCH (n:Entity) WHERE n.tenant_id = $tenantId …)');
  }
  if (code.includes(';')) return reject('query must be a single statement (no `;`)');
  return text;
}
