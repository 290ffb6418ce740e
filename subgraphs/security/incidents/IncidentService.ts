import type { RedisClient } from '../../../lib/redis.js';
import type { AuditEntryInput } from '../../audit/auditApi.js';
import { raiseAlertSignal } from '../../../lib/alertSignals.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import { SECURITY_SYSTEM, type SecurityEvents } from '../securityEvents.js';
import type { SecuritySettingsStore } from '../settings.js';
import type { ThreatRecord, ThreatStore } from '../threats/ThreatStore.js';
import { isOverdue, type IncidentRecord, type IncidentStore, type TimelineEntry } from './IncidentStore.js';
import { assertTransition, type IncidentSeverity, type IncidentStatus } from './lifecycle.js';

export const MAX_TEXT = 5_000;

/** Trimmed text of at most `max` characters, null when empty; BAD_USER_INPUT names the field. */
export function text(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length > max)
    throw new PlatformError('BAD_USER_INPUT', `${field} is at most ${max} characters`, { field });
  return trimmed.length > 0 ? trimmed : null;
}

function incidentEventData(
  incident: IncidentRecord,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    incidentId: incident.id,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    threatIds: [...incident.threatIds],
    overdue: incident.overdueSince !== null && incident.status !== 'RESOLVED',
    ...(incident.assignee ? { assignee: incident.assignee } : {}),
    ...extra,
  };
}

const ALERT_SEVERITY: Record<IncidentSeverity, 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO'> = {
  CRITICAL: 'CRITICAL',
  HIGH: 'ERROR',
  MEDIUM: 'WARNING',
  LOW: 'INFO',
};

export interface OpenIncidentInput {
  readonly title: string;
  readonly description?: string | null;
  readonly severity: IncidentSeverity;
  readonly threatIds?: readonly string[] | null;
  readonly assignee?: string | null;
}

export interface IncidentChange {
  readonly status?: IncidentStatus | null;
  readonly note?: string | null;
  readonly assignee?: string | null;
  readonly threatIds?: readonly string[] | null;
}

export interface IncidentServiceOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly logger: Logger;
  readonly incidents: IncidentStore;
  readonly threats: ThreatStore;
  readonly settings: SecuritySettingsStore;
  /** Publishes a security event; a failure is logged by it, never thrown. */
  publish(
    tenantId: string,
    ...args: Parameters<SecurityEvents['publish']> extends [string, ...infer R] ? R : never
  ): Promise<void>;
  /** Audits what the service does on its own, as system:security. */
  audit(entry: Omit<AuditEntryInput, 'actor' | 'outcome'>): Promise<void>;
}

/**
 * Security incidents: opening (by hand or from a threat), the checked lifecycle with its
 * timeline, linked threats, and the SLA check that marks an incident overdue once and raises its
 * alert (resolved with the incident). Every change is a `security.incident_*` event.
 */
export class IncidentService {
  private readonly incidents: IncidentStore;
  private readonly threats: ThreatStore;
  private readonly settings: SecuritySettingsStore;

  constructor(private readonly options: IncidentServiceOptions) {
    this.incidents = options.incidents;
    this.threats = options.threats;
    this.settings = options.settings;
  }

  private publish(...args: Parameters<IncidentServiceOptions['publish']>): Promise<void> {
    return this.options.publish(...args);
  }

  private audit(entry: Parameters<IncidentServiceOptions['audit']>[0]): Promise<void> {
    return this.options.audit(entry);
  }

  /** Points a threat at its incident, unless another incident claimed it meanwhile. */
  private async linkThreat(threat: ThreatRecord, incidentId: string): Promise<void> {
    await this.threats.change(threat.tenantId, threat.id, (current) =>
      current.incidentId && current.incidentId !== incidentId ? null : { ...current, incidentId },
    );
  }

  /** Threats of the tenant by id; NOT_FOUND names any that do not exist or belong to another incident. */
  private async linkable(
    tenantId: string,
    ids: readonly string[],
    incidentId: string | null,
  ): Promise<ThreatRecord[]> {
    const unique = [...new Set(ids)];
    if (unique.length > 100)
      throw new PlatformError('BAD_USER_INPUT', 'at most 100 threats per incident', { field: 'threatIds' });
    const found = await this.threats.records.getMany(tenantId, unique);
    const missing = unique.filter((_, i) => !found[i]);
    if (missing.length > 0)
      throw new PlatformError('NOT_FOUND', `No threat ${missing.join(', ')}`, {
        field: 'threatIds',
        ids: missing,
      });
    const taken = found.filter((t) => t && t.incidentId && t.incidentId !== incidentId) as ThreatRecord[];
    if (taken.length > 0)
      throw new PlatformError(
        'BAD_USER_INPUT',
        `Threat ${taken[0]?.id} already belongs to ${taken[0]?.incidentId}`,
        {
          field: 'threatIds',
          ids: taken.map((t) => t.id),
        },
      );
    return found as ThreatRecord[];
  }

  async openIncident(
    tenantId: string,
    input: OpenIncidentInput,
    actor: string,
    now = new Date(),
    /** An id allocated before (a detection claimed its threat for it). */
    presetId?: string,
  ): Promise<IncidentRecord> {
    const title = text('title', input.title, 300);
    if (!title) throw new PlatformError('BAD_USER_INPUT', 'title must not be empty', { field: 'title' });
    const threats = await this.linkable(tenantId, input.threatIds ?? [], presetId ?? null);
    const sla = (await this.settings.get(tenantId)).incidentSla[input.severity];
    const id = presetId ?? (await this.incidents.nextId(tenantId, now));
    const at = now.toISOString();
    const assignee = text('assignee', input.assignee, 200);
    const timeline: TimelineEntry[] = [
      { at, actor, kind: 'opened', toStatus: 'OPEN' },
      ...threats.map((t): TimelineEntry => ({ at, actor, kind: 'threat_linked', threatId: t.id })),
      ...(assignee ? [{ at, actor, kind: 'assigned', assignee } as TimelineEntry] : []),
    ];
    const incident = await this.incidents.create({
      id,
      tenantId,
      createdAt: at,
      title,
      description: text('description', input.description, MAX_TEXT),
      severity: input.severity,
      status: 'OPEN',
      assignee,
      threatIds: threats.map((t) => t.id),
      timeline,
      openedBy: actor,
      acknowledgedAt: null,
      acknowledgeDueAt: new Date(now.getTime() + sla.acknowledgeSeconds * 1000).toISOString(),
      resolvedAt: null,
      resolutionDueAt: new Date(now.getTime() + sla.resolveSeconds * 1000).toISOString(),
      overdueSince: null,
      updatedAt: at,
      revision: 1,
    });
    await Promise.all(threats.map((t) => this.linkThreat(t, id)));
    await this.publish(tenantId, 'INCIDENT_OPENED', incidentEventData(incident), actor);
    return incident;
  }

  async updateIncident(
    tenantId: string,
    id: string,
    change: IncidentChange,
    actor: string,
    now = new Date(),
  ): Promise<IncidentRecord> {
    const note = text('note', change.note, MAX_TEXT);
    const assignee = change.assignee === undefined ? undefined : text('assignee', change.assignee, 200);
    const newThreats = change.threatIds?.length ? await this.linkable(tenantId, change.threatIds, id) : [];
    let from: IncidentStatus | null = null;
    const result = await this.incidents.change(tenantId, id, (current) => {
      from = current.status;
      const at = now.toISOString();
      const entries: TimelineEntry[] = [];
      let next: IncidentRecord = current;
      if (change.status && change.status !== current.status) {
        assertTransition(current.status, change.status);
        entries.push({
          at,
          actor,
          kind: 'status_changed',
          fromStatus: current.status,
          toStatus: change.status,
          ...(note ? { note } : {}),
        });
        next = {
          ...next,
          status: change.status,
          acknowledgedAt: current.acknowledgedAt ?? at,
          resolvedAt: change.status === 'RESOLVED' ? at : null,
          // A reopened incident may fall overdue (and alert) again.
          overdueSince:
            change.status === 'RESOLVED' || current.status === 'RESOLVED' ? null : current.overdueSince,
        };
      } else if (note) entries.push({ at, actor, kind: 'note', note });
      if (assignee !== undefined && assignee !== current.assignee) {
        entries.push({ at, actor, kind: 'assigned', assignee });
        next = { ...next, assignee };
      }
      const linked = newThreats.filter((t) => !current.threatIds.includes(t.id));
      for (const t of linked) entries.push({ at, actor, kind: 'threat_linked', threatId: t.id });
      if (linked.length > 0)
        next = { ...next, threatIds: [...current.threatIds, ...linked.map((t) => t.id)] };
      if (entries.length === 0) return null;
      return { ...next, timeline: [...current.timeline, ...entries], updatedAt: at };
    });
    if (!result) throw new PlatformError('NOT_FOUND', `No incident ${id}`, { field: 'id' });
    const { record, changed } = result;
    if (!changed) return record;
    await Promise.all(newThreats.filter((t) => t.incidentId !== id).map((t) => this.linkThreat(t, id)));
    await this.publish(
      tenantId,
      'INCIDENT_UPDATED',
      incidentEventData(record, from && from !== record.status ? { fromStatus: from } : {}),
      actor,
    );
    if (record.status === 'RESOLVED' && from !== 'RESOLVED') await this.clearOverdueAlert(record);
    return record;
  }

  /** Marks unresolved incidents past a due time: a timeline entry, an event and an alert, once each. */
  async checkOverdue(tenantId: string, now = Date.now()): Promise<number> {
    let marked = 0;
    for (const incident of await this.incidents.unresolved(tenantId)) {
      if (incident.overdueSince || !isOverdue(incident, now)) continue;
      const at = new Date(now).toISOString();
      const missed =
        !incident.acknowledgedAt && Date.parse(incident.acknowledgeDueAt) <= now
          ? 'acknowledge'
          : 'resolution';
      const result = await this.incidents.change(tenantId, incident.id, (current) =>
        current.overdueSince || current.status === 'RESOLVED'
          ? null
          : {
              ...current,
              overdueSince: at,
              updatedAt: at,
              timeline: [
                ...current.timeline,
                { at, actor: SECURITY_SYSTEM, kind: 'overdue', note: `${missed} due time passed` },
              ],
            },
      );
      if (!result?.changed) continue;
      marked += 1;
      const record = result.record;
      await this.audit({
        tenantId,
        action: 'securityIncident.overdue',
        eventType: 'incident_overdue',
        resource: record.id,
        details: { missed, severity: record.severity },
      });
      await this.publish(
        tenantId,
        'INCIDENT_OVERDUE',
        incidentEventData(record, { note: `${missed} due time passed` }),
        SECURITY_SYSTEM,
      );
      await raiseAlertSignal(this.options.redis, this.options.prefix, {
        tenantId,
        source: 'SECURITY',
        fingerprint: `incident-${record.id}`,
        state: 'firing',
        severity: ALERT_SEVERITY[record.severity],
        summary: `Security incident ${record.id} is overdue (${missed})`,
        description: record.title,
        labels: { incident: record.id, severity: record.severity.toLowerCase(), missed },
        at,
      }).catch((error: unknown) =>
        this.options.logger.warn({ err: error, tenantId }, 'overdue alert signal failed'),
      );
    }
    if (marked === 0 && (await this.incidents.unresolved(tenantId)).length === 0) {
      await this.options.redis.srem(this.incidents.tenantsKey, tenantId);
      // An incident opened between the two reads put the tenant back first: keep it listed.
      if ((await this.incidents.unresolved(tenantId)).length > 0)
        await this.options.redis.sadd(this.incidents.tenantsKey, tenantId);
    }
    return marked;
  }

  private async clearOverdueAlert(record: IncidentRecord): Promise<void> {
    await raiseAlertSignal(this.options.redis, this.options.prefix, {
      tenantId: record.tenantId,
      source: 'SECURITY',
      fingerprint: `incident-${record.id}`,
      state: 'resolved',
      severity: ALERT_SEVERITY[record.severity],
      summary: `Security incident ${record.id} resolved`,
      at: new Date().toISOString(),
    }).catch((error: unknown) => this.options.logger.warn({ err: error }, 'overdue alert clear failed'));
  }
}
