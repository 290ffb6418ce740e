import type { ServiceMap } from '@apollo/gateway';
import type { PreparedOperation, RequestPipeline, ResultShape } from '../pipeline/RequestPipeline.js';
import type { GatewayContext } from '../SubgraphDataSource.js';
import type { FederatedExecutor } from './FederatedExecutor.js';
import { formatExecutorErrors } from './formatErrors.js';

/** What runs around a query or mutation, whatever the transport (audit, usage accounting). */
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
  executor: FederatedExecutor;
  services: ServiceMap;
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

  async run(prepared: PreparedOperation): Promise<ResultShape> {
    const { pipeline, hooks } = this.options;
    await this.admit(prepared);
    let result: ResultShape;
    if (pipeline.nothingToExecute(prepared)) {
      result = pipeline.complete(prepared, { data: {} });
    } else {
      const { executor } = this.options;
      const planned = await executor.plan(prepared.document, prepared.query, prepared.operationName);
      const executed = await executor.execute(
        planned,
        this.options.services,
        { query: prepared.query, operationName: prepared.operationName, variables: prepared.variables },
        this.options.context(prepared),
      );
      const errors = formatExecutorErrors(executed.errors);
      result = pipeline.complete(prepared, {
        data: (executed.data ?? null) as Record<string, unknown> | null,
        ...(errors ? { errors } : {}),
      });
    }
    for (const hook of hooks) if (hook.afterExecute) result = await hook.afterExecute(prepared, result);
    if (Object.keys(prepared.extensions).length > 0)
      result = { ...result, extensions: { ...result.extensions, ...prepared.extensions } };
    pipeline.observe(prepared, result);
    return result;
  }
}
