import type { RedisClient } from '../../../lib/redis.js';
import { ChannelListeners } from '../../../lib/ChannelListeners.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import { ApiKeyStore, type ApiKeyChange, type RateLimitSetting } from './ApiKeyStore.js';
import { displayPrefix, hashApiKey, isWellFormedApiKey } from './keyFormat.js';

/** A key the gateway accepted: who calls, in which tenant, with which scopes. */
export interface VerifiedApiKey {
  readonly id: string;
  readonly tenantId: string;
  readonly scopes: readonly string[];
  /** ms since the epoch; null when the key does not expire. */
  readonly expiresAt: number | null;
  /** When the presented secret stops working (the end of a rotation's overlap), if sooner. */
  readonly secretValidUntil: number | null;
  readonly rateLimit: RateLimitSetting | null;
  readonly trustedDocumentsOnly: boolean;
  /** ms since the epoch while suspended, else null. */
  readonly suspendedUntil: number | null;
}

export interface ApiKeyVerifierOptions {
  redis: RedisClient;
  prefix: string;
  logger: Logger;
  /** How long a verified key is trusted without a lookup; changes arrive by channel sooner. @default 30000 */
  cacheMs?: number;
  /** How often coalesced last-use times are written. @default 10000 */
  touchFlushMs?: number;
  /** Each flush, per key used since the last: the gateway audits key use (aggregated). */
  onUsage?(usage: ApiKeyUsage): void;
}

/** Uses of one key between two flushes: what the audit trail records as `apiKey.use`. */
export interface ApiKeyUsage {
  readonly id: string;
  readonly tenantId: string;
  readonly requests: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

/**
 * What the security subgraph exports for the gateway: verifies presented keys against its
 * store, caches verdicts, drops them the moment a revocation or rotation is announced (and tells
 * the gateway, which ends sockets authenticated with the key), and coalesces last-use writes.
 */
export class ApiKeyVerifier {
  private readonly store: ApiKeyStore;
  private readonly cache = new Map<string, { key: VerifiedApiKey; until: number }>();
  private readonly uses = new Map<string, { tenantId: string; at: number; first: number; count: number }>();
  private readonly listeners = new Set<(change: ApiKeyChange) => void>();
  private readonly channel: ChannelListeners<ApiKeyChange>;
  private readonly flushTimer: NodeJS.Timeout;
  private readonly ready: Promise<void>;

  constructor(private readonly options: ApiKeyVerifierOptions) {
    this.store = new ApiKeyStore(options.redis, options.prefix);
    this.channel = new ChannelListeners<ApiKeyChange>(options.redis, 'api-key-changes', options.logger);
    this.ready = this.channel.add(this.store.changeChannel, (change) => this.changed(change));
    this.ready.catch((error: unknown) => options.logger.error({ err: error }, 'api key channel failed'));
    this.flushTimer = setInterval(() => void this.flush(), options.touchFlushMs ?? 10_000);
    this.flushTimer.unref();
  }

  /** Resolves once revocations are being received (tests, start-up ordering). */
  whenListening(): Promise<void> {
    return this.ready;
  }

  onChange(listener: (change: ApiKeyChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The presented key's display prefix, for brute-force counting and logs (never the secret). */
  static prefixOf(secret: string): string {
    return displayPrefix(secret);
  }

  static looksLikeKey(secret: string): boolean {
    return secret.startsWith('kgk_');
  }

  async verify(secret: string, now = Date.now()): Promise<VerifiedApiKey> {
    if (!isWellFormedApiKey(secret)) {
      throw new PlatformError('UNAUTHENTICATED', 'Malformed API key (checksum does not match)');
    }
    const hash = hashApiKey(secret);
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return this.accept(cached.key, now);
    let record: Awaited<ReturnType<ApiKeyStore['records']['get']>>;
    try {
      const reference = await this.store.lookup(hash);
      record = reference ? await this.store.records.get(reference.tenantId, reference.id) : null;
    } catch (error) {
      this.options.logger.warn({ err: error }, 'api key lookup failed');
      throw new PlatformError('SERVICE_UNAVAILABLE', 'Redis is unavailable; retry shortly', {
        dependency: 'redis',
        retryable: true,
      });
    }
    if (!record || record.revokedAt) throw new PlatformError('UNAUTHENTICATED', 'Unknown or revoked API key');
    let secretValidUntil: number | null = null;
    if (record.secretHash !== hash) {
      const until = record.previousValidUntil ? Date.parse(record.previousValidUntil) : 0;
      if (record.previousSecretHash !== hash || until <= now)
        throw new PlatformError('UNAUTHENTICATED', 'This API key was rotated; use the new secret');
      secretValidUntil = until;
    }
    const key: VerifiedApiKey = {
      id: record.id,
      tenantId: record.tenantId,
      scopes: record.scopes,
      expiresAt: record.expiresAt ? Date.parse(record.expiresAt) : null,
      secretValidUntil,
      rateLimit: record.rateLimit,
      trustedDocumentsOnly: record.trustedDocumentsOnly === true,
      suspendedUntil: record.suspendedUntil ? Date.parse(record.suspendedUntil) : null,
    };
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(hash, { key, until: now + (this.options.cacheMs ?? 30_000) });
    return this.accept(key, now);
  }

  private accept(key: VerifiedApiKey, now: number): VerifiedApiKey {
    if (key.expiresAt !== null && key.expiresAt <= now)
      throw new PlatformError('UNAUTHENTICATED', 'API key expired');
    if (key.secretValidUntil !== null && key.secretValidUntil <= now)
      throw new PlatformError('UNAUTHENTICATED', 'This API key was rotated; use the new secret');
    if (key.suspendedUntil !== null && key.suspendedUntil > now) {
      // Not a failed authentication: the key is known, so brute-force counting leaves it alone.
      const retryAfter = Math.ceil((key.suspendedUntil - now) / 1000);
      throw new PlatformError(
        'API_KEY_SUSPENDED',
        `This API key is suspended until ${new Date(key.suspendedUntil).toISOString()}`,
        { until: new Date(key.suspendedUntil).toISOString(), retryAfterSeconds: retryAfter },
      );
    }
    const use = this.uses.get(key.id);
    if (use) {
      use.at = now;
      use.count += 1;
    } else {
      this.uses.set(key.id, { tenantId: key.tenantId, at: now, first: now, count: 1 });
    }
    return key;
  }

  private changed(change: ApiKeyChange): void {
    for (const [hash, entry] of this.cache) if (entry.key.id === change.id) this.cache.delete(hash);
    for (const listener of this.listeners) listener(change);
  }

  /** Writes the last-use times gathered since the previous flush. */
  async flush(): Promise<void> {
    if (this.uses.size === 0) return;
    const batch = new Map(this.uses);
    this.uses.clear();
    for (const [id, use] of batch) {
      this.options.onUsage?.({
        id,
        tenantId: use.tenantId,
        requests: use.count,
        firstAt: use.first,
        lastAt: use.at,
      });
    }
    await this.store.recordUse(batch).catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'api key last-use write failed');
    });
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    await this.flush();
    this.channel.close();
  }
}
