import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PlatformError } from '../../../lib/errors.js';
import type { AbortReason } from './outcomes.js';
import type { RunResult } from './runExport.js';
import {
  fromProcessFailure,
  ExportProcessError,
  type ExportProcessInput,
  type ProcessCommand,
  type ProcessReport,
} from './exportProcessProtocol.js';

// The child runs the same kind of file as this module: .ts through tsx (as the whole platform
// runs), .js once compiled.
const ENTRY = fileURLToPath(new URL(`./exportProcess${import.meta.url.slice(-3)}`, import.meta.url));
const STDERR_TAIL = 4096;

/**
 * The job process gets its settings over IPC, so its environment keeps only what the runtime and
 * the AWS SDK's default credential chain read, not the platform's secrets.
 */
function childEnv(): NodeJS.ProcessEnv {
  const kept = /^(PATH|HOME|TMPDIR|TZ|LANG|LC_\w+|NODE_ENV|NODE_EXTRA_CA_CERTS|SSL_CERT_\w+|AWS_\w+)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => kept.test(name)));
}

export interface ProcessOptions {
  /** Old-generation heap of the job's process, MiB (EXPORTS_JOB_HEAP_MB). */
  heapMb: number;
  signal: AbortSignal;
  onProgress(processed: number, total: number | null): void;
}

/**
 * Runs one export in a child process with a bounded heap. Memory stays flat whatever the graph
 * size, formatting runs beside (not on) the worker's event loop that renews the queue lock, and a
 * job that outgrows its budget fails with EXPORT_TOO_LARGE while the worker lives on: V8 may end
 * a whole process on an out-of-memory error (a worker thread's limit does not always catch it),
 * so the job gets a process of its own. Outcomes come back as the classes runExport throws.
 */
export function runExportInProcess(input: ExportProcessInput, options: ProcessOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = fork(ENTRY, [], {
      execArgv: [
        ...(ENTRY.endsWith('.ts') ? ['--import', 'tsx'] : []),
        `--max-old-space-size=${options.heapMb}`,
      ],
      env: childEnv(),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    // Kept to tell an out-of-memory death from other crashes; passed through to our stderr.
    let stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', abort);
      outcome();
    };
    const command = (message: ProcessCommand): void => {
      if (child.connected) child.send(message);
    };
    const abort = (): void => command({ type: 'abort', reason: options.signal.reason as AbortReason });

    child.on('message', (report: ProcessReport) => {
      switch (report.type) {
        case 'progress':
          options.onProgress(report.processed, report.total);
          return;
        case 'done':
          settle(() => resolve(report.result));
          return;
        case 'failed':
          settle(() => reject(fromProcessFailure(report.failure)));
          return;
      }
    });
    child.on('error', (error: Error & { code?: string }) => {
      settle(() => reject(new ExportProcessError(error.message, error.code ?? null)));
    });
    child.on('exit', (code, signal) => {
      settle(() =>
        reject(
          /heap out of memory|Reached heap limit/.test(stderrTail)
            ? new PlatformError(
                'EXPORT_TOO_LARGE',
                `the export needed more than its ${options.heapMb} MiB memory budget (EXPORTS_JOB_HEAP_MB)`,
              )
            : new ExportProcessError(`export process exited (${signal ?? code}) before reporting`, null),
        ),
      );
    });
    command({ type: 'start', input });
    if (options.signal.aborted) abort();
    else options.signal.addEventListener('abort', abort, { once: true });
  });
}
