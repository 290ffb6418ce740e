import { PlatformError } from '../../../lib/errors.js';
import { PLATFORM_TENANT, type Principal } from '../../../lib/principal.js';
import type { Scope } from '../../../lib/scopes.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { toAlert } from '../views.js';
import type { ErrorGroupAlerts } from './errorAlerts.js';
import { OCCURRENCES_KEPT, type ErrorGroupStore } from './ErrorGroupStore.js';
import { toErrorGroup, toOccurrence } from './views.js';

const OPERATOR: Scope = 'platform:operator';
/** A group's id is its fingerprint: anything else names no group (and no key). */
const FINGERPRINT = /^[0-9a-f]{64}$/;

/** Operators read and decide on the platform's view; everyone else on their own tenant's. */
export function viewOwner(principal: Principal): string {
  return principal.scopes.includes(OPERATOR) ? PLATFORM_TENANT : principal.tenantId;
}

/** errorGroups, errorGroup, resolveErrorGroup, ignoreErrorGroup and the ErrorGroup fields. */
export function errorGroupResolvers(o: { store: ErrorGroupStore; alerts: ErrorGroupAlerts }): {
  Query: Pick<QueryResolvers, 'errorGroups' | 'errorGroup'>;
  Mutation: Pick<MutationResolvers, 'resolveErrorGroup' | 'ignoreErrorGroup'>;
  ErrorGroup: NonNullable<Resolvers['ErrorGroup']>;
} {
  const { store, alerts } = o;

  /** A decided group's alert ends now (the sweep would end it within a cycle anyway). */
  const decide = async (
    principal: Principal,
    id: string,
    decision: Parameters<ErrorGroupStore['decide']>[2],
  ) => {
    const owner = viewOwner(principal);
    const now = Date.now();
    const decided = FINGERPRINT.test(id) ? await store.decide(owner, id, decision, now) : null;
    if (!decided) throw new PlatformError('NOT_FOUND', 'No such error group', { field: 'id' });
    await alerts.clear(owner, id, now);
    await store.unmarkAlerting(owner, id);
    return toErrorGroup(owner, decided.group, now);
  };

  return {
    Query: {
      errorGroups: async (_root, { filter, first, after }, { principal }) => {
        const size = first ?? 50;
        if (size < 1 || size > 200)
          throw new PlatformError('BAD_USER_INPUT', 'first must be 1 to 200', { field: 'first' });
        for (const field of ['from', 'to'] as const) {
          const value = filter?.[field];
          if (value && !Number.isFinite(Date.parse(value)))
            throw new PlatformError('BAD_USER_INPUT', `${field} is not a time`, { field });
        }
        const owner = viewOwner(principal);
        const now = Date.now();
        const page = await store.list(owner, filter ?? {}, size, after ?? null, now);
        return {
          edges: page.groups.map((group, i) => ({
            node: toErrorGroup(owner, group, now),
            cursor: page.cursors[i] as string,
          })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        };
      },
      errorGroup: async (_root, { id }, { principal }) => {
        if (!FINGERPRINT.test(id)) return null;
        const owner = viewOwner(principal);
        const group = await store.get(owner, id);
        return group ? toErrorGroup(owner, group, Date.now()) : null;
      },
    },
    Mutation: {
      resolveErrorGroup: (_root, { id }, { principal }) =>
        decide(principal, id, { action: 'resolve', by: principal.subject }),
      ignoreErrorGroup: async (_root, { id, until, count }, { principal }) => {
        let untilMs: number | null = null;
        if (until) {
          untilMs = Date.parse(until);
          if (!Number.isFinite(untilMs) || untilMs <= Date.now())
            throw new PlatformError('BAD_USER_INPUT', 'until must be a time in the future', {
              field: 'until',
            });
        }
        if (count !== null && count !== undefined && (count < 1 || count > 1_000_000_000))
          throw new PlatformError('BAD_USER_INPUT', 'count must be 1 to 1000000000', { field: 'count' });
        return decide(principal, id, { action: 'ignore', until: untilMs, remaining: count ?? null });
      },
    },
    ErrorGroup: {
      alert: async (group) => {
        const record = await alerts.open(group.owner, group.id);
        return record ? toAlert(record) : null;
      },
      recentOccurrences: async (group, { first }) => {
        const size = first ?? 20;
        if (size < 1 || size > OCCURRENCES_KEPT)
          throw new PlatformError('BAD_USER_INPUT', `first must be 1 to ${OCCURRENCES_KEPT}`, {
            field: 'first',
          });
        return (await store.occurrences(group.owner, group.id, size)).map(toOccurrence);
      },
    },
  };
}
