import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isWriterReply, type WriterRequest } from './appendProtocol.js';

const ENTRY = fileURLToPath(new URL('./appendChild.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');
const REPLY_TIMEOUT_MS = 120_000;

/** A writer process of bench:audit (appendChild.ts): one request at a time, answered in order. */
export class AppendWriter {
  private constructor(private readonly child: ChildProcess) {}

  get pid(): number {
    return this.child.pid as number;
  }

  static async start(env: Record<string, string>, tenant: string, writer: number): Promise<AppendWriter> {
    const child = fork(ENTRY, [], {
      execArgv: ['--import', TSX_LOADER],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const w = new AppendWriter(child);
    await w.request({ type: 'start', env, tenant, writer });
    return w;
  }

  append(from: number, count: number): Promise<void> {
    return this.request({ type: 'append', from, count });
  }

  async stop(): Promise<void> {
    if (!this.child.connected) return;
    await this.request({ type: 'stop' }).catch(() => this.child.kill());
  }

  private request(message: WriterRequest): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`writer ${message.type}: no answer`)), REPLY_TIMEOUT_MS);
      const onMessage = (reply: unknown) => {
        if (!isWriterReply(reply)) return;
        done(reply.type === 'ok' ? null : new Error(`writer ${message.type}: ${reply.message}`));
      };
      const onExit = () => done(new Error(`writer exited during ${message.type}`));
      const done = (error: Error | null) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (error) reject(error);
        else resolve();
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(message);
    });
  }
}
