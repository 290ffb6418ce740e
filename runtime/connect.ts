import type { Config } from '../lib/config.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { createNeo4jDriver, type Driver } from '../lib/neo4j.js';
import { createRedis, type Redis } from '../lib/redis.js';

/** The connections every role of a process shares. */
export interface Connections {
  redis: Redis;
  neo4j: Driver;
  logger: Logger;
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
  return {
    redis,
    neo4j,
    logger,
    close: async () => {
      redis.disconnect();
      await neo4j.close();
    },
  };
}
