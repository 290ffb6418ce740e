import { activityStreamKey, type ActivityEntry } from '../../lib/security/activity.js';
import { dataSubjectOf } from '../../lib/security/clientIpReference.js';
import { assertNever } from '../../lib/errors.js';
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

/** Whether a stream entry is the subject's in the tenant, whatever its kind. */
function ownEntry(entry: ActivityEntry | null, tenantId: string, subjectId: string): boolean {
  if (!entry) return false;
  const named = (credential: string | null) => credential !== null && dataSubjectOf(credential) === subjectId;
  switch (entry.kind) {
    case 'activity':
      return entry.tenantId === tenantId && entry.principal === subjectId;
    case 'auth_failures':
      return entry.credentials.some((c) => c.tenantId === tenantId && named(c.credential));
    case 'auth_block':
      return entry.tenantId === tenantId && named(entry.credential);
    default:
      return assertNever(entry, 'activity entry');
  }
}

/** The client IPs, IP references and user agents a stream entry quotes. */
function quoted(entry: ActivityEntry): string[] {
  if (entry.kind === 'activity') return [...Object.keys(entry.ips), ...Object.keys(entry.userAgents)];
  return [entry.ip, entry.ipRef, ...(entry.userAgent ? [entry.userAgent] : [])];
}

/**
 * The API keys a data subject created (docs/COMPLIANCE.md "Data-subject requests"), never their
 * hashes; and, on erasure, what threat detection keeps of the subject's client IPs and user
 * agents: the principal's known-IP and known-agent sets (Detectors' baseline keys), its entries of
 * every kind still in the activity stream (requests, failed logins claiming the subject, blocks),
 * its credential in the password-spray state of its IPs, and those values wherever a threat of the
 * subject, or of an IP (no other person), quotes them. Another person's records stay as they are,
 * even where they share an address with the subject.
 */
export function createSecuritySubjectData(redis: RedisClient, prefix: string): SubjectDataProvider {
  const store = new ApiKeyStore(redis, prefix);
  const threats = new ThreatStore(redis, prefix);
  const baselineKey = (tenantId: string, principal: string, what: 'ips' | 'user-agents') =>
    tenantKey(prefix, tenantId, 'security', 'baseline', what, principal);
  const ownPrincipal = (principal: string | null, subjectId: string) =>
    principal !== null && dataSubjectOf(principal) === subjectId;

  /** XDELs the subject's stream entries in the tenant; how many, and the values they quoted. */
  const eraseActivity = async (tenantId: string, subjectId: string, known: Set<string>): Promise<number> => {
    const stream = activityStreamKey(prefix);
    let start = '-';
    let erased = 0;
    for (let scanned = 0; scanned < MAX_SCANNED; scanned += CHUNK) {
      const rows = await redis.xrange(stream, start, '+', 'COUNT', CHUNK);
      const own: string[] = [];
      for (const [id, fields] of rows) {
        const entry = JSON.parse(fields[1] ?? 'null') as ActivityEntry | null;
        if (!entry || !ownEntry(entry, tenantId, subjectId)) continue;
        own.push(id);
        for (const value of quoted(entry)) known.add(value);
      }
      if (own.length > 0) erased += await redis.xdel(stream, ...own);
      if (rows.length < CHUNK) break;
      start = `(${rows.at(-1)?.[0]}`;
    }
    return erased;
  };

  /**
   * The threats of the subject, and of IPs, without the client IPs, IP references and user agents
   * they quote of the subject's; how many changed. The subject's own threats add theirs to `known`
   * first (the stream may no longer hold the entries they came from).
   */
  const scrubThreats = async (tenantId: string, subjectId: string, known: Set<string>) => {
    const candidates = await collectRecords(
      threats.records,
      tenantId,
      (threat) => ownPrincipal(threat.principal, subjectId) || (threat.principal?.startsWith('ip:') ?? false),
      (threat) => ({ id: threat.id, own: ownPrincipal(threat.principal, subjectId) }),
    );
    for (const { id, own } of candidates.items) {
      if (!own) continue;
      const threat = await threats.records.get(tenantId, id as string);
      if (threat?.clientIp) known.add(threat.clientIp);
      const agent = threat?.evidence['userAgent'];
      if (typeof agent === 'string') known.add(agent);
    }
    if (known.size === 0) return 0;
    let changed = 0;
    for (const { id } of candidates.items) {
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

  /** Takes the subject's credential out of the password-spray state of its IPs (5-minute sets). */
  const eraseSprayState = async (subjectId: string, known: ReadonlySet<string>) => {
    const refs = [...known].filter((value) => /^ip:[0-9a-f]{32}$/.test(value));
    let removed = 0;
    for (const ref of refs) removed += await redis.zrem(`${prefix}security:spray:${ref}`, `jwt:${subjectId}`);
    return removed;
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
      const known = new Set<string>();
      const entries = await eraseActivity(tenantId, subjectId, known);
      const ips = baselineKey(tenantId, subjectId, 'ips');
      const agents = baselineKey(tenantId, subjectId, 'user-agents');
      for (const value of [...(await redis.smembers(ips)), ...(await redis.smembers(agents))])
        known.add(value);
      const sets = await redis.del(ips, agents);
      const threatsChanged = await scrubThreats(tenantId, subjectId, known);
      return entries + sets + threatsChanged + (await eraseSprayState(subjectId, known));
    },
  };
}
