import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { forkWhenReady, stopProcess } from './childProcess.js';

const ENTRY = fileURLToPath(new URL('./subgraphsChild.ts', import.meta.url));

/** Subgraphs in a Node process of their own, so their CPU reads apart. */
export class SubgraphChild {
  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    /** Subgraph name → its URL. */
    readonly urls: Readonly<Record<string, string>>,
  ) {}

  /** Forks the child and waits until its subgraphs listen (or it fails, or the wait times out). */
  static async start(env: NodeJS.ProcessEnv, names: readonly string[]): Promise<SubgraphChild> {
    const { child, pid, ready } = await forkWhenReady<Record<string, string>>({
      entry: ENTRY,
      args: names,
      env,
      // BENCH_CPU_PROF=1: a V8 CPU profile of the subgraphs' process in /tmp/prof.
      execArgv: env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
      label: names.join(', '),
      readiness: (message) => {
        const {
          type,
          urls,
          message: reason,
        } = (message ?? {}) as {
          type?: string;
          urls?: Record<string, string>;
          message?: string;
        };
        if (type === 'ready' && urls) return { ready: urls };
        if (type === 'failed') return { failed: reason ?? 'unknown' };
        return undefined;
      },
    });
    return new SubgraphChild(child, pid, ready);
  }

  /** Asks the child to close; kills it if it has not exited in time. */
  stop(): Promise<void> {
    return stopProcess(this.child);
  }
}
