/**
 * The exports worker without the rest of the platform: what `runtime/main.ts worker exports` runs,
 * minus the gateway and subgraph modules main.ts imports for its other roles (~120 MiB of the
 * idle RSS under tsx). `bench/exports/run.ts --entry lean` uses it to show the export's own memory.
 */
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { createNeo4jDriver } from '../../lib/neo4j.js';
import { createRedis } from '../../lib/redis.js';
import { createExportsWorker } from '../../subgraphs/exports/worker/createExportsWorker.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL, 'worker-exports-lean');
const redis = createRedis(config.REDIS_URL, 'worker-exports-lean');
const neo4j = createNeo4jDriver({
  uri: config.NEO4J_URI,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
});
const worker = await createExportsWorker({ redis, neo4j, logger, config });

process.once('SIGTERM', () => {
  void worker
    .close()
    .then(() => neo4j.close())
    .finally(() => {
      redis.disconnect();
      process.exit(0);
    });
});
