import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

/**
 * A pass-through that hashes (SHA-256) and counts the bytes on their way to a destination, so a
 * possibly large file is never read back to learn its size and digest.
 */
export class HashingMeter {
  readonly stream: Transform;
  private readonly hash = createHash('sha256');
  private size = 0;

  constructor() {
    this.stream = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.hash.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
      },
    });
  }

  /** Call once the stream has finished. */
  result(): { fileSize: number; sha256: string } {
    return { fileSize: this.size, sha256: this.hash.digest('hex') };
  }
}
