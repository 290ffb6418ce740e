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
  timer: NodeJS.Timeout | null;
}

/**
 * The gateway's query planner, in one worker thread. A request's budget starts when it reaches a
 * ready worker (not while one boots). Misses only: plans are cached by FederatedExecutor.
 */
export class PlannerPool {
  private worker!: Worker;
  private ready!: Promise<void>;
  private readonly pending = new Map<number, Pending>();
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
    this.ready.catch((error: unknown) => this.failAll(error));
    worker.on('message', (reply: PlanReply | { ready: true }) => {
      if ('ready' in reply) return;
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if (pending.timer) clearTimeout(pending.timer);
      if ('error' in reply) pending.reject(new PlatformError('GRAPHQL_VALIDATION_FAILED', reply.error));
      else pending.resolve(reply.plan as QueryPlan);
    });
    worker.on('exit', () => {
      if (this.closed || this.worker !== worker) return;
      this.failAll(new Error('query planner worker exited'));
      this.spawn();
    });
    worker.unref();
  }

  private failAll(error: unknown): void {
    for (const [id, pending] of this.pending) {
      if (pending.timer) clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }

  /** Posts a request to the ready worker and starts its budget. */
  private send(pending: Pending): void {
    this.worker.postMessage(pending.request);
    pending.timer = setTimeout(() => this.overran(pending), this.options.budgetMs);
  }

  /** A plan outran its budget: stop it, refuse it, and hand what waited behind it to a new worker. */
  private overran(stuck: Pending): void {
    this.pending.delete(stuck.request.id);
    const old = this.worker;
    for (const other of this.pending.values()) {
      if (other.timer) clearTimeout(other.timer);
      other.timer = null;
    }
    this.spawn();
    void old.terminate();
    this.ready.then(
      () => {
        for (const other of this.pending.values()) if (!other.timer) this.send(other);
      },
      () => undefined, // failAll already refused them
    );
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
    await this.ready;
    const id = (this.next += 1);
    return new Promise<QueryPlan>((resolve, reject) => {
      const pending: Pending = { request: { id, query, operationName }, resolve, reject, timer: null };
      this.pending.set(id, pending);
      this.send(pending);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.failAll(new PlatformError('SHUTTING_DOWN', 'Gateway is shutting down'));
    await this.worker.terminate();
  }
}
