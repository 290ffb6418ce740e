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
  /** Everything it wrote to stdout and stderr so far (its log lines), for tests that read them. */
  output(): string;
  stop(): Promise<void>;
}

/** Output kept per process; a test reading more than this learns it was cut. */
const OUTPUT_LIMIT = 64 * 1024 * 1024;

/** Runs `runtime/main.ts <args>` as its own OS process and waits until `healthUrl` answers. */
export async function startPlatformProcess(
  args: string[],
  env: Record<string, string>,
  healthUrl: string,
): Promise<PlatformProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'runtime/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= OUTPUT_LIMIT) chunks.push(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(chunk);
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
    output: () => {
      if (size > OUTPUT_LIMIT)
        throw new Error(`main.ts ${args.join(' ')} wrote more than ${OUTPUT_LIMIT} bytes`);
      return Buffer.concat(chunks).toString('utf8');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
