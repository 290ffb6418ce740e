import { createHash } from 'node:crypto';
import { inSpan, propagated, SpanKind, SpanStatusCode } from '../../lib/telemetry/tracing.js';
import type { PreparedOperation, RequestPipeline, ResultShape } from '../pipeline/RequestPipeline.js';
import type { FederatedExecutor } from './FederatedExecutor.js';
import type { GatewayContext, Subgraphs } from './Subgraph.js';

/** What runs around a query or mutation, whatever the transport (audit, usage accounting). */
/** What an operation span says: never the document or, unless asked for, the variables. */
export function operationAttributes(
  prepared: PreparedOperation,
  includeVariables = false,
): Record<string, string | number> {
  return {
    'graphql.operation.type': prepared.operationType,
    'graphql.operation.name': prepared.operationName ?? '',
    'graphql.document.hash': documentHash(prepared.query),
    'kg.transport': prepared.transport,
    'kg.tenant_id': prepared.principal.tenantId,
    'kg.request_id': prepared.requestId,
    ...(includeVariables && prepared.variables
      ? { 'graphql.variables': JSON.stringify(prepared.variables).slice(0, 512) }
      : {}),
  };
}

const hashes = new Map<string, string>();

/** SHA-256 of the document, remembered for the most recent documents (the hash costs per request otherwise). */
function documentHash(query: string): string {
  let hash = hashes.get(query);
  if (!hash) {
    hash = createHash('sha256').update(query).digest('hex');
    if (hashes.size >= 1_000) hashes.clear();
    hashes.set(query, hash);
  }
  return hash;
}

export interface OperationHooks {
  /** Before execution; throws a PlatformError to refuse the operation with nothing executed. */
  beforeExecute?(prepared: PreparedOperation): void | Promise<void>;
  /** After the result is shaped; may replace it (an audit that could not be written). */
  afterExecute?(prepared: PreparedOperation, result: ResultShape): ResultShape | Promise<ResultShape>;
  /** A subscription was admitted and started streaming. */
  subscriptionStarted?(prepared: PreparedOperation): void;
  /** It ended: `reason` is complete, client, or the code that ended it. */
  subscriptionEnded?(prepared: PreparedOperation, reason: string): void;
}

export interface OperationRunnerOptions {
  /** Put variables on operation spans (TRACING_INCLUDE_VARIABLES); never by default. */
  includeVariables?: boolean;
  executor: FederatedExecutor;
  services: Subgraphs;
  pipeline: RequestPipeline;
  context: (prepared: PreparedOperation) => GatewayContext;
  hooks: readonly OperationHooks[];
}

/**
 * Runs a prepared query or mutation through the engine: plan (cached), execute, shape, hooks,
 * observe. HTTP and WebSocket both call this, so every cross-cutting concern lands once.
 */
export class OperationRunner {
  constructor(private readonly options: OperationRunnerOptions) {}

  /** The operation's plan (cached, else made by the planner worker within its budget). */
  plan(prepared: PreparedOperation) {
    return this.options.executor.plan(prepared.document, prepared.query, prepared.operationName);
  }

  /** Admission: every hook's beforeExecute (limits, audit availability); throws to refuse. */
  async admit(prepared: PreparedOperation): Promise<void> {
    for (const hook of this.options.hooks) await hook.beforeExecute?.(prepared);
  }

  subscriptionStarted(prepared: PreparedOperation): void {
    for (const hook of this.options.hooks) hook.subscriptionStarted?.(prepared);
  }

  /**
   * A subscription ended, whatever the transport: logs and counts its last result and tells the
   * hooks why (the code of the error that ended it, else who ended it).
   */
  subscriptionEnded(prepared: PreparedOperation, last: ResultShape, endedBy: 'complete' | 'client'): void {
    this.options.pipeline.observe(prepared, last);
    const code = last.errors?.[0]?.extensions?.code;
    const reason = typeof code === 'string' ? code : endedBy;
    for (const hook of this.options.hooks) hook.subscriptionEnded?.(prepared, reason);
  }

  /**
   * One span per operation, `<type> <operationName>` (a child of the client's span when it sent
   * a traceparent): planning and every subgraph fetch are its children.
   */
  run(prepared: PreparedOperation): Promise<ResultShape> {
    return inSpan(
      `${prepared.operationType} ${prepared.operationName ?? 'anonymous'}`,
      {
        kind: SpanKind.SERVER,
        attributes: operationAttributes(prepared, this.options.includeVariables),
        parent: prepared.origin.trace,
      },
      async (span, spanContext) => {
        prepared.traceContext = propagated(span, spanContext);
        const result = await this.runTraced(prepared);
        if (result.errors?.length && span.isRecording()) {
          const codes = [...new Set(result.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          span.setAttribute('graphql.error.codes', codes);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
        }
        return result;
      },
    );
  }

  private async runTraced(prepared: PreparedOperation): Promise<ResultShape> {
    const { pipeline, hooks } = this.options;
    await this.admit(prepared);
    let result: ResultShape;
    if (pipeline.nothingToExecute(prepared)) {
      result = pipeline.complete(prepared, { data: {} });
    } else {
      const { executor } = this.options;
      const planned = await inSpan('graphql.plan', { parent: prepared.traceContext }, () =>
        executor.plan(prepared.document, prepared.query, prepared.operationName),
      );
      const executed = await executor.execute(
        planned,
        this.options.services,
        { query: prepared.query, operationName: prepared.operationName, variables: prepared.variables },
        this.options.context(prepared),
      );
      prepared.objectsRead = executed.objects;
      result = pipeline.complete(prepared, {
        data: executed.data,
        ...(executed.errors ? { errors: executed.errors } : {}),
      });
    }
    for (const hook of hooks) if (hook.afterExecute) result = await hook.afterExecute(prepared, result);
    if (Object.keys(prepared.extensions).length > 0)
      result = { ...result, extensions: { ...result.extensions, ...prepared.extensions } };
    pipeline.observe(prepared, result);
    return result;
  }
}
