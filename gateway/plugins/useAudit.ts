import type { GraphQLFormattedError } from 'graphql';
import type { AuditEntryInput, AuditTrail } from '../../lib/auditTrail.js';
import { PlatformError } from '../../lib/errors.js';
import type { OperationHooks } from '../engine/OperationRunner.js';
import type { PreparedOperation, ResultShape } from '../pipeline/RequestPipeline.js';

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
}

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
    for (const arg of selection.arguments ?? []) {
      if (arg.value.kind === 'StringValue') args[arg.name.value] = arg.value.value;
      else if (arg.value.kind === 'Variable')
        args[arg.name.value] = prepared.variables?.[arg.value.name.value];
    }
    return [
      { name: selection.name.value, responseKey: selection.alias?.value ?? selection.name.value, args },
    ];
  });
}

/** One audit record per root field of a mutation, with the outcome and codes of that field. */
export function auditEntries(prepared: PreparedOperation, result: ResultShape): AuditEntryInput[] {
  const errors = result.errors ?? [];
  return rootFields(prepared).map((field) => {
    const own = errors.filter((e: GraphQLFormattedError) => e.path?.[0] === field.responseKey);
    const value = result.data?.[field.responseKey];
    const codes = [...new Set(own.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
    return {
      tenantId: prepared.principal.tenantId,
      actor: prepared.principal.subject,
      action: actionOf(field.name),
      resource: resourceIdOf(value, field.args),
      outcome: own.length === 0 && value !== null && value !== undefined ? 'SUCCESS' : 'FAILURE',
      details: {
        requestId: prepared.requestId,
        transport: prepared.transport,
        operationName: prepared.operationName,
        field: field.name,
        authMethod: prepared.principal.method,
        ...(prepared.principal.keyId ? { keyId: prepared.principal.keyId } : {}),
        clientIp: prepared.origin.ip,
        userAgent: prepared.origin.userAgent,
        ...(prepared.origin.connectionId ? { connectionId: prepared.origin.connectionId } : {}),
        ...(codes.length > 0 ? { errorCodes: codes } : {}),
      },
    };
  });
}

const unavailable = () =>
  new PlatformError('AUDIT_UNAVAILABLE', 'The audit trail cannot be written; the mutation was not accepted', {
    retryable: true,
  });

/** Every mutation lands in the tenant's tamper-evident audit trail, or is not reported as done. */
export function useAudit(options: AuditOptions): OperationHooks {
  return {
    beforeExecute(prepared) {
      if (prepared.operationType !== 'mutation' || options.failOpen) return;
      if (!options.available()) throw unavailable();
    },
    async afterExecute(prepared, result) {
      if (prepared.operationType !== 'mutation') return result;
      try {
        await Promise.all(auditEntries(prepared, result).map((entry) => options.trail.append(entry)));
        return result;
      } catch (error) {
        prepared.log.error({ err: error }, 'audit append failed');
        if (options.failOpen) return result;
        return { data: null, errors: [unavailable().toGraphQLError().toJSON()] };
      }
    },
  };
}
