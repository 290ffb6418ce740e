import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../redis.js';
import { ChannelListeners } from '../ChannelListeners.js';
import { PlatformError } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  isEnvelope,
  KEY_PURPOSES,
  newDek,
  openLegacy,
  openWithDek,
  sealWithDek,
  unwrapDek,
  wrapDek,
  type Kek,
  type KeyPurpose,
  type LegacySealedSecret,
  type Sealed,
  type SealedValue,
} from './envelope.js';
import { KeyAccessCounter, type KeyAccess } from './keyAccess.js';
import { KeyCache } from './keyCache.js';
import {
  ciphertextInvalid,
  kekUnavailable,
  keyDestroyed,
  KeyringError,
  versionRetired,
} from './keyErrors.js';
import { newest, toInfo, type KeyInfo } from './keyInfo.js';
import { KeyStore, type KeyChange, type StoredKey, type StoredVersion } from './keyStore.js';

export interface KeyringOptions {
  /** How long a key record and its unwrapped DEKs are trusted without a Redis read, ms. @default 30000 */
  cacheMs?: number;
  /** A key version's life before the maintenance cycle rotates it, days. @default 90 */
  rotationDays?: number;
  /** How often aggregated key access is handed to `onAccess`, ms. @default 60000 */
  accessFlushMs?: number;
  /** Aggregated key access (one call per key per flush interval): the audit record. close() awaits it. */
  onAccess?(access: KeyAccess): unknown;
}

const DAY_MS = 86_400_000;
/** Compare-and-set attempts of one change before it gives up (others keep changing the key). */
const CAS_ATTEMPTS = 20;

function notFound(keyId: string): PlatformError {
  return new PlatformError('NOT_FOUND', `No encryption key ${keyId}`, { field: 'id' });
}

/**
 * Per-tenant envelope encryption. Each tenant has one data-encryption key (DEK) per purpose, with
 * numbered versions; each version's 32 random bytes are stored only wrapped (AES-256-GCM) by the
 * current platform key-encryption key (KEK, SECRETS_ENCRYPTION_KEYS). Values are sealed with the
 * newest version, bound by GCM's additional data to tenant, purpose, key id and version. Records
 * and unwrapped DEKs are cached for `cacheMs`; rotations, retirements and destruction are
 * announced on a Redis channel so every process drops its copy at once.
 */
export class Keyring {
  readonly store: KeyStore;
  private readonly keks: ReadonlyMap<string, Buffer>;
  private readonly currentKek: Kek;
  private readonly rotationMs: number;
  private readonly cache: KeyCache;
  private readonly access: KeyAccessCounter;
  private readonly changeListeners = new Set<(change: KeyChange) => void>();
  private listeners: ChannelListeners<KeyChange> | null = null;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
    keks: ReadonlyArray<Kek>,
    private readonly logger: Logger,
    options: KeyringOptions = {},
  ) {
    const first = keks[0];
    if (!first) throw new Error('Keyring needs at least one key-encryption key');
    this.currentKek = first;
    this.keks = new Map(keks.map((k) => [k.id, k.key]));
    this.store = new KeyStore(redis, prefix);
    this.cache = new KeyCache(this.store, this.keks, options.cacheMs ?? 30_000, () => this.subscribe());
    this.access = new KeyAccessCounter(options.onAccess, options.accessFlushMs ?? 60_000);
    this.rotationMs = (options.rotationDays ?? 90) * DAY_MS;
  }

  /** The KEK new DEK versions are wrapped with. */
  get currentKekId(): string {
    return this.currentKek.id;
  }

  /** Every KEK this process has, current first. */
  get kekIds(): string[] {
    return [...this.keks.keys()];
  }

  async seal(tenantId: string, purpose: KeyPurpose, plaintext: string): Promise<SealedValue> {
    const epoch = this.cache.epoch;
    const live = await this.live(tenantId, purpose, true);
    const version = newest(live);
    const dek = this.cache.dek(this.cache.remember(tenantId, live, epoch), version.version);
    this.access.count(tenantId, live.id, purpose, 'encryptions');
    return sealWithDek(dek, plaintext, { tenantId, purpose, keyId: live.id, version: version.version });
  }

  async open(tenantId: string, purpose: KeyPurpose, sealed: Sealed): Promise<string> {
    if (!isEnvelope(sealed)) return this.openLegacyValue(tenantId, purpose, sealed);
    let entry = await this.cache.get(tenantId, sealed.keyId);
    // Sealed by another process under a version this cache has not seen yet.
    if (entry && sealed.version > newest(entry.record).version)
      entry = await this.cache.reload(tenantId, sealed.keyId);
    if (!entry || entry.record.purpose !== purpose) throw ciphertextInvalid(sealed.keyId);
    const { record } = entry;
    if (record.destroyedAt) throw keyDestroyed(record.id);
    if (sealed.version < record.minDecryptVersion)
      throw versionRetired(record.id, sealed.version, record.minDecryptVersion);
    const dek = this.cache.dek(entry, sealed.version);
    let plaintext: string;
    try {
      plaintext = openWithDek(dek, sealed, tenantId, purpose);
    } catch {
      throw ciphertextInvalid(sealed.keyId);
    }
    this.access.count(tenantId, record.id, purpose, 'decryptions');
    return plaintext;
  }

  /**
   * The same plaintext sealed under the newest version of key `keyId` (or left alone when it
   * already is): the plaintext never leaves this call. Counted as key access, not as a new
   * encryption (the sweep recounts usage itself).
   */
  async rewrap(tenantId: string, purpose: KeyPurpose, sealed: Sealed, keyId: string): Promise<SealedValue> {
    const entry = await this.cache.get(tenantId, keyId);
    if (!entry || entry.record.purpose !== purpose) throw ciphertextInvalid(keyId);
    if (entry.record.destroyedAt) throw keyDestroyed(keyId);
    const version = newest(entry.record).version;
    if (isEnvelope(sealed) && sealed.keyId === keyId && sealed.version >= version) return sealed;
    // A copy of its own: an announcement during the open below zeroes the cached one.
    const dek = Buffer.from(this.cache.dek(entry, version));
    try {
      const plaintext = await this.open(tenantId, purpose, sealed);
      this.access.count(tenantId, keyId, purpose, 'rewraps');
      return sealWithDek(dek, plaintext, { tenantId, purpose, keyId, version });
    } finally {
      dek.fill(0);
    }
  }

  /** The tenant's key for each purpose (created when it has none yet). */
  async list(tenantId: string): Promise<KeyInfo[]> {
    const keys = await Promise.all(
      KEY_PURPOSES.map(
        async (purpose) =>
          (await this.store.current(tenantId, purpose))?.value ?? this.live(tenantId, purpose, false),
      ),
    );
    const [usage, progress] = await Promise.all([
      this.store.usage(tenantId),
      this.store.rewrapStates(tenantId),
    ]);
    return keys.map((key) => toInfo(key, usage.get(key.id), progress.get(key.id) ?? null));
  }

  async describe(tenantId: string, keyId: string): Promise<KeyInfo | null> {
    const [found, usage, progress] = await Promise.all([
      this.store.get(tenantId, keyId),
      this.store.usage(tenantId),
      this.store.rewrapState(tenantId, keyId),
    ]);
    return found ? toInfo(found.value, usage.get(keyId), progress) : null;
  }

  /**
   * Adds a version, wrapped by the current KEK; older versions keep decrypting. With `dueBy`, only
   * if the key's rotation is due by then (null otherwise): the scheduled rotation, once however
   * many maintenance cycles race.
   */
  async rotate(
    tenantId: string,
    keyId: string,
    options: { dueBy?: number; now?: number } = {},
  ): Promise<{ info: KeyInfo; previousVersion: number } | null> {
    const result = await this.change(tenantId, keyId, (key) => {
      if (key.destroyedAt) throw keyDestroyed(key.id);
      if (options.dueBy !== undefined && Date.parse(key.nextRotationAt) > options.dueBy) return null;
      const now = options.now ?? Date.now();
      const version = newest(key).version + 1;
      return {
        ...key,
        rotatedAt: new Date(now).toISOString(),
        nextRotationAt: new Date(now + this.rotationMs).toISOString(),
        versions: [...key.versions, this.newVersion(tenantId, key.purpose, key.id, version, now)],
      };
    });
    if (!result) return null;
    await this.store.noteWrapped(this.currentKek.id, tenantId);
    await this.store.scheduleRotation(result.after);
    await this.announce({ tenantId, keyId, purpose: result.after.purpose, change: 'rotated' });
    return { info: await this.info(tenantId, result.after), previousVersion: newest(result.before).version };
  }

  /**
   * Versions below `minDecryptVersion` stop decrypting and their material is deleted; refused
   * (KEY_VERSION_IN_USE) while values still use them or a rewrap of the key is running.
   */
  async retire(tenantId: string, keyId: string, minDecryptVersion: number): Promise<KeyInfo> {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt += 1) {
      const found = await this.store.get(tenantId, keyId);
      if (!found) throw notFound(keyId);
      const key = found.value;
      if (key.destroyedAt) throw keyDestroyed(key.id);
      const top = newest(key).version;
      if (
        !Number.isInteger(minDecryptVersion) ||
        minDecryptVersion < key.minDecryptVersion ||
        minDecryptVersion > top
      ) {
        throw new PlatformError(
          'BAD_USER_INPUT',
          `minDecryptVersion must be from ${key.minDecryptVersion} (retiring cannot be undone) to ${top} (the newest version)`,
          { field: 'minDecryptVersion', minDecryptVersion: key.minDecryptVersion, version: top },
        );
      }
      if (minDecryptVersion === key.minDecryptVersion) return this.info(tenantId, key);
      const retired = key.versions
        .filter((v) => v.version < minDecryptVersion && v.wrapped)
        .map((v) => v.version);
      const next: StoredKey = {
        ...key,
        minDecryptVersion,
        versions: key.versions.map((v) => (v.version < minDecryptVersion ? { ...v, wrapped: null } : v)),
      };
      const result = await this.store.retire(tenantId, keyId, found.raw, next, retired);
      if (result.outcome === 'changed') continue;
      if (result.outcome === 'rewrapping' || result.outcome === 'in-use') {
        const inUse = result.outcome === 'in-use' ? result.inUse : {};
        throw new PlatformError(
          'KEY_VERSION_IN_USE',
          result.outcome === 'rewrapping'
            ? `A rewrap of ${keyId} is still running; retry when EncryptionKey.rewrap.finishedAt is set`
            : `Values are still encrypted under version(s) ${Object.keys(inUse).join(', ')} of ${keyId}; wait for the rewrap, then retry`,
          { field: 'minDecryptVersion', inUse, rewrapRunning: result.outcome === 'rewrapping' },
        );
      }
      await this.announce({ tenantId, keyId, purpose: key.purpose, change: 'retired' });
      return this.info(tenantId, next);
    }
    throw new Error(`encryption key ${keyId} kept changing; retire gave up`);
  }

  /**
   * Crypto-shredding: every version's wrapped DEK is deleted, so nothing under the key can be
   * decrypted again, by any process once it hears the announcement (at most `cacheMs` after).
   * The purpose's next encryption creates a new key with a new id.
   */
  async destroy(tenantId: string, keyId: string, now = Date.now()): Promise<KeyInfo> {
    const result = await this.change(tenantId, keyId, (key) => {
      if (key.destroyedAt) return null;
      return {
        ...key,
        destroyedAt: new Date(now).toISOString(),
        versions: key.versions.map((v) => ({ ...v, wrapped: null })),
      };
    });
    const after = result?.after ?? (await this.store.get(tenantId, keyId))?.value;
    if (!after) throw notFound(keyId);
    if (result) {
      // Values sealed under the KEK before envelope encryption and not yet moved are refused too.
      await this.store.markLegacyShredded(tenantId, after.purpose);
      await this.store.scheduleRotation(after);
      await this.announce({ tenantId, keyId, purpose: after.purpose, change: 'destroyed' });
    }
    return this.info(tenantId, after);
  }

  /** Rewraps every DEK version of the tenant wrapped by an older KEK under the current one. */
  async rewrapKeks(tenantId: string): Promise<number> {
    let rewrapped = 0;
    for (const { value: key } of await this.store.all(tenantId)) {
      if (!key.versions.some((v) => v.wrapped && v.kekId !== this.currentKek.id)) continue;
      let count = 0;
      const result = await this.change(tenantId, key.id, (current) => {
        count = 0;
        const versions = current.versions.map((v) => {
          if (!v.wrapped || v.kekId === this.currentKek.id) return v;
          const kek = this.keks.get(v.kekId);
          if (!kek) throw kekUnavailable(v.kekId);
          const at = { tenantId, purpose: current.purpose, keyId: current.id, version: v.version };
          const dek = unwrapDek(kek, v.wrapped, at);
          const wrapped = wrapDek(this.currentKek.key, dek, at);
          dek.fill(0);
          count += 1;
          return { ...v, kekId: this.currentKek.id, wrapped };
        });
        return count === 0 ? null : { ...current, versions };
      });
      if (!result) continue;
      rewrapped += count;
      await this.announce({ tenantId, keyId: key.id, purpose: key.purpose, change: 'rewrapped' });
    }
    return rewrapped;
  }

  /** Rotates live keys (of any tenant) whose `nextRotationAt` has passed, at most `limit`. */
  async rotateDue(
    now = Date.now(),
    limit = 500,
  ): Promise<Array<{ tenantId: string; info: KeyInfo; previousVersion: number }>> {
    const rotated: Array<{ tenantId: string; info: KeyInfo; previousVersion: number }> = [];
    for (const { tenantId, keyId } of await this.store.dueRotations(now, limit)) {
      const result = await this.rotate(tenantId, keyId, { dueBy: now, now }).catch((error: unknown) => {
        if (error instanceof PlatformError && (error.code === 'NOT_FOUND' || error.code === 'KEY_DESTROYED'))
          return null;
        throw error;
      });
      if (result) {
        rotated.push({ tenantId, ...result });
        continue;
      }
      // Destroyed, gone, or rotated meanwhile: the schedule follows the record.
      const found = await this.store.get(tenantId, keyId);
      if (found) await this.store.scheduleRotation(found.value);
      else await this.store.dropRotation(tenantId, keyId);
    }
    return rotated;
  }

  /** The purpose's key that new values are sealed with (created if there is none, or it was destroyed). */
  async live(tenantId: string, purpose: KeyPurpose, countEncryption: boolean): Promise<StoredKey> {
    const now = Date.now();
    const id = `ek_${randomBytes(15).toString('base64url')}`;
    const candidate: StoredKey = {
      id,
      tenantId,
      purpose,
      createdAt: new Date(now).toISOString(),
      rotatedAt: null,
      nextRotationAt: new Date(now + this.rotationMs).toISOString(),
      minDecryptVersion: 1,
      destroyedAt: null,
      versions: [this.newVersion(tenantId, purpose, id, 1, now)],
    };
    const { value } = await this.store.ensure(tenantId, purpose, candidate, countEncryption);
    return value;
  }

  /** Called on every key change this process hears of (its own included). */
  onChange(listener: (change: KeyChange) => void): () => void {
    this.changeListeners.add(listener);
    this.subscribe();
    return () => this.changeListeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.access.close();
    this.listeners?.close();
    this.listeners = null;
    this.cache.clear();
  }

  private newVersion(
    tenantId: string,
    purpose: KeyPurpose,
    keyId: string,
    version: number,
    now: number,
  ): StoredVersion {
    const dek = newDek();
    const wrapped = wrapDek(this.currentKek.key, dek, { tenantId, purpose, keyId, version });
    dek.fill(0);
    return { version, createdAt: new Date(now).toISOString(), kekId: this.currentKek.id, wrapped };
  }

  private async info(tenantId: string, key: StoredKey): Promise<KeyInfo> {
    const [usage, progress] = await Promise.all([
      this.store.usage(tenantId),
      this.store.rewrapState(tenantId, key.id),
    ]);
    return toInfo(key, usage.get(key.id), progress);
  }

  /** Compare-and-set of one key record; `update` returns null for "nothing to change". */
  private async change(
    tenantId: string,
    keyId: string,
    update: (key: StoredKey) => StoredKey | null,
  ): Promise<{ before: StoredKey; after: StoredKey } | null> {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt += 1) {
      const found = await this.store.get(tenantId, keyId);
      if (!found) throw notFound(keyId);
      const next = update(found.value);
      if (!next) return null;
      if (await this.store.replace(tenantId, keyId, found.raw, next))
        return { before: found.value, after: next };
    }
    throw new Error(`encryption key ${keyId} kept changing; gave up`);
  }

  private async announce(change: KeyChange): Promise<void> {
    this.hear(change);
    await this.store.publish(change).catch((error: unknown) => {
      // Other processes still drop their copy within cacheMs.
      this.logger.warn({ err: error, keyId: change.keyId }, 'key change announcement failed');
    });
  }

  private hear(change: KeyChange): void {
    this.cache.hear(change);
    for (const listener of this.changeListeners) listener(change);
  }

  private subscribe(): void {
    if (this.listeners) return;
    this.listeners = new ChannelListeners<KeyChange>(this.redis, 'keyring-changes', this.logger);
    void this.listeners
      .add(this.store.channel(), (change) => this.hear(change))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'key change channel unavailable'));
  }

  private async openLegacyValue(
    tenantId: string,
    purpose: KeyPurpose,
    sealed: LegacySealedSecret,
  ): Promise<string> {
    if (await this.cache.legacyShredded(tenantId, purpose)) {
      throw new KeyringError(
        'KEY_DESTROYED',
        `The tenant's ${purpose} key was destroyed (crypto-shredding): values sealed before envelope encryption are refused too`,
        true,
        { purpose },
      );
    }
    const kek = this.keks.get(sealed.keyId);
    if (!kek) throw kekUnavailable(sealed.keyId);
    let plaintext: string;
    try {
      plaintext = openLegacy(kek, sealed);
    } catch {
      throw ciphertextInvalid(sealed.keyId);
    }
    this.access.count(tenantId, `legacy:${sealed.keyId}`, purpose, 'decryptions');
    return plaintext;
  }
}
