import { AuditTrail, type AuditEntry } from '../../lib/auditTrail.js';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import type { AuditEvent, Resolvers } from './generated/resolvers.js';

const MAX_PAGE = 500;

function toEvent(entry: AuditEntry): AuditEvent {
  return {
    id: entry.id,
    sequence: entry.sequence,
    occurredAt: entry.occurredAt,
    actor: { subject: entry.actor },
    action: entry.action,
    resource: entry.resource,
    outcome: entry.outcome,
    details: entry.details,
    hash: entry.hash,
    previousHash: entry.previousHash,
  };
}

function decodeOffset(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const value = Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10);
  if (!Number.isInteger(value) || value < 0)
    throw new PlatformError('BAD_USER_INPUT', 'Invalid cursor', { field: 'after' });
  return value;
}

export function createAuditSubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const trail = new AuditTrail(deps.redis, deps.config.REDIS_KEY_PREFIX);

  const resolvers: Resolvers = {
    Query: {
      auditEvents: async (_root, { first, after }, { principal }) => {
        const limit = Math.min(Math.max(first ?? 50, 1), MAX_PAGE);
        const offset = decodeOffset(after);
        const [entries, total] = await Promise.all([
          trail.newest(principal.tenantId, offset, limit),
          trail.count(principal.tenantId),
        ]);
        const edges = entries.map((entry, i) => ({
          node: toEvent(entry),
          cursor: Buffer.from(String(offset + i + 1)).toString('base64url'),
        }));
        return {
          edges,
          totalCount: total,
          pageInfo: {
            hasNextPage: offset + entries.length < total,
            hasPreviousPage: offset > 0,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
      verifyAuditChain: (_root, _args, { principal }) => trail.verify(principal.tenantId),
    },
    AuditEvent: {
      // Entity lookups by id scan the newest page only; ids are for correlation, not random access.
      __resolveReference: async (ref, { principal }) => {
        const recent = await trail.newest(principal.tenantId, 0, MAX_PAGE);
        const found = recent.find((e) => e.id === ref.id);
        return found ? toEvent(found) : null;
      },
    },
  };

  return { name: 'audit', schema: buildFederatedSchema(readSchema(import.meta.url), resolvers) };
}
