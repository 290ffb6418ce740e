/**
 * An open-loop load generator: request i is due at start + i / rate whether or not earlier ones
 * have been answered, so a slow server meets the same arrival rate instead of slowing the client
 * down (closed-loop tools such as autocannon under-report latency that way: coordinated omission).
 * It runs in a child process so that its timers do not queue behind the platform it measures.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';

export interface OpenLoopOptions {
  url: string;
  headers: Record<string, string>;
  /** Request bodies, sent round-robin. */
  bodies: string[];
  /** Requests per second. */
  rate: number;
  durationSeconds: number;
  /** Most sockets open at once; beyond it requests wait in the client, and that wait is measured. */
  connections: number;
  /**
   * Seconds from a request's due time after which it is abandoned and counted as an error, so an
   * overloaded run ends about this long after the last request falls due.
   */
  timeoutSeconds: number;
}

export interface OpenLoopResult {
  scheduled: number;
  /** Requests sent per second over the sending window. */
  sentRate: number;
  /** Good answers per second, from the first scheduled request to the last answer. */
  goodRate: number;
  good: number;
  /** Non-2xx, transport errors, timeouts and answers that fail the check. */
  errors: number;
  /** Of the errors, requests abandoned after `timeoutSeconds`. */
  timeouts: number;
  /** The first few distinct error descriptions. */
  errorSamples: string[];
  /** Milliseconds from when each good request was due (includes any wait in the client); null without any. */
  latency: Percentiles | null;
  /**
   * Milliseconds from when each good request was handed to the client's socket pool (so including
   * any wait for a free socket); null without any. Far below `latency`, the generator fell behind.
   */
  serviceTime: Percentiles | null;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Why an answer is not good (HTTP 200, JSON with data and without errors), or null if it is. */
function problemWith(status: number, text: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
  const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message?: string }> };
  if (body.errors?.length) return `GraphQL error: ${body.errors[0]?.message ?? 'unknown'}`;
  if (!body.data) return 'no data';
  return null;
}

function percentiles(values: number[]): Percentiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

async function generate(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.connections });
  const timeoutMs = options.timeoutSeconds * 1000;
  const total = Math.round(options.rate * options.durationSeconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const serviceTimes: number[] = [];
  const samples = new Set<string>();
  let errors = 0;
  let timeouts = 0;
  let lastSent = 0;
  const fail = (reason: string): void => {
    errors += 1;
    if (samples.size < 5) samples.add(reason);
  };

  const send = async (i: number, due: number): Promise<void> => {
    const sent = performance.now();
    lastSent = sent;
    try {
      const response = await pool.request({
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: options.bodies[i % options.bodies.length],
        signal: AbortSignal.timeout(Math.max(1, Math.ceil(due + timeoutMs - sent))),
      });
      const text = await response.body.text();
      const problem = problemWith(response.statusCode, text);
      if (problem) return fail(problem);
      const done = performance.now();
      latencies.push(done - due);
      serviceTimes.push(done - sent);
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') timeouts += 1;
      fail(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  };

  const start = performance.now() + 20;
  const inFlight: Array<Promise<void>> = [];
  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = (): void => {
      // A late timer sends everything that fell due meanwhile: arrivals follow the schedule.
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        inFlight.push(send(next, start + next * interval));
        next += 1;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  const sendingMs = lastSent - start;
  await Promise.all(inFlight);
  const elapsedMs = performance.now() - start;
  await pool.close();
  return {
    scheduled: total,
    sentRate: total / (Math.max(sendingMs, interval) / 1000),
    goodRate: latencies.length / (elapsedMs / 1000),
    good: latencies.length,
    errors,
    timeouts,
    errorSamples: [...samples],
    latency: percentiles(latencies),
    serviceTime: percentiles(serviceTimes),
  };
}

const CHILD_FLAG = '--open-loop-child';

/**
 * Runs the generator in a child process and resolves with its measurements. A process, not a
 * worker thread: tsx's loader (inherited through execArgv) does not reach worker threads on Node 20.
 */
export function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG], { stdio: 'inherit' });
    let result: OpenLoopResult | undefined;
    child.once('message', (message: OpenLoopResult) => {
      result = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      result
        ? resolve(result)
        : reject(new Error(`load generator ended (${signal ?? `exit code ${code}`}) without a result`)),
    );
    child.send(options);
  });
}

if (process.argv.includes(CHILD_FLAG) && process.send) {
  process.once('message', (options: OpenLoopOptions) => {
    void generate(options).then((result) => process.send?.(result, () => process.disconnect()));
  });
}
