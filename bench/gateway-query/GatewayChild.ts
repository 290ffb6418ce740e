import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isChildMessage, type GatewaySpec } from './protocol.js';

const ENTRY = fileURLToPath(new URL('./childGateway.ts', import.meta.url));
// Resolved here so the child finds the TypeScript loader whatever its working directory.
const TSX_LOADER = import.meta.resolve('tsx');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/** One gateway under test, running in its own Node process (tsx loader, IPC channel). */
export class GatewayChild {
  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly url: string,
  ) {}

  /**
   * Forks the child, asks it to serve `spec` and waits until it listens (or fails, or times out).
   * `execArgv` adds Node flags (e.g. `--cpu-prof`).
   */
  static async start(
    spec: GatewaySpec,
    env: NodeJS.ProcessEnv,
    execArgv: readonly string[] = [],
  ): Promise<GatewayChild> {
    const child = fork(ENTRY, [], {
      env,
      execArgv: ['--import', TSX_LOADER, ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`could not fork the ${spec.kind} gateway process`);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${spec.kind} gateway not ready within ${READY_TIMEOUT_MS} ms`)),
          READY_TIMEOUT_MS,
        );
        const done = (): void => {
          clearTimeout(timer);
          child.off('message', onMessage);
          child.off('exit', onExit);
        };
        const onMessage = (message: unknown): void => {
          if (!isChildMessage(message)) return;
          done();
          if (message.type === 'ready') resolve(message.url);
          else reject(new Error(`${spec.kind} gateway failed to start: ${message.message}`));
        };
        const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
          done();
          reject(new Error(`${spec.kind} gateway process exited early (code ${code}, signal ${signal})`));
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send({ type: 'start', spec });
      });
      return new GatewayChild(child, pid, url);
    } catch (error) {
      await stopProcess(child);
      throw error;
    }
  }

  stop(): Promise<void> {
    return stopProcess(this.child);
  }
}

/** Asks the child to close its servers; kills it if it has not exited in time. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send({ type: 'stop' });
  else child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
