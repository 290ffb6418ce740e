import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { forkWhenReady, stopProcess } from '../lib/childProcess.js';
import { isChildMessage, type GatewaySpec } from './protocol.js';

const ENTRY = fileURLToPath(new URL('./childGateway.ts', import.meta.url));

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
    const { child, pid, ready } = await forkWhenReady<string>({
      entry: ENTRY,
      env,
      execArgv,
      label: `${spec.kind} gateway`,
      start: { type: 'start', spec },
      readiness: (message) => {
        if (!isChildMessage(message)) return undefined;
        return message.type === 'ready' ? { ready: message.url } : { failed: message.message };
      },
    });
    return new GatewayChild(child, pid, ready);
  }

  stop(): Promise<void> {
    return stopProcess(this.child);
  }
}
