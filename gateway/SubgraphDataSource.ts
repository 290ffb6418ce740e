import type { Context } from '@opentelemetry/api';
import { inSpan, SpanKind, traceHeaders } from '../lib/telemetry/tracing.js';
import { Agent, request } from 'undici';
import { isBrokenCircuitError, type DependencyBreaker } from '../lib/circuitBreaker.js';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER } from '../lib/principal.js';
import { dedupeRepresentations, expandEntities } from './dedupeRepresentations.js';
import type { GatewayContext, Subgraph, SubgraphRequest, SubgraphResponse } from './engine/Subgraph.js';
import type { GatewayMetrics } from './metrics.js';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  metrics: GatewayMetrics;
  /** Merge identical in-flight query fetches (same subgraph, body and principal). @default true */
  dedupe?: boolean;
  /**
   * Opens after consecutive transport failures (refused, reset, timed out): fetches then fail
   * at once with SUBGRAPH_UNAVAILABLE until a probe gets through. @default none
   */
  breaker?: DependencyBreaker;
}

interface RawResponse {
  status: number;
  text: string;
}

// One keep-alive pool for all subgraph traffic; pipelining stays off for HTTP/1.1 safety.
const agent = new Agent({ keepAliveTimeout: 60_000, connections: 128 });

/**
 * Sends the gateway's subgraph fetches with the signed principal. Identical query fetches in
 * flight at the same time share one HTTP request; each caller parses its own copy, because the
 * gateway merges into the objects it receives.
 */
export class SubgraphDataSource implements Subgraph {
  private readonly inflight = new Map<string, Promise<RawResponse>>();

  constructor(private readonly options: SubgraphDataSourceOptions) {}

  async fetch(request: SubgraphRequest, context: GatewayContext): Promise<SubgraphResponse> {
    const { query, operationName } = request;
    let { variables } = request;
    const representations = variables?.representations;
    const deduped = Array.isArray(representations) ? dedupeRepresentations(representations) : null;
    if (deduped) variables = { ...variables, representations: deduped.unique };
    const body = JSON.stringify({ query, variables, operationName });
    const principal = context.signedPrincipal;
    const shareable = this.options.dedupe !== false && !/^\s*mutation\b/.test(query);
    const key = `${principal}\n${body}`;

    let pending = shareable ? this.inflight.get(key) : undefined;
    if (!pending) {
      const breaker = this.options.breaker;
      const send = () => this.send(body, principal, context.requestId, context.traceContext);
      pending = breaker ? breaker.execute(send) : send();
      if (shareable) {
        this.inflight.set(key, pending);
        const forget = () => this.inflight.delete(key);
        pending.then(forget, forget);
      }
    }
    try {
      const response = this.toResponse(await pending);
      return deduped ? expandEntities(response, deduped) : response;
    } catch (error) {
      return {
        errors: [
          {
            message: isBrokenCircuitError(error)
              ? `Subgraph "${this.options.name}" is unavailable (failing fast until it answers again)`
              : `Subgraph "${this.options.name}" is unavailable: ${(error as Error).message}`,
            extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
          },
        ],
      };
    }
  }

  /** A client span per subgraph fetch; its traceparent goes along, so the subgraph's span is its child. */
  private send(body: string, principal: string, requestId: string, parent?: Context): Promise<RawResponse> {
    // Untraced operations skip the span machinery entirely.
    if (!parent) return this.sendTraced(body, principal, requestId, {});
    return inSpan(
      `POST ${this.options.name}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'kg.subgraph': this.options.name, 'http.request.method': 'POST' },
        parent,
      },
      async (span, spanContext) => {
        const raw = await this.sendTraced(body, principal, requestId, traceHeaders(spanContext));
        if (span.isRecording()) span.setAttribute('http.response.status_code', raw.status);
        return raw;
      },
    );
  }

  private async sendTraced(
    body: string,
    principal: string,
    requestId: string,
    trace: Record<string, string>,
  ): Promise<RawResponse> {
    const started = performance.now();
    let outcome = 'error';
    try {
      const response = await request(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          [PRINCIPAL_HEADER]: principal,
          [REQUEST_ID_HEADER]: requestId,
          ...trace,
        },
        body,
        dispatcher: agent,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
      const text = await response.body.text();
      outcome = response.statusCode < 400 ? 'ok' : `http_${response.statusCode}`;
      return { status: response.statusCode, text };
    } finally {
      this.options.metrics.subgraphFetches.observe(
        { subgraph: this.options.name, outcome },
        (performance.now() - started) / 1000,
      );
    }
  }

  private toResponse(raw: RawResponse): SubgraphResponse {
    try {
      const parsed = JSON.parse(raw.text) as SubgraphResponse;
      if (parsed && typeof parsed === 'object' && ('data' in parsed || 'errors' in parsed)) return parsed;
    } catch {
      // fall through: not a GraphQL response
    }
    return {
      errors: [
        {
          message: `Subgraph "${this.options.name}" answered HTTP ${raw.status} without a GraphQL response`,
          extensions: { code: raw.status >= 500 ? 'SUBGRAPH_UNAVAILABLE' : 'SUBGRAPH_ERROR' },
        },
      ],
    };
  }
}
