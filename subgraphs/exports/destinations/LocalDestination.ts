import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CommittedFile, Destination, ExportTarget, StoredObject } from './Destination.js';
import { HashingMeter } from './HashingMeter.js';

/** One directory per tenant; the name is derived, so no tenant id can escape the export root. */
export function tenantDirectory(root: string, tenantId: string): string {
  return join(resolve(root), Buffer.from(tenantId, 'utf8').toString('base64url'));
}

/** Keys are `<exportId>.<extension>` made by this module; anything else is refused. */
const KEY = /^[0-9a-f-]{36}\.[a-z.]{2,12}$/;

export function localPath(root: string, tenantId: string, key: string): string | null {
  if (!KEY.test(key) || isAbsolute(key)) return null;
  return join(tenantDirectory(root, tenantId), key);
}

/** Files under EXPORTS_DIR, written to `<key>.partial` and renamed once complete. */
export class LocalDestination implements Destination {
  readonly kind = 'LOCAL' as const;

  constructor(private readonly root: string) {}

  async open(tenantId: string, exportId: string, extension: string): Promise<ExportTarget> {
    const key = `${exportId}.${extension}`;
    const path = localPath(this.root, tenantId, key);
    if (!path) throw new Error(`invalid export key ${key}`);
    await mkdir(tenantDirectory(this.root, tenantId), { recursive: true });
    const partial = `${path}.partial`;
    const meter = new HashingMeter();
    const written = pipeline(meter.stream, createWriteStream(partial));
    written.catch(() => undefined);
    return {
      stream: meter.stream,
      commit: async (): Promise<CommittedFile> => {
        await written;
        await rename(partial, path);
        return { key, ...meter.result() };
      },
      abort: async () => {
        meter.stream.destroy();
        await written.catch(() => undefined);
        await rm(partial, { force: true });
      },
    };
  }

  async discardPartial(tenantId: string, exportId: string): Promise<void> {
    const directory = tenantDirectory(this.root, tenantId);
    const names = await readdir(directory).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith(`${exportId}.`) && n.endsWith('.partial'))) {
      await rm(join(directory, name), { force: true });
    }
  }

  async remove(tenantId: string, key: string): Promise<void> {
    const path = localPath(this.root, tenantId, key);
    if (path) await rm(path, { force: true });
  }

  async read(tenantId: string, key: string, withBody: boolean): Promise<StoredObject | null> {
    const path = localPath(this.root, tenantId, key);
    const info = path ? await stat(path).catch(() => null) : null;
    if (!path || !info?.isFile()) return null;
    return { size: info.size, body: withBody ? createReadStream(path) : null };
  }
}
