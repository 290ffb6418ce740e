import { fork, type ChildProcess } from 'node:child_process';

// Resolved here so a child finds the TypeScript loader whatever its working directory.
const TSX_LOADER = import.meta.resolve('tsx');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/** What a child's message means to the parent waiting for it to be ready. */
export type Readiness<T> = { ready: T } | { failed: string } | undefined;

export interface ForkSpec<T> {
  /** The child's entry module (TypeScript, run through tsx). */
  entry: string;
  args?: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Extra Node flags (e.g. `--cpu-prof`). */
  execArgv?: readonly string[];
  /** Names the child in errors ("ours gateway", "knowledge"). */
  label: string;
  /** Sent to the child once forked, when it waits to be told what to serve. */
  start?: unknown;
  /** Reads a message from the child: ready, failed, or (undefined) not one of its answers. */
  readiness: (message: unknown) => Readiness<T>;
}

/**
 * Forks a bench child process (tsx loader, IPC channel) and waits until it says it is ready, fails,
 * exits or times out; a child that never got ready is stopped before the error is thrown.
 */
export async function forkWhenReady<T>(
  spec: ForkSpec<T>,
): Promise<{ child: ChildProcess; pid: number; ready: T }> {
  const child = fork(spec.entry, [...(spec.args ?? [])], {
    env: spec.env,
    execArgv: ['--import', TSX_LOADER, ...(spec.execArgv ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not fork the ${spec.label} process`);
  try {
    const ready = await new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${spec.label} not ready within ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      const done = (): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onMessage = (message: unknown): void => {
        const readiness = spec.readiness(message);
        if (readiness === undefined) return;
        done();
        if ('ready' in readiness) resolve(readiness.ready);
        else reject(new Error(`${spec.label} failed to start: ${readiness.failed}`));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        done();
        reject(new Error(`${spec.label} process exited early (code ${code}, signal ${signal})`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (spec.start !== undefined) child.send(spec.start as object);
    });
    return { child, pid, ready };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

/** Asks a bench child to close its servers ({type: 'stop'}); kills it if it has not exited in time. */
export async function stopProcess(child: ChildProcess): Promise<void> {
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
