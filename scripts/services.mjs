// Brings up what the platform needs on this machine: npm packages, Redis, Neo4j.
// Plain Node (no dependencies) because it runs before `npm install` may have happened.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAUNCHER = path.join(ROOT, 'tools', 'neo4j-launcher');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function say(message) {
  process.stdout.write(`[platform] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs npm packages when node_modules is missing or older than the lockfile. `npm install`
 * with the committed lockfile installs the locked versions; `npm ci` would refuse outright because
 * the registry we use lacks some platform-only optional packages (msgpackr-extract for macOS and
 * Windows) that a lockfile would have to list.
 */
export function ensureNodeModules() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm packages (npm install, locked versions)');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

/** Resolves when something accepts TCP connections at host:port (or false after timeoutMs). */
export function tcpAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: host.replace(/^\[|\]$/g, ''), port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

const children = [];
/** Stops every service this process started. */
export function stopServices() {
  for (const child of children.splice(0)) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

/**
 * Starts redis-server (installing Debian's package if needed) unless REDIS_URL answers. Data is
 * persistent (AOF, fsync every second, plus RDB snapshots) unless the caller opts out explicitly
 * with `{ persistent: false }`, as the test bootstrap does for its throwaway server.
 */
export async function ensureRedis(redisUrl, dataDir, { persistent = true } = {}) {
  const url = new URL(redisUrl);
  const host = url.hostname || '127.0.0.1';
  const port = Number(url.port || 6379);
  if (await tcpAnswers(host, port)) {
    say(`Redis answers at ${host}:${port}`);
    return;
  }
  if (!LOOPBACK.has(host))
    throw new Error(`Nothing answers at REDIS_URL=${redisUrl} and it is not local: start it there`);
  if (!has('redis-server')) {
    say('installing redis-server from Debian packages');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'redis-server'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  mkdirSync(dataDir, { recursive: true });
  const args = [
    '--port',
    String(port),
    '--bind',
    host === 'localhost' ? '127.0.0.1' : host.replace(/^\[|\]$/g, ''),
    '--dir',
    dataDir,
    '--save',
    persistent ? '60 1' : '',
    '--appendonly',
    persistent ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--maxclients',
    '20000',
  ];
  const log = openSync(path.join(dataDir, 'redis.log'), 'a');
  const child = spawn('redis-server', args, { stdio: ['ignore', log, log] });
  children.push(child);
  await waitFor(() => tcpAnswers(host, port), 'Redis', 20_000);
  say(`Redis started at ${host}:${port} (data: ${dataDir})`);
}

/**
 * With REDIS_CLUSTER_NODES set the platform uses that Redis Cluster: it is not launched here
 * (`node scripts/redisCluster.mjs 7001` starts one for development), only checked.
 */
export async function ensureRedisCluster(nodes) {
  const list = nodes
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const node of list) {
    const at = node.lastIndexOf(':');
    if (!(await tcpAnswers(node.slice(0, at), Number(node.slice(at + 1))))) {
      throw new Error(
        `Nothing answers at ${node} (REDIS_CLUSTER_NODES): start the cluster, e.g. node scripts/redisCluster.mjs 7001`,
      );
    }
  }
  say(`Redis Cluster answers at ${list.join(', ')}`);
}

/**
 * Python 3 with venv, for the S3-compatible test server (moto from PyPI, installed by
 * test/support/s3Server.ts). Installs Debian's packages when missing, like Redis.
 */
export function ensurePythonVenv() {
  const ok = () => spawnSync('python3', ['-c', 'import venv, ensurepip'], { stdio: 'ignore' }).status === 0;
  if (ok()) return;
  say('installing python3-venv from Debian packages (S3 test server)');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'python3', 'python3-venv'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Debian's Chromium for the explorer's browser test (npm-downloaded browsers fail here). */
export function ensureChromium() {
  if (process.env.CHROMIUM_PATH || ['chromium', 'chromium-browser', 'google-chrome'].some(has)) return;
  say('installing chromium from Debian packages (the explorer browser test)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
}

/** The partner client package and the example app, built to their dist/ (tsc). */
export function buildClient() {
  run('npm', ['run', '--silent', 'build:client']);
}

function launcherBuilt() {
  const deps = path.join(LAUNCHER, 'target', 'dependency');
  return (
    existsSync(path.join(LAUNCHER, 'target', 'classes', 'platform', 'Neo4jLauncher.class')) &&
    existsSync(deps) &&
    readdirSync(deps).length > 50 &&
    // APOC's jars for the plugin directory: a launcher built before APOC is rebuilt once.
    existsSync(path.join(LAUNCHER, 'target', 'plugins'))
  );
}

/** Starts the embedded Neo4j launcher (building it from Maven Central once) unless NEO4J_URI answers. */
export async function ensureNeo4j(env, homeDir) {
  const uri = new URL(env.NEO4J_URI.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
  const host = uri.hostname;
  const port = Number(uri.port || 7687);
  if (await tcpAnswers(host, port)) {
    say(`Neo4j answers at ${env.NEO4J_URI}`);
    return;
  }
  if (!LOOPBACK.has(host))
    throw new Error(`Nothing answers at NEO4J_URI=${env.NEO4J_URI} and it is not local: start it there`);
  if (!launcherBuilt()) {
    say('building the Neo4j 5 launcher from Maven Central (first run only)');
    run('mvn', ['-q', '-B', 'compile', 'dependency:copy-dependencies'], { cwd: LAUNCHER });
  }
  mkdirSync(homeDir, { recursive: true });
  const log = createWriteStream(path.join(homeDir, 'launcher.log'), { flags: 'a' });
  const child = spawn(
    'java',
    [
      `-Xmx${env.NEO4J_HEAP ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      `target/classes:target/dependency/*`,
      'platform.Neo4jLauncher',
    ],
    {
      cwd: LAUNCHER,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NEO4J_HOME: homeDir,
        NEO4J_BOLT_HOST: host === 'localhost' ? '127.0.0.1' : host,
        NEO4J_BOLT_PORT: String(port),
        NEO4J_USER: env.NEO4J_USER,
        NEO4J_PASSWORD: env.NEO4J_PASSWORD,
      },
    },
  );
  children.push(child);
  // Bolt accepts connections before the launcher has set the password: wait for its READY line.
  let ready = false;
  let exited = false;
  child.stdout.on('data', (chunk) => {
    log.write(chunk);
    if (String(chunk).includes('NEO4J_READY')) ready = true;
  });
  child.stderr.pipe(log);
  child.once('exit', () => {
    exited = true;
  });
  await waitFor(
    async () => {
      if (exited) throw new Error(`Neo4j launcher exited; see ${path.join(homeDir, 'launcher.log')}`);
      return ready;
    },
    'Neo4j',
    180_000,
  );
  say(`Neo4j started at bolt://${host}:${port} (data: ${homeDir})`);
}
