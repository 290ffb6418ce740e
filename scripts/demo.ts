// Run by `npm start` before the platform: loads a small demo graph into an empty database and
// writes a 24-hour dev token for the demo tenant to .data/dev-token.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../lib/config.js';
import { mintToken } from '../lib/devToken.js';
import { createLogger } from '../lib/logger.js';
import { EventLog } from '../lib/events/EventLog.js';
import { createNeo4jDriver } from '../lib/neo4j.js';
import { createRedis } from '../lib/redis.js';
import { SCOPES } from '../lib/scopes.js';
import { seedTenants } from '../subgraphs/knowledge/seed/seedTenants.js';

const DEMO_TENANTS = ['tenant-demo', 'tenant-other'];

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL, 'demo');
const driver = createNeo4jDriver({
  uri: config.NEO4J_URI,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
});
try {
  const { records } = await driver.executeQuery(
    'MATCH (p:DocumentPackage {tenant_id: $tenant}) RETURN count(p) AS packages',
    { tenant: DEMO_TENANTS[0] },
    { database: config.NEO4J_DATABASE },
  );
  if (Number(records[0]?.get('packages') ?? 0) === 0) {
    const redis = createRedis(config, 'demo');
    const events = new EventLog({
      redis,
      prefix: config.REDIS_KEY_PREFIX,
      retention: config.EVENTS_RETENTION,
      subscriberBuffer: 1,
      logger,
    });
    const result = await seedTenants(driver, config.NEO4J_DATABASE, logger, {
      tenants: DEMO_TENANTS,
      packages: 5,
      documentsPerPackage: 4,
      entitiesPerDocument: 8,
      seed: 42,
      publish: (event) => events.publish(event),
    }).finally(async () => {
      await events.close();
      redis.disconnect();
    });
    process.stdout.write(
      `[platform] demo graph loaded: ${result.nodes} nodes, ${result.relationships} relationships\n`,
    );
  } else {
    process.stdout.write('[platform] demo graph present\n');
  }
} finally {
  await driver.close();
}

const token = await mintToken(config.AUTH_JWT_SECRET as string, {
  subject: 'demo-user',
  tenantId: DEMO_TENANTS[0] as string,
  scopes: SCOPES,
  ttlSeconds: 24 * 3600,
});
mkdirSync('.data', { recursive: true });
writeFileSync('.data/dev-token.txt', `${token}\n`, { mode: 0o600 });
