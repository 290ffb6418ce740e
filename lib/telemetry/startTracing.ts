import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
} from '@opentelemetry/sdk-trace';
import { instrumentRedis } from './instrumentRedis.js';
import { samplerName } from './samplerName.js';

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; spans go to `<endpoint>/v1/traces`. */
  readonly endpoint: string;
  /** OTEL_SERVICE_NAME, else the process role (`kg-gateway`, `kg-worker-webhooks`, …). */
  readonly serviceName: string;
  /** OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG, as the OpenTelemetry spec names them. */
  readonly sampler: string;
  readonly samplerArg: string | undefined;
  /** How long spans are batched before export, ms. */
  readonly scheduledDelayMs?: number;
  /**
   * Register the AsyncLocalStorage context manager, so instrumentations (Redis, Neo4j) find the
   * active span. Node 20's AsyncLocalStorage rides async hooks and costs every promise: measured
   * ~30 % of the gateway's throughput, so the gateway passes its trace context explicitly and runs
   * without it. @default true
   */
  readonly asyncContext?: boolean;
}

/** The spec's OTEL_TRACES_SAMPLER values (samplerName); parentbased_always_on by default. */
export function samplerFrom(name: string, arg: string | undefined): Sampler {
  const ratio = Math.min(1, Math.max(0, arg === undefined || arg === '' ? 1 : Number(arg)));
  const root = (kind: string): Sampler =>
    kind === 'always_off'
      ? new AlwaysOffSampler()
      : kind === 'traceidratio'
        ? new TraceIdRatioBasedSampler(ratio)
        : new AlwaysOnSampler();
  const checked = samplerName(name);
  switch (checked) {
    case 'always_on':
    case 'always_off':
    case 'traceidratio':
      return root(checked);
    case 'parentbased_always_off':
    case 'parentbased_traceidratio':
    case 'parentbased_always_on':
    case '':
      return new ParentBasedSampler({ root: root(checked.replace('parentbased_', '') || 'always_on') });
    default:
      return unknownSampler(checked);
  }
}

function unknownSampler(name: never): never {
  throw new Error(`unknown sampler ${String(name)}`);
}

export interface RunningTracing {
  /** Sends what is batched (tests, shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

let running: RunningTracing | null = null;

/**
 * Registers the process's tracer provider, exporting over OTLP/HTTP; W3C trace context and baggage
 * are propagated. Once per process: a process running every role (`main.ts all`) traces as one
 * service, its spans naming the subgraph or role they belong to.
 */
export function startTracing(options: TracingOptions): RunningTracing {
  if (running) return running;
  const exporter = new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const processor = new BatchSpanProcessor({
    exporter,
    scheduledDelayMillis: options.scheduledDelayMs ?? 1000,
  });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    sampler: samplerFrom(options.sampler, options.samplerArg),
    spanProcessors: [processor],
    // No attribute value is long: documents and variables are never attributes.
    spanLimits: { attributeValueLengthLimit: 512 },
  });
  if (options.asyncContext !== false)
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  );
  trace.setGlobalTracerProvider(provider);
  instrumentRedis(provider);
  running = {
    flush: () => provider.forceFlush(),
    close: async () => {
      await provider.shutdown();
      running = null;
    },
  };
  return running;
}
