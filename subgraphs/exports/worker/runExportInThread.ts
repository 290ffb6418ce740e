import { Worker } from 'node:worker_threads';
import { PlatformError } from '../../../lib/errors.js';
import type { AbortReason } from './outcomes.js';
import type { RunResult } from './runExport.js';
import {
  fromThreadFailure,
  ThreadError,
  type ExportThreadInput,
  type ThreadCommand,
  type ThreadReport,
} from './threadProtocol.js';

const THREAD_ENTRY = new URL('./exportThreadEntry.mjs', import.meta.url);

export interface ThreadOptions {
  /** Old-generation heap of the thread, MiB (EXPORTS_JOB_HEAP_MB). */
  heapMb: number;
  signal: AbortSignal;
  onProgress(processed: number, total: number | null): void;
}

/**
 * Runs one export in a worker thread with a bounded heap: memory stays flat whatever the graph
 * size, a job that outgrows its budget fails (EXPORT_TOO_LARGE) instead of taking the worker
 * process down, and formatting runs beside, not on, the thread renewing the job's queue lock.
 * Outcomes come back as the same classes runExport throws in-process.
 */
export function runExportInThread(input: ExportThreadInput, options: ThreadOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(THREAD_ENTRY, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', abort);
      outcome();
    };
    const abort = (): void => {
      const command: ThreadCommand = { type: 'abort', reason: options.signal.reason as AbortReason };
      thread.postMessage(command);
    };
    if (options.signal.aborted) abort();
    else options.signal.addEventListener('abort', abort, { once: true });

    thread.on('message', (report: ThreadReport) => {
      switch (report.type) {
        case 'progress':
          options.onProgress(report.processed, report.total);
          return;
        case 'done':
          settle(() => resolve(report.result));
          return;
        case 'failed':
          settle(() => reject(fromThreadFailure(report.failure)));
          return;
      }
    });
    thread.on('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PlatformError(
                'EXPORT_TOO_LARGE',
                `the export needed more than its ${options.heapMb} MiB memory budget (EXPORTS_JOB_HEAP_MB)`,
              )
            : new ThreadError(error.message, error.code ?? null),
        ),
      );
    });
    thread.on('exit', (code) => {
      settle(() => reject(new ThreadError(`export thread exited with code ${code} before reporting`, null)));
    });
  });
}
