import { randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import { SCOPES } from '../../lib/scopes.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { ApiKeyStore, type ApiKeyRecord } from './apiKeys/ApiKeyStore.js';
import { displayPrefix, generateApiKey, hashApiKey } from './apiKeys/keyFormat.js';
import type {
  ApiKey,
  ApiKeyStatus,
  RateLimitInput,
  Resolvers,
  SecurityThreat,
} from './generated/resolvers.js';
import { ThreatStore, type ThreatRecord } from './threats/ThreatStore.js';

function statusOf(record: ApiKeyRecord, now: number): ApiKeyStatus {
  if (record.revokedAt) return 'REVOKED';
  if (record.expiresAt && Date.parse(record.expiresAt) <= now) return 'EXPIRED';
  return 'ACTIVE';
}

function toApiKey(record: ApiKeyRecord, lastUsedAt: string | null = null): ApiKey {
  const now = Date.now();
  const overlapOpen = record.previousValidUntil && Date.parse(record.previousValidUntil) > now;
  return {
    id: record.id,
    name: record.name,
    prefix: record.prefix,
    scopes: [...record.scopes],
    createdAt: record.createdAt,
    createdBy: { subject: record.createdBy, tenantId: record.tenantId, scopes: null },
    revokedAt: record.revokedAt,
    expiresAt: record.expiresAt,
    lastUsedAt,
    rotatedAt: record.rotatedAt,
    previousSecretExpiresAt: overlapOpen ? record.previousValidUntil : null,
    rateLimit: record.rateLimit,
    trustedDocumentsOnly: record.trustedDocumentsOnly === true,
    status: statusOf(record, now),
  };
}

function toThreat(record: ThreatRecord): SecurityThreat {
  return {
    id: record.id,
    type: record.type,
    severity: record.severity,
    confidence: record.confidence,
    principal: record.principal,
    clientIp: record.clientIp,
    evidence: record.evidence,
    detectedAt: record.detectedAt,
    status: record.status,
  };
}

function checkRateLimit(input: RateLimitInput | null | undefined): ApiKeyRecord['rateLimit'] {
  if (!input) return null;
  if (input.points < 1 || input.windowSeconds < 1 || input.windowSeconds > 86_400) {
    throw new PlatformError('BAD_USER_INPUT', 'rateLimit needs points ≥ 1 and 1 ≤ windowSeconds ≤ 86400', {
      field: 'rateLimit',
    });
  }
  return { points: input.points, windowSeconds: input.windowSeconds };
}

export function createSecuritySubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const { config } = deps;
  const store = new ApiKeyStore(deps.redis, config.REDIS_KEY_PREFIX);
  const threats = new ThreatStore(deps.redis, config.REDIS_KEY_PREFIX);
  const maxLifetimeMs = config.API_KEY_MAX_LIFETIME_DAYS * 86_400_000;

  const owned = async (tenantId: string, id: string): Promise<ApiKeyRecord> => {
    const record = await store.records.get(tenantId, id);
    if (!record) throw new PlatformError('NOT_FOUND', `No API key ${id}`);
    return record;
  };

  const resolvers: Resolvers = {
    Query: {
      me: (_root, _args, { principal }) => ({
        subject: principal.subject,
        tenantId: principal.tenantId,
        scopes: [...principal.scopes],
      }),
      apiKeys: async (_root, _args, { principal }) => {
        const records = (await store.records.list(principal.tenantId, 1000)).items;
        const used = await store.lastUsed(
          principal.tenantId,
          records.map((r) => r.id),
        );
        return records.map((record) => toApiKey(record, used.get(record.id) ?? null));
      },
      securityThreats: async (_root, { first, after }, { principal }) => {
        const limit = Math.min(Math.max(first ?? 50, 1), 500);
        const page = await threats.records.list(principal.tenantId, limit, after);
        return {
          edges: page.items.map((record, i) => ({
            node: toThreat(record),
            cursor: page.cursors[i] as string,
          })),
          totalCount: page.totalCount,
          hasNextPage: page.nextCursor !== null,
          endCursor: page.nextCursor,
        };
      },
    },
    Mutation: {
      createApiKey: async (_root, { input }, { principal }) => {
        const name = input.name.trim();
        if (name.length === 0 || name.length > 200) {
          throw new PlatformError('BAD_USER_INPUT', 'name must be 1 to 200 characters', { field: 'name' });
        }
        const unknown = input.scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
        if (unknown.length > 0 || input.scopes.length === 0) {
          throw new PlatformError(
            'BAD_USER_INPUT',
            `scopes must be a non-empty subset of: ${SCOPES.join(', ')}`,
            {
              field: 'scopes',
              unknown,
            },
          );
        }
        // No escalation: a key may carry only scopes its creator holds.
        const beyond = input.scopes.filter((s) => !principal.scopes.includes(s));
        if (beyond.length > 0) {
          throw new PlatformError(
            'FORBIDDEN',
            `A key cannot carry scopes its creator lacks: ${beyond.join(', ')}`,
            {
              field: 'scopes',
              scopes: beyond,
            },
          );
        }
        const now = Date.now();
        let expiresAt = now + maxLifetimeMs;
        if (input.expiresAt) {
          const requested = Date.parse(input.expiresAt);
          if (!Number.isFinite(requested) || requested <= now || requested > now + maxLifetimeMs) {
            throw new PlatformError(
              'BAD_USER_INPUT',
              `expiresAt must be in the future and at most ${config.API_KEY_MAX_LIFETIME_DAYS} days away`,
              { field: 'expiresAt' },
            );
          }
          expiresAt = requested;
        }
        const secret = generateApiKey();
        const record = await store.create({
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: new Date(now).toISOString(),
          name,
          prefix: displayPrefix(secret),
          secretHash: hashApiKey(secret),
          scopes: [...new Set(input.scopes)],
          createdBy: principal.subject,
          revokedAt: null,
          expiresAt: new Date(expiresAt).toISOString(),
          rateLimit: checkRateLimit(input.rateLimit),
          trustedDocumentsOnly: input.trustedDocumentsOnly === true,
          rotatedAt: null,
          previousSecretHash: null,
          previousValidUntil: null,
        });
        return { apiKey: toApiKey(record), secret };
      },
      revokeApiKey: async (_root, { id }, { principal }) =>
        toApiKey(await store.revoke(await owned(principal.tenantId, id), new Date())),
      rotateApiKey: async (_root, { id, overlapSeconds }, { principal }) => {
        const record = await owned(principal.tenantId, id);
        if (statusOf(record, Date.now()) !== 'ACTIVE') {
          throw new PlatformError('BAD_USER_INPUT', 'Only an active key can be rotated', { field: 'id' });
        }
        const overlap = overlapSeconds ?? 3600;
        if (!Number.isInteger(overlap) || overlap < 0 || overlap > config.API_KEY_MAX_OVERLAP_SECONDS) {
          throw new PlatformError(
            'BAD_USER_INPUT',
            `overlapSeconds must be 0 to ${config.API_KEY_MAX_OVERLAP_SECONDS}`,
            { field: 'overlapSeconds' },
          );
        }
        const secret = generateApiKey();
        const rotated = await store.rotate(
          record,
          { hash: hashApiKey(secret), prefix: displayPrefix(secret) },
          overlap,
          new Date(),
        );
        return { apiKey: toApiKey(rotated), secret };
      },
    },
    Principal: {
      // Principals are always resolved inside the caller's tenant.
      __resolveReference: (ref, { principal }) => ({
        subject: ref.subject,
        tenantId: principal.tenantId,
        scopes: ref.subject === principal.subject ? [...principal.scopes] : null,
      }),
    },
    ApiKey: {
      __resolveReference: async (ref, { principal }) => {
        const record = await store.records.get(principal.tenantId, ref.id);
        return record ? toApiKey(record) : null;
      },
    },
    SecurityThreat: {
      __resolveReference: async (ref, { principal }) => {
        const record = await threats.records.get(principal.tenantId, ref.id);
        return record ? toThreat(record) : null;
      },
    },
  };

  return { name: 'security', schema: buildFederatedSchema(readSchema(import.meta.url), resolvers) };
}
