import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { SCOPES } from '../../lib/scopes.js';
import { PlatformError } from '../../lib/errors.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { TenantRecords, type TenantRecord } from '../../lib/tenantRecords.js';
import type { ApiKey, Resolvers } from './generated/resolvers.js';

interface ApiKeyRecord extends TenantRecord {
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdBy: string;
  revokedAt: string | null;
}

function toApiKey(record: ApiKeyRecord): ApiKey {
  return {
    id: record.id,
    name: record.name,
    prefix: record.prefix,
    scopes: record.scopes,
    createdAt: record.createdAt,
    createdBy: { subject: record.createdBy, tenantId: record.tenantId, scopes: null },
    revokedAt: record.revokedAt,
  };
}

export function createSecuritySubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const keys = new TenantRecords<ApiKeyRecord>(deps.redis, deps.config.REDIS_KEY_PREFIX, 'security:api-keys');

  const resolvers: Resolvers = {
    Query: {
      me: (_root, _args, { principal }) => ({
        subject: principal.subject,
        tenantId: principal.tenantId,
        scopes: [...principal.scopes],
      }),
      apiKeys: async (_root, _args, { principal }) =>
        (await keys.list(principal.tenantId, 1000)).items.map(toApiKey),
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
        const secret = `kgk_${randomBytes(32).toString('base64url')}`;
        const record = await keys.put({
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: new Date().toISOString(),
          name,
          prefix: secret.slice(0, 10),
          secretHash: createHash('sha256').update(secret).digest('hex'),
          scopes: [...new Set(input.scopes)],
          createdBy: principal.subject,
          revokedAt: null,
        });
        return { apiKey: toApiKey(record), secret };
      },
      revokeApiKey: async (_root, { id }, { principal }) => {
        const record = await keys.get(principal.tenantId, id);
        if (!record) throw new PlatformError('NOT_FOUND', `No API key ${id}`);
        const revoked = record.revokedAt
          ? record
          : await keys.put({ ...record, revokedAt: new Date().toISOString() });
        return toApiKey(revoked);
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
        const record = await keys.get(principal.tenantId, ref.id);
        return record ? toApiKey(record) : null;
      },
    },
  };

  return { name: 'security', schema: buildFederatedSchema(readSchema(import.meta.url), resolvers) };
}
