import type { ErrorGroup, ErrorOccurrence } from '../generated/resolvers.js';
import { effectiveStatus, type ErrorGroupRecord, type StoredOccurrence } from './ErrorGroupStore.js';

/** An error group as resolvers return it: `alert` and `recentOccurrences` resolve from its view. */
export type ErrorGroupView = Omit<ErrorGroup, 'alert' | 'recentOccurrences'> & {
  /** Whose view: a tenant, or PLATFORM_TENANT (operators). */
  readonly owner: string;
};

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

/** Most occurrences first. */
const names = (counts: Readonly<Record<string, number>>): string[] =>
  Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name]) => name);

export function toErrorGroup(owner: string, record: ErrorGroupRecord, now: number): ErrorGroupView {
  return {
    owner,
    id: record.fingerprint,
    fingerprint: record.fingerprint,
    type: record.type,
    message: record.message,
    normalizedMessage: record.normalizedMessage ?? null,
    level: record.level,
    status: effectiveStatus(record, now),
    firstSeen: iso(record.firstSeen) as string,
    lastSeen: iso(record.lastSeen) as string,
    count: record.count,
    windows: Object.entries(record.windows)
      .map(([start, count]) => ({ start: Number(start), count }))
      .sort((a, b) => a.start - b.start)
      .map((w) => ({ start: new Date(w.start).toISOString(), count: w.count })),
    operations: names(record.operations),
    subgraphs: names(record.subgraphs),
    resolvedAt: iso(record.resolvedAt),
    resolvedBy: record.resolvedBy ? { subject: record.resolvedBy } : null,
    ignoredUntil: record.status === 'IGNORED' ? iso(record.ignoredUntil) : null,
    ignoredRemaining: record.status === 'IGNORED' ? (record.ignoredRemaining ?? null) : null,
    regressedAt: iso(record.regressedAt),
  };
}

/** A tenant's stored occurrences hold no real message, frames or stack to begin with. */
export function toOccurrence(stored: StoredOccurrence): ErrorOccurrence {
  return {
    id: stored.id,
    at: new Date(stored.at).toISOString(),
    tenantId: stored.tenantId,
    operation: stored.operation,
    subgraph: stored.subgraph,
    requestId: stored.requestId,
    type: stored.type,
    message: stored.message,
    normalizedMessage: stored.normalizedMessage,
    frames: stored.frames ? [...stored.frames] : null,
    stack: stored.stack,
    count: stored.count,
  };
}
