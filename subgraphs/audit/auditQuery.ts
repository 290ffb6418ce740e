import type { AuditEntry, AuditTrail } from './store/AuditTrail.js';
import { decodeKeyset, encodeKeyset } from '../../lib/cursors.js';
import { PlatformError } from '../../lib/errors.js';
import type { AuditEventConnection, AuditEventFilter, AuditOrder } from './generated/resolvers.js';
import { toAuditEvent } from './views.js';

const MAX_PAGE = 500;
/** Events one request examines at most; a sparse filter returns a short page and a cursor. */
const SCAN_LIMIT = 20_000;
const CHUNK = 500;

/** The platform's keyset cursor (lib/cursors): it names its list and tenant. */
function encodeCursor(tenantId: string, sequence: number): string {
  return encodeKeyset('audit', tenantId, [String(sequence)]);
}

function decodeCursor(tenantId: string, cursor: string): number {
  const value = Number(decodeKeyset('audit', tenantId, cursor, 1)[0]);
  if (!Number.isInteger(value) || value < 0)
    throw new PlatformError('CURSOR_INVALID', 'Not a cursor this API issued for your audit trail', {
      field: 'after',
    });
  return value;
}

export function matchesFilter(entry: AuditEntry, filter: AuditEventFilter | null): boolean {
  if (!filter) return true;
  if (filter.actors?.length && !filter.actors.includes(entry.actor)) return false;
  if (filter.actions?.length && !filter.actions.some((prefix) => entry.action.startsWith(prefix)))
    return false;
  if (filter.resourceType && entry.resourceType !== filter.resourceType) return false;
  if (filter.resourceId && entry.resource !== filter.resourceId) return false;
  if (filter.outcome && entry.outcome !== filter.outcome) return false;
  if (filter.from && entry.occurredAt < filter.from) return false;
  if (filter.to && entry.occurredAt > filter.to) return false;
  if (typeof filter.minRisk === 'number' && (entry.riskScore ?? 0) < filter.minRisk) return false;
  return true;
}

function checkFilter(filter: AuditEventFilter | null): void {
  for (const field of ['from', 'to'] as const) {
    const value = filter?.[field];
    if (value && !Number.isFinite(Date.parse(value))) {
      throw new PlatformError('BAD_USER_INPUT', `${field} must be an ISO-8601 date-time`, { field });
    }
  }
}

/**
 * A keyset page over the append-only log: the cursor is the last sequence returned, and the
 * sequence of an event is its position + 1, so a page starts with one LRANGE at the right place.
 */
export async function pageEvents(
  trail: AuditTrail,
  tenantId: string,
  args: { filter: AuditEventFilter | null; first: number; after: string | null; order: AuditOrder },
): Promise<AuditEventConnection> {
  if (args.first < 1 || args.first > MAX_PAGE) {
    throw new PlatformError('BAD_USER_INPUT', `first must be 1 to ${MAX_PAGE}`, { field: 'first' });
  }
  checkFilter(args.filter);
  const [total, first] = await Promise.all([trail.count(tenantId), trail.firstPosition(tenantId)]);
  const newest = args.order === 'NEWEST_FIRST';
  const afterSequence = args.after ? decodeCursor(tenantId, args.after) : null;
  // Positions still to read, in reading order.
  // Positions before `first` were deleted past retention.
  let position = newest
    ? afterSequence === null
      ? total - 1
      : afterSequence - 2
    : Math.max(afterSequence ?? 0, first);
  const edges: AuditEventConnection['edges'] = [];
  let scanned = 0;
  let lastSequence: number | null = null;
  const inRange = () => (newest ? position >= first : position < total);
  while (inRange() && edges.length < args.first && scanned < SCAN_LIMIT) {
    const start = newest ? Math.max(first, position - CHUNK + 1) : position;
    const stop = newest ? position : Math.min(total - 1, position + CHUNK - 1);
    const chunk = await trail.range(tenantId, start, stop);
    if (newest) chunk.reverse();
    const matched: AuditEntry[] = [];
    for (const entry of chunk) {
      scanned += 1;
      position += newest ? -1 : 1;
      lastSequence = entry.sequence;
      if (matchesFilter(entry, args.filter)) {
        matched.push(entry);
        if (edges.length + matched.length === args.first) break;
      }
    }
    for (const readable of await trail.readable(tenantId, matched)) {
      edges.push({ node: toAuditEvent(readable), cursor: encodeCursor(tenantId, readable.entry.sequence) });
    }
  }
  const more = inRange();
  // A page cut short by the scan limit ends at the last examined event, so the next continues there.
  const endCursor =
    edges.length < args.first && more && lastSequence !== null
      ? encodeCursor(tenantId, lastSequence)
      : (edges.at(-1)?.cursor ?? null);
  return {
    edges,
    totalCount: total - first,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: afterSequence !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor,
    },
  };
}
