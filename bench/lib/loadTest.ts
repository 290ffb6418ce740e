import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds. */
  durationSeconds: number;
  headers: Record<string, string>;
  /**
   * One body, sent on every request, or several, sent in turn (one shared rotation over all
   * connections, so requests in flight at once differ).
   */
  body: string | readonly string[];
  /** A 2xx response whose body fails this counts as an error (e.g. a GraphQL `errors` entry). */
  verifyBody?: (body: string) => boolean;
  /** Requests per second over all connections (open loop); without it each connection sends at once. */
  overallRate?: number;
}

export interface LoadResult {
  /** Requests sent; those still in flight when the run ends never complete on the client side. */
  sent: number;
  /** Completed responses, of any status. */
  completed: number;
  /** 2xx responses that passed `verifyBody`, per second. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors (timeouts included) + non-2xx + 2xx bodies failing `verifyBody`. */
  errors: number;
  /** Requests without an answer within autocannon's timeout (10 s). */
  timeouts: number;
  non2xx: number;
  /** 2xx responses whose body failed `verifyBody`. */
  badBodies: number;
  seconds: number;
}

/**
 * One closed-loop autocannon run: `connections` clients each send the next request as soon as the
 * previous answer arrives. p50/p99 are autocannon's (2xx only); autocannon has no p95, so it comes
 * from the same 2xx response times, collected from its `response` events.
 */
export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  const okTimes: number[] = [];
  const verify = options.verifyBody;
  let lastStatus = 0;
  let badBodies = 0;
  const bodies = typeof options.body === 'string' ? [options.body] : options.body;
  if (bodies.length === 0) throw new Error('loadTest needs at least one body');
  let turn = 0;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: 'POST',
    headers: options.headers,
    body: bodies[0],
    ...(options.overallRate !== undefined && { overallRate: options.overallRate }),
    ...(bodies.length > 1 && {
      requests: [
        {
          setupRequest: (request) => {
            request.body = bodies[turn] ?? bodies[0];
            turn = (turn + 1) % bodies.length;
            return request;
          },
        },
      ],
    }),
    // autocannon emits `response` and then, synchronously for the same response, calls verifyBody;
    // so lastStatus is this body's status and only 2xx bodies are judged (non-2xx count already).
    verifyBody: (body) => {
      if (verify && lastStatus >= 200 && lastStatus < 300 && !verify(body)) badBodies += 1;
      return true;
    },
  });
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    lastStatus = statusCode;
    if (statusCode >= 200 && statusCode < 300) okTimes.push(ms);
  });
  const result = await instance;
  const seconds = result.duration;
  const good = result['2xx'] - badBodies;
  return {
    sent: result.requests.sent,
    completed: result.requests.total,
    rps: seconds > 0 ? good / seconds : 0,
    p50: result.latency.p50,
    // Whole milliseconds, as autocannon's histogram keeps them.
    p95: Math.floor(percentile(okTimes, 0.95)),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + badBodies,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    badBodies,
    seconds,
  };
}

/** Nearest-rank percentile; NaN for no samples. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
