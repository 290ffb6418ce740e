// `npm start`: packages, Redis, Neo4j, demo data, all subgraphs and the gateway; Ctrl-C stops all.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { devSecrets, platformEnv } from './devEnv.mjs';
import {
  buildClient,
  ensureNeo4j,
  ensureNodeModules,
  ensureRedis,
  ensureRedisCluster,
  ROOT,
  say,
  stopServices,
  tcpAnswers,
} from './services.mjs';

ensureNodeModules();
// The partner client package and the example app (examples/partner-app) the banner points at.
buildClient();
const env = platformEnv(devSecrets());
try {
  if (env.REDIS_CLUSTER_NODES) await ensureRedisCluster(env.REDIS_CLUSTER_NODES);
  else await ensureRedis(env.REDIS_URL, path.join(ROOT, '.data', 'redis'));
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
const graphqlUrl = `http://${host}:${port}/graphql`;

/** An API key for the example partner app: the saved one while it works, else a new one (createApiKey). */
async function demoApiKey() {
  const file = path.join(ROOT, '.data', 'dev-api-key.txt');
  const ask = (headers, query, variables) =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    const me = await ask({ 'x-api-key': saved }, '{ me { subject } }').catch(() => null);
    if (me?.data?.me) return saved;
  }
  const created = await ask(
    { authorization: `Bearer ${token}` },
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    {
      input: {
        name: 'example partner app (npm start)',
        scopes: ['graph:read', 'exports:read', 'exports:write', 'events:read', 'observability:read'],
      },
    },
  );
  const secret = created?.data?.createApiKey?.secret;
  if (!secret) throw new Error(`createApiKey failed: ${JSON.stringify(created?.errors ?? created)}`);
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
const keyNote = await demoApiKey().then(
  () => 'in .data/dev-api-key.txt',
  (error) => `not created (${error.message})`,
);
process.stdout.write(`
================================================================================
 Gateway:   ${graphqlUrl}   (graphql-ws and SSE on the same URL)
 Explorer:  open ${graphqlUrl} in a browser (GraphiQL), paste the token below
 Health:    http://${host}:${port}/healthz   Ready: /readyz   Metrics: /metrics
 Tenant:    tenant-demo (all scopes), token valid 24 h:

 export TOKEN=${token}

 curl -s http://${host}:${port}/graphql -H 'content-type: application/json' \\
   -H "authorization: Bearer $TOKEN" \\
   -d '{"query":"{ me { subject tenantId } documentPackages(limit: 3) { name documents { title } } }"}'

 Partner app (examples/partner-app, @kg-platform/client); its API key is ${keyNote}:
 PLATFORM_API_KEY=$(cat .data/dev-api-key.txt) node examples/partner-app/dist/cli.js packages
================================================================================
`);
