/**
 * `npm run seed -- [flags]`: loads generated mortgage-lending knowledge graphs into Neo4j.
 * Connection from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; log level from LOG_LEVEL;
 * with --events, REDIS_URL, REDIS_KEY_PREFIX, EVENTS_RETENTION. Read by lib/config.ts's
 * loadStorageConfig (same validation and defaults as the services, none of their secrets).
 */
import { parseArgs } from 'node:util';
import { loadStorageConfig, type StorageConfig } from '../../../lib/config.js';
import { createLogger } from '../../../lib/logger.js';
import { EventLog } from '../../../lib/events/EventLog.js';
import { createNeo4jDriver } from '../../../lib/neo4j.js';
import { createRedis } from '../../../lib/redis.js';
import { seedTenants, type SeedOptions } from './seedTenants.js';

const USAGE = `Usage: npm run seed -- [options]
  --tenants   comma-separated tenant ids      (default tenant-demo,tenant-other)
  --packages  document packages per tenant    (default 5)
  --documents documents per package           (default 4)
  --entities  entities per document           (default 8)
  --seed      generator seed                  (default 42)
  --scale     multiplier applied to packages  (default 1; ~14,000 packages ≈ 1M nodes)
  --wipe      delete the tenants' nodes first
  --events    announce what was loaded on the platform event path (REDIS_URL, REDIS_KEY_PREFIX)
Example: npm run seed -- --tenants tenant-demo --scale 200 --wipe`;

function parseCli(argv: string[]): SeedOptions & { announce: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      tenants: { type: 'string', default: 'tenant-demo,tenant-other' },
      packages: { type: 'string', default: '5' },
      documents: { type: 'string', default: '4' },
      entities: { type: 'string', default: '8' },
      seed: { type: 'string', default: '42' },
      scale: { type: 'string', default: '1' },
      wipe: { type: 'boolean', default: false },
      events: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const tenants = values.tenants
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (tenants.length === 0)
    throw new Error('--tenants needs at least one tenant id, e.g. --tenants tenant-demo');
  const scale = number('scale', values.scale, false);
  return {
    tenants,
    packages: Math.max(1, Math.round(number('packages', values.packages, true) * scale)),
    documentsPerPackage: number('documents', values.documents, true),
    entitiesPerDocument: number('entities', values.entities, true),
    seed: number('seed', values.seed, true),
    wipe: values.wipe,
    announce: values.events,
  };
}

function number(flag: string, raw: string, integer: boolean): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new Error(
      `--${flag} must be a non-negative ${integer ? 'integer' : 'number'}, got "${raw}" (e.g. --${flag} 5)`,
    );
  }
  return value;
}

async function main(): Promise<void> {
  let options: SeedOptions & { announce: boolean };
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  let config: StorageConfig;
  try {
    config = loadStorageConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const logger = createLogger(config.LOG_LEVEL, 'knowledge-seed');
  const database = config.NEO4J_DATABASE;
  const uri = config.NEO4J_URI;
  const driver = createNeo4jDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const redis = options.announce ? createRedis(config.REDIS_URL, 'knowledge-seed') : null;
  const events = redis
    ? new EventLog({
        redis,
        prefix: config.REDIS_KEY_PREFIX,
        retention: config.EVENTS_RETENTION,
        subscriberBuffer: 1,
        logger,
      })
    : null;
  try {
    logger.info({ uri, database, ...options }, 'seeding knowledge graph');
    const result = await seedTenants(driver, database, logger, {
      ...options,
      ...(events ? { publish: (event) => events.publish(event) } : {}),
    });
    const loadSeconds = result.loadMs / 1000;
    const rate = Math.round(result.nodes / Math.max(loadSeconds, 0.001));
    logger.info(
      {
        ...result,
        elapsedMs: Math.round(result.elapsedMs),
        loadMs: Math.round(result.loadMs),
        nodesPerSecond: rate,
      },
      `seeded ${result.nodes.toLocaleString('en-US')} nodes and ` +
        `${result.relationships.toLocaleString('en-US')} relationships in ${loadSeconds.toFixed(1)} s ` +
        `(${rate.toLocaleString('en-US')} nodes/s; ${(result.elapsedMs / 1000).toFixed(1)} s in all)`,
    );
  } catch (error) {
    logger.error({ err: error }, 'seeding failed');
    process.exitCode = 1;
  } finally {
    await events?.close();
    redis?.disconnect();
    await driver.close();
  }
}

await main();
