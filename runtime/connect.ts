import type { Config } from '../lib/config.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { createNeo4jDriver, type Driver } from '../lib/neo4j.js';
import { createRedis, type RedisClient } from '../lib/redis.js';
import { MetricStore } from '../lib/metrics/MetricStore.js';
import { MetricsRecorder } from '../lib/metrics/recorder.js';
import { sampleProcess } from '../lib/metrics/processSampler.js';
import { Heartbeat } from '../lib/heartbeat.js';
import { ErrorReporter } from '../lib/errorTracking/ErrorReporter.js';
import { samplerName } from '../lib/telemetry/samplerName.js';
import type { RunningTracing, TracingOptions } from '../lib/telemetry/startTracing.js';

/** The connections every role of a process shares. */
export interface Connections {
  redis: RedisClient;
  neo4j: Driver;
  logger: Logger;
  /** This process's tenant and platform metrics (lib/metrics), flushed to Redis. */
  metrics: MetricsRecorder;
  /** Says, per role this process runs, that it is alive (the monitor's health model reads it). */
  heartbeat: Heartbeat;
  /** Captures this process's unexpected errors (lib/errorTracking) for the monitor to group. */
  errors: ErrorReporter;
  close(): Promise<void>;
}

export function connect(config: Config, name: string): Connections {
  const logger = createLogger(config.LOG_LEVEL, name);
  const tracing = config.OTEL_EXPORTER_OTLP_ENDPOINT
    ? startTracingOnDemand(
        {
          endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
          serviceName: config.OTEL_SERVICE_NAME ?? `kg-${name}`,
          sampler: samplerName(config.OTEL_TRACES_SAMPLER),
          samplerArg: config.OTEL_TRACES_SAMPLER_ARG,
          // A gateway-only process propagates explicitly (its hot path pays for async hooks).
          asyncContext: name !== 'gateway',
        },
        logger,
      )
    : null;
  const redis = createRedis(config, name, { logger });
  const neo4j = createNeo4jDriver({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    maxRetryMs: config.NEO4J_MAX_RETRY_MS,
  });
  const metrics = new MetricsRecorder();
  metrics.start(
    new MetricStore(
      redis,
      config.REDIS_KEY_PREFIX,
      config.METRICS_RETENTION_DAYS,
      config.METRICS_RESOLUTION_SECONDS,
    ),
    logger,
    config.METRICS_FLUSH_MS,
  );
  // The role's resources as platform series (every 5 s, or each flush when slower).
  const stopSampling = sampleProcess(metrics, name, Math.max(5_000, config.METRICS_FLUSH_MS));
  const errors = new ErrorReporter({
    redis,
    prefix: config.REDIS_KEY_PREFIX,
    logger,
    role: name,
    flushMs: config.ERROR_TRACKING_FLUSH_MS,
    retention: config.ERROR_TRACKING_STREAM_RETENTION,
  });
  const heartbeat = new Heartbeat(redis, config.REDIS_KEY_PREFIX, config.HEARTBEAT_INTERVAL_MS, logger);
  // `platform` (main.ts all, tests) announces the roles it starts itself.
  if (name !== 'platform') heartbeat.add(name);
  return {
    redis,
    neo4j,
    logger,
    metrics,
    heartbeat,
    errors,
    close: async () => {
      await heartbeat.stop();
      await errors.close();
      stopSampling();
      await metrics.stop();
      redis.disconnect();
      await neo4j.close();
      await (await tracing)?.flush().catch(() => undefined);
    },
  };
}

/**
 * The OpenTelemetry SDK (~13 MiB of RSS) is loaded only when tracing is on: a dynamic import, begun
 * before any client is made, that registers while the role is still starting (measured on a loaded
 * machine: halfway through the gateway's start, well before it listens). The Redis instrumentation
 * patches the client class, so clients made meanwhile get their spans too.
 */
function startTracingOnDemand(options: TracingOptions, logger: Logger): Promise<RunningTracing | null> {
  return import('../lib/telemetry/startTracing.js')
    .then(({ startTracing }) => startTracing(options))
    .catch((error: unknown) => {
      logger.error({ err: error }, 'tracing did not start');
      return null;
    });
}
