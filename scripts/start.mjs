// `npm start`: packages, Redis, Neo4j, demo data, all subgraphs and the gateway; Ctrl-C stops all.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devSecrets, platformEnv } from './devEnv.mjs';
import {
  ensureNeo4j,
  ensureNodeModules,
  ensureRedis,
  ROOT,
  say,
  stopServices,
  tcpAnswers,
} from './services.mjs';

ensureNodeModules();
const env = platformEnv(devSecrets());
try {
  await ensureRedis(env.REDIS_URL, path.join(ROOT, '.data', 'redis'));
  await ensureNeo4j(env, path.join(ROOT, '.data', 'neo4j'));
} catch (error) {
  stopServices();
  say(String(error.message ?? error));
  process.exit(1);
}

const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const demo = spawnSync(tsx, ['scripts/demo.ts'], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
if (demo.status !== 0) {
  stopServices();
  process.exit(demo.status ?? 1);
}

const platform = spawn(tsx, ['runtime/main.ts', 'all'], { cwd: ROOT, env, stdio: 'inherit' });
const shutdown = () => {
  platform.kill('SIGTERM');
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
platform.on('exit', (code) => {
  stopServices();
  process.exit(code ?? 0);
});

const port = Number(env.GATEWAY_PORT ?? 4000);
const host = env.HOST ?? '127.0.0.1';
const deadline = Date.now() + 120_000;
while (Date.now() < deadline && !(await tcpAnswers(host, port))) await new Promise((r) => setTimeout(r, 300));
const token = readFileSync(path.join(ROOT, '.data', 'dev-token.txt'), 'utf8').trim();
process.stdout.write(`
================================================================================
 Gateway:   http://${host}:${port}/graphql   (graphql-ws on the same URL)
 Health:    http://${host}:${port}/healthz   Ready: /readyz   Metrics: /metrics
 Tenant:    tenant-demo (all scopes), token valid 24 h:

 export TOKEN=${token}

 curl -s http://${host}:${port}/graphql -H 'content-type: application/json' \\
   -H "authorization: Bearer $TOKEN" \\
   -d '{"query":"{ me { subject tenantId } documentPackages(limit: 3) { name documents { title } } }"}'
================================================================================
`);
