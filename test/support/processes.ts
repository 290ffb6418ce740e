import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { eventually } from './wsClient.js';

/** A free loopback port (bound and released; fine for tests on one machine). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface PlatformProcess {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Runs `runtime/main.ts <args>` as its own OS process and waits until `healthUrl` answers. */
export async function startPlatformProcess(
  args: string[],
  env: Record<string, string>,
  healthUrl: string,
): Promise<PlatformProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'runtime/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  await eventually(
    async () => {
      if (exited) throw new Error(`main.ts ${args.join(' ')} exited early`);
      return fetch(healthUrl).then(
        (r) => r.ok,
        () => false,
      );
    },
    60_000,
    `main.ts ${args.join(' ')} to answer`,
  );
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
