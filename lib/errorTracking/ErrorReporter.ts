import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../redis.js';
import type { Logger } from '../logger.js';
import { StreamBatch } from '../streamBatch.js';
import { errorType, fingerprint, normaliseMessage, topFrames } from './fingerprint.js';

/** Key of the platform's stream of unexpected errors: every process appends, the monitor groups. */
export function errorStreamKey(prefix: string): string {
  return `${prefix}observability:error-occurrences`;
}

/** Where an unexpected error surfaced; it decides the group's level (docs/OBSERVABILITY.md). */
export type ErrorSource = 'process' | 'worker' | 'request';
export type ErrorLevel = 'CRITICAL' | 'HIGH' | 'MEDIUM';

/**
 * An unhandled rejection or uncaught exception can take a process down: critical. A worker job
 * that failed unexpectedly lost work: high. A request that failed unexpectedly failed one
 * caller: medium.
 */
export const LEVEL_OF_SOURCE: Readonly<Record<ErrorSource, ErrorLevel>> = {
  process: 'CRITICAL',
  worker: 'HIGH',
  request: 'MEDIUM',
};

/** What a caller knows about the error it captures. */
export interface ErrorContext {
  readonly source: ErrorSource;
  /** The tenant whose request or job it was, when there was one. */
  readonly tenantId?: string | null;
  readonly operation?: string | null;
  /** The subgraph or role; the reporter's role when omitted. */
  readonly subgraph?: string | null;
  readonly requestId?: string | null;
  /**
   * What the client (the tenant) was shown. Tenants read their groups with this, never the real
   * message, unless the real one is what they were shown. @default 'Internal server error'
   */
  readonly shownMessage?: string | null;
}

/** One occurrence on the stream; `count` > 1 stands for identical ones of one flush. */
export interface ErrorOccurrenceEntry {
  readonly id: string;
  readonly at: number;
  readonly source: ErrorSource;
  readonly level: ErrorLevel;
  readonly fingerprint: string;
  readonly type: string;
  /** The real message (for operators only). */
  readonly message: string;
  readonly normalizedMessage: string;
  /** What the tenant's client was shown. */
  readonly shownMessage: string;
  readonly frames: readonly string[];
  /** The full stack (for operators only). */
  readonly stack: string | null;
  readonly tenantId: string | null;
  readonly operation: string | null;
  readonly subgraph: string | null;
  readonly requestId: string | null;
  count: number;
}

export const MASKED_MESSAGE = 'Internal server error';
/** Occurrences of one kind (fingerprint, tenant, operation, subgraph) sent one by one per flush; more are counted on the last. */
const SAMPLES_PER_KIND = 10;
/** Entries one flush sends at most; reaching it flushes early, and past twice it captures are counted, not kept. */
const MAX_PENDING = 5_000;
const MAX_STACK = 8_000;

/**
 * Captures unexpected errors with their fingerprint and appends them, coalesced, to a bounded
 * platform stream (the observability monitor groups them). Capturing is a map update, never a
 * Redis round trip; a failed flush loses that flush (logged), never a request.
 */
export class ErrorReporter {
  private pending: ErrorOccurrenceEntry[] = [];
  /** Kind → the entries of this flush for it. */
  private kinds = new Map<string, ErrorOccurrenceEntry[]>();
  private dropped = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly batch: StreamBatch;

  constructor(
    private readonly options: {
      redis: RedisClient;
      prefix: string;
      logger: Logger;
      /** The process role, the occurrence's subgraph when the caller names none. */
      role: string;
      /** @default 1000 */
      flushMs: number;
      /** Entries kept in the stream (approximate trim). @default 100000 */
      retention: number;
    },
  ) {
    this.batch = new StreamBatch({
      redis: options.redis,
      key: errorStreamKey(options.prefix),
      field: 'o',
      retention: options.retention,
      logger: options.logger,
      lost: 'error occurrences not reported',
    });
    this.timer = setInterval(() => void this.flush(), options.flushMs);
    this.timer.unref();
  }

  /** Never throws: it runs in error handlers. */
  capture(error: unknown, context: ErrorContext, now = Date.now()): void {
    try {
      this.add(error, context, now);
    } catch (failure) {
      this.options.logger.warn({ err: failure }, 'error capture failed');
    }
  }

  private add(error: unknown, context: ErrorContext, now: number): void {
    const type = errorType(error);
    const raw =
      error instanceof Error
        ? error.message
        : typeof (error as { message?: unknown } | null)?.message === 'string'
          ? (error as { message: string }).message
          : String(error);
    const message = raw.slice(0, 2_000);
    const stack =
      typeof (error as { stack?: unknown } | null)?.stack === 'string' ? (error as Error).stack : null;
    const frames = topFrames(stack);
    const normalizedMessage = normaliseMessage(message);
    const print = fingerprint(type, normalizedMessage, frames);
    const tenantId = context.tenantId ?? null;
    const operation = context.operation ?? null;
    const subgraph = context.subgraph ?? this.options.role;
    const kind = [print, tenantId, operation, subgraph].join('\n');
    const samples = this.kinds.get(kind);
    if (samples && samples.length >= SAMPLES_PER_KIND) {
      (samples.at(-1) as ErrorOccurrenceEntry).count += 1;
      return;
    }
    if (this.pending.length >= 2 * MAX_PENDING) {
      this.dropped += 1;
      return;
    }
    const entry: ErrorOccurrenceEntry = {
      id: randomUUID(),
      at: now,
      source: context.source,
      level: LEVEL_OF_SOURCE[context.source],
      fingerprint: print,
      type,
      message,
      normalizedMessage,
      shownMessage: (context.shownMessage ?? MASKED_MESSAGE).slice(0, 2_000),
      frames,
      stack: stack ? stack.slice(0, MAX_STACK) : null,
      tenantId,
      operation,
      subgraph,
      requestId: context.requestId ?? null,
      count: 1,
    };
    this.pending.push(entry);
    if (samples) samples.push(entry);
    else this.kinds.set(kind, [entry]);
    if (this.pending.length === MAX_PENDING) void this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.pending) return this.batch.pending;
    const entries = this.pending;
    const dropped = this.dropped;
    this.pending = [];
    this.kinds = new Map();
    this.dropped = 0;
    if (dropped > 0) this.options.logger.warn({ dropped }, 'error occurrences dropped: too many at once');
    return this.batch.send(entries);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.batch.pending;
    await this.flush();
  }
}
