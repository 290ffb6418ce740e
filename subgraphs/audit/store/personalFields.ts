// Crypto-shredding of audit events' personal fields: each subject's fields are sealed under a key
// of its own, that key is kept only sealed by the tenant's AUDIT_PERSONAL key (lib/crypto), and
// erasure deletes it. The trail hashes the sealed form, so proofs outlive the key.
import { randomBytes, randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { openWithDek, sealWithDek, type SealedValue } from '../../../lib/crypto/envelope.js';
import type { Keyring } from '../../../lib/crypto/keyring.js';
import type { SealedRecords } from '../../../lib/crypto/rewrapSweep.js';
import { tenantKey } from '../../../lib/redis.js';

/**
 * Detail members that are personal data: where the request came from and free text a person
 * wrote. Everything else in `details` (codes, ids, counts, redacted arguments) stays in clear.
 */
export const PERSONAL_DETAILS: readonly string[] = [
  'clientIp',
  'userAgent',
  'reason',
  'note',
  'comment',
  'description',
  // Free text found in a mutation's arguments or changed state (gateway/plugins/auditRedaction.ts).
  'freeText',
];

/** An event's personal fields as stored: their names in clear, their values sealed. */
export interface SealedPersonal {
  readonly fields: readonly string[];
  readonly sealed: SealedValue;
}

/** What `eraseSubject` did; also kept per subject for `erasureOf`. */
export interface AuditErasure {
  readonly subjectId: string;
  /** Events whose personal fields were under the destroyed key. */
  readonly eventsAffected: number;
  readonly erasedAt: string;
  /** False when the subject had no key (no personal field recorded since a previous erasure). */
  readonly keyDestroyed: boolean;
}

export interface StoredSubjectKey {
  readonly subject: string;
  readonly sealed: SealedValue;
  readonly createdAt: string;
}

const PURPOSE = 'AUDIT_PERSONAL';

/**
 * Per-(tenant, subject) data keys for personal fields. Reads check the key still exists each
 * time, and the append script refuses a batch sealed under a key destroyed meanwhile, so an
 * erasure shows at once in every process however long they cache keys (`cacheMs`).
 */
export class PersonalFields {
  private readonly sealing = new Map<string, { keyId: string; key: Buffer; until: number }>();
  private readonly opening = new Map<string, { raw: string; key: Buffer }>();
  private readonly lookups = new Map<string, Promise<{ keyId: string; key: Buffer }>>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly keyring: () => Keyring,
    private readonly cacheMs: number,
  ) {}

  /** keyId → StoredSubjectKey JSON (the append script checks a batch's keys still exist). */
  private keysKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'subject-keys');
  }

  /** subject → the keyId new events of the subject are sealed with. */
  private subjectsKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'subjects');
  }

  /** subject → AuditErasure JSON of its latest erasure. */
  private erasuresKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'erasures');
  }

  /** keyId → events sealed under it (counted by the append script). */
  private keyEventsKey(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'key-events');
  }

  /**
   * Where the rewrap sweep finds what the AUDIT_PERSONAL key seals: the subject keys (never the
   * events, which are sealed by the subject keys and stay as the trail hashed them). An erasure
   * racing the sweep wins: the sweep's compare-and-set finds the key gone and writes nothing.
   */
  readonly sealedRecords: SealedRecords<StoredSubjectKey> = {
    hashKey: (tenantId) => this.keysKey(tenantId),
    sealed: (record) => [record.sealed],
    withSealed: (record, [sealed]) => ({ ...record, sealed: sealed as SealedValue }),
  };

  /** Of `tenantIds`, those holding subject keys (the others have nothing for the sweep). */
  async tenantsWithKeys(tenantIds: readonly string[]): Promise<string[]> {
    // One EXISTS per tenant: under Redis Cluster each tenant's keys are in a slot of their own.
    const found = await Promise.all(tenantIds.map((t) => this.redis.exists(this.keysKey(t))));
    return tenantIds.filter((_, i) => found[i] === 1);
  }

  /** Drops the tenant's cached sealing keys (one of them was destroyed by another process). */
  forgetSealingKeys(tenantId: string): void {
    for (const key of this.sealing.keys()) if (key.startsWith(`${tenantId}\n`)) this.sealing.delete(key);
  }

  /**
   * Splits an event's details into what stays in clear and the sealed personal part (null when
   * the event has no personal field).
   */
  async seal(
    tenantId: string,
    subject: string,
    details: Record<string, unknown> | null,
  ): Promise<{ details: Record<string, unknown> | null; personal: SealedPersonal | null }> {
    if (!details) return { details, personal: null };
    const fields = PERSONAL_DETAILS.filter((f) => details[f] !== undefined && details[f] !== null);
    if (fields.length === 0) return { details, personal: null };
    const clear: Record<string, unknown> = {};
    const secret: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(details)) {
      if (fields.includes(name)) secret[name] = value;
      else clear[name] = value;
    }
    const { keyId, key } = await this.sealingKey(tenantId, subject);
    const sealed = sealWithDek(key, JSON.stringify(secret), {
      tenantId,
      purpose: PURPOSE,
      keyId,
      version: 1,
    });
    return { details: clear, personal: { fields, sealed } };
  }

  /**
   * Details as they read: the personal part opened while its key exists, the personal fields
   * null (and `erased`) once it was destroyed. Whether each key still exists is read from Redis
   * on every call (one HMGET for all), so an erasure shows at once in every process.
   */
  async openMany(
    tenantId: string,
    records: ReadonlyArray<{ details: Record<string, unknown> | null; personal?: SealedPersonal }>,
  ): Promise<Array<{ details: Record<string, unknown> | null; erased: boolean }>> {
    const keyIds = [...new Set(records.flatMap((r) => (r.personal ? [r.personal.sealed.keyId] : [])))];
    const raws = keyIds.length > 0 ? await this.redis.hmget(this.keysKey(tenantId), ...keyIds) : [];
    const keys = new Map<string, Buffer | null>();
    await Promise.all(
      keyIds.map(async (keyId, i) => keys.set(keyId, await this.unwrap(tenantId, keyId, raws[i] ?? null))),
    );
    return records.map(({ details, personal }) => {
      if (!personal) return { details, erased: false };
      const key = keys.get(personal.sealed.keyId);
      if (!key) {
        const erased: Record<string, unknown> = { ...details };
        for (const field of personal.fields) erased[field] = null;
        return { details: erased, erased: true };
      }
      const secret = JSON.parse(openWithDek(key, personal.sealed, tenantId, PURPOSE)) as Record<
        string,
        unknown
      >;
      return { details: { ...details, ...secret }, erased: false };
    });
  }

  /** One record's details as they read (see `openMany`). */
  async open(
    tenantId: string,
    details: Record<string, unknown> | null,
    personal: SealedPersonal | undefined,
  ): Promise<{ details: Record<string, unknown> | null; erased: boolean }> {
    return (await this.openMany(tenantId, [{ details, personal }]))[0] as {
      details: Record<string, unknown> | null;
      erased: boolean;
    };
  }

  /**
   * Destroys the subject's key: every personal field sealed under it reads as erased from now on,
   * in Redis, in archived segments and in exports alike. Idempotent.
   */
  async erase(tenantId: string, subjectId: string, now = new Date()): Promise<AuditErasure> {
    const keyId = await this.redis.hget(this.subjectsKey(tenantId), subjectId);
    const count = keyId ? await this.redis.hget(this.keyEventsKey(tenantId), keyId) : null;
    const erasure: AuditErasure = {
      subjectId,
      eventsAffected: Number(count ?? 0),
      erasedAt: now.toISOString(),
      keyDestroyed: keyId !== null,
    };
    const multi = this.redis.multi();
    if (keyId) {
      multi.hdel(this.keysKey(tenantId), keyId);
      multi.hdel(this.keyEventsKey(tenantId), keyId);
      multi.hdel(this.subjectsKey(tenantId), subjectId);
    }
    multi.hset(this.erasuresKey(tenantId), subjectId, JSON.stringify(erasure));
    await multi.exec();
    this.sealing.delete(`${tenantId}\n${subjectId}`);
    if (keyId) this.opening.delete(`${tenantId}\n${keyId}`);
    return erasure;
  }

  /** The subject's latest erasure, or null when it was never erased. */
  async erasureOf(tenantId: string, subjectId: string): Promise<AuditErasure | null> {
    const raw = await this.redis.hget(this.erasuresKey(tenantId), subjectId);
    return raw ? (JSON.parse(raw) as AuditErasure) : null;
  }

  private sealingKey(
    tenantId: string,
    subject: string,
  ):
    | Promise<{ keyId: string; key: Buffer }>
    | {
        keyId: string;
        key: Buffer;
      } {
    const cacheKey = `${tenantId}\n${subject}`;
    const cached = this.sealing.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached;
    // A burst of one subject's records (a batch of 500) looks the key up once, not 500 times.
    let pending = this.lookups.get(cacheKey);
    if (!pending) {
      pending = this.lookUpSealingKey(tenantId, subject, cacheKey).finally(() =>
        this.lookups.delete(cacheKey),
      );
      this.lookups.set(cacheKey, pending);
    }
    return pending;
  }

  private async lookUpSealingKey(
    tenantId: string,
    subject: string,
    cacheKey: string,
  ): Promise<{ keyId: string; key: Buffer }> {
    let keyId = await this.redis.hget(this.subjectsKey(tenantId), subject);
    let key = keyId
      ? await this.unwrap(tenantId, keyId, await this.redis.hget(this.keysKey(tenantId), keyId))
      : null;
    if (!keyId || !key) ({ keyId, key } = await this.createKey(tenantId, subject));
    this.sealing.set(cacheKey, { keyId, key, until: Date.now() + this.cacheMs });
    return { keyId, key };
  }

  /** A new subject key, unless another process made one first (then that one). */
  private async createKey(tenantId: string, subject: string): Promise<{ keyId: string; key: Buffer }> {
    const keyId = randomUUID();
    const key = randomBytes(32);
    const stored: StoredSubjectKey = {
      subject,
      sealed: await this.keyring().seal(tenantId, PURPOSE, key.toString('base64')),
      createdAt: new Date().toISOString(),
    };
    await this.redis.hset(this.keysKey(tenantId), keyId, JSON.stringify(stored));
    if (await this.redis.hsetnx(this.subjectsKey(tenantId), subject, keyId)) return { keyId, key };
    await this.redis.hdel(this.keysKey(tenantId), keyId);
    const winner = await this.redis.hget(this.subjectsKey(tenantId), subject);
    const winnerKey = winner
      ? await this.unwrap(tenantId, winner, await this.redis.hget(this.keysKey(tenantId), winner))
      : null;
    if (!winner || !winnerKey) throw new Error('audit subject key vanished while it was being created');
    return { keyId: winner, key: winnerKey };
  }

  /** The subject key from its stored record (null: destroyed), unwrapped once per record. */
  private async unwrap(tenantId: string, keyId: string, raw: string | null): Promise<Buffer | null> {
    const cacheKey = `${tenantId}\n${keyId}`;
    if (raw === null) {
      this.opening.delete(cacheKey);
      return null;
    }
    const cached = this.opening.get(cacheKey);
    if (cached && cached.raw === raw) return cached.key;
    const stored = JSON.parse(raw) as StoredSubjectKey;
    const key = Buffer.from(await this.keyring().open(tenantId, PURPOSE, stored.sealed), 'base64');
    this.opening.set(cacheKey, { raw, key });
    return key;
  }
}
