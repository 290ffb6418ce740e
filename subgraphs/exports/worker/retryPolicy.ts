/** Longest wait before a retried export runs again, ms. */
export const MAX_RETRY_DELAY_MS = 60_000;

// Kept in step with neo4j-driver 5.x (`Neo4jError.retriable`): the codes a new transaction or a
// new connection can get past. The driver already reports a terminated transaction as
// Neo.ClientError.Transaction.Terminated / LockClientStopped; their TransientError spellings
// (older servers) are excluded too, because someone ended that transaction on purpose: an
// operator's TERMINATE TRANSACTION, or our own cancel or shutdown.
const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  'ServiceUnavailable', // no connection, or the server closed it (restart, network drop)
  'SessionExpired', // the server holding the session went away (cluster)
  'Neo.ClientError.Security.AuthorizationExpired', // a new connection authenticates again
]);
const DELIBERATELY_ENDED: ReadonlySet<string> = new Set([
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * Whether a run that failed with `error` may succeed if run again: Neo4j's transient errors
 * (`Neo.TransientError.*`: deadlock, memory pool, leader switch…) and the driver's connection
 * failures. Reads only `error.code`, so it works on errors rebuilt after a process boundary.
 */
export function isRetryableNeo4jError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string' || DELIBERATELY_ENDED.has(code)) return false;
  return RETRYABLE_CODES.has(code) || code.startsWith('Neo.TransientError.');
}

/**
 * Wait before retry number `retry` (1, 2, …): `baseMs` doubled per retry, ±20 % jitter so jobs
 * failed by one outage do not all come back at the same moment, at most MAX_RETRY_DELAY_MS.
 */
export function retryDelayMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const doubled = baseMs * 2 ** Math.max(0, retry - 1);
  return Math.min(MAX_RETRY_DELAY_MS, Math.round(doubled * (0.8 + random() * 0.4)));
}
