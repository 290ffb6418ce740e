// autocannon 9 ships no types and @types/autocannon is not a dependency: this declares the part of
// its API the benches use (see node_modules/autocannon/README.md).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface Options {
    url: string;
    /** @default 10 */
    connections?: number;
    /** Seconds. @default 10 */
    duration?: number;
    /** Seconds before a request counts as a timeout. @default 10 */
    timeout?: number;
    method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
    headers?: Record<string, string>;
    body?: string;
    /** Requests each connection loops over; setupRequest may rewrite one before it is sent. */
    requests?: Array<{ setupRequest?: (request: RequestSpec, context: object) => RequestSpec }>;
    /** Returning false counts the response as a mismatch. */
    verifyBody?: (body: string) => boolean;
  }

  export interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9: number;
  }

  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
    /** Milliseconds, 2xx responses only. */
    latency: Histogram & { totalCount: number };
    /** Completed requests per one-second sample; `total` counts every completed response. */
    requests: Histogram & { sent: number };
    throughput: Histogram;
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void,
    ): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export default function autocannon(options: Options): Instance;
}
