/**
 * `npm run bench:audit -- [--events 1000000] [--writers 2] [--gateway-seconds 10] [--gateway-rate 600]`
 *
 * First audited mutations through two gateway processes on one Redis (a whole platform on
 * loopback, real Redis and Neo4j; gateways.ts): mutations/s closed loop, then gateway CPU per
 * mutation at a fixed offered rate (`--gateway-rate`, default 600/s) through those gateways and
 * through two whose trail append writes nothing, the difference being what auditing costs
 * (`--gateway-seconds 0` skips it). Then the audit log alone on the real Redis (REDIS_URL):
 * append throughput from `--writers` writer processes (appendChild.ts: each its own config,
 * connection and trail, as gateways are) into one tenant, their CPU per record, Redis bytes per
 * record, then verification of the whole log (chain + Merkle + checkpoints) and inclusion-proof
 * latency.
 * Cleans its keys up afterwards. No local peer exists to run beside it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createAuditLog,
  entryLeaf,
  inclusionProof,
  rootHash,
  verifyInclusion,
  verifyTrail,
} from '../../subgraphs/audit/auditApi.js';
import { loadConfig } from '../../lib/config.js';
import { createRedis } from '../../lib/redis.js';
import { processCpuMs } from '../lib/procStats.js';
import { AppendWriter } from './AppendWriter.js';
import { benchArgs, integerFlag } from '../lib/flags.js';
import { measureGateways } from './gateways.js';
import { deleteByPrefix } from '../lib/redisCleanup.js';

const USAGE = `Usage: npm run bench:audit -- [options]
  --events           records appended to the audit log alone          (default 1000000)
  --writers          writer processes appending into one tenant       (default 2)
  --gateway-seconds  seconds per gateway measurement, 0 skips them    (default 10)
  --gateway-rate     mutations/s offered in the gateway measurements  (default 600)`;
const values = benchArgs(USAGE, {
  events: { type: 'string', default: '1000000' },
  writers: { type: 'string', default: '2' },
  'gateway-seconds': { type: 'string', default: '10' },
  'gateway-rate': { type: 'string', default: '600' },
});
const gatewaySeconds = integerFlag('gateway-seconds', values['gateway-seconds'], 0, 600);
const gatewayRate = integerFlag('gateway-rate', values['gateway-rate'], 50, 20_000);
const events = integerFlag('events', values.events, 1000, 5_000_000);
const writers = integerFlag('writers', values.writers, 1, 8);
const gateways = gatewaySeconds > 0 ? await measureGateways(gatewaySeconds, gatewayRate) : null;
const run = randomUUID().slice(0, 8);
// What the writer processes need to join this run (same secrets, prefix, checkpoint interval).
const runEnv: Record<string, string> = {
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `bench:audit:${run}:`,
  AUDIT_CHECKPOINT_EVERY: String(Math.max(1000, Math.floor(events / 20))),
};
const config = loadConfig({ ...process.env, ...runEnv });
const tenant = `bench-${run}`;
const client = createRedis(config, 'bench-audit');
const first = createAuditLog(client, config);
const appenders: AppendWriter[] = [];
try {
  for (let i = 0; i < writers; i += 1) appenders.push(await AppendWriter.start(runEnv, tenant, i));
  const before = await client.info('memory');
  const usedBefore = Number(/used_memory:(\d+)/.exec(before)?.[1] ?? 0);

  // Appends: the writer processes take flights of 2,000 concurrent appends together (a mutation
  // burst through every gateway at once), each its share.
  const flight = 2000;
  const cpu0 = appenders.map((w) => processCpuMs(w.pid));
  const t0 = performance.now();
  for (let done = 0; done < events; done += flight) {
    const n = Math.min(flight, events - done);
    const share = Math.ceil(n / writers);
    await Promise.all(
      appenders.map((w, i) => w.append(done + i * share, Math.max(0, Math.min(share, n - i * share)))),
    );
  }
  const appendSeconds = (performance.now() - t0) / 1000;
  const cpuMs = appenders.reduce((sum, w, i) => sum + processCpuMs(w.pid) - (cpu0[i] as number), 0);
  const cpuMsPerRecord = cpuMs / events;
  await first.checkpoints.create(tenant);

  const after = await client.info('memory');
  const usedAfter = Number(/used_memory:(\d+)/.exec(after)?.[1] ?? 0);

  // Verification of the whole log: chain, leaves, every checkpoint.
  const checkpoints = await first.checkpoints.list(tenant);
  const v0 = performance.now();
  const report = await verifyTrail(first.trail, tenant, {
    checkpoints,
    publicKeys: first.checkpoints.publicKeys(),
    origin: first.checkpoints.originOf(tenant),
  });
  const verifySeconds = (performance.now() - v0) / 1000;

  // Inclusion proofs of random events against the whole tree, fetched as auditInclusionProof
  // does (path, root and the tree's leaf in one call); each checked against its record, untimed.
  const size = await first.trail.headSize(tenant);
  const proofMs: number[] = [];
  let proofsOk = 0;
  for (let i = 0; i < 200; i += 1) {
    const index = Math.floor(Math.random() * size);
    const p0 = performance.now();
    const { proof, root, leaf } = await first.trail.withTree(tenant, (s) => ({
      proof: inclusionProof(s, index, size),
      root: rootHash(s, size),
      leaf: s.node(0, index),
    }));
    proofMs.push(performance.now() - p0);
    const [entry] = await first.trail.range(tenant, index, index);
    if (entry && entryLeaf(entry).equals(leaf) && verifyInclusion(leaf, index, size, proof, root))
      proofsOk += 1;
  }
  proofMs.sort((a, b) => a - b);

  console.log(
    `audit log bench: ${events} records into one tenant from ${writers} writer processes (each its own Redis connection, as gateways are)`,
  );
  console.log('| figure | value | target |');
  console.log('|---|---:|---:|');
  if (gateways) {
    console.log(
      `| audited mutations through 2 gateways (publishEvent, 2 × 16 connections, ${gatewaySeconds} s) | ${gateways.mutationsPerSecond}/s, ${gateways.recorded} records, ${gateways.errors} errors | – |`,
    );
    console.log(
      `| gateway CPU per mutation offered ${gateways.abRate}/s (achieved ${gateways.abAchieved.audited} / ${gateways.abAchieved.unaudited}/s): audited / trail append a no-op (withoutAudit.mjs) | ${gateways.cpuMsPerMutation.toFixed(3)} / ${gateways.cpuMsPerUnauditedMutation.toFixed(3)} ms | – |`,
    );
    console.log(
      `| audit share of gateway CPU per mutation (the difference) | ${(gateways.cpuMsPerMutation - gateways.cpuMsPerUnauditedMutation).toFixed(3)} ms | ≤ 0.3 ms |`,
    );
  }
  console.log(`| appends/s | ${Math.round(events / appendSeconds)} | ≥ 10,000 |`);
  console.log(`| appending CPU per record (writer processes) | ${cpuMsPerRecord.toFixed(3)} ms | – |`);
  console.log(
    `| Redis bytes per record (events + tree + ids + stream) | ${Math.round((usedAfter - usedBefore) / events)} | – |`,
  );
  console.log(
    `| verify ${report.checked} records (${report.checkpointsVerified} checkpoints) | ${verifySeconds.toFixed(2)} s, ${report.valid ? 'valid' : 'INVALID'} | < 10 s for 1M |`,
  );
  console.log(
    `| inclusion proof from Redis (path, root, leaf: one call), p50 / p99 | ${(proofMs[100] ?? 0).toFixed(2)} / ${(proofMs[197] ?? 0).toFixed(2)} ms (${proofsOk}/200 verified) | < 5 ms |`,
  );
} finally {
  await Promise.all(appenders.map((w) => w.stop()));
  await deleteByPrefix(client, config.REDIS_KEY_PREFIX).catch(() => undefined);
  await first.close();
  client.disconnect();
}
