import { spawn } from 'node:child_process';
import { startRedisCluster } from '../../scripts/redisCluster.mjs';
import { usageError } from './flags.js';

export const REDIS_MODES = ['single', 'cluster', 'both'] as const;
export type RedisMode = (typeof REDIS_MODES)[number];

/**
 * `--redis single|cluster|both` for the benches. `single`: the Redis at REDIS_URL. `cluster`: the
 * cluster at REDIS_CLUSTER_NODES, or a throwaway local one (3 masters + 3 replicas) for the run.
 * `both`: the bench runs once per mode, each in its own process, one after the other in the same
 * invocation (same machine, same load), and this process exits with the worse status — it never
 * returns. Otherwise returns the variables to merge into the bench's environment and a stop for
 * the throwaway cluster.
 */
export async function selectRedis(
  raw: string,
  env: NodeJS.ProcessEnv,
): Promise<{ env: Record<string, string>; label: string; stop(): void }> {
  if (!(REDIS_MODES as readonly string[]).includes(raw)) {
    usageError(`--redis takes ${REDIS_MODES.join(', ')}; got "${raw}" (e.g. --redis both)`);
  }
  const mode = raw as RedisMode;
  if (mode === 'both') {
    let status = 0;
    for (const each of ['single', 'cluster'] as const) {
      console.log(`\n=== Redis: ${each} ===`);
      status = Math.max(status, await rerun(each));
    }
    process.exit(status);
  }
  if (mode === 'single')
    return { env: { REDIS_CLUSTER_NODES: '' }, label: 'single Redis', stop: () => undefined };
  if (env.REDIS_CLUSTER_NODES) {
    return { env: {}, label: `Redis Cluster ${env.REDIS_CLUSTER_NODES}`, stop: () => undefined };
  }
  const cluster = await startRedisCluster({ nodeTimeoutMs: 5_000 });
  return {
    env: { REDIS_CLUSTER_NODES: cluster.nodes },
    label: 'Redis Cluster (throwaway, 3 masters + 3 replicas, this machine)',
    stop: () => cluster.stop(),
  };
}

/** This bench again (same loader, same flags) with `--redis <mode>`; resolves its exit status. */
function rerun(mode: 'single' | 'cluster'): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--redis' || a.startsWith('--redis='));
  if (at >= 0) args.splice(at, args[at] === '--redis' ? 2 : 1);
  const child = spawn(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, ...args, '--redis', mode],
    {
      stdio: 'inherit',
    },
  );
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}
