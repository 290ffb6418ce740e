import type { RedisClient } from '../../lib/redis.js';
import type { AuditEntryInput } from '../audit/auditApi.js';
import { PlatformError } from '../../lib/errors.js';
import { dataSubjectOf } from '../../lib/security/clientIpReference.js';
import type { Logger } from '../../lib/logger.js';
import { ApiKeyStore, type ApiKeyRecord } from './apiKeys/ApiKeyStore.js';
import { IncidentStore } from './incidents/IncidentStore.js';
import { IncidentService, MAX_TEXT, text } from './incidents/IncidentService.js';
import { severityForRisk } from './incidents/lifecycle.js';
import { SECURITY_SYSTEM, type SecurityEvents } from './securityEvents.js';
import { SecuritySettingsStore } from './settings.js';
import { ThreatStore, riskOf, type Detection, type ThreatRecord } from './threats/ThreatStore.js';

/**
 * What a `security.threat_*` event carries: never the client IP (events leave the platform through
 * webhooks and cannot be erased; the threat itself is read through the API).
 */
export function threatEventData(threat: ThreatRecord): Record<string, unknown> {
  return {
    threatId: threat.id,
    threatType: threat.type,
    condition: threat.condition,
    severity: threat.severity,
    risk: riskOf(threat),
    status: threat.status,
    occurrences: threat.occurrences,
    ...(threat.principal ? { principal: threat.principal } : {}),
    ...(threat.incidentId ? { incidentId: threat.incidentId } : {}),
    ...(threat.response ? { response: threat.response } : {}),
  };
}

/**
 * What the security subgraph does with threats and incidents, for its API and its worker alike:
 * a detection becomes a threat (deduplicated), a high-risk one opens an incident and, when the
 * tenant asks for it, suspends the offending API key; every change is a `security.*` event; an
 * incident past its due time raises an alert on the alerting engine.
 */
export class SecurityService {
  readonly threats: ThreatStore;
  readonly incidents: IncidentStore;
  readonly settings: SecuritySettingsStore;
  readonly apiKeys: ApiKeyStore;
  /** Incidents: opening, lifecycle, SLA (incidents/IncidentService.ts). */
  readonly incidentService: IncidentService;

  constructor(
    private readonly options: {
      redis: RedisClient;
      prefix: string;
      events: SecurityEvents;
      logger: Logger;
      /**
       * Records what the service does on its own (detections, automatic responses, overdue
       * marks) in the tenant's audit trail; what people do through the API the gateway audits.
       */
      audit?: (entry: AuditEntryInput) => Promise<unknown>;
    },
  ) {
    this.threats = new ThreatStore(options.redis, options.prefix);
    this.incidents = new IncidentStore(options.redis, options.prefix);
    this.settings = new SecuritySettingsStore(options.redis, options.prefix);
    this.apiKeys = new ApiKeyStore(options.redis, options.prefix);
    this.incidentService = new IncidentService({
      redis: options.redis,
      prefix: options.prefix,
      logger: options.logger,
      incidents: this.incidents,
      threats: this.threats,
      settings: this.settings,
      publish: (...args) => this.publish(...args),
      audit: (entry) => this.audit(entry),
    });
  }

  /** Publishes; a lost event is logged, never allowed to undo the change it reports. */
  private async publish(
    tenantId: string,
    ...args: Parameters<SecurityEvents['publish']> extends [string, ...infer R] ? R : never
  ): Promise<void> {
    await this.options.events.publish(tenantId, ...args).catch((error: unknown) => {
      this.options.logger.warn({ err: error, tenantId, type: args[0] }, 'security event publish failed');
    });
  }

  private async audit(entry: Omit<AuditEntryInput, 'actor' | 'outcome'>): Promise<void> {
    await this.options
      .audit?.({ ...entry, actor: SECURITY_SYSTEM, outcome: 'SUCCESS' })
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error, action: entry.action }, 'audit append failed'),
      );
  }

  async detected(detection: Detection, now = new Date()): Promise<ThreatRecord> {
    const { threat: raised, created } = await this.threats.raise(detection, now);
    let threat = raised;
    const settings = await this.settings.get(threat.tenantId);
    // A tenant named by an unverified credential gets the threat, never an automatic response.
    const automatic = !detection.tenantClaimed;
    if (
      automatic &&
      settings.autoSuspendApiKeys &&
      threat.severity >= settings.autoSuspendMinSeverity &&
      threat.principal?.startsWith('apikey:') &&
      !threat.response
    ) {
      threat = await this.autoSuspend(threat, settings.autoSuspendSeconds, now);
    }
    let claimedFor: string | null = null;
    if (automatic && !threat.incidentId && riskOf(threat) >= settings.incidentRiskThreshold) {
      // The threat is claimed for the new incident first (compare-and-set), so two detections
      // racing on it open one incident, not two.
      const incidentId = await this.incidents.nextId(threat.tenantId, now);
      const claimed = await this.threats.change(threat.tenantId, threat.id, (current) =>
        current.incidentId ? null : { ...current, incidentId },
      );
      threat = claimed?.record ?? threat;
      if (claimed?.changed) claimedFor = incidentId;
    }
    if (claimedFor) {
      const incident = await this.incidentService.openIncident(
        threat.tenantId,
        {
          title: `${threat.type.replace(/_/g, ' ').toLowerCase()}: ${threat.condition}${threat.principal ? ` by ${threat.principal}` : ''}`,
          description: `Opened from threat ${threat.id} (risk ${riskOf(threat)}).`,
          severity: severityForRisk(riskOf(threat)),
          threatIds: [threat.id],
        },
        SECURITY_SYSTEM,
        now,
        claimedFor,
      );
      await this.audit({
        tenantId: threat.tenantId,
        action: 'securityIncident.open',
        eventType: 'incident_opened',
        resource: incident.id,
        details: { threatId: threat.id, severity: incident.severity, automatic: true },
      });
    }
    await this.publish(
      threat.tenantId,
      created ? 'THREAT_DETECTED' : 'THREAT_UPDATED',
      threatEventData(threat),
      SECURITY_SYSTEM,
    );
    if (created)
      await this.audit({
        tenantId: threat.tenantId,
        action: 'securityThreat.detect',
        eventType: 'threat_detected',
        resource: threat.id,
        riskScore: riskOf(threat),
        // The client IP and agent are the affected person's: sealed under their key, erased with them.
        ...(threat.principal ? { subject: dataSubjectOf(threat.principal) } : {}),
        details: {
          ...threatEventData(threat),
          ...(threat.clientIp ? { clientIp: threat.clientIp } : {}),
          ...(typeof threat.evidence['userAgent'] === 'string'
            ? { userAgent: threat.evidence['userAgent'] }
            : {}),
        },
      });
    return threat;
  }

  private async autoSuspend(threat: ThreatRecord, seconds: number, now: Date): Promise<ThreatRecord> {
    const keyId = (threat.principal as string).slice('apikey:'.length);
    const key = await this.apiKeys.records.get(threat.tenantId, keyId);
    if (!key || key.revokedAt) return threat;
    const until = new Date(now.getTime() + seconds * 1000);
    await this.suspendKey(
      key,
      until,
      `threat ${threat.id} (${threat.condition})`,
      SECURITY_SYSTEM,
      threat.id,
    );
    await this.audit({
      tenantId: threat.tenantId,
      action: 'apiKey.suspend',
      eventType: 'security_violation',
      resource: key.id,
      details: { threatId: threat.id, until: until.toISOString(), automatic: true },
    });
    const response = `api_key_suspended until ${until.toISOString()}`;
    return (
      (await this.threats.change(threat.tenantId, threat.id, (current) => ({ ...current, response })))
        ?.record ?? threat
    );
  }

  async suspendKey(
    key: ApiKeyRecord,
    until: Date,
    reason: string,
    actor: string,
    threatId?: string,
  ): Promise<ApiKeyRecord> {
    const suspended = await this.apiKeys.suspend(key, until, reason);
    await this.publish(
      key.tenantId,
      'API_KEY_SUSPENDED',
      {
        apiKeyId: key.id,
        name: key.name,
        prefix: key.prefix,
        until: until.toISOString(),
        reason,
        ...(threatId ? { threatId } : {}),
      },
      actor,
    );
    return suspended;
  }

  async reinstateKey(key: ApiKeyRecord, actor: string): Promise<ApiKeyRecord> {
    const reinstated = await this.apiKeys.reinstate(key);
    await this.publish(
      key.tenantId,
      'API_KEY_REINSTATED',
      { apiKeyId: key.id, name: key.name, prefix: key.prefix },
      actor,
    );
    return reinstated;
  }

  async apiKeyChanged(
    key: ApiKeyRecord,
    type: 'API_KEY_CREATED' | 'API_KEY_REVOKED' | 'API_KEY_ROTATED',
    actor: string,
  ): Promise<void> {
    await this.publish(key.tenantId, type, { apiKeyId: key.id, name: key.name, prefix: key.prefix }, actor);
  }

  async setThreatStatus(
    threat: ThreatRecord,
    status: ThreatRecord['status'],
    note: string | null,
    actor: string,
  ): Promise<ThreatRecord> {
    const cleanNote = text('note', note, MAX_TEXT);
    if (status === threat.status && !cleanNote) return threat;
    const changed = await this.threats.change(threat.tenantId, threat.id, (current) => ({
      ...current,
      status,
      notes: cleanNote
        ? [...current.notes, { at: new Date().toISOString(), by: actor, note: cleanNote }].slice(-100)
        : current.notes,
    }));
    if (!changed) throw new PlatformError('NOT_FOUND', `No threat ${threat.id}`, { field: 'id' });
    const updated = changed.record;
    await this.publish(threat.tenantId, 'THREAT_UPDATED', threatEventData(updated), actor);
    return updated;
  }
}
