/** A JSON Schema (draft 2020-12 subset) describing an event's `data`. */
export type JsonSchema = Record<string, unknown>;

export interface EventTypeDefinition {
  readonly name: string;
  readonly description: string;
  readonly schema: JsonSchema;
}

const str = { type: 'string', minLength: 1 } as const;
const num = { type: 'number' } as const;
const int = { type: 'integer', minimum: 0 } as const;

function object(required: Record<string, object>, optional: Record<string, object> = {}): JsonSchema {
  return {
    type: 'object',
    required: Object.keys(required),
    properties: { ...required, ...optional },
    additionalProperties: true,
  };
}

function type(name: string, description: string, schema: JsonSchema): EventTypeDefinition {
  return { name, description, schema };
}

const severity01 = { type: 'number', minimum: 0, maximum: 1 } as const;
const threat = object(
  { threatId: str, threatType: str, condition: str, severity: severity01, risk: int, status: str },
  { principal: str, occurrences: int, incidentId: str, response: str },
);
const incident = object(
  { incidentId: str, title: str, severity: str, status: str },
  {
    fromStatus: str,
    assignee: str,
    threatIds: { type: 'array', items: str },
    note: str,
    overdue: { type: 'boolean' },
  },
);
const dataKey = object({ keyId: str, purpose: str, version: int }, { previousVersion: int });
const apiKey = object({ apiKeyId: str, name: str, prefix: str }, { until: str, reason: str, threatId: str });

/** Security changes (docs/SECURITY.md): what Subscription.securityEvents streams, as platform events. */
const SECURITY_EVENTS: readonly EventTypeDefinition[] = [
  type('security.threat_detected', 'A detector found a new threat.', threat),
  type('security.threat_updated', 'An open threat recurred, or someone confirmed or dismissed it.', threat),
  type(
    'security.incident_opened',
    'A security incident was opened, by hand or from a high-risk threat.',
    incident,
  ),
  type(
    'security.incident_updated',
    'An incident moved status, got a note, an assignee or linked threats.',
    incident,
  ),
  type('security.incident_overdue', 'An incident passed its acknowledge or resolution due time.', incident),
  type('security.key_rotated', 'A data-encryption key got a new version (by hand or on schedule).', dataKey),
  type('security.key_destroyed', 'A data-encryption key was destroyed (crypto-shredding).', dataKey),
  type('security.api_key_created', 'An API key was created.', apiKey),
  type('security.api_key_revoked', 'An API key was revoked.', apiKey),
  type('security.api_key_rotated', 'An API key got a new secret.', apiKey),
  type(
    'security.api_key_suspended',
    'An API key was suspended, by hand or by a threat’s automatic response.',
    apiKey,
  ),
  type('security.api_key_reinstated', 'A suspended API key was reinstated.', apiKey),
];

const dsr = object(
  { requestId: str, requestType: str, regime: str, status: str, dueAt: str },
  { previousDueAt: str, answeredLate: { type: 'boolean' }, daysLeft: int },
);

/** Data-subject request changes (docs/COMPLIANCE.md "Data-subject requests"); never the subject itself. */
const DSR_EVENTS: readonly EventTypeDefinition[] = [
  type('compliance.dsr_created', 'A data-subject request was received (RECEIVED, with its due time).', dsr),
  type('compliance.dsr_started', 'Work on a data-subject request started (IN_PROGRESS).', dsr),
  type(
    'compliance.dsr_extended',
    'A data-subject request got its one extension; the subject was given notice.',
    dsr,
  ),
  type(
    'compliance.dsr_completed',
    'A data-subject request was answered: package assembled or subject erased.',
    dsr,
  ),
  type('compliance.dsr_rejected', 'A data-subject request was refused.', dsr),
  type(
    'compliance.dsr_due_soon',
    'An open data-subject request is within DSR_DUE_SOON_DAYS of its due time.',
    dsr,
  ),
  type('compliance.dsr_overdue', 'An open data-subject request passed its due time.', dsr),
];

/**
 * The platform event catalogue: one envelope (PlatformEvent) for subscriptions and webhooks.
 * The first 25 come from the platform's original catalogue; platform-owned types follow.
 */
export const EVENT_CATALOGUE: readonly EventTypeDefinition[] = [
  type(
    'document.uploaded',
    'A document was uploaded into a package.',
    object({ documentId: str, packageId: str }, { title: str }),
  ),
  type(
    'document.processed',
    'The pipeline finished processing a document.',
    object({ documentId: str }, { packageId: str, pageCount: int }),
  ),
  type(
    'document.processing_failed',
    'Processing a document failed.',
    object({ documentId: str, error: str }),
  ),
  type('package.created', 'A document package was created.', object({ packageId: str }, { name: str })),
  type(
    'package.updated',
    'A document package changed.',
    object({ packageId: str }, { changes: { type: 'object' } }),
  ),
  type(
    'package.applied',
    'A package was applied to a loan program.',
    object({ packageId: str }, { program: str }),
  ),
  type(
    'entity.extracted',
    'Entities were extracted from a document.',
    object({ documentId: str, count: int }, { entityIds: { type: 'array', items: str } }),
  ),
  type(
    'entity.relationship_created',
    'A relationship between two entities was created.',
    object({ fromEntityId: str, toEntityId: str, relationType: str }),
  ),
  type('decision_tree.completed', 'A decision tree was built.', object({ treeId: str }, { documentId: str })),
  type(
    'decision_tree.validation_failed',
    'A decision tree failed validation.',
    object({ treeId: str, reason: str }),
  ),
  type(
    'matrix.classified',
    'An LTV/FICO matrix was classified.',
    object({ matrixId: str }, { product: str }),
  ),
  type(
    'matrix.guideline_mapping_completed',
    'Matrix cells were mapped to guidelines.',
    object({ matrixId: str }, { mappedCells: int }),
  ),
  type('query.submitted', 'A knowledge query was submitted.', object({ queryId: str }, { text: str })),
  type('query.completed', 'A knowledge query completed.', object({ queryId: str }, { durationMs: num })),
  type(
    'ai.prediction_generated',
    'A model produced a prediction.',
    object({ predictionId: str }, { model: str, confidence: num }),
  ),
  type(
    'ai.recommendation_created',
    'A model produced a recommendation.',
    object({ recommendationId: str }, { model: str }),
  ),
  type(
    'ai.quality_issue_detected',
    'A data-quality issue was detected.',
    object({ issueId: str, severity: str }),
  ),
  type('ai.quality_issue_resolved', 'A data-quality issue was resolved.', object({ issueId: str })),
  type(
    'system.health_alert',
    'A component reported a health problem.',
    object({ component: str, status: str }),
  ),
  type(
    'system.performance_threshold_exceeded',
    'A performance threshold was exceeded.',
    object({ metric: str, value: num, threshold: num }),
  ),
  type('user.login', 'A user logged in.', object({ userId: str }, { method: str })),
  type('user.action_completed', 'A user completed an action.', object({ userId: str, action: str })),
  type(
    'compliance.audit_event_created',
    'An audit event was recorded.',
    object({ auditEventId: str, action: str }),
  ),
  type(
    'compliance.check_completed',
    'A framework’s compliance status changed in an evaluation (or was first evaluated); docs/COMPLIANCE.md.',
    object(
      { checkId: str, passed: { type: 'boolean' } },
      { framework: str, status: str, previousStatus: str, evaluationId: str },
    ),
  ),
  type(
    'compliance.violation_detected',
    'A compliance control started failing (`rule` is its id, e.g. KEYS-01); docs/COMPLIANCE.md.',
    object(
      { violationId: str, rule: str, severity: str },
      { title: str, reason: str, frameworks: { type: 'array', items: str }, evaluationId: str },
    ),
  ),
  type(
    'webhook.test',
    'A test event sent to one webhook endpoint by sendTestEvent.',
    object({ webhookId: str }),
  ),
  type(
    'webhook.attempt_exhausted',
    'A webhook delivery failed its last scheduled attempt.',
    object({ webhookId: str, deliveryId: str, eventId: str }, { lastStatusCode: int, lastError: str }),
  ),
  ...(['firing', 'acknowledged', 'resolved'] as const).map((state) =>
    type(
      `alert.${state}`,
      {
        firing: 'An alert rule’s condition held for its `for` time: the alert fires.',
        acknowledged: 'Someone acknowledged a firing alert.',
        resolved: 'An alert resolved: its condition cleared (past keepFiringFor) or someone resolved it.',
      }[state],
      object(
        {
          alertId: str,
          fingerprint: str,
          state: str,
          severity: { type: 'string', enum: ['INFO', 'WARNING', 'ERROR', 'CRITICAL'] },
          summary: str,
          startsAt: str,
        },
        {
          ruleId: str,
          value: num,
          endsAt: str,
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          note: { type: 'string' },
          by: str,
        },
      ),
    ),
  ),
  type(
    'synthetic.ping',
    'A synthetic subscription round-trip check’s probe (docs/OBSERVABILITY.md "Synthetic checks"): published and received back by the monitor. Webhooks receive it only when subscribed to it by name.',
    object({ checkId: str, nonce: str }, { sentAt: str }),
  ),
  type(
    'webhook.endpoint_disabled',
    'A webhook endpoint was disabled (410 Gone, or failing continuously past the window).',
    object({ webhookId: str, reason: str }),
  ),
  type(
    'webhook.endpoint_recovered',
    'A webhook endpoint that had exhausted deliveries succeeded again.',
    object({ webhookId: str }),
  ),
  ...SECURITY_EVENTS,
  ...DSR_EVENTS,
  type(
    'export.completed',
    'An export job completed; its file can be downloaded through ExportJob.downloadUrl.',
    object(
      { exportId: str, exportType: str, format: str, fileSize: int, sha256: str },
      { records: int, durationMs: num },
    ),
  ),
  type(
    'export.failed',
    'An export job failed; `errorCode` is a stable code from docs/ERROR_CODES.md.',
    object({ exportId: str, exportType: str, format: str, errorCode: str, error: str }),
  ),
];

const byName = new Map(EVENT_CATALOGUE.map((t) => [t.name, t]));

/**
 * Security events (`security.*`) are the security service's alone: nobody publishes them through
 * `publishEvent`, and only `security:admin` reads them (Subscription.events, webhooks), as
 * Subscription.securityEvents requires.
 */
export function isSecurityEvent(type: string): boolean {
  return type.startsWith('security.');
}

/**
 * Types only the platform publishes: security changes, and compliance verdicts, audit
 * announcements and data-subject request changes (`compliance.*`), which consumers act on as facts.
 */
export function isPlatformOnlyEvent(type: string): boolean {
  return isSecurityEvent(type) || type.startsWith('compliance.');
}

export function findEventType(name: string): EventTypeDefinition | undefined {
  return byName.get(name);
}
