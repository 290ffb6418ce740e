import { createAuditLog } from './store/auditLog.js';
import type { StoredSubjectKey } from './store/personalFields.js';
import { auditTenantsKey } from './store/checkpoints.js';
import { auditStreamKey, type AuditEntry, type ReadableEntry } from './store/AuditTrail.js';
import { consistencyProof, inclusionProof, rootHash } from './store/merkle.js';
import { verifyTrail } from './store/verifyTrail.js';
import { randomUUID } from 'node:crypto';
import { buildFederatedSchema } from '../../lib/buildSchema.js';
import { Lease } from '../../lib/lease.js';
import { RewrapSweeper } from '../../lib/crypto/rewrapSweep.js';
import { PlatformError } from '../../lib/errors.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { mapEvents } from '../../lib/events/mapEvents.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import type { SubjectDataProvider } from '../../lib/compliance/subjectData.js';
import { createDsrModule, dsrDeadlineFacts } from './dsr/index.js';
import { DsrStore } from './dsr/DsrStore.js';
import type { EvidenceProviders } from '../../lib/compliance/evidence.js';
import { complianceResolvers } from './compliance/resolvers.js';
import { createComplianceModule } from './compliance/index.js';
import { matchesFilter, pageEvents } from './auditQuery.js';
import { auditSdl } from './schemaFiles.js';
import { toAuditEvent } from './views.js';
import type { AuditEvent, AuditEventFilter, Resolvers } from './generated/resolvers.js';

const hex = (buffer: Buffer) => buffer.toString('hex');

export interface AuditSubgraphOptions {
  /** What the other subgraphs hold about a data subject (runtime/subgraphFactories.ts wires them). */
  readonly subjectData?: readonly SubjectDataProvider[];
  /** Facts the compliance controls weigh from the other subgraphs (runtime/subgraphFactories.ts). */
  readonly evidence: EvidenceProviders;
}

export function createAuditSubgraph(deps: SubgraphDeps, options: AuditSubgraphOptions): SubgraphDefinition {
  const { config } = deps;
  const log = createAuditLog(deps.redis, config, deps.logger);
  const dsr = createDsrModule({ ...deps, log, providers: options.subjectData ?? [] });
  const { trail, checkpoints } = log;
  const dsrStore = new DsrStore(deps.redis, config.REDIS_KEY_PREFIX);
  const compliance = createComplianceModule({
    redis: deps.redis,
    config,
    logger: deps.logger.child({ component: 'compliance' }),
    log,
    providers: options.evidence,
    sdl: auditSdl(),
    dsrFacts: async (tenantId) => ({
      ...(await dsrDeadlineFacts({ redis: deps.redis, prefix: config.REDIS_KEY_PREFIX }, tenantId)),
      total: (await dsrStore.records.list(tenantId, 1)).totalCount,
    }),
    changeChannels: [
      `${config.REDIS_KEY_PREFIX}security:api-key-changes`,
      `${config.REDIS_KEY_PREFIX}security:keys:changed`,
    ],
  });
  const compliancePart = complianceResolvers(compliance);
  const readable = async (tenantId: string, entry: AuditEntry) =>
    (await trail.readable(tenantId, [entry]))[0] as ReadableEntry;
  // Each tenant's audit stream, read with the event path's machinery (cursors, fan-out, limits).
  const events = EventLog.fromConfig(config, deps.redis, deps.logger, auditStreamKey);
  // Timed checkpoints for tenants whose log grew (several replicas may sweep: sizes are signed once).
  const sweeper = setInterval(() => {
    checkpoints
      .sweep()
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'audit checkpoint sweep failed'));
  }, config.AUDIT_CHECKPOINT_SECONDS * 1000);
  sweeper.unref();
  // Sealing into segments and deletion past retention: one replica at a time (lease).
  const sealLease = new Lease(
    deps.redis,
    `${config.REDIS_KEY_PREFIX}audit:sealer`,
    randomUUID(),
    config.AUDIT_SEAL_SECONDS * 2000,
  );
  const sealing = setInterval(() => {
    void sealLease
      .hold()
      .then((held) => (held ? log.sealer.sweep() : undefined))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'audit sealing failed'));
  }, config.AUDIT_SEAL_SECONDS * 1000);
  sealing.unref();
  // After an AUDIT_PERSONAL rotation the subject keys move onto the newest version (the events
  // sealed by them stay as hashed), so older versions can be retired; one sweep per tenant at a
  // time across replicas (the sweeper's lock).
  const personalRewrap = new RewrapSweeper<StoredSubjectKey>({
    redis: deps.redis,
    keyring: log.keyring(),
    purpose: 'AUDIT_PERSONAL',
    records: log.personal.sealedRecords,
    tenants: async () =>
      log.personal.tenantsWithKeys(await deps.redis.smembers(auditTenantsKey(config.REDIS_KEY_PREFIX))),
    logger: deps.logger.child({ component: 'audit-personal-rewrap' }),
  });
  personalRewrap.start();
  const retentionView = async (tenantId: string) => ({
    ...(await log.sealer.retention(tenantId)),
    platformDays: config.AUDIT_RETENTION_DAYS,
    minimumDays: config.AUDIT_MIN_RETENTION_DAYS,
    hotDays: config.AUDIT_HOT_DAYS,
  });

  /** The tree size proofs default to: the latest signed checkpoint's, else the head's. */
  const defaultSize = async (tenantId: string): Promise<number> =>
    (await checkpoints.latest(tenantId))?.treeSize ?? (await trail.headSize(tenantId));

  const proofOf = async (tenantId: string, sequence: number, treeSize: number | null | undefined) => {
    const size = treeSize ?? (await defaultSize(tenantId));
    const head = await trail.headSize(tenantId);
    if (size < sequence || size > head) {
      throw new PlatformError('BAD_USER_INPUT', `treeSize must be between ${sequence} and ${head}`, {
        field: 'treeSize',
      });
    }
    // The leaf is the tree's own (level 0), read with the path in one call: no walk of the event
    // list to the record (O(n) in Redis), and it is there after the record left for a segment or
    // past retention. A verifier ties it to the record by hashing the record it holds.
    const { proof, root, leaf } = await trail.withTree(tenantId, (source) => ({
      proof: inclusionProof(source, sequence - 1, size),
      root: rootHash(source, size),
      leaf: source.node(0, sequence - 1),
    }));
    return {
      leafIndex: sequence - 1,
      treeSize: size,
      leafHash: hex(leaf),
      hashes: proof.map(hex),
      rootHash: hex(root),
    };
  };

  const resolvers: Resolvers = {
    Query: {
      ...dsr.resolvers.Query,
      ...compliancePart.Query,
      auditEvents: async (_root, { filter, first, after, order }, { principal }) =>
        pageEvents(trail, principal.tenantId, {
          filter: filter ?? null,
          first: first ?? 50,
          after: after ?? null,
          order: order ?? 'NEWEST_FIRST',
        }),
      auditEvent: async (_root, { id }, { principal }) => {
        const sequence = await trail.sequenceOf(principal.tenantId, id);
        if (sequence === null) return null;
        const [entry] = await trail.range(principal.tenantId, sequence - 1, sequence - 1);
        return entry && entry.id === id ? toAuditEvent(await readable(principal.tenantId, entry)) : null;
      },
      verifyAuditChain: (_root, _args, { principal }) => trail.verify(principal.tenantId),
      verifyAuditTrail: async (_root, { from, to }, { principal }) => {
        const report = await verifyTrail(trail, principal.tenantId, {
          checkpoints: await checkpoints.list(principal.tenantId),
          publicKeys: checkpoints.publicKeys(),
          origin: checkpoints.originOf(principal.tenantId),
        });
        const inRange = (sequence: number | null) =>
          sequence === null || ((from ?? 0) <= sequence && sequence <= (to ?? Number.MAX_SAFE_INTEGER));
        const findings = report.findings.filter((f) => inRange(f.sequence));
        return { ...report, valid: findings.length === 0 && report.valid, findings };
      },
      auditCheckpoint: (_root, _args, { principal }) => checkpoints.latest(principal.tenantId),
      auditCheckpoints: (_root, { from, to, first }, { principal }) =>
        checkpoints.list(
          principal.tenantId,
          from ?? 0,
          to ?? Number.MAX_SAFE_INTEGER,
          Math.min(Math.max(first ?? 100, 1), 1000),
        ),
      auditInclusionProof: async (_root, { eventId, treeSize }, { principal }) => {
        const sequence = await trail.sequenceOf(principal.tenantId, eventId);
        if (sequence === null) throw new PlatformError('NOT_FOUND', `No audit event ${eventId}`);
        return proofOf(principal.tenantId, sequence, treeSize);
      },
      auditConsistencyProof: async (_root, { fromSize, toSize }, { principal }) => {
        const head = await trail.headSize(principal.tenantId);
        const to = toSize ?? (await defaultSize(principal.tenantId));
        if (fromSize < 1 || fromSize > to || to > head) {
          throw new PlatformError('BAD_USER_INPUT', `need 0 < fromSize ≤ toSize ≤ ${head}`, {
            field: 'fromSize',
          });
        }
        const result = await trail.withTree(principal.tenantId, (source) => ({
          proof: consistencyProof(source, fromSize, to),
          from: rootHash(source, fromSize),
          to: rootHash(source, to),
        }));
        return {
          fromSize,
          toSize: to,
          hashes: result.proof.map(hex),
          fromRootHash: hex(result.from),
          toRootHash: hex(result.to),
        };
      },
      auditSigningKeys: () => checkpoints.describeKeys(),
      auditRetention: (_root, _args, { principal }) => retentionView(principal.tenantId),
    },
    Mutation: {
      ...dsr.resolvers.Mutation,
      ...compliancePart.Mutation,
      setAuditRetention: async (_root, { days }, { principal }) => {
        if (typeof days === 'number' && days < config.AUDIT_MIN_RETENTION_DAYS) {
          throw new PlatformError(
            'AUDIT_RETENTION_TOO_SHORT',
            `Audit events are kept at least ${config.AUDIT_MIN_RETENTION_DAYS} days`,
            { field: 'days', minimumDays: config.AUDIT_MIN_RETENTION_DAYS },
          );
        }
        await log.sealer.setRetention(principal.tenantId, days ?? null);
        return retentionView(principal.tenantId);
      },
    },
    ComplianceReport: compliancePart.ComplianceReport,
    DataSubjectRequest: dsr.resolvers.DataSubjectRequest,
    AuditEvent: {
      inclusionProof: async (event, { treeSize }, { principal }) => {
        const sequence =
          'sequence' in event ? event.sequence : await trail.sequenceOf(principal.tenantId, event.id);
        if (sequence === null) return null;
        return proofOf(principal.tenantId, sequence, treeSize);
      },
      __resolveReference: async (ref, { principal }) => {
        const sequence = await trail.sequenceOf(principal.tenantId, ref.id);
        if (sequence === null) return null;
        const [entry] = await trail.range(principal.tenantId, sequence - 1, sequence - 1);
        return entry && entry.id === ref.id ? toAuditEvent(await readable(principal.tenantId, entry)) : null;
      },
    },
    Subscription: {
      auditEvents: {
        // Records ride the event path: the trail announces each one on the tenant's audit stream
        // in the same script that stores it, so this stream has no gap and resumes from a cursor.
        subscribe: async (_root, { filter, since }, { principal }) => {
          const stream = await events.subscribe(principal.tenantId, {
            types: ['compliance.audit_event_created'],
            since: since ?? null,
          });
          return recordsOf(stream, principal.tenantId, filter ?? null);
        },
        resolve: (event: AuditEvent) => event,
      },
    },
  };

  const recordsOf = (
    stream: AsyncGenerator<PlatformEvent>,
    tenantId: string,
    filter: AuditEventFilter | null,
  ) =>
    mapEvents(stream, async (event): Promise<AuditEvent | null> => {
      const data = event.data as { sequence?: number; auditEventId?: string };
      if (typeof data.sequence !== 'number') return null;
      const [entry] = await trail.range(tenantId, data.sequence - 1, data.sequence - 1);
      if (!entry || entry.id !== data.auditEventId || !matchesFilter(entry, filter)) return null;
      return toAuditEvent(await readable(tenantId, entry), event.cursor);
    });

  return {
    name: 'audit',
    schema: buildFederatedSchema(auditSdl(), resolvers),
    close: async () => {
      clearInterval(sweeper);
      clearInterval(sealing);
      await personalRewrap.close();
      await sealLease.release();
      await events.close();
      await dsr.close();
      await compliance.close();
      await log.close();
    },
  };
}
