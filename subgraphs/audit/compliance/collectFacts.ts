import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import type { EvidenceProviders } from '../../../lib/compliance/evidence.js';
import type { Config } from '../../../lib/config.js';
import type { AuditTrail } from '../store/AuditTrail.js';
import type { AuditDeletions } from '../store/sealer.js';
import { readCheckpointNote, type AuditCheckpoints, type Checkpoint } from '../store/checkpoints.js';
import { consistencyProof, rootHash, verifyConsistency } from '../store/merkle.js';
import type {
  CheckpointFacts,
  ComplianceFacts,
  ConfigFacts,
  DsrFacts,
  IsolationFacts,
  RecordFact,
  TrailField,
} from './facts.js';

/** Records AUDIT-02 samples, newest first. */
export const RECENT_RECORDS = 200;

export interface FactSources {
  readonly config: Config;
  readonly trail: AuditTrail;
  readonly checkpoints: AuditCheckpoints;
  readonly providers: EvidenceProviders;
  /** The audit subgraph's SDL: which fields read the trail and which scopes they need. */
  readonly sdl: string;
  dsr(tenantId: string): Promise<DsrFacts>;
  isolation(): Promise<IsolationFacts | null>;
  lastSoxReport(tenantId: string): Promise<{ id: string; generatedAt: string } | null>;
  /** The retention in force for the tenant (setAuditRetention, else AUDIT_RETENTION_DAYS). */
  retention(tenantId: string): Promise<{ days: number; overridden: boolean }>;
  /** Deletions past retention the sealer recorded for the tenant. */
  deletions(tenantId: string): Promise<AuditDeletions | null>;
}

export function configFacts(config: Config): ConfigFacts {
  return {
    nodeEnv: config.NODE_ENV,
    auditFailOpen: config.AUDIT_FAIL_OPEN,
    auditCheckpointSeconds: config.AUDIT_CHECKPOINT_SECONDS,
    enableIntrospection: config.ENABLE_INTROSPECTION,
    maskErrors: config.MASK_ERRORS,
    graphiqlEnabled: config.GRAPHIQL_ENABLED,
    webhookAllowHttp: config.WEBHOOK_ALLOW_HTTP,
    webhookAllowedCidrs: config.WEBHOOK_ALLOWED_CIDRS.split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    encryptionKeyRotationDays: config.ENCRYPTION_KEY_ROTATION_DAYS,
    webhookSecretMaxAgeDays: config.COMPLIANCE_WEBHOOK_SECRET_MAX_AGE_DAYS,
    secretsEncryptionKeyIds: config.SECRETS_ENCRYPTION_KEYS.map((k) => k.id),
  };
}

function scopesOf(directives: readonly ConstDirectiveNode[] | undefined): string[][] | null {
  const arg = directives
    ?.find((d) => d.name.value === 'requiresScopes')
    ?.arguments?.find((a) => a.name.value === 'scopes');
  if (!arg || arg.value.kind !== Kind.LIST) return null;
  return arg.value.values.map((group) =>
    group.kind === Kind.LIST ? group.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [],
  );
}

/**
 * `Audit…` types that are not trail data: the signing keys are public (/.well-known/audit-keys
 * serves them to anyone) and the retention setting is policy, not records.
 */
const NOT_TRAIL_DATA = new Set(['AuditSigningKey', 'AuditRetention']);

/** Root fields (Query, Subscription) whose result is trail data: they return an `Audit…` type. */
export function trailFields(sdl: string): TrailField[] {
  const fields: TrailField[] = [];
  for (const def of parse(sdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    if (def.name.value !== 'Query' && def.name.value !== 'Subscription') continue;
    for (const field of def.fields ?? []) {
      let type = field.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      const name = type.name.value;
      if (!name.startsWith('Audit') || NOT_TRAIL_DATA.has(name)) continue;
      fields.push({
        coordinate: `${def.name.value}.${field.name.value}`,
        scopes: scopesOf(field.directives),
      });
    }
  }
  return fields;
}

async function previousCheckpoint(
  checkpoints: AuditCheckpoints,
  tenantId: string,
  before: number,
): Promise<Checkpoint | null> {
  let previous: Checkpoint | null = null;
  // Oldest first in pages; bounded: a tenant signs at most one checkpoint per appended record.
  for (let from = 0, pages = 0; from < before && pages < 100; pages += 1) {
    const page = await checkpoints.list(tenantId, from, before - 1, 1000);
    if (page.length === 0) break;
    previous = page[page.length - 1] as Checkpoint;
    from = previous.treeSize + 1;
    if (page.length < 1000) break;
  }
  return previous;
}

export async function checkpointFacts(
  trail: AuditTrail,
  checkpoints: AuditCheckpoints,
  tenantId: string,
): Promise<CheckpointFacts> {
  const latest = await checkpoints.latest(tenantId);
  if (!latest) return { latest: null, signed: false, rootMatches: false, previous: null, consistent: null };
  const parsed = readCheckpointNote(latest.note, checkpoints.publicKeys());
  const signed =
    parsed !== null &&
    parsed.signed &&
    parsed.origin === checkpoints.originOf(tenantId) &&
    parsed.treeSize === latest.treeSize &&
    parsed.rootHash.toString('hex') === latest.rootHash;
  const head = await trail.headSize(tenantId);
  const stored =
    latest.treeSize <= head
      ? (await trail.withTree(tenantId, (source) => rootHash(source, latest.treeSize))).toString('hex')
      : null;
  const previous = await previousCheckpoint(checkpoints, tenantId, latest.treeSize);
  let consistent: boolean | null = null;
  if (previous) {
    const proof =
      latest.treeSize <= head
        ? await trail.withTree(tenantId, (source) =>
            consistencyProof(source, previous.treeSize, latest.treeSize),
          )
        : [];
    // The roots compared are the signed ones, not recomputed: the proof must link what was signed.
    consistent = verifyConsistency(
      previous.treeSize,
      latest.treeSize,
      proof,
      Buffer.from(previous.rootHash, 'hex'),
      Buffer.from(latest.rootHash, 'hex'),
    );
  }
  return {
    latest: { treeSize: latest.treeSize, keyId: latest.keyId, createdAt: latest.createdAt },
    signed,
    rootMatches: stored === latest.rootHash,
    previous: previous ? { treeSize: previous.treeSize } : null,
    consistent,
  };
}

async function recentRecords(trail: AuditTrail, tenantId: string): Promise<RecordFact[]> {
  const entries = await trail.newest(tenantId, 0, RECENT_RECORDS);
  const readable = await trail.readable(tenantId, entries);
  return readable.map(({ entry, details, personalDataErased }) => ({
    id: entry.id,
    actor: entry.actor,
    action: entry.action,
    occurredAt: entry.occurredAt,
    outcome: entry.outcome,
    resourceType: entry.resourceType ?? null,
    details: details ?? null,
    personalDataErased,
  }));
}

/** Everything the controls weigh for one tenant, read once; providers failing fail the evaluation. */
export async function collectFacts(
  sources: FactSources,
  tenantId: string,
  at = new Date(),
): Promise<ComplianceFacts> {
  const { trail, checkpoints, providers } = sources;
  // Positions before `first` were deleted past retention; the rest is stored (Redis or segments).
  const first = await trail.firstPosition(tenantId);
  const [
    headSize,
    oldest,
    recent,
    checkpoint,
    apiKeys,
    encryptionKeys,
    webhooks,
    isolation,
    dsr,
    sox,
    retention,
    deletions,
  ] = await Promise.all([
    trail.headSize(tenantId),
    trail.range(tenantId, first, first),
    recentRecords(trail, tenantId),
    checkpointFacts(trail, checkpoints, tenantId),
    providers.security.apiKeys(tenantId),
    providers.security.encryptionKeys(tenantId),
    providers.integrations.webhookSecrets(tenantId),
    sources.isolation(),
    sources.dsr(tenantId),
    sources.lastSoxReport(tenantId),
    sources.retention(tenantId),
    sources.deletions(tenantId),
  ]);
  const lastRead = recent.find((r) => r.action === 'audit.read');
  return {
    tenantId,
    at: at.toISOString(),
    config: configFacts(sources.config),
    audit: {
      headSize,
      retained: headSize - first,
      oldestRetained: oldest[0] ? { id: oldest[0].id, occurredAt: oldest[0].occurredAt } : null,
      recent,
      lastRead: lastRead ? { id: lastRead.id, occurredAt: lastRead.occurredAt } : null,
      retention,
      deletions,
    },
    checkpoint,
    trailFields: trailFields(sources.sdl),
    auditedReadFields: [...providers.auditedReadFields],
    apiKeys: apiKeys.keys,
    apiKeysTruncated: apiKeys.truncated,
    encryptionKeys,
    webhooks,
    isolation,
    dsr,
    lastSoxReport: sox,
  };
}
