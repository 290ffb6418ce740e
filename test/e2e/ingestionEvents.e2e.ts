import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventLog } from '../../lib/events/EventLog.js';
import { seedTenants } from '../../subgraphs/knowledge/seed/seedTenants.js';
import { wipeTenant } from '../../subgraphs/knowledge/seed/wipeTenant.js';
import { collect, wsClient } from '../support/wsClient.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

let t: TestPlatform;
let events: EventLog;
let tenant: string;

beforeAll(async () => {
  t = await startTestPlatform();
  tenant = t.tenant('ingest');
  const { redis, logger } = t.platform.connections;
  events = new EventLog({
    redis,
    prefix: t.config.REDIS_KEY_PREFIX,
    retention: 10_000,
    subscriberBuffer: 1_000,
    logger,
  });
});

afterAll(async () => {
  await wipeTenant(t.platform.connections.neo4j, t.config.NEO4J_DATABASE, tenant);
  await events.close();
  await t.close();
});

it('graph ingestion announces packages, documents and entities to subscribers', async () => {
  const token = await t.token(tenant);
  const marker = await events.publish({
    tenantId: tenant,
    type: 'package.created',
    data: { packageId: 'marker' },
    publishedBy: 'test',
  });
  const client = wsClient(t.url, token);
  const sub = collect(
    client,
    'subscription($since: String) { events(since: $since, types: ["package.created", "document.processed", "entity.extracted"]) { type data publishedBy { subject } } }',
    { since: marker.cursor },
  );
  const { neo4j, logger } = t.platform.connections;
  await seedTenants(neo4j, t.config.NEO4J_DATABASE, logger, {
    tenants: [tenant],
    packages: 2,
    documentsPerPackage: 3,
    entitiesPerDocument: 4,
    seed: 7,
    publish: (event) => events.publish(event),
  });
  // 2 packages, 6 documents: 2 package.created + 6 × (document.processed + entity.extracted).
  const got = await sub.waitFor(14);
  const byType = (type: string) => got.filter((r) => (r.data?.events as { type: string }).type === type);
  expect(byType('package.created')).toHaveLength(2);
  expect(byType('document.processed')).toHaveLength(6);
  const extracted = byType('entity.extracted').map(
    (r) => (r.data?.events as { data: { count: number } }).data.count,
  );
  expect(extracted).toEqual([4, 4, 4, 4, 4, 4]);
  expect(
    new Set(got.map((r) => (r.data?.events as { publishedBy: { subject: string } }).publishedBy.subject)),
  ).toEqual(new Set(['graph-builder']));
  sub.stop();
  await client.dispose();
});
