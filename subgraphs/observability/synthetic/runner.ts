import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import type { RedisClient } from '../../../lib/redis.js';
import { request, type Dispatcher } from 'undici';
import WebSocket from 'ws';
import { encodeCursor } from '../../../lib/events/envelope.js';
import { signSyntheticCredential } from '../../../lib/syntheticCredential.js';
import { evaluateAssertions, type Answer, type FailureRecord } from './assertions.js';
import type { SyntheticCheckRecord } from './checks.js';

/** One run's outcome, before it is recorded. */
export interface RunOutcome {
  /** When the run started (ms). */
  readonly at: number;
  readonly durationMs: number;
  readonly failures: readonly FailureRecord[];
  readonly errorCodes: readonly string[];
}

export interface RunnerOptions {
  /** The gateway's GraphQL endpoint (http[s]://…/graphql); subscriptions use its ws[s]:// twin. */
  readonly gatewayUrl: string;
  /** INTERNAL_SIGNING_KEY: each run's credential is signed with a key derived from it. */
  readonly internalKey: string;
  /** For the server's clock: a round trip's cursor starts just before its probe. */
  readonly redis: RedisClient;
  /** Connections to the gateway (internal: loopback and private addresses are expected). */
  readonly dispatcher?: Dispatcher;
}

/** A bigger answer is a failure, not something to hold in the monitor's memory. */
const MAX_ANSWER_BYTES = 1_048_576;
const MAX_CODES = 20;
const USER_AGENT = 'kg-synthetic-check/1';
const PING = 'synthetic.ping';
const PING_SUBSCRIPTION = `subscription SyntheticRoundTrip($since: String) {
  events(types: ["${PING}"], since: $since) { id type data }
}`;
const PUBLISH = `mutation SyntheticPing($input: PublishEventInput!) { publishEvent(input: $input) { id } }`;

function codesOf(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  const codes = new Set<string>();
  for (const error of errors) {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    if (typeof code === 'string' && codes.size < MAX_CODES) codes.add(code.slice(0, 64));
  }
  return [...codes];
}

/** Why a request got nothing usable, in a few plain words (never a driver's full error text). */
function transportProblem(error: unknown, timedOut: boolean, timeoutMs: number): Answer['problem'] {
  if (timedOut) return { expected: `an answer within ${timeoutMs} ms`, actual: 'no answer in time' };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    expected: 'an answer from the gateway',
    actual: typeof code === 'string' ? `request failed (${code})` : 'request failed',
  };
}

/**
 * Runs synthetic checks through the gateway as their tenant, each run with a credential of its
 * own (lib/syntheticCredential.ts, 60 s): an OPERATION posts its query and checks the answer; a
 * SUBSCRIPTION_ROUND_TRIP subscribes to its tenant's `synthetic.ping` events, publishes one and
 * measures until it arrives. Every run ends within the check's timeout (or when `signal` aborts).
 */
export class SyntheticRunner {
  constructor(private readonly o: RunnerOptions) {}

  private credential(check: SyntheticCheckRecord): string {
    return signSyntheticCredential(
      { tenantId: check.tenantId, checkId: check.id, scopes: check.scopes },
      this.o.internalKey,
    );
  }

  async run(check: SyntheticCheckRecord, signal: AbortSignal): Promise<RunOutcome> {
    const at = Date.now();
    const deadline = AbortSignal.any([signal, AbortSignal.timeout(check.timeoutMs)]);
    const measured =
      check.type === 'OPERATION'
        ? await this.operation(check, deadline)
        : await this.roundTrip(check, deadline);
    // To a tenth of a millisecond, as recorded: a failure's duration is the result's.
    const answer = { ...measured, durationMs: Math.round(measured.durationMs * 10) / 10 };
    return {
      at,
      durationMs: answer.durationMs,
      failures: evaluateAssertions(check.assertions, answer),
      errorCodes: answer.errorCodes,
    };
  }

  /** POSTs a GraphQL request to the gateway; the answer's JSON, or why there is none. */
  private async post(
    credential: string,
    body: { query: string; variables: Record<string, unknown> | null },
    deadline: AbortSignal,
    timeoutMs: number,
  ): Promise<Omit<Answer, 'durationMs'>> {
    try {
      const response = await request(this.o.gatewayUrl, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${credential}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'user-agent': USER_AGENT,
        },
        body: JSON.stringify(body),
        signal: deadline,
        ...(this.o.dispatcher ? { dispatcher: this.o.dispatcher } : {}),
      });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += (chunk as Buffer).length;
        if (size > MAX_ANSWER_BYTES) {
          response.body.destroy();
          return {
            body: null,
            errorCodes: [],
            problem: { expected: 'an answer of at most 1 MiB', actual: 'a larger answer' },
          };
        }
        chunks.push(chunk as Buffer);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        parsed = null;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return {
          body: null,
          errorCodes: [],
          problem: { expected: 'a GraphQL response', actual: `HTTP ${response.statusCode} without one` },
        };
      return { body: parsed, errorCodes: codesOf(parsed), problem: null };
    } catch (error) {
      const timedOut = deadline.aborted;
      return { body: null, errorCodes: [], problem: transportProblem(error, timedOut, timeoutMs) };
    }
  }

  private async operation(check: SyntheticCheckRecord, deadline: AbortSignal): Promise<Answer> {
    const started = performance.now();
    const answer = await this.post(
      this.credential(check),
      {
        query: check.operation as string,
        variables: (check.variables ?? null) as Record<string, unknown> | null,
      },
      deadline,
      check.timeoutMs,
    );
    return { ...answer, durationMs: performance.now() - started };
  }

  /**
   * Opens the subscription first, with a cursor from just before the probe (the server's clock),
   * so the probe is received even if the subscription starts after it was published; then
   * publishes it through the gateway. The duration runs from the publish to the arrival.
   */
  private async roundTrip(check: SyntheticCheckRecord, deadline: AbortSignal): Promise<Answer> {
    const started = performance.now();
    const credential = this.credential(check);
    const nonce = randomUUID();
    const errorCodes = new Set<string>();
    let publishedAt = started;
    const finish = (problem: Answer['problem'], arrivedAt = performance.now()): Answer => ({
      durationMs: arrivedAt - publishedAt,
      body: problem ? null : {},
      errorCodes: [...errorCodes],
      problem,
    });
    const [seconds, micros] = await this.o.redis.time();
    const since = encodeCursor(
      check.tenantId,
      `${Number(seconds) * 1000 + Math.floor(Number(micros) / 1000) - 1}-0`,
    );
    const client = createClient({
      url: this.o.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${credential}` },
      lazy: true,
      lazyCloseTimeout: 0,
      retryAttempts: 0,
    });
    try {
      const arrived = new Promise<{ at: number } | { problem: NonNullable<Answer['problem']> }>((resolve) => {
        const aborted = () =>
          resolve({
            problem: {
              expected: `${PING} back within ${check.timeoutMs} ms`,
              actual: 'not received in time',
            },
          });
        if (deadline.aborted) aborted();
        deadline.addEventListener('abort', aborted, { once: true });
        client.subscribe(
          { query: PING_SUBSCRIPTION, variables: { since } },
          {
            next: (value) => {
              for (const code of codesOf(value)) errorCodes.add(code);
              if (value.errors?.length)
                resolve({
                  problem: {
                    expected: `${PING} over the subscription`,
                    actual: 'the subscription answered errors',
                  },
                });
              const event = (value.data as { events?: { data?: { nonce?: unknown } } } | null)?.events;
              if (event?.data?.nonce === nonce) resolve({ at: performance.now() });
            },
            error: (error) => {
              // A closed connection: graphql-ws hands the CloseEvent (`Forbidden: UNAUTHENTICATED`).
              const reason = String((error as { reason?: unknown } | null)?.reason ?? '');
              const code = /\b([A-Z][A-Z_]{3,})\b/.exec(reason)?.[1];
              if (code) errorCodes.add(code);
              resolve({
                problem: {
                  expected: `${PING} over the subscription`,
                  actual: `the subscription ended${code ? ` (${code})` : ''}`,
                },
              });
            },
            complete: () =>
              resolve({
                problem: { expected: `${PING} over the subscription`, actual: 'the subscription ended' },
              }),
          },
        );
      });
      publishedAt = performance.now();
      const published = await this.post(
        credential,
        {
          query: PUBLISH,
          variables: {
            input: { type: PING, data: { checkId: check.id, nonce, sentAt: new Date().toISOString() } },
          },
        },
        deadline,
        check.timeoutMs,
      );
      for (const code of published.errorCodes) errorCodes.add(code);
      if (published.problem) return finish(published.problem);
      if (published.errorCodes.length > 0 || !(published.body as { data?: unknown }).data)
        return finish({ expected: `${PING} published`, actual: 'publishEvent answered errors' });
      const outcome = await arrived;
      return 'at' in outcome ? finish(null, outcome.at) : finish(outcome.problem);
    } finally {
      void client.dispose();
    }
  }
}
