import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SegmentStore } from './SegmentStore.js';

/**
 * Files under `dir/<tenant>/` (AUDIT_SEGMENTS_DIR), a volume every audit subgraph replica and export
 * worker shares. Written to a temporary name and renamed, so no reader sees half a file.
 */
export class LocalSegmentStore implements SegmentStore {
  readonly kind = 'LOCAL' as const;

  constructor(private readonly dir: string) {}

  location(tenantId: string, file: string): string {
    return join(this.dir, encodeURIComponent(tenantId), file);
  }

  async put(tenantId: string, file: string, body: Buffer): Promise<void> {
    const path = this.location(tenantId, file);
    await mkdir(join(this.dir, encodeURIComponent(tenantId)), { recursive: true });
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, body);
    await rename(partial, path);
  }

  async get(tenantId: string, file: string): Promise<Buffer | null> {
    try {
      return await readFile(this.location(tenantId, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(tenantId: string, file: string): Promise<void> {
    await rm(this.location(tenantId, file), { force: true });
  }

  close(): void {}
}
