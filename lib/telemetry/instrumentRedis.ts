import { createRequire } from 'node:module';
import type { TracerProvider } from '@opentelemetry/api';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';

let patched = false;

/**
 * Redis client spans from the OpenTelemetry ioredis instrumentation. Its require hook never sees
 * our ES-module imports, so its patch is applied to the loaded module directly (the class an
 * `import { Redis } from 'ioredis'` gets is that same object). Spans carry the command name only:
 * keys hold tenant ids and values hold data, neither belongs in a span. Commands outside any trace
 * (heartbeats, blocking reads) make no span.
 */
export function instrumentRedis(provider: TracerProvider): void {
  if (patched) return;
  patched = true;
  const instrumentation = new IORedisInstrumentation({
    requireParentSpan: true,
    dbStatementSerializer: (command) => command,
  });
  instrumentation.setTracerProvider(provider);
  const require = createRequire(import.meta.url);
  const definitions = (
    instrumentation as unknown as {
      init(): Array<{ patch?: (exports: unknown, version?: string) => unknown }>;
    }
  ).init();
  const version = (require('ioredis/package.json') as { version: string }).version;
  for (const definition of definitions) definition.patch?.(require('ioredis'), version);
}
