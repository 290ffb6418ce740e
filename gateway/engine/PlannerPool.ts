import { Worker } from 'node:worker_threads';
import type { QueryPlan } from '@apollo/query-planner';
import { PlatformError } from '../../lib/errors.js';
import { forApolloGateway } from '../supergraph.js';

/** PlannerPool → planWorker.mjs. */
export interface PlanRequest {
  readonly id: number;
  readonly query: string;
  readonly operationName: string | null;
}

/** planWorker.mjs → PlannerPool: the plan (plain data) or why there is none. */
export type PlanReply =
  { readonly id: number; readonly plan: unknown } | { readonly id: number; readonly error: string };

export interface PlannerPoolOptions {
  supergraphSdl: string;
  /**
   * Longest a plan may take. Planning is synchronous and grows with the operation (≈ 0.2 ms per
   * field here), so it runs in a worker thread: the event loop never waits for it, and a plan
   * past the budget is abandoned (the worker restarted) and the operation refused.
   */
  budgetMs: number;
}

const PLANNER_YOUNG_GENERATION_MB = 4;

interface Pending {
  readonly request: PlanRequest;
  resolve(plan: QueryPlan): void;
  reject(error: unknown): void;
}

/**
 * The gateway's query planner, in one worker thread. The worker is handed one request at a time
 * and the rest wait here, so a request's budget is its own planning time: neither the worker's
 * boot nor the plans queued ahead of it count (200 operations planned at once on a loaded machine
 * used to spend the budget of the last ones in the queue, refusing them as QUERY_TOO_COMPLEX and
 * restarting a healthy worker). Misses only: plans are cached by FederatedExecutor.
 */
export class PlannerPool {
  private worker!: Worker;
  private ready!: Promise<void>;
  /** Whether `worker` has loaded and may be handed a request. */
  private booted = false;
  private readonly queue: Pending[] = [];
  /** The request the worker is planning, and the timer of its budget. */
  private current: { pending: Pending; timer: NodeJS.Timeout } | null = null;
  private next = 0;
  private closed = false;

  constructor(private readonly options: PlannerPoolOptions) {
    this.spawn();
  }

  /** Resolves once the planner is loaded (the gateway waits for it before it listens). */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private spawn(): void {
    this.booted = false;
    const worker = new Worker(new URL('./planWorker.mjs', import.meta.url), {
      workerData: { supergraphSdl: forApolloGateway(this.options.supergraphSdl) },
      // Planning makes short-lived garbage only, on cache misses: a small young generation is
      // enough, and V8's default (up to 48 MiB of semi-spaces) stays resident (~20 MiB RSS less).
      resourceLimits: { maxYoungGenerationSizeMb: PLANNER_YOUNG_GENERATION_MB },
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      const onReady = (message: unknown) => {
        if ((message as { ready?: boolean }).ready) {
          worker.off('message', onReady);
          resolve();
        }
      };
      worker.on('message', onReady);
    });
    this.ready.then(
      () => {
        if (this.worker !== worker) return;
        this.booted = true;
        this.dispatch();
      },
      (error: unknown) => this.failAll(error),
    );
    worker.on('message', (reply: PlanReply | { ready: true }) => {
      if ('ready' in reply || this.worker !== worker) return;
      const current = this.current;
      if (!current || current.pending.request.id !== reply.id) return;
      clearTimeout(current.timer);
      this.current = null;
      if ('error' in reply)
        current.pending.reject(new PlatformError('GRAPHQL_VALIDATION_FAILED', reply.error));
      else current.pending.resolve(reply.plan as QueryPlan);
      this.dispatch();
    });
    worker.on('exit', () => {
      if (this.closed || this.worker !== worker) return;
      // The request it was planning is the likeliest cause: refuse that one, keep the queue.
      const current = this.current;
      this.current = null;
      if (current) {
        clearTimeout(current.timer);
        current.pending.reject(new Error('query planner worker exited'));
      }
      this.spawn();
    });
    worker.unref();
  }

  private failAll(error: unknown): void {
    const current = this.current;
    this.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.pending.reject(error);
    }
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }

  /** Hands the next waiting request to the worker, if it is loaded and idle, and starts its budget. */
  private dispatch(): void {
    if (!this.booted || this.current || this.closed) return;
    const pending = this.queue.shift();
    if (!pending) return;
    this.worker.postMessage(pending.request);
    this.current = { pending, timer: setTimeout(() => this.overran(pending), this.options.budgetMs) };
  }

  /** A plan outran its budget: stop it, refuse it, and let a new worker take the queue. */
  private overran(stuck: Pending): void {
    if (this.current?.pending !== stuck) return;
    this.current = null;
    const old = this.worker;
    this.spawn();
    void old.terminate();
    stuck.reject(
      new PlatformError(
        'QUERY_TOO_COMPLEX',
        `Planning the operation took longer than ${this.options.budgetMs} ms`,
        {
          limit: 'planning',
          max: this.options.budgetMs,
        },
      ),
    );
  }

  async plan(query: string, operationName: string | null): Promise<QueryPlan> {
    // A planner that cannot load refuses every operation with the reason it failed.
    await this.ready;
    if (this.closed) throw new PlatformError('SHUTTING_DOWN', 'Gateway is shutting down');
    const id = (this.next += 1);
    return new Promise<QueryPlan>((resolve, reject) => {
      this.queue.push({ request: { id, query, operationName }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll(new PlatformError('SHUTTING_DOWN', 'Gateway is shutting down'));
    await this.worker.terminate();
  }
}
