// `npm test`: packages, Python venv (S3 test server), Chromium (explorer test), the client
// package build, Redis and a throwaway Neo4j when none
// answers, then typecheck, format check, dependency boundaries, generated-file checks and the
// whole vitest suite against the real services; then the Redis Cluster run: the suites whose
// state lives in Redis again, against a throwaway 3-master/3-replica cluster, failing on any
// CROSSSLOT reply (the files' own guard, then the servers' error statistics).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { platformEnv } from './devEnv.mjs';
import { startRedisCluster } from './redisCluster.mjs';
import {
  buildClient,
  ensureChromium,
  ensureNeo4j,
  ensureNodeModules,
  ensurePythonVenv,
  ensureRedis,
  ROOT,
  say,
  stopServices,
} from './services.mjs';

/** What the cluster run covers: events, webhooks, exports, audit, rate limits (issue 19). */
const CLUSTER_SUITES = [
  'test/e2e/subscriptions.e2e.ts',
  'test/e2e/webhooks.e2e.ts',
  // Worker processes (one killed -9): only the servers' counters see their CROSSSLOT replies.
  'test/e2e/webhooksDurability.e2e.ts',
  'test/e2e/exports.e2e.ts',
  'test/e2e/audit.e2e.ts',
  'test/e2e/rateLimits.e2e.ts',
];

/**
 * The cluster run over the cluster suites among `args` (all when none is named; vitest filters
 * such as `-t` pass through). Returns the exit status.
 */
async function clusterRun(args, env, bin) {
  const named = args.filter((a) => /\.(e2e|test)\.ts$/.test(a));
  const files =
    named.length === 0 ? CLUSTER_SUITES : CLUSTER_SUITES.filter((f) => named.some((n) => f.endsWith(n)));
  if (files.length === 0) {
    say('cluster run: none of the named files is a cluster suite; skipped');
    return 0;
  }
  const cluster = await startRedisCluster();
  try {
    say(`cluster run: Redis Cluster at ${cluster.nodes}; ${files.length} file(s)`);
    const options = args.filter((a) => !named.includes(a));
    const result = spawnSync(
      bin('vitest'),
      ['run', '--config', 'test/cluster.vitest.config.ts', ...options, ...files],
      { cwd: ROOT, env: { ...env, REDIS_CLUSTER_NODES: cluster.nodes }, stdio: 'inherit' },
    );
    // Also what processes the files started (workers, second gateways) were refused.
    const replies = cluster.crossSlotReplies();
    if (replies.count > 0) {
      say(
        `cluster run: ${replies.count} CROSSSLOT replies (refused commands: ${replies.commands.join(', ')})`,
      );
      return 1;
    }
    return result.status ?? 1;
  } finally {
    cluster.stop();
  }
}

ensureNodeModules();
ensurePythonVenv();
ensureChromium();
// Before the typecheck: the example app compiles against the client package's own .d.ts.
buildClient();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'kg-test-'));
const env = { ...platformEnv(), NODE_ENV: 'test' };
let status = 1;
try {
  // A throwaway server: nothing of the suite's data needs to survive a restart.
  await ensureRedis(env.REDIS_URL, path.join(scratch, 'redis'), { persistent: false });
  await ensureNeo4j(env, path.join(scratch, 'neo4j'));
  const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
  const steps = [
    ['typecheck', bin('tsc'), ['-p', '.']],
    ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
    // Boundaries (.dependency-cruiser.cjs): no circles, subgraphs apart, runtime/ imported by none.
    [
      'boundaries',
      bin('depcruise'),
      [
        '--config',
        '.dependency-cruiser.cjs',
        'lib',
        'gateway',
        'subgraphs',
        'runtime',
        'client/src',
        'examples/partner-app/src',
      ],
    ],
    ['tests', bin('vitest'), ['run', ...process.argv.slice(2)]],
  ];
  status = 0;
  for (const [name, command, args] of steps) {
    say(`${name}: ${path.basename(command)} ${args.join(' ')}`);
    const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    if (result.status !== 0) {
      say(`${name} failed`);
      status = result.status ?? 1;
      break;
    }
  }
  if (status === 0) {
    status = await clusterRun(process.argv.slice(2), env, bin);
    if (status !== 0) say('cluster run failed');
  }
} catch (error) {
  say(String(error?.message ?? error));
  status = 1;
} finally {
  stopServices();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
