import { valueFromASTUntyped, type GraphQLFormattedError } from 'graphql';
import type { AuditEntryInput, AuditOutcome, AuditTrail } from '../../subgraphs/audit/auditApi.js';
import { PlatformError } from '../../lib/errors.js';
import { traceFieldsOf } from '../../lib/telemetry/tracing.js';
import type { OperationHooks } from '../engine/OperationRunner.js';
import type { PreparedOperation, ResultShape } from '../pipeline/RequestPipeline.js';
import { redactForAudit } from './auditRedaction.js';

export interface AuditOptions {
  trail: AuditTrail;
  /** True while the trail's store can take writes (Redis connected). */
  available: () => boolean;
  /**
   * Let mutations succeed when their audit record cannot be written (logged instead). Off by
   * default: then a mutation is refused up front while the trail is down, and one whose record
   * fails to land is answered AUDIT_UNAVAILABLE, so no success a client saw goes unrecorded.
   * @default false
   */
  failOpen?: boolean;
  /**
   * Runs a query as the operation's own principal (its scopes, its tenant): how the state an
   * update changes is read before and after it (STATE_QUERIES). Without it no state is recorded.
   * @default none
   */
  readState?(
    prepared: PreparedOperation,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<unknown>;
}

/**
 * The updates whose before/after state the trail records, and the query that reads it (aliased
 * `state`, taking the mutation's `id` where there is one). Secrets are left out of the
 * selections, and whatever is read is redacted like the arguments (docs/AUDIT.md).
 */
export const STATE_QUERIES: Readonly<Record<string, string>> = (() => {
  const webhook =
    'query AuditState($id: ID!) { state: webhook(id: $id) { id url eventTypes description status statusReason headers rateLimitPerSecond retrySchedule } }';
  return {
    updateWebhook: webhook,
    pauseWebhook: webhook,
    resumeWebhook: webhook,
    updateSyntheticCheck:
      'query AuditState($id: ID!) { state: syntheticCheck(id: $id) { id name type operation variables intervalSeconds timeoutMs scopes channels severity enabled } }',
    updateSecurityThreat:
      'query AuditState($id: ID!) { state: securityThreat(id: $id) { id status incidentId } }',
    updateSecurityIncident:
      'query AuditState($id: ID!) { state: securityIncident(id: $id) { id title severity status assignee threats { id } } }',
    updateSecuritySettings:
      'query AuditState { state: securitySettings { timeZone businessHoursStart businessHoursEnd detectOffHours passwordSprayThreshold exportsPerHourThreshold baselineMultiplier incidentRiskThreshold autoSuspendApiKeys autoSuspendMinSeverity autoSuspendSeconds } }',
  };
})();

/** `createAlertRule` → `alertRule.create`, `revokeApiKey` → `apiKey.revoke`: domain, not transport. */
export function actionOf(field: string): string {
  const split = /^([a-z]+)([A-Z].*)$/.exec(field);
  if (!split) return field;
  const [, verb, noun] = split as unknown as [string, string, string];
  return `${noun.charAt(0).toLowerCase()}${noun.slice(1)}.${verb}`;
}

function resourceIdOf(value: unknown, args: Record<string, unknown>): string | null {
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    // Payload types wrap the object: { apiKey { id } secret }.
    for (const nested of Object.values(record)) {
      if (nested && typeof nested === 'object' && typeof (nested as { id?: unknown }).id === 'string')
        return (nested as { id: string }).id;
    }
  }
  return typeof args.id === 'string' ? args.id : null;
}

interface RootField {
  readonly name: string;
  readonly responseKey: string;
  readonly args: Record<string, unknown>;
}

function rootFields(prepared: PreparedOperation): RootField[] {
  const operation = prepared.document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation || operation.kind !== 'OperationDefinition') return [];
  return operation.selectionSet.selections.flatMap((selection) => {
    if (selection.kind !== 'Field') return [];
    const args: Record<string, unknown> = {};
    for (const arg of selection.arguments ?? [])
      args[arg.name.value] = valueFromASTUntyped(arg.value, prepared.variables);
    return [
      { name: selection.name.value, responseKey: selection.alias?.value ?? selection.name.value, args },
    ];
  });
}

/** Root fields that read the audit trail: reading it is itself audited (PCI DSS 10.2.1.3). */
export const AUDIT_READS: ReadonlySet<string> = new Set([
  'auditEvents',
  'auditEvent',
  'verifyAuditChain',
  'verifyAuditTrail',
  'auditInclusionProof',
  'auditConsistencyProof',
  'auditCheckpoint',
  'auditCheckpoints',
]);

/** Actions on credentials and keys: what the risk rules weigh as key access and admin work. */
const KEY_ACTIONS = /^(apiKey|encryptionKey|webhookSecret)\./;

/**
 * Risk 0–100, after the seed's rules: 10 plus the highest rule that applies — admin work on
 * security objects (30), key access (30), off-hours (outside 06:00–22:00 UTC, 20), a failure (20).
 * The burst rules (failed logins, export volume) are the threat detectors' (docs/AUDIT.md).
 */
export function riskScore(
  action: string,
  outcome: AuditOutcome,
  principal: PreparedOperation['principal'],
  at = new Date(),
): number {
  const rules = [
    KEY_ACTIONS.test(action) ? 30 : 0,
    principal.scopes.includes('security:admin') &&
    /^(apiKey|encryptionKey|securityIncident|alertRule)\./.test(action)
      ? 30
      : 0,
    at.getUTCHours() < 6 || at.getUTCHours() >= 22 ? 20 : 0,
    outcome === 'SUCCESS' ? 0 : 20,
  ];
  return Math.min(100, 10 + Math.max(...rules));
}

function originDetails(prepared: PreparedOperation): Record<string, unknown> {
  return {
    requestId: prepared.requestId,
    transport: prepared.transport,
    operationName: prepared.operationName,
    authMethod: prepared.principal.method,
    ...(prepared.principal.keyId ? { keyId: prepared.principal.keyId } : {}),
    clientIp: prepared.origin.ip,
    userAgent: prepared.origin.userAgent,
    ...(prepared.origin.connectionId ? { connectionId: prepared.origin.connectionId } : {}),
    // With tracing on, the record names the operation's trace (the hook runs inside its span).
    ...traceIdOf(prepared),
  };
}

function traceIdOf(prepared: PreparedOperation): { traceId?: string } {
  const traceId = traceFieldsOf(prepared.traceContext).trace_id;
  return traceId ? { traceId } : {};
}

/**
 * The records an operation leaves: one per root field of a mutation (outcome and codes of that
 * field), one per audit-trail read, one for the fields withheld by scope (permission_denied).
 */
export function auditEntries(
  prepared: PreparedOperation,
  result: ResultShape,
  states: ReadonlyMap<string, FieldState> = new Map(),
): AuditEntryInput[] {
  const errors = result.errors ?? [];
  const base = { tenantId: prepared.principal.tenantId, actor: prepared.principal.subject };
  const records: AuditEntryInput[] = [];
  if (prepared.denied.length > 0) {
    records.push({
      ...base,
      action: 'permission.deny',
      eventType: 'permission_denied',
      resource: prepared.denied.map((d) => d.coordinate).join(','),
      resourceType: 'field',
      outcome: 'FAILURE',
      riskScore: riskScore('permission.deny', 'FAILURE', prepared.principal),
      details: {
        ...originDetails(prepared),
        denied: prepared.denied.map((d) => ({ coordinate: d.coordinate, path: d.path })),
      },
    });
  }
  for (const field of rootFields(prepared)) {
    if (prepared.operationType !== 'mutation' && !AUDIT_READS.has(field.name)) continue;
    const own = errors.filter((e: GraphQLFormattedError) => e.path?.[0] === field.responseKey);
    const value = result.data?.[field.responseKey];
    const codes = [...new Set(own.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
    const present = value !== null && value !== undefined;
    const outcome: AuditOutcome = own.length === 0 && present ? 'SUCCESS' : present ? 'PARTIAL' : 'FAILURE';
    if (prepared.operationType !== 'mutation') {
      records.push({
        ...base,
        action: 'audit.read',
        eventType: 'audit_log_accessed',
        resource: field.name,
        resourceType: 'auditTrail',
        outcome,
        riskScore: riskScore('audit.read', outcome, prepared.principal),
        details: originDetails(prepared),
      });
      continue;
    }
    const action = actionOf(field.name);
    // Free text of the arguments and state joins the record's personal fields (crypto-shredded).
    const freeText: Record<string, unknown> = {};
    const state = states.get(field.responseKey);
    const changes = {
      arguments: redactForAudit(field.args, 'arguments', freeText),
      ...(state ? { before: redactForAudit(state.before, 'before', freeText) } : {}),
      ...(state ? { after: redactForAudit(state.after, 'after', freeText) } : {}),
    };
    records.push({
      ...base,
      action,
      resource: resourceIdOf(value, field.args),
      outcome,
      riskScore: riskScore(action, outcome, prepared.principal),
      details: {
        ...originDetails(prepared),
        field: field.name,
        ...(codes.length > 0 ? { errorCodes: codes } : {}),
        ...changes,
        ...(Object.keys(freeText).length > 0 ? { freeText } : {}),
      },
    });
  }
  return records;
}

const unavailable = () =>
  new PlatformError('AUDIT_UNAVAILABLE', 'The audit trail cannot be written; the mutation was not accepted', {
    retryable: true,
  });

/** The state an update changed: read before it ran and after (null: could not be read, or none). */
export interface FieldState {
  before: unknown;
  after: unknown;
}

/** Every mutation lands in the tenant's tamper-evident audit trail, or is not reported as done. */
export function useAudit(options: AuditOptions): OperationHooks {
  const before = new WeakMap<PreparedOperation, Map<string, Promise<unknown>>>();
  const stateOf = (prepared: PreparedOperation, field: RootField): Promise<unknown> | null => {
    const query = STATE_QUERIES[field.name];
    if (!query || !options.readState) return null;
    const variables = typeof field.args.id === 'string' ? { id: field.args.id } : {};
    return options.readState(prepared, query, variables).catch((error: unknown) => {
      prepared.log.warn({ err: error, field: field.name }, 'audit state read failed');
      return null;
    });
  };
  const statesAfter = async (prepared: PreparedOperation): Promise<Map<string, FieldState>> => {
    const states = new Map<string, FieldState>();
    const pending = before.get(prepared);
    if (!pending) return states;
    await Promise.all(
      rootFields(prepared).map(async (field) => {
        const was = pending.get(field.responseKey);
        if (!was) return;
        states.set(field.responseKey, { before: await was, after: await stateOf(prepared, field) });
      }),
    );
    return states;
  };
  // Subscription records never hold a subscription up: written in the background, logged if lost.
  const recordSubscription = (prepared: PreparedOperation, phase: 'start' | 'end', reason?: string) => {
    void options.trail
      .append({
        tenantId: prepared.principal.tenantId,
        actor: prepared.principal.subject,
        action: `subscription.${phase}`,
        eventType: phase === 'start' ? 'subscription_started' : 'subscription_ended',
        resource: rootFields(prepared)
          .map((f) => f.name)
          .join(','),
        resourceType: 'subscription',
        outcome: 'SUCCESS',
        details: reason === undefined ? originDetails(prepared) : { ...originDetails(prepared), reason },
      })
      .catch((error: unknown) => prepared.log.warn({ err: error }, 'audit append failed'));
  };
  return {
    async beforeExecute(prepared) {
      if (prepared.operationType !== 'mutation') return;
      if (!options.failOpen && !options.available()) throw unavailable();
      if (!options.readState) return;
      const pending = new Map<string, Promise<unknown>>();
      for (const field of rootFields(prepared)) {
        const state = stateOf(prepared, field);
        if (state) pending.set(field.responseKey, state);
      }
      if (pending.size === 0) return;
      // Read before the mutation runs (each field's own read: mutations run in sequence after).
      await Promise.all(pending.values());
      before.set(prepared, pending);
    },
    async afterExecute(prepared, result) {
      const entries = auditEntries(prepared, result, await statesAfter(prepared));
      if (entries.length === 0) return result;
      try {
        await Promise.all(entries.map((entry) => options.trail.append(entry)));
        return result;
      } catch (error) {
        prepared.log.error({ err: error }, 'audit append failed');
        // Reads are answered anyway; a mutation whose record did not land is not reported done.
        if (options.failOpen || prepared.operationType !== 'mutation') return result;
        return { data: null, errors: [unavailable().toGraphQLError().toJSON()] };
      }
    },
    subscriptionStarted(prepared) {
      recordSubscription(prepared, 'start');
    },
    subscriptionEnded(prepared, reason) {
      recordSubscription(prepared, 'end', reason);
    },
  };
}
