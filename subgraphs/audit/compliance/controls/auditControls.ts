import { ageDays, type EvidenceRef, type RecordFact } from '../facts.js';
import { config, fail, listed, MAX_REFS, notApplicable, pass, type Control } from './control.js';

const auditEvent = (entry: { id: string }, value?: string): EvidenceRef => ({
  kind: 'AUDIT_EVENT',
  ref: entry.id,
  value: value ?? null,
});

/** Records the platform writes itself (key-use summaries, workers) have no client origin. */
const SYSTEM_ACTOR = /^(system|platform):/;

/** PCI DSS 10.2.2: user, type, time, outcome, origin and resource; what a record lacks of them. */
export function missingFields(entry: RecordFact): string[] {
  const details = entry.details ?? {};
  const missing: string[] = [];
  if (!entry.actor && !entry.personalDataErased) missing.push('user');
  if (!entry.action) missing.push('type');
  if (!entry.occurredAt || Number.isNaN(Date.parse(entry.occurredAt))) missing.push('time');
  if (!entry.outcome) missing.push('outcome');
  const ip = details.clientIp;
  const hasOrigin = typeof ip === 'string' && ip.length > 0;
  if (!SYSTEM_ACTOR.test(entry.actor) && !hasOrigin && !entry.personalDataErased) missing.push('origin');
  if (!entry.resourceType) missing.push('resource');
  return missing;
}

export const AUDIT_CONTROLS: readonly Control[] = [
  {
    id: 'AUDIT-01',
    title: 'Every mutation and security event is audited',
    severity: 'CRITICAL',
    clauses: {
      SOC2: ['CC7.2'],
      ISO27001: ['A.8.15'],
      PCI_DSS: ['10.2.1'],
      HIPAA: ['164.312(b)'],
      SOX: ['ITGC: logging of changes to financial systems'],
      GDPR: ['Art. 5(2)'],
    },
    recommendation:
      'Unset AUDIT_FAIL_OPEN so that a mutation whose audit record cannot be written is refused (AUDIT_UNAVAILABLE).',
    evaluate({ config: c, audit }) {
      const latestChange = audit.recent.find((e) => !e.action.startsWith('audit.'));
      const evidence = [
        config('AUDIT_FAIL_OPEN', c.auditFailOpen),
        ...(latestChange ? [auditEvent(latestChange, latestChange.action)] : []),
      ];
      if (c.auditFailOpen)
        return fail(
          'AUDIT_FAIL_OPEN is on: mutations succeed even when their audit record is lost',
          evidence,
        );
      return pass(
        'Mutations are refused unless their audit record lands (fail-closed); security changes are mutations or recorded by the platform',
        evidence,
      );
    },
  },
  {
    id: 'AUDIT-02',
    title: 'Audit records carry user, type, time, outcome, origin and resource',
    severity: 'HIGH',
    clauses: {
      PCI_DSS: ['10.2.2'],
      SOC2: ['CC7.2'],
      ISO27001: ['A.8.15'],
      HIPAA: ['164.312(b)'],
      SOX: ['ITGC: audit trail content'],
    },
    recommendation:
      'Record every audit entry through the gateway audit plugin or with a system actor and resource type.',
    evaluate({ audit }) {
      if (audit.recent.length === 0) return notApplicable('No audit records yet');
      const incomplete = audit.recent
        .map((entry) => ({ entry, missing: missingFields(entry) }))
        .filter((r) => r.missing.length > 0);
      if (incomplete.length > 0) {
        return fail(
          `${incomplete.length} of the latest ${audit.recent.length} records lack fields: ${listed(
            incomplete.map((r) => `${r.entry.id} (${r.missing.join(', ')})`),
          )}`,
          incomplete.slice(0, MAX_REFS).map((r) => auditEvent(r.entry, r.missing.join(','))),
        );
      }
      const newest = audit.recent[0] as RecordFact;
      const oldest = audit.recent[audit.recent.length - 1] as RecordFact;
      return pass(`The latest ${audit.recent.length} records carry all six fields`, [
        auditEvent(newest),
        auditEvent(oldest),
      ]);
    },
  },
  {
    id: 'AUDIT-03',
    title: 'Reads of the audit trail are audited',
    severity: 'HIGH',
    clauses: {
      PCI_DSS: ['10.2.1.3'],
      SOC2: ['CC7.2'],
      ISO27001: ['A.8.15'],
      HIPAA: ['164.312(b)'],
    },
    recommendation: "Add every root field that reads the trail to the gateway audit plugin's AUDIT_READS.",
    evaluate({ trailFields, auditedReadFields, audit }) {
      const audited = new Set(auditedReadFields);
      const reads = trailFields.filter((f) => f.coordinate.startsWith('Query.'));
      const unaudited = reads.filter((f) => !audited.has(f.coordinate.slice('Query.'.length)));
      const evidence: EvidenceRef[] = [
        config('gateway audited reads', [...audited].sort()),
        ...(audit.lastRead ? [auditEvent(audit.lastRead, 'audit.read')] : []),
      ];
      if (unaudited.length > 0)
        return fail(`Trail reads not audited: ${listed(unaudited.map((f) => f.coordinate))}`, [
          ...evidence,
          ...unaudited.map((f) => ({ kind: 'SCHEMA' as const, ref: f.coordinate })),
        ]);
      return pass(`All ${reads.length} trail-reading fields leave an audit.read record`, evidence);
    },
  },
  {
    id: 'AUDIT-04',
    title: 'The latest checkpoint verifies and is consistent with the previous one',
    severity: 'CRITICAL',
    clauses: {
      PCI_DSS: ['10.3.4'],
      SOC2: ['CC7.3'],
      ISO27001: ['A.8.15'],
      HIPAA: ['164.312(c)(1)'],
      SOX: ['ITGC: integrity of audit evidence'],
    },
    recommendation: 'Investigate with verifyAuditTrail; a mismatch means the stored log was altered.',
    evaluate({ audit, checkpoint, config: c, at }) {
      if (audit.headSize === 0) return notApplicable('The audit trail is empty');
      const { latest, previous } = checkpoint;
      if (!latest) {
        // The timed sweep signs a new log within its period: younger than two, none is due yet.
        const since = audit.oldestRetained?.occurredAt;
        const dueMs = 2 * c.auditCheckpointSeconds * 1000;
        if (since && Date.parse(at) - Date.parse(since) < dueMs)
          return notApplicable(`The first checkpoint is not due yet (records since ${since})`, [
            config('AUDIT_CHECKPOINT_SECONDS', c.auditCheckpointSeconds),
          ]);
        return fail(`No signed checkpoint over ${audit.headSize} records (since ${since ?? '—'})`);
      }
      const evidence: EvidenceRef[] = [
        { kind: 'CHECKPOINT', ref: String(latest.treeSize), value: latest.keyId },
        ...(previous ? [{ kind: 'CHECKPOINT' as const, ref: String(previous.treeSize) }] : []),
      ];
      if (!checkpoint.signed)
        return fail(
          `Checkpoint ${latest.treeSize}: its signature does not verify with a published key`,
          evidence,
        );
      if (!checkpoint.rootMatches)
        return fail(
          `Checkpoint ${latest.treeSize}: its signed root differs from the stored tree's`,
          evidence,
        );
      if (previous && checkpoint.consistent !== true)
        return fail(
          `Checkpoint ${previous.treeSize} → ${latest.treeSize}: the consistency proof does not verify`,
          evidence,
        );
      return pass(
        previous
          ? `Checkpoint ${latest.treeSize} is signed, matches the tree and extends checkpoint ${previous.treeSize}`
          : `Checkpoint ${latest.treeSize} (the first) is signed and matches the tree`,
        evidence,
      );
    },
  },
  {
    id: 'AUDIT-05',
    title: 'Read access to the audit trail is restricted',
    severity: 'HIGH',
    clauses: {
      PCI_DSS: ['10.3.1'],
      SOC2: ['CC6.1'],
      ISO27001: ['A.8.15', 'A.5.15'],
      HIPAA: ['164.312(a)(1)'],
    },
    recommendation: 'Put @requiresScopes(scopes: [["audit:read"]]) on every field that returns trail data.',
    evaluate({ trailFields }) {
      const open = trailFields.filter((f) => !f.scopes?.some((group) => group.includes('audit:read')));
      if (open.length > 0)
        return fail(
          `Trail fields readable without audit:read: ${listed(open.map((f) => f.coordinate))}`,
          open.map((f) => ({ kind: 'SCHEMA' as const, ref: f.coordinate, value: 'no audit:read' })),
        );
      return pass(
        `All ${trailFields.length} trail fields require audit:read`,
        trailFields.map((f) => ({ kind: 'SCHEMA' as const, ref: f.coordinate, value: 'audit:read' })),
      );
    },
  },
  retention('AUDIT-06', 365, 'twelve months', {
    PCI_DSS: ['10.5.1'],
    SOC2: ['CC7.2'],
    ISO27001: ['A.8.15'],
    SOX: ['ITGC: retention of audit evidence'],
  }),
  retention('AUDIT-07', 6 * 365, 'six years', { HIPAA: ['164.316(b)(2)(i)'] }),
];

/**
 * Retention from the setting in force (shorter than `days` fails at once) and from the log
 * itself: records are deleted only from its old end (the trail's first
 * stored position moves up while the head's sequence keeps counting), so either none was deleted,
 * or the oldest kept record is at least `days` old.
 */
function retention(id: string, days: number, words: string, clauses: Control['clauses']): Control {
  return {
    id,
    title: `Audit records are retained for at least ${words}`,
    severity: 'HIGH',
    clauses,
    recommendation: `Keep audit records for at least ${days} days before trimming the log.`,
    evaluate({ audit, at }) {
      const setting = config(
        audit.retention.overridden ? 'setAuditRetention' : 'AUDIT_RETENTION_DAYS',
        audit.retention.days,
      );
      // A retention shorter than required is a breach the deletion sweep will commit: fail now.
      if (audit.retention.days < days)
        return fail(
          `Audit records are deleted after ${audit.retention.days} days (${audit.retention.overridden ? 'setAuditRetention' : 'AUDIT_RETENTION_DAYS'}), less than the ${days} required`,
          [setting],
        );
      if (audit.headSize === 0) return notApplicable('The audit trail is empty');
      const oldest = audit.oldestRetained;
      const evidence: EvidenceRef[] = [
        setting,
        { kind: 'AUDIT_EVENT', ref: oldest?.id ?? 'none', value: oldest?.occurredAt ?? null },
        config('records appended', audit.headSize),
        config('records retained', audit.retained),
      ];
      const dropped = audit.headSize - audit.retained;
      const { deletions } = audit;
      if (deletions) {
        evidence.push(
          config('youngest record deleted, age then (days)', Math.floor(deletions.youngestAgeDays)),
        );
        if (deletions.youngestAgeDays >= days)
          return pass(
            `${dropped} records deleted past retention, none younger than ${days} days when deleted (youngest ${Math.floor(deletions.youngestAgeDays)})`,
            evidence,
          );
        return fail(
          `A record only ${Math.floor(deletions.youngestAgeDays)} days old was deleted (< ${days}; last deletion ${deletions.lastAt})`,
          evidence,
        );
      }
      if (dropped === 0)
        return pass(
          `No record was ever removed (${audit.retained} since ${oldest?.occurredAt ?? '—'})`,
          evidence,
        );
      const age = oldest ? ageDays(oldest.occurredAt, at) : 0;
      if (age >= days)
        return pass(
          `${dropped} records removed, all older than the oldest kept (${age} days ≥ ${days})`,
          evidence,
        );
      return fail(
        `${dropped} records removed while the oldest kept one is only ${age} days old (< ${days})`,
        evidence,
      );
    },
  };
}
