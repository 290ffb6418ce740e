// A throwaway Redis Cluster on 127.0.0.1 (Debian's redis-server in cluster mode, created with
// `redis-cli --cluster create`): used by `npm test` for the cluster run, by the failover test for
// a private cluster it can kill a master of, and by hand:
//   node scripts/redisCluster.mjs 7001      # 3 masters + 3 replicas on 7001–7006 until Ctrl-C
// Plain Node (no dependencies), like scripts/services.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
/** Redis Cluster's bus listens on the node's port + 10000. */
const BUS_OFFSET = 10_000;

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/** `count` consecutive free ports whose bus ports (+10000) are free too, from a random base. */
export async function freeClusterPorts(count) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    const free = await Promise.all(ports.flatMap((p) => [portFree(p), portFree(p + BUS_OFFSET)]));
    if (free.every(Boolean)) return ports;
  }
  throw new Error(`no ${count} free cluster ports (and bus ports) found`);
}

function cli(port, ...args) {
  const result = spawnSync('redis-cli', ['-h', HOST, '-p', String(port), ...args], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : null;
}

async function until(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Redis Cluster: ${what} within ${timeoutMs / 1000} s`);
}

function startNode(port, dir, nodeTimeoutMs) {
  const nodeDir = path.join(dir, String(port));
  mkdirSync(nodeDir, { recursive: true });
  const log = openSync(path.join(nodeDir, 'redis.log'), 'a');
  return spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      HOST,
      '--dir',
      nodeDir,
      '--cluster-enabled',
      'yes',
      '--cluster-config-file',
      path.join(nodeDir, 'nodes.conf'),
      '--cluster-node-timeout',
      String(nodeTimeoutMs),
      '--appendonly',
      'no',
      '--save',
      '',
      '--maxclients',
      '20000',
    ],
    { stdio: ['ignore', log, log] },
  );
}

/** Every node answers, every slot is served and every master has its replica. */
function healthy(ports) {
  return ports.every((port) => {
    const info = cli(port, 'CLUSTER', 'INFO');
    return Boolean(info && /cluster_state:ok/.test(info) && /cluster_slots_ok:16384/.test(info));
  });
}

/**
 * Starts `masters` masters with `replicas` replicas each on consecutive ports (free ones when
 * `ports` is not given), creates the cluster and waits until every node reports it healthy.
 * `nodeTimeoutMs` is cluster-node-timeout: how long a dead master goes unnoticed before its
 * replica is promoted (production default 15000; tests use less to keep failover short).
 */
export async function startRedisCluster({
  masters = 3,
  replicas = 1,
  ports,
  dir,
  nodeTimeoutMs = 2_000,
} = {}) {
  const count = masters * (1 + replicas);
  const nodePorts = ports ?? (await freeClusterPorts(count));
  const ownDir = !dir;
  const root = dir ?? mkdtempSync(path.join(os.tmpdir(), 'kg-redis-cluster-'));
  const children = new Map(nodePorts.map((port) => [port, startNode(port, root, nodeTimeoutMs)]));
  const stop = () => {
    for (const child of children.values()) if (child.exitCode === null) child.kill('SIGTERM');
    children.clear();
    if (ownDir) rmSync(root, { recursive: true, force: true });
  };
  try {
    await until(() => nodePorts.every((port) => cli(port, 'PING')?.trim() === 'PONG'), 'nodes up', 20_000);
    const create = spawnSync(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...nodePorts.map((port) => `${HOST}:${port}`),
        '--cluster-replicas',
        String(replicas),
        '--cluster-yes',
      ],
      { encoding: 'utf8' },
    );
    if (create.status !== 0)
      throw new Error(`redis-cli --cluster create failed: ${create.stdout}${create.stderr}`);
    await until(() => healthy(nodePorts), 'cluster state ok', 30_000);
    // Replicas attach asynchronously after create: failover needs them in sync first. A master
    // counts a replica as connected while its first sync is still under way; a replica whose
    // master dies then never had a link and refuses to take over (cluster-replica-validity-factor),
    // so each replica's own link must be up, read off each node once per check.
    await until(
      () =>
        nodePorts.every((port) => {
          const info = cli(port, 'INFO', 'replication') ?? '';
          return /role:master/.test(info)
            ? /connected_slaves:[1-9]/.test(info)
            : /master_link_status:up/.test(info);
        }),
      'replicas in sync',
      30_000,
    );
  } catch (error) {
    stop();
    throw error;
  }
  return {
    host: HOST,
    ports: nodePorts,
    /** REDIS_CLUSTER_NODES for this cluster. */
    nodes: nodePorts.map((port) => `${HOST}:${port}`).join(','),
    /** Ports of the nodes that are masters now. */
    masters: () => masterPorts([...children.keys()]),
    /** The master serving a key's slot now. */
    masterOf: (key) => {
      const live = [...children.keys()][0];
      return slotOwner(cli(live, 'CLUSTER', 'NODES') ?? '', Number(cli(live, 'CLUSTER', 'KEYSLOT', key)));
    },
    crossSlotReplies: () => crossSlotReplies([...children.keys()]),
    resetStats: () => {
      for (const port of children.keys()) cli(port, 'CONFIG', 'RESETSTAT');
    },
    /** SIGKILLs a node: a crash, not a CLUSTER FAILOVER. */
    kill: (port) => {
      const child = children.get(port);
      if (!child) throw new Error(`no cluster node on ${port}`);
      child.kill('SIGKILL');
      children.delete(port);
    },
    /** Resolves when every slot is served again (after a kill: once a replica took over). */
    waitHealthy: (timeoutMs = 60_000) =>
      until(() => healthy([...children.keys()]), 'slots served again', timeoutMs),
    stop,
  };
}

/**
 * The server's own count of CROSSSLOT replies (INFO errorstats) and the commands it refused
 * (INFO commandstats rejected_calls), over the given nodes: whoever sent them, any process.
 */
export function crossSlotReplies(ports) {
  let count = 0;
  const commands = new Set();
  for (const port of ports) {
    count += Number(/errorstat_CROSSSLOT:count=(\d+)/.exec(cli(port, 'INFO', 'errorstats') ?? '')?.[1] ?? 0);
    for (const [, name, rejected] of (cli(port, 'INFO', 'commandstats') ?? '').matchAll(
      /cmdstat_([^:]+):.*rejected_calls=(\d+)/g,
    )) {
      if (Number(rejected) > 0) commands.add(name);
    }
  }
  return { count, commands: [...commands] };
}

function masterPorts(ports) {
  return ports.filter((port) => /role:master/.test(cli(port, 'INFO', 'replication') ?? ''));
}

/** The live master whose slot ranges (CLUSTER NODES: `id ip:port@bus flags … 0-5460`) hold `slot`. */
function slotOwner(nodesOutput, slot) {
  for (const line of nodesOutput.split('\n')) {
    const [, address, flags, , , , , , ...ranges] = line.trim().split(' ');
    if (!address || !flags?.includes('master') || flags.includes('fail')) continue;
    const owns = ranges.some((range) => {
      const [start, end = start] = range.split('-').map(Number);
      return slot >= start && slot <= end;
    });
    if (owns) return Number(address.split('@')[0].split(':')[1]);
  }
  throw new Error(`no live master serves slot ${slot}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = Number(process.argv[2] ?? 7001);
  const cluster = await startRedisCluster({
    ports: Array.from({ length: 6 }, (_, i) => base + i),
    nodeTimeoutMs: 5_000,
  });
  process.stdout.write(`Redis Cluster up: REDIS_CLUSTER_NODES=${cluster.nodes} (Ctrl-C stops it)\n`);
  const shutdown = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  setInterval(() => undefined, 60_000);
}
