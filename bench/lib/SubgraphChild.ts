import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./subgraphsChild.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/** Subgraphs in a Node process of their own (tsx loader, IPC channel), so their CPU reads apart. */
export class SubgraphChild {
  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    /** Subgraph name → its URL. */
    readonly urls: Readonly<Record<string, string>>,
  ) {}

  /** Forks the child and waits until its subgraphs listen (or it fails, or the wait times out). */
  static async start(env: NodeJS.ProcessEnv, names: readonly string[]): Promise<SubgraphChild> {
    const label = names.join(', ');
    const child = fork(ENTRY, [...names], {
      env,
      // BENCH_CPU_PROF=1: a V8 CPU profile of the subgraphs' process in /tmp/prof.
      execArgv: [
        '--import',
        TSX_LOADER,
        ...(env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`could not fork the process of ${label}`);
    const urls = await new Promise<Record<string, string>>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${label} not ready within ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      child.once('message', (message: { type?: string; urls?: Record<string, string>; message?: string }) => {
        clearTimeout(timer);
        if (message.type === 'ready' && message.urls) resolve(message.urls);
        else reject(new Error(`${label} failed to start: ${message.message ?? 'unknown'}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the process of ${label} exited early (code ${code})`));
      });
    });
    return new SubgraphChild(child, pid, urls);
  }

  /** Asks the child to close; kills it if it has not exited in time. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
