import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { eventStreamKey } from '../../../lib/events/EventLog.js';
import { tenantKey } from '../../../lib/redis.js';
import { appendLeaves } from './merkle.js';
import { AuditTrailReader, GENESIS, type AuditReadOptions } from './AuditTrailReader.js';
import { decodeFrontier, encodeFrontier, type ChainHead } from './auditScripts.js';
import { chainable, entryLeaf, type AuditEntry, type AuditEntryInput } from './entry.js';

export {
  canonical,
  chainHash,
  entryHashes,
  entryLeaf,
  storedHashes,
  type AuditEntry,
  type AuditEntryInput,
  type AuditOutcome,
  type ReadableEntry,
} from './entry.js';

/** Every record's announcement, for Subscription.auditEvents (read like an event stream). */
export function auditStreamKey(prefix: string, tenantId: string): string {
  return tenantKey(prefix, tenantId, 'audit', 'stream');
}

interface PendingAppend {
  readonly input: AuditEntryInput;
  resolve(entry: AuditEntry): void;
  reject(error: unknown): void;
}

/** Most entries one script call appends. */
const BATCH = 500;
/** A batch that keeps losing the head to other writers gives up after this long. */
// (Each loss hands back the head it lost to, so a rechain costs one hash pass and one round trip.)
const APPEND_DEADLINE_MS = 5_000;
/** Tenants whose chain head one process remembers. */
const MAX_CACHED_HEADS = 10_000;

export interface AuditTrailOptions extends AuditReadOptions {
  /** Announcements kept in each tenant's audit stream (and event stream). @default 100000 */
  streamRetention?: number;
  /**
   * Action prefixes whose records are also platform events (`compliance.audit_event_created`),
   * so webhooks carry them; every record is on the tenant's audit stream regardless.
   * @default none
   */
  publishedActions?: readonly string[];
  /** Called after a batch lands (checkpointing). */
  onAppended?(tenantId: string, treeSize: number): void;
  /** The clock records are stamped with (tests move it instead of waiting). @default Date.now */
  now?: () => number;
}

/**
 * A per-tenant, append-only audit log in Redis: a hash chain and, beside it, an RFC 6962 Merkle
 * tree whose complete subtrees are kept per level (32 bytes a node), so roots and proofs of any
 * size take O(log² n) reads. Every record is announced as `compliance.audit_event_created` on
 * the tenant's event stream in the same script, so the audit subscription and webhooks never
 * miss one. In one process, appends of a tenant queue and leave in batches; across processes the
 * head check makes a writer that lost the race rechain and retry until it lands.
 */
export class AuditTrail extends AuditTrailReader {
  private readonly queues = new Map<string, PendingAppend[]>();
  /**
   * Each tenant's chain head as this process last saw it (its own append landing, or the head a
   * lost one was handed back): the next batch chains onto it without reading the head first. The
   * script checks it, so a stale one costs a rechain, never a fork.
   */
  private readonly heads = new Map<string, ChainHead>();

  constructor(
    redis: RedisClient,
    prefix: string,
    protected override readonly options: AuditTrailOptions = {},
  ) {
    super(redis, prefix, options);
  }

  /** Resolves once the entry is stored; rejects when it could not be (the caller decides what fails). */
  append(input: AuditEntryInput): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(input.tenantId);
      if (queue) {
        queue.push({ input, resolve, reject });
        return;
      }
      queue = [{ input, resolve, reject }];
      this.queues.set(input.tenantId, queue);
      void this.drain(input.tenantId, queue);
    });
  }

  private async drain(tenantId: string, queue: PendingAppend[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, BATCH);
      try {
        // The batch may grow while it retries (appendBatch): resolved as it landed.
        const entries = await this.appendBatch(tenantId, batch, queue);
        batch.forEach((pending, i) => pending.resolve(entries[i] as AuditEntry));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.queues.delete(tenantId);
  }

  private rememberHead(tenantId: string, head: ChainHead): void {
    // A few hundred bytes a tenant; a process appending for very many tenants starts over.
    if (this.heads.size >= MAX_CACHED_HEADS && !this.heads.has(tenantId)) this.heads.clear();
    this.heads.set(tenantId, head);
  }

  /** The tenant's head from Redis (and its tree built first, for logs older than the tree). */
  private async readHead(tenantId: string): Promise<ChainHead> {
    const head = await this.redis.hmget(this.headKey(tenantId), 'sequence', 'hash', 'frontier');
    return this.headOf(tenantId, Number(head[0] ?? 0), head[1] ?? null, head[2] ?? null);
  }

  private async headOf(
    tenantId: string,
    sequence: number,
    hash: string | null,
    frontier: string | null,
  ): Promise<ChainHead> {
    return {
      sequence,
      hash: hash || GENESIS,
      frontier: decodeFrontier(frontier || null) ?? (sequence === 0 ? [] : await this.rebuildTree(tenantId)),
    };
  }

  /**
   * Appends `batch` (in order) and returns its entries. A batch that lost the head to another
   * writer takes along what queued meanwhile (`queue`, pushed onto `batch`): one call lands both,
   * instead of the late ones racing the other writer again on their own.
   */
  private async appendBatch(
    tenantId: string,
    batch: PendingAppend[],
    queue: PendingAppend[],
  ): Promise<AuditEntry[]> {
    const deadline = Date.now() + APPEND_DEADLINE_MS;
    const retention = String(this.options.streamRetention ?? 100_000);
    const prepare = (sealed: Awaited<ReturnType<AuditTrail['sealPersonal']>>) =>
      sealed.map((input) => ({
        // Canonicalised once: a rechain only hashes again.
        at: chainable({
          ...input,
          resourceType: input.resourceType ?? input.action.split('.', 1)[0] ?? null,
          id: randomUUID(),
        }),
        announcementId: randomUUID(),
        published: this.options.publishedActions?.some((p) => input.action.startsWith(p)) ? '1' : '0',
        keyId: input.personal?.sealed.keyId ?? '',
      }));
    let pending = prepare(
      await this.sealPersonal(
        tenantId,
        batch.map((p) => p.input),
      ),
    );
    let head = this.heads.get(tenantId) ?? (await this.readHead(tenantId));
    for (let attempt = 0; ; attempt += 1) {
      const start = head.sequence;
      let previousHash = head.hash;
      const occurredAt = new Date((this.options.now ?? Date.now)()).toISOString();
      const leaves: Buffer[] = [];
      const texts: string[] = [];
      const entries = pending.map((p, i) => {
        const { entry, leaf, text } = p.at({ sequence: start + i + 1, previousHash, occurredAt });
        leaves.push(leaf);
        texts.push(text);
        previousHash = entry.hash;
        return entry;
      });
      const { added, frontier: next } = appendLeaves([...head.frontier], start, leaves);
      const keys = [
        this.listKey(tenantId),
        this.headKey(tenantId),
        this.idsKey(tenantId),
        auditStreamKey(this.prefix, tenantId),
        eventStreamKey(this.prefix, tenantId),
        tenantKey(this.prefix, tenantId, 'audit', 'key-events'),
        tenantKey(this.prefix, tenantId, 'audit', 'subject-keys'),
        ...Array.from({ length: added.length }, (_, level) => this.levelKey(tenantId, level)),
      ];
      let reply: Array<number | string>;
      try {
        reply = await this.redis.auditAppendV4(
          keys.length,
          ...keys,
          String(start),
          String(start + entries.length),
          previousHash,
          encodeFrontier(next),
          retention,
          String(entries.length),
          ...texts,
          ...entries.map((e) => e.id),
          ...entries.map((e, i) =>
            JSON.stringify(announcement(e, (pending[i] as (typeof pending)[number]).announcementId)),
          ),
          ...pending.map((p) => p.published),
          ...pending.map((p) => p.keyId),
          ...added.map((nodes) => Buffer.concat(nodes)),
        );
      } catch (error) {
        // Whether it landed is unknown: the next batch reads the head again.
        this.heads.delete(tenantId);
        throw error;
      }
      const landed = Number(reply[0]);
      if (landed === 1) {
        this.rememberHead(tenantId, { sequence: start + entries.length, hash: previousHash, frontier: next });
        this.options.onAppended?.(tenantId, start + entries.length);
        return entries;
      }
      if (landed === -1) {
        // A subject was erased since this process cached its key: seal again under a new one.
        this.options.personal?.forgetSealingKeys(tenantId);
        pending = prepare(
          await this.sealPersonal(
            tenantId,
            batch.map((p) => p.input),
          ),
        );
      } else {
        // Another process appended first: chain onto the head it left (handed back by the
        // script), with what queued here meanwhile.
        const late = queue.splice(0, BATCH - batch.length);
        if (late.length > 0) {
          batch.push(...late);
          pending = pending.concat(
            prepare(
              await this.sealPersonal(
                tenantId,
                late.map((p) => p.input),
              ),
            ),
          );
        }
        head = await this.headOf(
          tenantId,
          Number(reply[1] ?? 0),
          String(reply[2] ?? ''),
          String(reply[3] ?? ''),
        );
        this.rememberHead(tenantId, head);
      }
      if (Date.now() > deadline) {
        throw new Error(`audit append: chain head kept moving for ${APPEND_DEADLINE_MS} ms`);
      }
      // After a few losses in a row, yield a little (jittered) so the other writer's batch clears.
      if (attempt >= 2)
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, attempt * 2)));
    }
  }

  /** The inputs with their personal fields sealed (once per batch, whatever the retries). */
  private async sealPersonal(
    tenantId: string,
    inputs: readonly AuditEntryInput[],
  ): Promise<Array<Omit<AuditEntryInput, 'subject'> & Pick<AuditEntry, 'personal'>>> {
    const personal = this.options.personal;
    if (!personal) return inputs.map(({ subject: _subject, ...input }) => input);
    return Promise.all(
      inputs.map(async ({ subject, ...input }) => {
        const split = await personal.seal(tenantId, subject ?? input.actor, input.details);
        return split.personal ? { ...input, details: split.details, personal: split.personal } : input;
      }),
    );
  }

  /**
   * Logs written before the Merkle tree existed get theirs built once from their entries; the
   * head's frontier marks it done. Idempotent: a concurrent rebuild writes the same bytes.
   */
  private async rebuildTree(tenantId: string): Promise<Array<Buffer | null>> {
    let frontier: Array<Buffer | null> = [];
    const levels: Buffer[][] = [];
    let size = 0;
    for await (const page of this.pages(tenantId)) {
      const result = appendLeaves(frontier, size, page.map(entryLeaf));
      frontier = result.frontier;
      result.added.forEach((nodes, level) => (levels[level] ??= []).push(...nodes));
      size += page.length;
    }
    const multi = this.redis.multi();
    levels.forEach((nodes, level) => multi.set(this.levelKey(tenantId, level), Buffer.concat(nodes)));
    await multi.exec();
    return frontier;
  }

  /** Drops the oldest `n` events from Redis once a segment holds them (false: raced, nothing done). */
  async trim(tenantId: string, expectedTrimmed: number, n: number): Promise<boolean> {
    const done = await this.redis.auditTrimV1(
      2,
      this.listKey(tenantId),
      this.headKey(tenantId),
      String(expectedTrimmed),
      String(n),
    );
    return done === 1;
  }

  /** Records that positions before `upTo` are gone past retention, and forgets their ids. */
  async markDeleted(tenantId: string, upTo: number, ids: readonly string[]): Promise<void> {
    const multi = this.redis.multi();
    multi.hset(this.headKey(tenantId), 'deleted', String(upTo));
    if (ids.length > 0) multi.hdel(this.idsKey(tenantId), ...ids);
    await multi.exec();
  }
}

/** The platform event announcing a record (`compliance.audit_event_created`), envelope included. */
function announcement(entry: AuditEntry, id: string) {
  return {
    id,
    type: 'compliance.audit_event_created',
    tenantId: entry.tenantId,
    occurredAt: entry.occurredAt,
    data: {
      auditEventId: entry.id,
      sequence: entry.sequence,
      action: entry.action,
      actor: entry.actor,
      outcome: entry.outcome,
      resourceType: entry.resourceType ?? null,
      resourceId: entry.resource,
      ...(entry.eventType ? { eventType: entry.eventType } : {}),
      ...(entry.riskScore !== undefined ? { riskScore: entry.riskScore } : {}),
    },
    publishedBy: 'platform:audit',
  };
}

export { GENESIS };
