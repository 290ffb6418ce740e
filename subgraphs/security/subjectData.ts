import { activityStreamKey, type ActivityEntry } from '../../lib/security/activity.js';
import { collectRecords, type SubjectDataProvider } from '../../lib/compliance/subjectData.js';
import { tenantKey, type RedisClient } from '../../lib/redis.js';
import { ApiKeyStore } from './apiKeys/ApiKeyStore.js';
import { ThreatStore, type ThreatRecord } from './threats/ThreatStore.js';

/** Activity stream entries one erasure reads at most (the stream keeps SECURITY_ACTIVITY retention). */
const MAX_SCANNED = 200_000;
const CHUNK = 1_000;

/** `value` with every string in `known` replaced by null, however deep. */
function scrub(value: unknown, known: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return known.has(value) ? null : value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, known));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !known.has(key))
        .map(([key, v]) => [key, scrub(v, known)]),
    );
  return value;
}

/**
 * The API keys a data subject created (docs/COMPLIANCE.md "Data-subject requests"), never their
 * hashes; and, on erasure, what threat detection keeps of the subject's client IPs and user
 * agents: the principal's known-IP and known-agent sets (Detectors' baseline keys), its entries
 * still in the activity stream, and those values wherever the subject's threats quote them.
 */
export function createSecuritySubjectData(redis: RedisClient, prefix: string): SubjectDataProvider {
  const store = new ApiKeyStore(redis, prefix);
  const threats = new ThreatStore(redis, prefix);
  const baselineKey = (tenantId: string, principal: string, what: 'ips' | 'user-agents') =>
    tenantKey(prefix, tenantId, 'security', 'baseline', what, principal);

  /** XDELs the stream entries of the subject's activity in the tenant; how many. */
  const eraseActivity = async (tenantId: string, subjectId: string): Promise<number> => {
    const stream = activityStreamKey(prefix);
    let start = '-';
    let erased = 0;
    for (let scanned = 0; scanned < MAX_SCANNED; scanned += CHUNK) {
      const rows = await redis.xrange(stream, start, '+', 'COUNT', CHUNK);
      const own = rows
        .filter(([, fields]) => {
          const entry = JSON.parse(fields[1] ?? 'null') as ActivityEntry | null;
          return entry?.kind === 'activity' && entry.tenantId === tenantId && entry.principal === subjectId;
        })
        .map(([id]) => id);
      if (own.length > 0) erased += await redis.xdel(stream, ...own);
      if (rows.length < CHUNK) break;
      start = `(${rows.at(-1)?.[0]}`;
    }
    return erased;
  };

  /** The subject's threats without the client IPs and user agents they quote; how many changed. */
  const scrubThreats = async (tenantId: string, subjectId: string, known: ReadonlySet<string>) => {
    if (known.size === 0) return 0;
    const own = await collectRecords(
      threats.records,
      tenantId,
      (threat) => threat.principal === subjectId,
      (threat) => ({ id: threat.id }),
    );
    let changed = 0;
    for (const { id } of own.items) {
      const result = await threats.change(tenantId, id as string, (current): ThreatRecord | null => {
        const evidence = scrub(current.evidence, known) as Record<string, unknown>;
        const clientIp = current.clientIp && known.has(current.clientIp) ? null : current.clientIp;
        if (clientIp === current.clientIp && JSON.stringify(evidence) === JSON.stringify(current.evidence))
          return null;
        return { ...current, clientIp, evidence };
      });
      if (result?.changed) changed += 1;
    }
    return changed;
  };

  return {
    section: 'apiKeys',
    collect: (tenantId, subjectId) =>
      collectRecords(
        store.records,
        tenantId,
        (key) => key.createdBy === subjectId,
        (key) => ({
          id: key.id,
          name: key.name,
          prefix: key.prefix,
          scopes: [...key.scopes],
          createdAt: key.createdAt,
          createdBy: key.createdBy,
          expiresAt: key.expiresAt,
          revokedAt: key.revokedAt,
          rotatedAt: key.rotatedAt,
          suspendedUntil: key.suspendedUntil ?? null,
        }),
      ),
    // The stream first: the worker could otherwise learn an entry's IP back into a deleted set.
    erase: async (tenantId, subjectId) => {
      const entries = await eraseActivity(tenantId, subjectId);
      const ips = baselineKey(tenantId, subjectId, 'ips');
      const agents = baselineKey(tenantId, subjectId, 'user-agents');
      const known = new Set([...(await redis.smembers(ips)), ...(await redis.smembers(agents))]);
      const sets = await redis.del(ips, agents);
      return entries + sets + (await scrubThreats(tenantId, subjectId, known));
    },
  };
}
