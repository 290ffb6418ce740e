/**
 * `npm run bench:security -- [--principals 2000] [--windows 3] [--threats 2000] [--incidents 500] [--secrets 20000]`
 *
 * The security capability on the real Redis (REDIS_URL; `npm start` or `npm test` brings it up):
 *  1. The gateway's share: reporting one request to the detectors (ActivityReporter.use; the
 *     objects read are counted while the engine shapes the result), beside the obvious
 *     alternative of one Redis XADD per request.
 *  2. The detectors: `--principals` × `--windows` activity summaries through the security worker
 *     (consumer group, baselines, known IPs, exports), summaries per second and worker CPU.
 *  3. Threats and incidents: `--threats` detections raised (half of them repeats that update the
 *     open threat), `--incidents` incidents opened and walked through five updates.
 *  4. Envelope encryption: `--secrets` values sealed and opened under a tenant's data key, then
 *     rewrapped to a rotated version; beside plain AES-256-GCM under one key.
 * No local peer to run beside it: GuardDuty and PagerDuty are services, not something to run here.
 */
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '../../lib/config.js';
import { Keyring } from '../../lib/crypto/keyring.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { createLogger } from '../../lib/logger.js';
import { MetricsRecorder } from '../../lib/metrics/recorder.js';
import { createNeo4jDriver } from '../../lib/neo4j.js';
import { createRedis } from '../../lib/redis.js';
import { ActivityReporter, activityStreamKey, type ActivitySummary } from '../../lib/security/activity.js';
import { SecurityEvents } from '../../subgraphs/security/securityEvents.js';
import { SecurityService } from '../../subgraphs/security/service.js';
import { startSecurityWorker } from '../../subgraphs/security/worker.js';
import { benchArgs, integerFlag } from '../lib/flags.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';

const USAGE = `Usage: npm run bench:security -- [options]
  --principals  principals with activity summaries         (default 2000)
  --windows     summary windows per principal              (default 3)
  --threats     detections raised (half of them repeats)   (default 2000)
  --incidents   incidents opened, five updates each        (default 500)
  --secrets     values sealed, opened and rewrapped        (default 20000)`;
const values = benchArgs(USAGE, {
  principals: { type: 'string', default: '2000' },
  windows: { type: 'string', default: '3' },
  threats: { type: 'string', default: '2000' },
  incidents: { type: 'string', default: '500' },
  secrets: { type: 'string', default: '20000' },
});
const principals = integerFlag('principals', values.principals, 1, 100_000);
const windows = integerFlag('windows', values.windows, 1, 50);
const threatCount = integerFlag('threats', values.threats, 2, 100_000);
const incidentCount = integerFlag('incidents', values.incidents, 1, 10_000);
const secrets = integerFlag('secrets', values.secrets, 1, 1_000_000);
const run = randomUUID().slice(0, 8);
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:security:${run}:`,
  SECURITY_BASELINE_WINDOW_SECONDS: '1',
  SECURITY_BASELINE_MIN_WINDOWS: '2',
  SECURITY_CYCLE_SECONDS: '3600',
});
const logger = createLogger('warn', 'bench-security');
const redis = createRedis(config, 'bench-security');
const prefix = config.REDIS_KEY_PREFIX;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function hotPath(): Promise<void> {
  // Its own stream, so the detectors part below reads only its own summaries.
  const reporter = new ActivityReporter({ redis, prefix: `${prefix}hot:`, logger, flushMs: 60_000 });
  const calls = 500_000;
  let started = performance.now();
  for (let i = 0; i < calls; i += 1) {
    reporter.use({
      tenantId: `t${i % 100}`,
      principal: `user-${i % 1000}`,
      ip: `10.0.${i % 4}.1`,
      userAgent: 'bench',
      requests: 1,
      recordsRead: 50,
    });
  }
  const reportNs = ((performance.now() - started) * 1e6) / calls;
  started = performance.now();
  await reporter.flush();
  const flushMs = performance.now() - started;
  await reporter.close();

  const xadds = 5_000;
  started = performance.now();
  for (let i = 0; i < xadds; i += 1) {
    await redis.xadd(
      `${prefix}naive`,
      'MAXLEN',
      '~',
      '100000',
      '*',
      'a',
      JSON.stringify({ principal: `user-${i}`, ip: '10.0.0.1' }),
    );
  }
  const xaddUs = ((performance.now() - started) * 1000) / xadds;
  console.log('\n1. Gateway share per request (a 50-object result)');
  console.log(
    `   ours: coalesce in memory        ${fmt(reportNs, 0)} ns/request; one flush of 1,000 principals ${fmt(flushMs, 1)} ms`,
  );
  console.log(
    `   alternative: XADD per request   ${fmt(xaddUs, 1)} µs/request (a round trip on the hot path)`,
  );
}

async function detectors(): Promise<void> {
  const metrics = new MetricsRecorder();
  const neo4j = createNeo4jDriver({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
  });
  const worker = await startSecurityWorker({ redis, neo4j, logger, config, metrics });
  const stream = activityStreamKey(prefix);
  const total = principals * windows;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let w = 0; w < windows; w += 1) {
    const pipeline = redis.pipeline();
    const at = Date.now() + w * 1_100;
    for (let p = 0; p < principals; p += 1) {
      const entry: ActivitySummary = {
        kind: 'activity',
        tenantId: `tenant-${p % 50}`,
        principal: `user-${p}`,
        from: at,
        to: at,
        requests: 20,
        ips: { '10.0.0.1': 18, [`10.1.${p % 250}.${w}`]: 2 },
        userAgents: { bench: 20 },
        recordsRead: 400,
        exportsCreated: p % 10 === 0 ? 1 : 0,
        bytesDownloaded: 0,
      };
      pipeline.xadd(stream, '*', 'a', JSON.stringify(entry));
    }
    await pipeline.exec();
  }
  const deadline = Date.now() + 600_000;
  while (worker.stats().entries < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const wallMs = performance.now() - started;
  const usedCpu = cpuMs(cpu);
  const { entries, detections } = worker.stats();
  await worker.close();
  await neo4j.close();
  console.log(
    `\n2. Detectors: ${fmt(entries)} summaries (${fmt(principals)} principals × ${windows} windows)`,
  );
  console.log(
    `   ${fmt(entries / (wallMs / 1000))} summaries/s, ${fmt((usedCpu * 1000) / entries, 0)} µs process CPU per summary (worker + feeder), ${fmt(detections)} detections (new IPs after learning)`,
  );
}

async function threatsAndIncidents(): Promise<void> {
  const events = EventLog.fromConfig(config, redis, logger);
  const service = new SecurityService({ redis, prefix, events: new SecurityEvents(events), logger });
  let started = performance.now();
  for (let i = 0; i < threatCount; i += 1) {
    await service.detected({
      tenantId: `tenant-${i % 20}`,
      type: 'ANOMALOUS_BEHAVIOR',
      condition: 'request_rate',
      severity: 0.5,
      confidence: 0.5,
      // Each principal twice: the second detection updates the first's open threat.
      principal: `user-${Math.floor(i / 2)}`,
      clientIp: '10.0.0.1',
      evidence: { i },
    });
  }
  const raiseMs = (performance.now() - started) / threatCount;
  started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < incidentCount; i += 1) {
    ids.push(
      (
        await service.incidentService.openIncident(
          'tenant-inc',
          { title: `incident ${i}`, severity: 'HIGH' },
          'bench',
        )
      ).id,
    );
  }
  const openMs = (performance.now() - started) / incidentCount;
  started = performance.now();
  for (const id of ids) {
    for (const status of ['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'] as const)
      await service.incidentService.updateIncident('tenant-inc', id, { status, note: 'bench' }, 'bench');
    await service.incidentService.updateIncident('tenant-inc', id, { note: 'post-mortem' }, 'bench');
  }
  const updateMs = (performance.now() - started) / (incidentCount * 5);
  started = performance.now();
  let pages = 0;
  let after: string | null = null;
  do {
    const page = await service.incidents.list(
      'tenant-inc',
      { statuses: ['RESOLVED'] },
      100,
      after,
      Date.now(),
    );
    after = page.hasNextPage ? page.endCursor : null;
    pages += 1;
  } while (after);
  const pageMs = (performance.now() - started) / pages;
  await events.close();
  console.log('\n3. Threats and incidents (each call sequential, with its event published)');
  console.log(`   raise a detection (new or update)   ${fmt(raiseMs, 2)} ms`);
  console.log(`   open an incident                    ${fmt(openMs, 2)} ms`);
  console.log(`   update an incident (CAS + event)    ${fmt(updateMs, 2)} ms`);
  console.log(`   a filtered page of 100 incidents    ${fmt(pageMs, 2)} ms (${pages} pages)`);
}

async function encryption(): Promise<void> {
  const keyring = new Keyring(redis, prefix, config.SECRETS_ENCRYPTION_KEYS, logger, {
    cacheMs: 30_000,
    rotationDays: 90,
    accessFlushMs: 60_000,
    onAccess: () => undefined,
  });
  const tenant = 'tenant-keys';
  const values = Array.from(
    { length: secrets },
    (_, i) => `whsec_${randomBytes(24).toString('base64url')}${i}`,
  );
  let started = performance.now();
  const sealed = [];
  for (const value of values) sealed.push(await keyring.seal(tenant, 'WEBHOOK_SECRETS', value));
  const sealUs = ((performance.now() - started) * 1000) / secrets;
  started = performance.now();
  for (const value of sealed) await keyring.open(tenant, 'WEBHOOK_SECRETS', value);
  const openUs = ((performance.now() - started) * 1000) / secrets;
  // The peer: AES-256-GCM straight under one key, what SecretBox did before envelopes.
  const key = randomBytes(32);
  started = performance.now();
  for (const value of values) {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  }
  const rawUs = ((performance.now() - started) * 1000) / secrets;
  const [info] = (await keyring.list(tenant)).filter((k) => k.purpose === 'WEBHOOK_SECRETS');
  await keyring.rotate(tenant, info?.id as string);
  started = performance.now();
  for (const value of sealed) await keyring.rewrap(tenant, 'WEBHOOK_SECRETS', value, info?.id as string);
  const rewrapPerS = secrets / ((performance.now() - started) / 1000);
  await keyring.close();
  console.log(`\n4. Envelope encryption: ${fmt(secrets)} webhook secrets, data key cached`);
  console.log(
    `   seal ${fmt(sealUs, 1)} µs, open ${fmt(openUs, 1)} µs, rewrap to a rotated version ${fmt(rewrapPerS)} values/s`,
  );
  console.log(`   peer: AES-256-GCM under one key (no envelope, no AAD) ${fmt(rawUs, 1)} µs per seal`);
}

try {
  console.log(`bench:security on ${config.REDIS_URL} (prefix ${prefix})`);
  await hotPath();
  await detectors();
  await threatsAndIncidents();
  await encryption();
  console.log(`\nRSS ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB`);
} finally {
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
}
