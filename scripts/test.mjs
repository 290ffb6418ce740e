// `npm test`: packages, Python venv (S3 test server), Chromium (explorer test), the client
// package build, Redis and a throwaway Neo4j when none
// answers, then typecheck, format check, dependency boundaries, generated-file checks and the
// whole vitest suite against the real services.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { platformEnv } from './devEnv.mjs';
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
} catch (error) {
  say(String(error?.message ?? error));
  status = 1;
} finally {
  stopServices();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
