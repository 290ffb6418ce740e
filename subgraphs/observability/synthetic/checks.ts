import { Kind, parse, type DocumentNode } from 'graphql';
import { assertNever, PlatformError } from '../../../lib/errors.js';
import { SCOPES } from '../../../lib/scopes.js';
import type { TenantRecord } from '../../../lib/tenantRecords.js';
import type {
  AlertSeverity,
  CreateSyntheticCheckInput,
  SyntheticAssertionInput,
  SyntheticCheckType,
  UpdateSyntheticCheckInput,
} from '../generated/resolvers.js';
import { jsonPathProblem, type AssertionRecord } from './assertions.js';

export interface SyntheticCheckRecord extends TenantRecord {
  readonly name: string;
  readonly type: SyntheticCheckType;
  /** OPERATION: one query document. */
  readonly operation: string | null;
  readonly variables: Readonly<Record<string, unknown>> | null;
  readonly intervalSeconds: number;
  readonly timeoutMs: number;
  readonly assertions: readonly AssertionRecord[];
  /** What the check's credential carries (lib/syntheticCredential.ts). */
  readonly scopes: readonly string[];
  readonly channels: readonly string[];
  readonly severity: AlertSeverity;
  readonly enabled: boolean;
  readonly createdBy: string;
  readonly updatedAt: string;
}

/** The series each run records, labelled `check` = the check's id (lib/metrics/catalogue.ts). */
export const SYNTHETIC_METRICS = ['synthetic_check_success', 'synthetic_check_duration_ms'] as const;

/** A tenant's checks the monitor runs at most; more are refused. */
export const MAX_CHECKS = 100;
export const MAX_INTERVAL_SECONDS = 86_400;
export const MIN_TIMEOUT_MS = 100;
/** Below the credential's 60 s lifetime, with room for the run to be set up. */
export const MAX_TIMEOUT_MS = 30_000;
const MAX_DOCUMENT = 10_000;
const MAX_VARIABLES = 10_000;
const MAX_ASSERTIONS = 20;
const MAX_CHANNELS = 10;
const MAX_VALUE = 1_000;
/** What the built-in round trip does: read its tenant's events and publish its probe. */
export const ROUND_TRIP_SCOPES = ['events:read', 'events:publish'] as const;
/** A check stores answers in its tenant's records: a cross-tenant operator's view does not belong there. */
const REFUSED_SCOPES = new Set(['platform:operator']);

function bad(field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new PlatformError('BAD_USER_INPUT', message, { field, ...extra });
}

function integer(field: string, value: number, min: number, max: number, unit: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    bad(field, `${field} must be a whole number of ${unit} from ${min} to ${max}`);
  return value;
}

/** One query, no mutation (it would change data every interval) and no subscription. */
function checkDocument(operation: string): void {
  if (operation.length === 0 || operation.length > MAX_DOCUMENT)
    bad('operation', `operation must be 1 to ${MAX_DOCUMENT} characters`);
  let document: DocumentNode;
  try {
    document = parse(operation, { maxTokens: 2_000 });
  } catch (error) {
    bad('operation', `operation is not a GraphQL document: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) bad('operation', 'operation must hold exactly one operation');
  const kind = operations[0]?.kind === Kind.OPERATION_DEFINITION ? operations[0].operation : 'query';
  if (kind === 'mutation')
    bad('operation', 'a synthetic check runs queries only: a mutation would change data every interval');
  if (kind === 'subscription')
    bad(
      'operation',
      'a synthetic check runs queries only: SUBSCRIPTION_ROUND_TRIP checks the subscription path',
    );
  if (
    document.definitions.some(
      (d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION,
    )
  )
    bad('operation', 'operation may hold only an operation and fragments');
}

function checkVariables(variables: unknown): Readonly<Record<string, unknown>> | null {
  if (variables === null || variables === undefined) return null;
  if (typeof variables !== 'object' || Array.isArray(variables))
    bad('variables', 'variables must be an object');
  if (JSON.stringify(variables).length > MAX_VARIABLES)
    bad('variables', `variables are at most ${MAX_VARIABLES} characters of JSON`);
  return variables as Record<string, unknown>;
}

function assertionOf(
  input: SyntheticAssertionInput,
  i: number,
  type: SyntheticCheckType,
  timeoutMs: number,
): AssertionRecord {
  const field = `assertions[${i}]`;
  const { path, value } = input;
  const needsPath = input.type === 'JSON_PATH_EQUALS' || input.type === 'JSON_PATH_EXISTS';
  if (needsPath && type === 'SUBSCRIPTION_ROUND_TRIP')
    bad(field, `${field}: a round trip takes NO_ERRORS and MAX_DURATION_MS only`);
  if (!needsPath && path !== undefined && path !== null)
    bad(`${field}.path`, `${field}: ${input.type} takes no path`);
  switch (input.type) {
    case 'NO_ERRORS':
      if (value !== undefined && value !== null) bad(`${field}.value`, `${field}: NO_ERRORS takes no value`);
      return { type: 'NO_ERRORS' };
    case 'MAX_DURATION_MS':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > timeoutMs)
        bad(
          `${field}.value`,
          `${field}: MAX_DURATION_MS takes a whole number of ms from 1 to timeoutMs (${timeoutMs})`,
        );
      return { type: 'MAX_DURATION_MS', value };
    case 'JSON_PATH_EQUALS':
    case 'JSON_PATH_EXISTS': {
      if (typeof path !== 'string') bad(`${field}.path`, `${field}: ${input.type} needs a path`);
      const problem = jsonPathProblem(path);
      if (problem) bad(`${field}.path`, `${field}: ${problem}`);
      if (input.type === 'JSON_PATH_EXISTS') {
        if (value !== undefined && value !== null)
          bad(`${field}.value`, `${field}: JSON_PATH_EXISTS takes no value`);
        return { type: 'JSON_PATH_EXISTS', path };
      }
      if (value === undefined) bad(`${field}.value`, `${field}: JSON_PATH_EQUALS needs the value expected`);
      if (JSON.stringify(value).length > MAX_VALUE)
        bad(`${field}.value`, `${field}: value is at most ${MAX_VALUE} characters of JSON`);
      return { type: 'JSON_PATH_EQUALS', path, value };
    }
    default:
      return assertNever(input.type, 'assertion type');
  }
}

/**
 * The scopes an OPERATION check runs with: a subset of its author's (no escalation, as for API
 * keys), never platform:operator; by default the author's own, less that one.
 */
function scopesOf(requested: readonly string[] | null | undefined, author: readonly string[]): string[] {
  if (requested === null || requested === undefined) return author.filter((s) => !REFUSED_SCOPES.has(s));
  const unknown = requested.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) bad('scopes', `scopes must be a subset of: ${SCOPES.join(', ')}`, { unknown });
  const refused = requested.filter((s) => REFUSED_SCOPES.has(s));
  if (refused.length > 0) bad('scopes', `a synthetic check cannot carry ${refused.join(', ')}`);
  const beyond = requested.filter((s) => !author.includes(s));
  if (beyond.length > 0)
    throw new PlatformError('FORBIDDEN', `A check cannot carry scopes you lack: ${beyond.join(', ')}`, {
      field: 'scopes',
      scopes: beyond,
    });
  return [...new Set(requested)];
}

interface Draft {
  name: string;
  type: SyntheticCheckType;
  operation: string | null | undefined;
  variables: unknown;
  intervalSeconds: number;
  timeoutMs: number;
  assertions: readonly SyntheticAssertionInput[] | null | undefined;
  channels: readonly string[];
  severity: AlertSeverity;
  enabled: boolean;
}

type Checked = Omit<SyntheticCheckRecord, keyof TenantRecord | 'createdBy' | 'updatedAt' | 'scopes'>;

function checked(draft: Draft, minIntervalSeconds: number): Checked {
  const name = draft.name.trim();
  if (name.length === 0 || name.length > 200) bad('name', 'name must be 1 to 200 characters');
  const intervalSeconds = integer(
    'intervalSeconds',
    draft.intervalSeconds,
    minIntervalSeconds,
    MAX_INTERVAL_SECONDS,
    'seconds',
  );
  const timeoutMs = integer('timeoutMs', draft.timeoutMs, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, 'ms');
  let operation: string | null = null;
  let variables: Readonly<Record<string, unknown>> | null = null;
  if (draft.type === 'OPERATION') {
    if (typeof draft.operation !== 'string') bad('operation', 'an OPERATION check needs an operation');
    checkDocument(draft.operation);
    operation = draft.operation;
    variables = checkVariables(draft.variables);
  } else {
    if (draft.operation !== null && draft.operation !== undefined)
      bad('operation', 'a SUBSCRIPTION_ROUND_TRIP check runs its own probe: it takes no operation');
    if (draft.variables !== null && draft.variables !== undefined)
      bad('variables', 'a SUBSCRIPTION_ROUND_TRIP check takes no variables');
  }
  const inputs = draft.assertions ?? [{ type: 'NO_ERRORS' as const }];
  if (inputs.length > MAX_ASSERTIONS) bad('assertions', `at most ${MAX_ASSERTIONS} assertions`);
  const channels = [...new Set(draft.channels)];
  if (channels.length > MAX_CHANNELS) bad('channels', `at most ${MAX_CHANNELS} channels per check`);
  return {
    name,
    type: draft.type,
    operation,
    variables,
    intervalSeconds,
    timeoutMs,
    assertions: inputs.map((a, i) => assertionOf(a, i, draft.type, timeoutMs)),
    channels,
    severity: draft.severity,
    enabled: draft.enabled,
  };
}

/** A new check as given; BAD_USER_INPUT names the field, scopes beyond the author's are FORBIDDEN. */
export function checkFromInput(
  input: CreateSyntheticCheckInput,
  base: { id: string; tenantId: string; createdAt: string; createdBy: string },
  author: readonly string[],
  minIntervalSeconds: number,
): SyntheticCheckRecord {
  const type = input.type ?? 'OPERATION';
  if (type === 'SUBSCRIPTION_ROUND_TRIP' && input.scopes)
    bad('scopes', 'a SUBSCRIPTION_ROUND_TRIP check always runs with events:read and events:publish');
  const fields = checked(
    {
      name: input.name,
      type,
      operation: input.operation,
      variables: input.variables,
      intervalSeconds: input.intervalSeconds ?? 60,
      timeoutMs: input.timeoutMs ?? 10_000,
      assertions: input.assertions,
      channels: input.channels ?? [],
      severity: input.severity ?? 'ERROR',
      enabled: input.enabled ?? true,
    },
    minIntervalSeconds,
  );
  return {
    ...base,
    ...fields,
    scopes: type === 'OPERATION' ? scopesOf(input.scopes, author) : [...ROUND_TRIP_SCOPES],
    updatedAt: base.createdAt,
  };
}

/**
 * The check with `input`'s fields changed, checked as a whole again; the changer's scopes bound
 * new scopes.
 */
export function updatedCheck(
  record: SyntheticCheckRecord,
  input: UpdateSyntheticCheckInput,
  changer: readonly string[],
  minIntervalSeconds: number,
  now: string,
): SyntheticCheckRecord {
  if (record.type === 'SUBSCRIPTION_ROUND_TRIP' && input.scopes)
    bad('scopes', 'a SUBSCRIPTION_ROUND_TRIP check always runs with events:read and events:publish');
  const keep = <T>(given: T | null | undefined, current: T): T =>
    given === null || given === undefined ? current : given;
  const fields = checked(
    {
      name: keep(input.name, record.name),
      type: record.type,
      operation: keep(input.operation, record.operation),
      variables: input.variables === undefined ? record.variables : input.variables,
      intervalSeconds: keep(input.intervalSeconds, record.intervalSeconds),
      timeoutMs: keep(input.timeoutMs, record.timeoutMs),
      // Stored assertions pass back through the input checks as they are.
      assertions: keep(input.assertions, record.assertions as readonly SyntheticAssertionInput[]),
      channels: keep(input.channels, record.channels),
      severity: keep(input.severity, record.severity),
      enabled: keep(input.enabled, record.enabled),
    },
    minIntervalSeconds,
  );
  return {
    ...record,
    ...fields,
    scopes: input.scopes ? scopesOf(input.scopes, changer) : record.scopes,
    updatedAt: now,
  };
}
