import type { Context } from '@opentelemetry/api';
import { traceFieldsOf } from '../../lib/telemetry/tracing.js';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationTypeNode,
  type ValidationRule,
} from 'graphql';
import { PlatformError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { GatewayMetrics } from '../metrics.js';
import type { MetricsRecorder } from '../../lib/metrics/recorder.js';
import type { ErrorReporter } from '../../lib/errorTracking/ErrorReporter.js';
import type { AuthenticatedPrincipal, Authenticator, Credentials, RequestOrigin } from './authenticate.js';

export type { RequestOrigin } from './authenticate.js';
import { authorizeOperation, type DeniedField } from './authorizeOperation.js';
import { BoundedCache } from '../../lib/BoundedCache.js';
import { operationCost, type CostOptions } from './operationCost.js';
import { checkOperationShape, jsonDeeperThan, scanDocument } from './operationShape.js';
import { shapeErrors, withheldFieldErrors, insertNulls } from './shapeResult.js';
import type { ScopePolicy } from './scopePolicy.js';
import type { PersistedDocuments } from './persistedDocuments.js';

export type Transport = 'http' | 'ws' | 'sse';

export interface PipelineLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** Fields per operation with fragments expanded. */
  maxFields: number;
  /** Nesting of JSON input (variables) and of literals in the document. */
  maxInputDepth: number;
  /** Largest requested cost of one operation (see operationCost). */
  maxCost: number;
}

export interface PipelineOptions {
  authenticate: Authenticator;
  policy: ScopePolicy;
  /** The API schema currently served; read per request so schema reloads apply at once. */
  schema: () => GraphQLSchema;
  limits: PipelineLimits;
  cost: CostOptions;
  introspection: boolean;
  maskErrors: boolean;
  /** Registered documents: runnable by hash, and the only ones `trustedDocumentsOnly` keys may run. */
  documents: PersistedDocuments;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Per-tenant series alert rules see (lib/metrics); Prometheus counters stay tenant-free. */
  tenantMetrics?: MetricsRecorder;
  /** Where the gateway's own unexpected errors are captured (lib/errorTracking). */
  errors?: ErrorReporter;
}

export interface GraphQLRequestInput {
  query?: unknown;
  /** A registered document's hash (`sha256:<hex>`), instead of `query`. */
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** An operation that passed every check, ready for the HTTP or the subscription executor. */
export interface PreparedOperation {
  readonly principal: AuthenticatedPrincipal;
  readonly requestId: string;
  readonly transport: Transport;
  readonly operationName: string | null;
  readonly operationType: OperationTypeNode;
  /** The executable document: the client's, minus fields the principal may not read. */
  readonly document: DocumentNode;
  /** `document` printed, or the client's text when nothing was withheld. */
  readonly query: string;
  readonly variables: Record<string, unknown> | undefined;
  readonly denied: readonly DeniedField[];
  /** Requested cost (objects × list sizes), charged against the rate-limit budget. */
  readonly cost: number;
  readonly origin: RequestOrigin;
  readonly startedAt: number;
  readonly log: Logger;
  /** Set by hooks for the transport to send (RateLimit headers over HTTP). */
  readonly responseHeaders: Record<string, string>;
  /** Set by hooks, returned in the result's `extensions` (cost). */
  readonly extensions: Record<string, unknown>;
  /** The operation span's trace context, set by the runner when tracing is on (passed on explicitly). */
  traceContext?: Context;
  /** Objects the executed operation answered (the root included), set by the runner. */
  objectsRead?: number;
}

export interface ResultShape {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

interface Checked {
  document: DocumentNode;
}

/**
 * The one request pipeline for HTTP and WebSocket: authenticate, parse, enforce limits, validate,
 * withhold fields by scope; then shape results (FORBIDDEN nulls, subgraph tagging, masking), log
 * and count. Transports only adapt their wire format to these calls.
 */
export class RequestPipeline {
  private readonly checked = new BoundedCache<string, Checked | PlatformError>(2_000);
  private readonly authorized = new BoundedCache<
    string,
    { document: DocumentNode; query: string; denied: readonly DeniedField[] }
  >(2_000);
  private lastSchema: GraphQLSchema | null = null;
  private readonly rules: ValidationRule[];

  constructor(private readonly options: PipelineOptions) {
    this.rules = options.introspection
      ? [...specifiedRules]
      : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  }

  authenticate(credentials: Credentials, origin: RequestOrigin): Promise<AuthenticatedPrincipal> {
    return this.options.authenticate(credentials, origin);
  }

  /** Checks an authenticated request; throws PlatformError with the code the client will see. */
  prepare(
    principal: AuthenticatedPrincipal,
    input: GraphQLRequestInput,
    requestId: string,
    transport: Transport,
    origin: RequestOrigin,
  ): PreparedOperation {
    const { operationName, variables } = input;
    const resolved = this.options.documents.resolve(input);
    const { query } = resolved;
    if (principal.trustedDocumentsOnly && !resolved.trusted) {
      throw new PlatformError(
        'OPERATION_NOT_TRUSTED',
        'This API key may run only registered documents: send one by its documentId',
      );
    }
    if (typeof query !== 'string' || query.trim().length === 0) {
      throw new PlatformError('BAD_REQUEST', 'The request has no GraphQL query string');
    }
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
      throw new PlatformError('BAD_REQUEST', 'operationName must be a string');
    }
    if (
      variables !== undefined &&
      variables !== null &&
      (typeof variables !== 'object' || Array.isArray(variables))
    ) {
      throw new PlatformError('BAD_REQUEST', 'variables must be a JSON object');
    }
    const { extensions } = input;
    if (
      extensions !== undefined &&
      extensions !== null &&
      (typeof extensions !== 'object' || Array.isArray(extensions))
    ) {
      throw new PlatformError('BAD_REQUEST', 'extensions must be a JSON object');
    }
    if (variables && jsonDeeperThan(variables, this.options.limits.maxInputDepth)) {
      throw new PlatformError(
        'BAD_REQUEST',
        `variables nest deeper than ${this.options.limits.maxInputDepth} levels`,
        { limit: 'inputDepth', max: this.options.limits.maxInputDepth },
      );
    }
    const schema = this.options.schema();
    if (schema !== this.lastSchema) {
      // A new schema invalidates every cached verdict.
      this.lastSchema = schema;
      this.checked.clear();
      this.authorized.clear();
    }
    const checked = this.check(schema, query);
    const operation = getOperationAST(checked.document, operationName ?? undefined);
    if (!operation) {
      throw new PlatformError(
        'OPERATION_RESOLUTION_FAILURE',
        operationName
          ? `Unknown operation named "${operationName}"`
          : 'Must provide operationName for a document with several operations',
      );
    }
    if (operation.variableDefinitions?.length) {
      // Coerced here, as any GraphQL server does before execution, so a wrong variable is a
      // request error the transport can answer with 400 and no subgraph is asked.
      const coerced = getVariableValues(
        schema,
        operation.variableDefinitions,
        (variables ?? {}) as Record<string, unknown>,
        { maxErrors: 20 },
      );
      if (coerced.errors) {
        throw new PlatformError('BAD_USER_INPUT', coerced.errors.map((e) => e.message).join('\n'), {
          stage: 'variables',
        });
      }
    }
    const scopes = new Set(principal.scopes);
    const authKey = `${[...scopes].sort().join(' ')}\n${operation.name?.value ?? ''}\n${query}`;
    let authorized = this.authorized.get(authKey);
    if (!authorized) {
      const result = authorizeOperation(schema, this.options.policy, checked.document, operation, scopes);
      authorized = {
        document: result.document,
        query: result.denied.length === 0 ? query : print(result.document),
        denied: result.denied,
      };
      this.authorized.set(authKey, authorized);
    }
    const cost = operationCost(
      schema,
      authorized.document,
      getOperationAST(authorized.document, operation.name?.value) ?? operation,
      (variables ?? {}) as Record<string, unknown>,
      this.options.cost,
    );
    if (cost > this.options.limits.maxCost) {
      throw new PlatformError(
        'QUERY_TOO_COMPLEX',
        `Operation costs ${cost}; the limit is ${this.options.limits.maxCost}. Request fewer items (first/limit).`,
        { limit: 'cost', cost, max: this.options.limits.maxCost },
      );
    }
    const name = operation.name?.value ?? null;
    return {
      principal,
      requestId,
      transport,
      operationName: name,
      operationType: operation.operation,
      document: authorized.document,
      query: authorized.query,
      variables: (variables ?? undefined) as Record<string, unknown> | undefined,
      denied: authorized.denied,
      cost,
      origin,
      responseHeaders: {},
      extensions: {},
      startedAt: performance.now(),
      log: this.options.logger.child({
        requestId,
        tenantId: principal.tenantId,
        subject: principal.subject,
        operationName: name,
        operationType: operation.operation,
        transport,
      }),
    };
  }

  /** True when every root field was withheld: nothing is left to execute. */
  nothingToExecute(prepared: PreparedOperation): boolean {
    return prepared.document.definitions.length === 0;
  }

  /** Adds FORBIDDEN nulls for withheld fields, tags and masks errors. Mutates and returns `result`. */
  complete<R extends ResultShape>(prepared: PreparedOperation, result: R): R {
    const errors = shapeErrors(result.errors ?? [], this.options.maskErrors, prepared.log, (error, shown) =>
      // A formatted error has no stack: it is grouped by its message.
      this.options.errors?.capture(
        { name: 'GraphQLError', message: error.message },
        {
          source: 'request',
          tenantId: prepared.principal.tenantId,
          operation: prepared.operationName,
          subgraph: 'gateway',
          requestId: prepared.requestId,
          shownMessage: shown,
        },
      ),
    );
    if (prepared.denied.length > 0) {
      if (result.data === undefined || result.data === null)
        result.data = this.nothingToExecute(prepared) ? {} : result.data;
      if (result.data) insertNulls(result.data, prepared.denied);
      errors.push(...withheldFieldErrors(prepared.denied));
    }
    if (errors.length > 0) result.errors = errors;
    return result;
  }

  /** One log line and the metrics for a finished operation. */
  observe(prepared: PreparedOperation, result: ResultShape): void {
    const seconds = (performance.now() - prepared.startedAt) / 1000;
    const codes = (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    const outcome = codes.length === 0 ? 'success' : result.data ? 'partial' : 'error';
    const { metrics } = this.options;
    metrics.operations.inc({ type: prepared.operationType, transport: prepared.transport, outcome });
    metrics.operationDuration.observe(
      { type: prepared.operationType, transport: prepared.transport },
      seconds,
    );
    for (const code of codes) metrics.errors.inc({ code });
    const tenant = this.options.tenantMetrics;
    if (tenant) {
      const { tenantId } = prepared.principal;
      tenant.count(tenantId, 'graphql_operations_total', {
        operation_type: prepared.operationType,
        transport: prepared.transport,
      });
      if (prepared.operationType !== 'subscription')
        tenant.observe(tenantId, 'graphql_operation_duration_ms', seconds * 1000, {
          operation_type: prepared.operationType,
        });
      for (const code of codes) tenant.count(tenantId, 'graphql_errors_total', { code });
    }
    prepared.log.info(
      {
        durationMs: Math.round(seconds * 1000),
        outcome,
        errorCodes: codes,
        ...traceFieldsOf(prepared.traceContext),
      },
      'operation',
    );
  }

  /** Counts and logs a request refused before execution. */
  rejected(
    error: PlatformError,
    context: { requestId: string; transport: Transport; tenantId?: string },
  ): void {
    this.options.metrics.rejected.inc({ code: error.code });
    if (context.tenantId)
      this.options.tenantMetrics?.count(context.tenantId, 'graphql_errors_total', { code: error.code });
    this.options.logger.info({ ...context, code: error.code, reason: error.message }, 'request rejected');
  }

  private check(schema: GraphQLSchema, query: string): Checked {
    const cached = this.checked.get(query);
    if (cached instanceof PlatformError) throw cached;
    if (cached) return cached;
    let verdict: Checked | PlatformError;
    try {
      verdict = this.checkUncached(schema, query);
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      verdict = error;
    }
    this.checked.set(query, verdict);
    if (verdict instanceof PlatformError) throw verdict;
    return verdict;
  }

  private checkUncached(schema: GraphQLSchema, query: string): Checked {
    const { limits } = this.options;
    // Linear checks first: nothing recursive or fragment-expanding runs on an unbounded document.
    scanDocument(query, { maxTokens: limits.maxTokens, maxNesting: limits.maxDepth + limits.maxInputDepth });
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      throw new PlatformError('GRAPHQL_PARSE_FAILED', (error as GraphQLError).message);
    }
    checkOperationShape(document, limits);
    const errors = validate(schema, document, this.rules, { maxErrors: 20 });
    if (errors.length > 0) {
      throw new PlatformError('GRAPHQL_VALIDATION_FAILED', errors.map((e) => e.message).join('\n'));
    }
    return { document };
  }
}
