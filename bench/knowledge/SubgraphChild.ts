import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./knowledgeChild.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/** The knowledge subgraph in its own Node process (tsx loader, IPC channel), so its CPU reads apart. */
export class SubgraphChild {
  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly url: string,
  ) {}

  /** Forks the child and waits until its subgraph listens (or it fails, or the wait times out). */
  static async start(env: NodeJS.ProcessEnv): Promise<SubgraphChild> {
    const child = fork(ENTRY, [], {
      env,
      // BENCH_CPU_PROF=1: a V8 CPU profile of the subgraph process in /tmp/prof.
      execArgv: [
        '--import',
        TSX_LOADER,
        ...(env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error('could not fork the knowledge subgraph process');
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`knowledge subgraph not ready within ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      child.once('message', (message: { type?: string; url?: string; message?: string }) => {
        clearTimeout(timer);
        if (message.type === 'ready' && message.url) resolve(message.url);
        else reject(new Error(`knowledge subgraph failed to start: ${message.message ?? 'unknown'}`));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`knowledge subgraph process exited early (code ${code})`));
      });
    });
    return new SubgraphChild(child, pid, url);
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
