import { unwrapDek, type KeyPurpose } from './envelope.js';
import { ciphertextInvalid, kekUnavailable, keyDestroyed, versionRetired } from './keyErrors.js';
import type { KeyChange, KeyStore, StoredKey } from './keyStore.js';

/** A key record as this process last read it, with the DEKs it has unwrapped so far. */
export interface CachedKey {
  readonly record: StoredKey;
  readonly deks: Map<number, Buffer>;
  readonly expires: number;
}

/**
 * Key records and unwrapped DEKs in memory for `cacheMs`, so opening a value costs no Redis read.
 * Every key change heard (`hear`) drops the key at once and zeroes its DEKs; a read that began
 * before a change is not cached (the epoch moved). Callers use a DEK synchronously after looking
 * it up, or copy it, since a change zeroes it.
 */
export class KeyCache {
  private readonly entries = new Map<string, CachedKey>();
  private readonly loading = new Map<string, Promise<CachedKey | null>>();
  private readonly shredded = new Map<string, { value: boolean; expires: number }>();
  private epochValue = 0;
  private nextSweepAt = 0;

  /**
   * Drops (and zeroes) expired entries, at most once per `cacheMs`: unwrapped keys of tenants no
   * longer in use do not stay in memory for the life of the process.
   */
  private sweep(now: number): void {
    this.nextSweepAt = now + this.cacheMs;
    for (const [cacheKey, entry] of this.entries) if (entry.expires <= now) this.evict(cacheKey);
    for (const [cacheKey, shredded] of this.shredded)
      if (shredded.expires <= now) this.shredded.delete(cacheKey);
  }

  constructor(
    private readonly store: KeyStore,
    private readonly keks: ReadonlyMap<string, Buffer>,
    private readonly cacheMs: number,
    /** Called on every use (the owner subscribes to key changes lazily). */
    private readonly onUse: () => void,
  ) {}

  /** Bumped by every change heard. */
  get epoch(): number {
    return this.epochValue;
  }

  hear(change: KeyChange): void {
    this.epochValue += 1;
    this.evict(`${change.tenantId}\n${change.keyId}`);
    if (change.change === 'destroyed') this.shredded.delete(`${change.tenantId}\n${change.purpose}`);
  }

  async get(tenantId: string, keyId: string): Promise<CachedKey | null> {
    const now = Date.now();
    if (now >= this.nextSweepAt) this.sweep(now);
    const hit = this.entries.get(`${tenantId}\n${keyId}`);
    if (hit && hit.expires > now) return hit;
    return this.reload(tenantId, keyId);
  }

  reload(tenantId: string, keyId: string): Promise<CachedKey | null> {
    this.onUse();
    const cacheKey = `${tenantId}\n${keyId}`;
    const inFlight = this.loading.get(cacheKey);
    if (inFlight) return inFlight;
    const epoch = this.epochValue;
    const load = this.store
      .get(tenantId, keyId)
      .then((found) => {
        this.evict(cacheKey);
        if (!found) return null;
        const entry: CachedKey = { record: found.value, deks: new Map(), expires: Date.now() + this.cacheMs };
        if (epoch === this.epochValue) this.entries.set(cacheKey, entry);
        return entry;
      })
      .finally(() => this.loading.delete(cacheKey));
    this.loading.set(cacheKey, load);
    return load;
  }

  /**
   * Caches a record read fresh (by a seal), keeping DEKs already unwrapped of versions it still
   * has; not when a change was heard since `epoch` (the copy may predate it).
   */
  remember(tenantId: string, record: StoredKey, epoch: number): CachedKey {
    this.onUse();
    const cacheKey = `${tenantId}\n${record.id}`;
    const old = this.entries.get(cacheKey);
    const deks = new Map<number, Buffer>();
    for (const [version, dek] of old?.deks ?? []) {
      if (record.versions.some((v) => v.version === version && v.wrapped)) deks.set(version, dek);
      else {
        old?.deks.delete(version);
        dek.fill(0);
      }
    }
    const entry: CachedKey = { record, deks, expires: old?.expires ?? Date.now() + this.cacheMs };
    if (epoch === this.epochValue) this.entries.set(cacheKey, entry);
    else this.entries.delete(cacheKey);
    return entry;
  }

  /** The version's DEK, unwrapped with the KEK that wraps it (then kept with the entry). */
  dek(entry: CachedKey, version: number): Buffer {
    const known = entry.deks.get(version);
    if (known) return known;
    const { record } = entry;
    const stored = record.versions.find((v) => v.version === version);
    if (!stored) throw ciphertextInvalid(record.id);
    if (!stored.wrapped) {
      if (record.destroyedAt) throw keyDestroyed(record.id);
      throw versionRetired(record.id, version, record.minDecryptVersion);
    }
    const kek = this.keks.get(stored.kekId);
    if (!kek) throw kekUnavailable(stored.kekId);
    let dek: Buffer;
    try {
      dek = unwrapDek(kek, stored.wrapped, {
        tenantId: record.tenantId,
        purpose: record.purpose,
        keyId: record.id,
        version,
      });
    } catch {
      throw ciphertextInvalid(record.id);
    }
    entry.deks.set(version, dek);
    return dek;
  }

  /** Whether the tenant's key for the purpose was ever destroyed (pre-envelope values are refused then). */
  async legacyShredded(tenantId: string, purpose: KeyPurpose): Promise<boolean> {
    const flagKey = `${tenantId}\n${purpose}`;
    const known = this.shredded.get(flagKey);
    if (known && known.expires > Date.now()) return known.value;
    this.onUse();
    const value = (await this.store.legacyFlags(tenantId, purpose)).shredded;
    this.shredded.set(flagKey, { value, expires: Date.now() + this.cacheMs });
    return value;
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.evict(key);
    this.shredded.clear();
  }

  private evict(cacheKey: string): void {
    const entry = this.entries.get(cacheKey);
    if (!entry) return;
    this.entries.delete(cacheKey);
    for (const dek of entry.deks.values()) dek.fill(0);
    entry.deks.clear();
  }
}
