import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import type { Section } from '../graph/sections.js';

/**
 * A zip written entry by entry into `out`. Entries are consumed in order, so the open entry always
 * drains and writes into it see real backpressure. Level 1 deflate: CSV and Parquet compress well
 * at it, and higher levels would make compression, not Neo4j, the bottleneck.
 */
export class ZipEntries {
  private readonly archive = new ZipArchive({ zlib: { level: 1 } });
  private readonly done: Promise<void>;

  constructor(out: Writable) {
    this.done = pipeline(this.archive, out);
    // Surface the failure through finish(); an unhandled rejection here would crash the worker.
    this.done.catch(() => undefined);
  }

  open(name: string): PassThrough {
    const entry = new PassThrough({ highWaterMark: 1 << 20 });
    this.archive.append(entry, { name });
    return entry;
  }

  async finish(): Promise<void> {
    await this.archive.finalize();
    await this.done;
  }
}

/** Zip entry path of a section: nodes/<Label>, relationships/<kind>, or the table name. */
export function sectionEntryName(section: Section, extension: string): string {
  const folder =
    section.kind === 'nodes' ? 'nodes/' : section.kind === 'relationships' ? 'relationships/' : '';
  return `${folder}${section.name.replace(/[^\w.-]/g, '_')}.${extension}`;
}
