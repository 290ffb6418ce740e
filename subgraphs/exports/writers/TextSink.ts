import { once } from 'node:events';
import type { Writable } from 'node:stream';

const FLUSH_AT = 256 * 1024;

/**
 * Collects small strings into large chunks (one stream write per ~256 KiB instead of per row) and
 * surfaces backpressure: `write` returns a promise only when the stream wants the caller to wait.
 */
export class TextSink {
  private buffer = '';

  constructor(private readonly out: Writable) {}

  write(text: string): Promise<void> | undefined {
    this.buffer += text;
    return this.buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  flush(): Promise<void> | undefined {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk.length > 0 && !this.out.write(chunk)) return once(this.out, 'drain').then(() => undefined);
    return undefined;
  }

  /** Flushes, ends the stream and waits until it has finished. */
  async end(): Promise<void> {
    await this.flush();
    await endStream(this.out);
  }
}

export async function endStream(out: Writable): Promise<void> {
  if (out.writableFinished) return;
  const finished = once(out, 'finish');
  out.end();
  await finished;
}
