import { performance } from 'node:perf_hooks';
import { request, type Dispatcher } from 'undici';
import { PermanentDeliveryError, RateLimitedError, RetryLaterError, type AttemptFacts } from './outcomes.js';
import { parseRetryAfter } from './retrySchedule.js';
import { AddressRefusedError } from '../../../lib/outbound/safeDispatcher.js';

/** Response bodies are kept for debugging, up to this many bytes. */
export const RESPONSE_BODY_LIMIT = 20 * 1024;

export const USER_AGENT = 'KnowledgeGraphPlatform-Webhooks/1.0 (+https://www.standardwebhooks.com)';

export interface WebhookRequest {
  readonly url: string;
  readonly body: string;
  /** Custom headers first; the platform's headers are applied over them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

/**
 * POSTs one attempt and classifies it: returns the facts on 2xx, else throws the outcome class.
 * Redirects are not followed (3xx fails): a redirect could lead anywhere, including inside.
 */
export async function sendWebhook(dispatcher: Dispatcher, req: WebhookRequest): Promise<AttemptFacts> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let statusCode: number;
  let responseBody: string;
  let retryAfter: string | null;
  try {
    const response = await request(req.url, {
      method: 'POST',
      dispatcher,
      body: req.body,
      headers: req.headers,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
      signal: AbortSignal.timeout(req.timeoutMs),
    });
    statusCode = response.statusCode;
    const header = response.headers['retry-after'];
    retryAfter = Array.isArray(header) ? (header[0] ?? null) : (header ?? null);
    responseBody = await readCapped(response.body, RESPONSE_BODY_LIMIT);
  } catch (error) {
    const facts = { statusCode: null, durationMs: elapsed(), responseBody: null, error: describe(error) };
    if (isRefused(error)) throw new PermanentDeliveryError(facts.error, facts, false);
    throw new RetryLaterError(facts.error, facts, null);
  }
  const facts: AttemptFacts = { statusCode, durationMs: elapsed(), responseBody, error: null };
  if (statusCode >= 200 && statusCode < 300) return facts;
  const failed = { ...facts, error: `HTTP ${statusCode}` };
  if (statusCode === 410) throw new PermanentDeliveryError('endpoint answered 410 Gone', failed, true);
  const retryAfterMs = parseRetryAfter(retryAfter);
  if (statusCode === 429 || statusCode === 502 || statusCode === 504) {
    throw new RateLimitedError(`HTTP ${statusCode}`, failed, retryAfterMs);
  }
  throw new RetryLaterError(`HTTP ${statusCode}`, failed, retryAfterMs);
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) {
      // Stop reading: a huge or endless body must not hold the attempt or memory.
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

function isRefused(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof AddressRefusedError) return true;
  }
  return false;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const code = (error as { code?: string }).code;
  return `${code ? `${code} ` : ''}${error.message}${cause}`.slice(0, 500);
}
