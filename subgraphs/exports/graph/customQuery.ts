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

/** Blanks string literals and comments so keywords inside them neither pass nor trip the checks. */
function codeOnly(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''")
    .replace(/`(?:``|[^`])*`/g, 'x');
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
  if (!/\$tenantId\b/.test(code)) {
    return reject('query must filter on $tenantId (e.g. MATCH (n:Entity) WHERE n.tenant_id = $tenantId …)');
  }
  if (code.includes(';')) return reject('query must be a single statement (no `;`)');
  return text;
}
