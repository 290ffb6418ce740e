import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
} from '@opentelemetry/api';

/** The platform's one tracer; a no-op until startTracing registers a provider (tracing is off by default). */
export function tracer() {
  return trace.getTracer('kg-platform');
}

export { ROOT_CONTEXT, SpanKind, SpanStatusCode, type Span, type Context };

type Carrier = Record<string, string | string[] | undefined>;

const getter = {
  keys: (carrier: Carrier) => Object.keys(carrier),
  get: (carrier: Carrier, key: string) => {
    const value = carrier[key];
    return Array.isArray(value) ? value[0] : value;
  },
};

/** The trace context a client sent (W3C `traceparent`, `tracestate`, `baggage`), or the root. */
export function contextFromHeaders(headers: Carrier): Context {
  return propagation.extract(ROOT_CONTEXT, headers, getter);
}

/** `traceparent` (and baggage) for the active span, to send on a request or store with work. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  return carrier;
}

/** The traceparent of the active span, or undefined when nothing is traced. */
export function currentTraceparent(): string | undefined {
  return traceHeaders().traceparent;
}

/** A link to the span a stored traceparent names (the request that caused later work). */
export function linkTo(traceparent: string | null | undefined): Link[] {
  if (!traceparent) return [];
  const spanContext = trace.getSpanContext(contextFromHeaders({ traceparent }));
  return spanContext ? [{ context: spanContext }] : [];
}

/**
 * Runs `fn` in a new active span; an exception marks the span as an error (type and message, never
 * values) and is rethrown. `parent` defaults to the active context.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; links?: Link[]; parent?: Context },
  fn: (span: Span, spanContext: Context) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer().startActiveSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      attributes: options.attributes ?? {},
      links: options.links ?? [],
    },
    parent,
    async (span) => {
      try {
        // The span's context, for code that passes it on explicitly (the gateway runs without
        // an async context manager: see startTracing).
        return await fn(span, trace.setSpan(parent, span));
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
        span.setAttribute('exception.type', (error as Error).name ?? 'Error');
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/**
 * A client span around `call` when a recording span is active, ended when what it returns
 * settles (a promise or a thenable such as a Neo4j result); otherwise just `call()`.
 */
export function traceSettled<T>(name: string, attributes: Attributes, call: () => T): T {
  const active = trace.getSpan(context.active());
  if (!active?.isRecording()) return call();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  let result: T;
  try {
    result = context.with(trace.setSpan(context.active(), span), call);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
    span.end();
    throw error;
  }
  const thenable = result as unknown as { then?: (ok: () => void, fail: (e: unknown) => void) => unknown };
  if (typeof thenable?.then === 'function') {
    thenable.then(
      () => span.end(),
      (error: unknown) => {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name ?? 'Error' });
        span.end();
      },
    );
  } else span.end();
  return result;
}

/**
 * The context to pass on from a span: also when it is not sampled, so the subgraphs it calls see
 * `traceparent` with the sampled flag off and follow the decision instead of starting traces of
 * their own. Undefined when tracing is off (the no-op tracer's spans have no valid context).
 */
export function propagated(span: Span, spanContext: Context): Context | undefined {
  return trace.isSpanContextValid(span.spanContext()) ? spanContext : undefined;
}

/** trace_id / span_id of the active span for log lines (pino mixin); empty when nothing is traced. */
export function logTraceFields(): Record<string, string> {
  return traceFieldsOf(context.active());
}

/** trace_id / span_id of the span a context holds; empty when it holds none. */
export function traceFieldsOf(from: Context | undefined): Record<string, string> {
  if (!from) return {};
  const spanContext = trace.getSpan(from)?.spanContext();
  if (!spanContext || !trace.isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
