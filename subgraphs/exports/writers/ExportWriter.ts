import type { Writable } from 'node:stream';
import type { ExportJobRecord } from '../jobs/ExportJobRecord.js';
import type { Row, Section } from '../graph/sections.js';

/**
 * Writes one export file as rows arrive, section by section, without holding sections in memory.
 * `write` returns a promise only when the output asks to wait (backpressure); the caller awaits it.
 * `finish` ends `out` and resolves once every byte is handed to it.
 */
export interface ExportWriter {
  /** Called once with every section known up front (graph formats declare keys from them). */
  begin(sections: readonly Section[]): Promise<void>;
  beginSection(section: Section): Promise<void>;
  write(row: Row): Promise<void> | undefined;
  endSection(): Promise<void>;
  finish(): Promise<void>;
}

export interface WriterContext {
  readonly out: Writable;
  readonly job: ExportJobRecord;
  readonly exportedAt: string;
  /** Rows allowed per EXCEL sheet. */
  readonly excelMaxRows: number;
}

/** Shape of the file a format produces. */
export interface FileKind {
  readonly extension: string;
  readonly contentType: string;
}
