import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../redis.js';
import type { Logger } from '../logger.js';
import { isEnvelope, type KeyPurpose, type Sealed } from './envelope.js';
import { KeyringError } from './keyErrors.js';
import { newest } from './keyInfo.js';
import type { Keyring } from './keyring.js';
import type { RewrapState, StoredKey } from './keyStore.js';

/** Where an owner keeps sealed values: one Redis hash of id → JSON record per tenant. */
export interface SealedRecords<T> {
  hashKey(tenantId: string): string;
  /** The record's sealed values, in a fixed order (null for an absent one). */
  sealed(record: T): ReadonlyArray<Sealed | null>;
  /** The record with its sealed values replaced, in the same order. */
  withSealed(record: T, values: ReadonlyArray<Sealed | null>): T;
}

export interface RewrapSweepOptions<T> {
  readonly redis: RedisClient;
  readonly keyring: Keyring;
  readonly purpose: KeyPurpose;
  readonly records: SealedRecords<T>;
  /** Tenants that may hold such records. */
  tenants(): Promise<readonly string[]>;
  readonly logger: Logger;
  /** How often every tenant is checked, besides the rotation announcements, ms. @default 60000 */
  readonly intervalMs?: number;
  /** Records one cycle of a tenant reads while rewrapping (10× while only counting). @default 1000 */
  readonly batch?: number;
  /** Longest one cycle of a tenant works before the others get a turn, ms. @default 500 */
  readonly cycleMs?: number;
  /** Wait before each verifying count for writes in flight that read a value before it moved, ms. @default 1000 */
  readonly settleMs?: number;
}

/** KEYS: hash. ARGV: field, expected JSON, next JSON. */
const REPLACE = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`;

type SweepRedis = RedisClient & {
  rewrapReplace(key: string, field: string, expected: string, next: string): Promise<number>;
};

const LOCK_MS = 30_000;
/** A sweep that finished with failures is not started again for the same version before this. */
const FAILED_RETRY_MS = 3_600_000;
/** Rewrap passes (each followed by a verifying count) before a sweep settles for what failed. */
const MAX_ROUNDS = 3;

type Kind = 'current' | 'stale' | 'dead';

/**
 * Moves an owner's sealed values onto the newest version of the tenant's key for `purpose`, in
 * the process that owns the records (no plaintext leaves it): legacy values sealed directly
 * under a KEK, and values under older versions. Per tenant and key, one sweep at a time across
 * processes (a Redis lock): count what is below the target, rewrap it page by page with a
 * compare-and-set per record (a concurrent update wins and is looked at again), then count again
 * after `settleMs` to catch writes that raced the move. The last count sets the key's usage
 * counters, so retiring old versions can trust them. Progress is stored beside the key record
 * (EncryptionKey.rewrap). Work is bounded per cycle; rotations wake it through the keyring's
 * announcements, and every tenant is checked every `intervalMs`.
 */
export class RewrapSweeper<T> {
  private readonly redis: SweepRedis;
  private readonly token = randomUUID();
  private readonly pending = new Set<string>();
  private readonly intervalMs: number;
  private readonly batch: number;
  private readonly cycleMs: number;
  private readonly settleMs: number;
  private stopped = false;
  private loopDone: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  /** A wake arrived while the loop was busy: look again before waiting. */
  private woken = false;
  private unsubscribe: (() => void) | null = null;
  private nextFullCheck = 0;

  constructor(private readonly o: RewrapSweepOptions<T>) {
    if (!('rewrapReplace' in o.redis))
      o.redis.defineCommand('rewrapReplace', { numberOfKeys: 1, lua: REPLACE });
    this.redis = o.redis as SweepRedis;
    this.intervalMs = o.intervalMs ?? 60_000;
    this.batch = o.batch ?? 1000;
    this.cycleMs = o.cycleMs ?? 500;
    this.settleMs = o.settleMs ?? 1000;
  }

  start(): void {
    this.unsubscribe = this.o.keyring.onChange((change) => {
      if (change.purpose === this.o.purpose && change.change === 'rotated') this.wake(change.tenantId);
    });
    this.loopDone = this.loop();
  }

  /** Looks at the tenant soon (a rotation was announced). */
  wake(tenantId: string): void {
    this.pending.add(tenantId);
    this.woken = true;
    this.wakeUp?.();
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.wakeUp?.();
    await this.loopDone;
  }

  /** Runs the tenant's sweep to its end now, waiting out its settle times (tests, tools). */
  async sweepNow(tenantId: string): Promise<void> {
    for (let cycle = 0; cycle < 100_000; cycle += 1) {
      const result = await this.cycle(tenantId);
      if (result === 'idle') return;
      if (typeof result === 'number')
        await new Promise((r) => setTimeout(r, Math.max(0, result - Date.now())));
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      const now = Date.now();
      if (now >= this.nextFullCheck) {
        this.nextFullCheck = now + this.intervalMs;
        try {
          for (const tenantId of await this.o.tenants()) this.pending.add(tenantId);
        } catch (error) {
          this.o.logger.warn({ err: error, purpose: this.o.purpose }, 'rewrap: tenants unavailable');
        }
      }
      let wakeAt = this.nextFullCheck;
      for (const tenantId of [...this.pending]) {
        if (this.stopped) break;
        let result: Awaited<ReturnType<RewrapSweeper<T>['cycle']>>;
        try {
          result = await this.cycle(tenantId);
        } catch (error) {
          this.o.logger.warn({ err: error, tenantId, purpose: this.o.purpose }, 'rewrap cycle failed');
          result = Date.now() + 5_000;
        }
        if (result === 'idle') this.pending.delete(tenantId);
        else wakeAt = Math.min(wakeAt, result === 'more' ? Date.now() : result);
      }
      if (this.stopped) break;
      if (this.woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(10, wakeAt - Date.now()));
        timer.unref();
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  /**
   * One bounded step for the tenant: 'idle' when nothing is left to do, 'more' to continue at
   * once, or a time (ms) to continue at.
   */
  private async cycle(tenantId: string): Promise<'idle' | 'more' | number> {
    const plan = await this.plan(tenantId);
    if (!plan) return 'idle';
    const { store } = this.o.keyring;
    if (!(await store.lock(tenantId, this.o.purpose, this.token, LOCK_MS))) return 'idle';
    let state = plan.state;
    const key = plan.key;
    if (plan.fresh) await store.saveRewrapState(tenantId, key.id, state);
    const now = Date.now();
    if (state.notBefore > now) return state.notBefore;
    const deadline = now + this.cycleMs;
    let budget = state.phase === 'count' ? this.batch * 10 : this.batch;
    if (state.phase === 'count' && state.cursor === '0' && Object.keys(state.baseline).length === 0) {
      const usage = (await store.usage(tenantId)).get(key.id) ?? new Map<number, number>();
      state = { ...state, baseline: Object.fromEntries([...usage].map(([v, n]) => [String(v), n])) };
    }
    const hashKey = this.o.records.hashKey(tenantId);
    while (budget > 0 && Date.now() < deadline) {
      const [cursor, flat] = await this.redis.hscan(hashKey, state.cursor, 'COUNT', Math.min(budget, 200));
      const entries: Array<[string, string]> = [];
      for (let i = 0; i < flat.length; i += 2) entries.push([flat[i] as string, flat[i + 1] as string]);
      budget -= Math.max(1, entries.length);
      state =
        state.phase === 'count'
          ? this.count(state, key, plan.shredded, entries)
          : await this.rewrapPage(tenantId, state, key, plan.shredded, hashKey, entries);
      state = { ...state, cursor };
      if (cursor === '0') {
        const next = await this.endOfPass(tenantId, state, key);
        if (next === 'finished') {
          await store.unlock(tenantId, this.o.purpose, this.token);
          return 'idle';
        }
        state = next;
        break;
      }
    }
    await store.saveRewrapState(tenantId, key.id, state);
    return state.notBefore > Date.now() ? state.notBefore : 'more';
  }

  /** What to do for the tenant now: null when nothing (then no lock is taken). */
  private async plan(
    tenantId: string,
  ): Promise<{ key: StoredKey; state: RewrapState; shredded: boolean; fresh: boolean } | null> {
    const { keyring } = this.o;
    const { store } = keyring;
    const [flags, current] = await Promise.all([
      store.legacyFlags(tenantId, this.o.purpose),
      store.current(tenantId, this.o.purpose),
    ]);
    if (!current && (flags.done || flags.shredded)) return null;
    if (current?.value.destroyedAt) {
      // Destroyed mid-sweep: nothing under it can move any more.
      const stopped = await store.rewrapState(tenantId, current.value.id);
      if (stopped && !stopped.finishedAt)
        await store.saveRewrapState(tenantId, current.value.id, {
          ...stopped,
          finishedAt: new Date().toISOString(),
        });
      return null;
    }
    // A tenant with records but no key yet (all sealed before envelope encryption).
    const key = current?.value ?? (await keyring.live(tenantId, this.o.purpose, false));
    const target = newest(key).version;
    const state = await store.rewrapState(tenantId, key.id);
    if (state && !state.finishedAt && state.targetVersion === target)
      return { key, state, shredded: flags.shredded, fresh: false };
    if (
      state?.finishedAt &&
      state.targetVersion === target &&
      state.failed > 0 &&
      Date.now() - Date.parse(state.finishedAt) < FAILED_RETRY_MS
    ) {
      return null;
    }
    const usage = (await store.usage(tenantId)).get(key.id) ?? new Map<number, number>();
    const below = [...usage].some(([v, n]) => n > 0 && v >= key.minDecryptVersion && v < target);
    const unfinished = state !== null && !state.finishedAt;
    if (!below && flags.done && !unfinished) return null;
    const now = Date.now();
    return {
      key,
      shredded: flags.shredded,
      fresh: true,
      state: {
        targetVersion: target,
        total: 0,
        done: 0,
        failed: 0,
        startedAt: new Date(now).toISOString(),
        finishedAt: null,
        phase: 'count',
        cursor: '0',
        // Writes racing this first count are caught by the verifying count after the rewrap.
        notBefore: now,
        rounds: 0,
        found: 0,
        lastFailed: 0,
        observed: {},
        baseline: {},
        legacySeen: 0,
      },
    };
  }

  private kind(value: Sealed, key: StoredKey, shredded: boolean): Kind {
    if (!isEnvelope(value)) return shredded ? 'dead' : 'stale';
    // Under another (destroyed) key, or a retired version: nothing can read it any more.
    if (value.keyId !== key.id || value.version < key.minDecryptVersion) return 'dead';
    return value.version < newest(key).version ? 'stale' : 'current';
  }

  private count(
    state: RewrapState,
    key: StoredKey,
    shredded: boolean,
    entries: Array<[string, string]>,
  ): RewrapState {
    let found = state.found;
    let legacySeen = state.legacySeen;
    const observed: Record<string, number> = { ...state.observed };
    for (const [, raw] of entries) {
      for (const value of this.o.records.sealed(JSON.parse(raw) as T)) {
        if (!value) continue;
        const kind = this.kind(value, key, shredded);
        if (kind === 'dead') continue;
        if (kind === 'stale') found += 1;
        if (!isEnvelope(value)) legacySeen += 1;
        else observed[String(value.version)] = (observed[String(value.version)] ?? 0) + 1;
      }
    }
    return { ...state, found, legacySeen, observed };
  }

  private async rewrapPage(
    tenantId: string,
    state: RewrapState,
    key: StoredKey,
    shredded: boolean,
    hashKey: string,
    entries: Array<[string, string]>,
  ): Promise<RewrapState> {
    let { done, failed, lastFailed } = state;
    await Promise.all(
      entries.map(async ([id, first]) => {
        let raw: string | null = first;
        // A concurrent update of the record wins; it is read again and moved on top of it.
        for (let attempt = 0; attempt < 3 && raw !== null; attempt += 1) {
          const record = JSON.parse(raw) as T;
          const values = this.o.records.sealed(record);
          let moved = 0;
          let lost = 0;
          const next = await Promise.all(
            values.map(async (value) => {
              if (!value || this.kind(value, key, shredded) !== 'stale') return value;
              try {
                const rewrapped = await this.o.keyring.rewrap(tenantId, this.o.purpose, value, key.id);
                moved += 1;
                return rewrapped;
              } catch (error) {
                if (!(error instanceof KeyringError)) throw error;
                lost += 1;
                this.o.logger.warn(
                  { err: error, tenantId, recordId: id, purpose: this.o.purpose },
                  'rewrap: value does not open',
                );
                return value;
              }
            }),
          );
          if (moved === 0) {
            failed += lost;
            lastFailed += lost;
            return;
          }
          const replaced = await this.redis.rewrapReplace(
            hashKey,
            id,
            raw,
            JSON.stringify(this.o.records.withSealed(record, next)),
          );
          if (replaced === 1) {
            done += moved;
            failed += lost;
            lastFailed += lost;
            return;
          }
          raw = await this.redis.hget(hashKey, id);
        }
      }),
    );
    return { ...state, done, failed, lastFailed };
  }

  /** The pass over the records ended: what comes next, or 'finished'. */
  private async endOfPass(
    tenantId: string,
    state: RewrapState,
    key: StoredKey,
  ): Promise<RewrapState | 'finished'> {
    const { store } = this.o.keyring;
    const now = Date.now();
    if (state.phase === 'rewrap') {
      // Verify: count again once writes that read a value before it moved have landed.
      return {
        ...state,
        phase: 'count',
        cursor: '0',
        rounds: state.rounds + 1,
        found: 0,
        observed: {},
        baseline: {},
        legacySeen: 0,
        notBefore: now + this.settleMs,
      };
    }
    // Below the target now: what the last rewrap pass failed to open, and what raced it.
    const fresh = state.rounds === 0 ? state.found : Math.max(0, state.found - state.lastFailed);
    if (fresh > 0 && state.rounds < MAX_ROUNDS) {
      return {
        ...state,
        total: state.total + fresh,
        // The last pass's failures are tried again and counted again.
        failed: state.failed - state.lastFailed,
        lastFailed: 0,
        phase: 'rewrap',
        cursor: '0',
        notBefore: now,
      };
    }
    const unmoved = fresh;
    // The last count is what the records hold now: the usage counters follow it.
    const deltas = new Map<number, number>();
    for (const v of new Set([...Object.keys(state.observed), ...Object.keys(state.baseline)])) {
      deltas.set(Number(v), (state.observed[v] ?? 0) - (state.baseline[v] ?? 0));
    }
    await store.addUsage(tenantId, key.id, deltas);
    if (state.legacySeen === 0) await store.markLegacyDone(tenantId, this.o.purpose);
    const failed = state.failed + unmoved;
    const finished: RewrapState = {
      ...state,
      failed,
      total: Math.max(state.total + unmoved, state.done + failed),
      finishedAt: new Date(now).toISOString(),
    };
    await store.saveRewrapState(tenantId, key.id, finished);
    if (finished.total > 0) {
      this.o.logger.info(
        {
          tenantId,
          purpose: this.o.purpose,
          keyId: key.id,
          version: state.targetVersion,
          done: state.done,
          failed,
        },
        'rewrap finished',
      );
    }
    return 'finished';
  }
}
