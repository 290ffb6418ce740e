import type { Config } from '../lib/config.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { createNeo4jDriver, type Driver } from '../lib/neo4j.js';
import { createRedis, type Redis } from '../lib/redis.js';
import { MetricStore } from '../lib/metrics/MetricStore.js';
import { MetricsRecorder } from '../lib/metrics/recorder.js';
import { sampleProcess } from '../lib/metrics/processSampler.js';
import { Heartbeat } from '../lib/heartbeat.js';

/** The connections every role of a process shares. */
export interface Connections {
  redis: Redis;
  neo4j: Driver;
  logger: Logger;
  /** This process's tenant and platform metrics (lib/metrics), flushed to Redis. */
  metrics: MetricsRecorder;
  /** Says, per role this process runs, that it is alive (the monitor's health model reads it). */
  heartbeat: Heartbeat;
  close(): Promise<void>;
}

export function connect(config: Config, name: string): Connections {
  const logger = createLogger(config.LOG_LEVEL, name);
  const redis = createRedis(config.REDIS_URL, name, { logger });
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
  const heartbeat = new Heartbeat(redis, config.REDIS_KEY_PREFIX, config.HEARTBEAT_INTERVAL_MS, logger);
  // `platform` (main.ts all, tests) announces the roles it starts itself.
  if (name !== 'platform') heartbeat.add(name);
  return {
    redis,
    neo4j,
    logger,
    metrics,
    heartbeat,
    close: async () => {
      await heartbeat.stop();
      stopSampling();
      await metrics.stop();
      redis.disconnect();
      await neo4j.close();
    },
  };
}
