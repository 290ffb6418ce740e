import { toConnection } from '../../lib/tenantRecords.js';
import { createKeyring } from '../../lib/crypto/createKeyring.js';
import { createAuditLog } from '../audit/auditApi.js';
import { keyResolvers, loadEncryptionKey } from './keys/resolvers.js';
import { randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import { SCOPES } from '../../lib/scopes.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { mapEvents } from '../../lib/events/mapEvents.js';
import type { ApiKeyRecord } from './apiKeys/ApiKeyStore.js';
import { displayPrefix, generateApiKey, hashApiKey } from './apiKeys/keyFormat.js';
import type {
  RateLimitInput,
  Resolvers,
  SecurityEventType,
  SecuritySettings,
} from './generated/resolvers.js';
import { eventTypeOf, SecurityEvents, securityTypeOf } from './securityEvents.js';
import { SecurityService } from './service.js';
import type { SecuritySettingsRecord } from './settings.js';
import type { IncidentSeverity } from './incidents/lifecycle.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import { toApiKey, toIncident, toThreat, statusOf } from './views.js';

function checkRateLimit(input: RateLimitInput | null | undefined): ApiKeyRecord['rateLimit'] {
  if (!input) return null;
  if (input.points < 1 || input.windowSeconds < 1 || input.windowSeconds > 86_400) {
    throw new PlatformError('BAD_USER_INPUT', 'rateLimit needs points ≥ 1 and 1 ≤ windowSeconds ≤ 86400', {
      field: 'rateLimit',
    });
  }
  return { points: input.points, windowSeconds: input.windowSeconds };
}

/** A string field of an event's data (the id of the object it concerns). */
function field(event: PlatformEvent, name: string): string | null {
  const data = event.data as Record<string, unknown> | null;
  const value = data?.[name];
  return typeof value === 'string' ? value : null;
}

function toSettings(record: SecuritySettingsRecord): SecuritySettings {
  return {
    ...record,
    incidentSla: (Object.keys(record.incidentSla) as IncidentSeverity[]).map((severity) => ({
      severity,
      ...record.incidentSla[severity],
    })),
  };
}

export function createSecuritySubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const { config } = deps;
  const eventLog = EventLog.fromConfig(config, deps.redis, deps.logger, undefined, deps.metrics);
  const events = new SecurityEvents(eventLog);
  const keyring = createKeyring(deps, 'security', createAuditLog(deps.redis, deps.config).trail);
  const keys = keyResolvers({ keyring, events });
  const service = new SecurityService({
    redis: deps.redis,
    prefix: config.REDIS_KEY_PREFIX,
    events,
    logger: deps.logger.child({ component: 'security' }),
  });
  const { apiKeys: store, threats, incidents, settings } = service;
  const ALL_EVENT_TYPES: readonly SecurityEventType[] = [
    'THREAT_DETECTED',
    'THREAT_UPDATED',
    'INCIDENT_OPENED',
    'INCIDENT_UPDATED',
    'INCIDENT_OVERDUE',
    'KEY_ROTATED',
    'KEY_DESTROYED',
    'API_KEY_CREATED',
    'API_KEY_REVOKED',
    'API_KEY_ROTATED',
    'API_KEY_SUSPENDED',
    'API_KEY_REINSTATED',
  ];
  const maxLifetimeMs = config.API_KEY_MAX_LIFETIME_DAYS * 86_400_000;

  const owned = async (tenantId: string, id: string): Promise<ApiKeyRecord> => {
    const record = await store.records.get(tenantId, id);
    if (!record) throw new PlatformError('NOT_FOUND', `No API key ${id}`);
    return record;
  };
  const ownedThreat = async (tenantId: string, id: string) => {
    const record = await threats.records.get(tenantId, id);
    if (!record) throw new PlatformError('NOT_FOUND', `No threat ${id}`, { field: 'id' });
    return record;
  };
  const limitOf = (first: number | null | undefined) => Math.min(Math.max(first ?? 50, 1), 500);

  const resolvers: Resolvers = {
    Query: {
      ...keys.Query,
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
      securityThreats: async (_root, { filter, first, after }, { principal }) => {
        const page = await threats.list(principal.tenantId, filter ?? {}, limitOf(first), after ?? null);
        return toConnection(page, toThreat);
      },
      securityThreat: async (_root, { id }, { principal }) => {
        const record = await threats.records.get(principal.tenantId, id);
        return record ? toThreat(record) : null;
      },
      securityIncidents: async (_root, { filter, first, after }, { principal }) => {
        const now = Date.now();
        const page = await incidents.list(
          principal.tenantId,
          filter ?? {},
          limitOf(first),
          after ?? null,
          now,
        );
        return toConnection(page, (record) => toIncident(record, now));
      },
      securityIncident: async (_root, { id }, { principal }) => {
        const record = await incidents.records.get(principal.tenantId, id);
        return record ? toIncident(record) : null;
      },
      securitySettings: async (_root, _args, { principal }) =>
        toSettings(await settings.get(principal.tenantId)),
    },
    Mutation: {
      ...keys.Mutation,
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
        // Operators see every tenant's errors: that belongs to people the identity provider
        // vouches for, never to a long-lived key.
        if (input.scopes.includes('platform:operator')) {
          throw new PlatformError('BAD_USER_INPUT', 'platform:operator cannot be given to an API key', {
            field: 'scopes',
          });
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
        await service.apiKeyChanged(record, 'API_KEY_CREATED', principal.subject);
        return { apiKey: toApiKey(record), secret };
      },
      revokeApiKey: async (_root, { id }, { principal }) => {
        const record = await owned(principal.tenantId, id);
        const revoked = await store.revoke(record, new Date());
        if (!record.revokedAt) await service.apiKeyChanged(revoked, 'API_KEY_REVOKED', principal.subject);
        return toApiKey(revoked);
      },
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
        await service.apiKeyChanged(rotated, 'API_KEY_ROTATED', principal.subject);
        return { apiKey: toApiKey(rotated), secret };
      },
      suspendApiKey: async (_root, { id, seconds, reason }, { principal }) => {
        const record = await owned(principal.tenantId, id);
        if (record.revokedAt)
          throw new PlatformError('BAD_USER_INPUT', 'A revoked key cannot be suspended', { field: 'id' });
        if (!Number.isInteger(seconds) || seconds < 60 || seconds > 30 * 86_400)
          throw new PlatformError('BAD_USER_INPUT', 'seconds must be 60 to 2592000 (30 days)', {
            field: 'seconds',
          });
        const why = reason.trim();
        if (why.length === 0 || why.length > 500)
          throw new PlatformError('BAD_USER_INPUT', 'reason must be 1 to 500 characters', {
            field: 'reason',
          });
        return toApiKey(
          await service.suspendKey(record, new Date(Date.now() + seconds * 1000), why, principal.subject),
        );
      },
      reinstateApiKey: async (_root, { id }, { principal }) => {
        const record = await owned(principal.tenantId, id);
        if (statusOf(record, Date.now()) !== 'SUSPENDED') return toApiKey(record);
        return toApiKey(await service.reinstateKey(record, principal.subject));
      },
      updateSecurityThreat: async (_root, { id, status, note }, { principal }) =>
        toThreat(
          await service.setThreatStatus(
            await ownedThreat(principal.tenantId, id),
            status,
            note ?? null,
            principal.subject,
          ),
        ),
      openSecurityIncident: async (_root, { input }, { principal }) =>
        toIncident(await service.incidentService.openIncident(principal.tenantId, input, principal.subject)),
      updateSecurityIncident: async (_root, { id, status, note, assignee, threatIds }, { principal }) =>
        toIncident(
          await service.incidentService.updateIncident(
            principal.tenantId,
            id,
            {
              status: status ?? null,
              note: note ?? null,
              ...(assignee !== undefined ? { assignee } : {}),
              threatIds: threatIds ?? null,
            },
            principal.subject,
          ),
        ),
      updateSecuritySettings: async (_root, { input }, { principal }) =>
        toSettings(await settings.update(principal.tenantId, input)),
    },
    Subscription: {
      securityEvents: {
        // Security changes are platform events on the tenant's stream: the same cursors resume
        // here and on Subscription.events, and webhooks deliver them alongside.
        subscribe: async (_root, { types, since }, { principal }) => {
          const wanted = (types?.length ? types : ALL_EVENT_TYPES).map(eventTypeOf);
          const stream = await eventLog.subscribe(principal.tenantId, {
            types: wanted,
            since: since ?? null,
          });
          return mapEvents(stream, (event) => (securityTypeOf(event.type) ? event : null));
        },
        resolve: (event: PlatformEvent) => event,
      },
    },
    SecurityEvent: {
      type: (event) => securityTypeOf(event.type) as SecurityEventType,
      eventType: (event) => event.type,
      data: (event) => event.data,
      threat: async (event, _args, { principal }) => {
        const id = field(event, 'threatId');
        const record = id ? await threats.records.get(principal.tenantId, id) : null;
        return record ? toThreat(record) : null;
      },
      incident: async (event, _args, { principal }) => {
        const id = field(event, 'incidentId');
        const record = id ? await incidents.records.get(principal.tenantId, id) : null;
        return record ? toIncident(record) : null;
      },
      apiKey: async (event, _args, { principal }) => {
        const id = field(event, 'apiKeyId');
        const record = id ? await store.records.get(principal.tenantId, id) : null;
        return record ? toApiKey(record) : null;
      },
      encryptionKey: (event, _args, { principal }) => {
        const id = field(event, 'keyId');
        return id ? loadEncryptionKey(keyring, principal.tenantId, id) : null;
      },
    },
    EncryptionKey: keys.EncryptionKey,
    SecurityIncident: {
      threats: async (incident, _args, { principal }) =>
        (await threats.records.getMany(principal.tenantId, incident.threatIds)).flatMap((t) =>
          t ? [toThreat(t)] : [],
        ),
      __resolveReference: async (ref, { principal }) => {
        const record = await incidents.records.get(principal.tenantId, ref.id);
        return record ? toIncident(record) : null;
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

  return {
    name: 'security',
    schema: buildFederatedSchema(readSchema(import.meta.url), resolvers),
    close: async () => {
      await eventLog.close();
      await keyring.close();
    },
  };
}
