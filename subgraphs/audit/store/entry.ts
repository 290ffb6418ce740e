// The audit record: its shape and the canonical form every hash of it is over.
import { createHash } from 'node:crypto';
import { leafHash, sha256String } from './merkle.js';
import type { SealedPersonal } from './personalFields.js';

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'PARTIAL';

export interface AuditEntryInput {
  readonly tenantId: string;
  readonly actor: string;
  /** From the domain: `webhook.create`, `apiKey.revoke`, `auth.fail`, `audit.read`, … */
  readonly action: string;
  /** The resource's id, when there is one. */
  readonly resource: string | null;
  /** The resource's type; defaults to the action's first part (`apiKey` of `apiKey.revoke`). */
  readonly resourceType?: string | null;
  readonly outcome: AuditOutcome;
  /** The security framework's event type (user_login, login_failed, permission_denied, …). */
  readonly eventType?: string;
  /** 0–100; see riskScore. */
  readonly riskScore?: number;
  readonly details: Record<string, unknown> | null;
  /**
   * Whose personal data `details` carries: its personal fields are sealed under this subject's key
   * and erased with them (a detection by system:security about a person, a failed login claiming
   * a user). Not stored. @default actor
   */
  readonly subject?: string;
}

export interface AuditEntry extends Omit<AuditEntryInput, 'subject'> {
  /** The personal fields taken out of `details`, sealed under the subject's key (default: the actor's). */
  readonly personal?: SealedPersonal;
  readonly id: string;
  readonly sequence: number;
  readonly occurredAt: string;
  readonly previousHash: string;
  readonly hash: string;
}

/** JSON with object keys sorted and undefined members left out: the form every hash is over. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + canonical(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonical(member)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * Both hashes of a stored entry from one canonical pass: the chain hash (over the entry without
 * `hash`) it should carry, and its Merkle leaf (over the whole entry). Verification of a
 * million-entry log spends most of its time here.
 */
export function entryHashes(entry: AuditEntry): { chain: string; leaf: Buffer } {
  const record = entry as unknown as Record<string, unknown>;
  let withHash = '{';
  let withoutHash = '{';
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    const part = `${JSON.stringify(key)}:${canonical(member)}`;
    withHash += `${withHash.length > 1 ? ',' : ''}${part}`;
    if (key !== 'hash') withoutHash += `${withoutHash.length > 1 ? ',' : ''}${part}`;
  }
  const chain = createHash('sha256').update(`${entry.previousHash}\n${withoutHash}}`).digest('hex');
  return { chain, leaf: leafHash(`${withHash}}`) };
}

/** A sealed entry: the entry, its Merkle leaf and its stored (canonical) text. */
export interface SealedEntry {
  readonly entry: AuditEntry;
  readonly leaf: Buffer;
  readonly text: string;
}

/** What a record is before it has a place in the chain: everything but sequence and hashes. */
export type UnchainedEntry = Omit<AuditEntry, 'hash' | 'sequence' | 'previousHash' | 'occurredAt'>;

/** Where in the chain, and when, a record is sealed. */
export interface ChainPosition {
  readonly sequence: number;
  readonly previousHash: string;
  readonly occurredAt: string;
}

const POSITION_KEYS: ReadonlySet<string> = new Set(['sequence', 'previousHash', 'occurredAt', 'hash']);
const HASH_MEMBER = ',"hash":';

/**
 * Canonicalises a record once and seals it at any chain position: a writer that lost the chain
 * head to another process rechains by hashing again, without redoing the canonical form of the
 * details (most of the canonical work). The text is kept as the fixed runs around the four
 * position members (in sorted key order), so sealing is a few concatenations and two one-shot
 * hashes, the chain hash over the text without its `hash` member.
 */
export function chainable(base: UnchainedEntry): (position: ChainPosition) => SealedEntry {
  const record = base as unknown as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && !POSITION_KEYS.has(key))
    .concat(...POSITION_KEYS)
    .sort();
  // runs[i]: the text before slot i's value, its member name included; the last run closes.
  const slots: Array<keyof ChainPosition | 'hash'> = [];
  const runs: string[] = [];
  let run = '{';
  keys.forEach((key, i) => {
    const member = `${i === 0 ? '' : ','}${JSON.stringify(key)}:`;
    if (POSITION_KEYS.has(key)) {
      slots.push(key as keyof ChainPosition | 'hash');
      runs.push(run + member);
      run = '';
    } else {
      run += member + canonical(record[key]);
    }
  });
  runs.push(`${run}}`);
  const hashAt = slots.indexOf('hash');
  const beforeHash = runs[hashAt] as string;
  // `action` sorts before `hash`, so `hash` is never the first member.
  if (!beforeHash.endsWith(HASH_MEMBER)) throw new Error('an audit record needs members before its hash');
  const fixedBeforeHash = beforeHash.slice(0, -HASH_MEMBER.length);
  return (position) => {
    let head = '';
    let tail = '';
    for (let i = 0; i < slots.length; i += 1) {
      if (i === hashAt) continue;
      const slot = slots[i] as keyof ChainPosition;
      const part = (runs[i] as string) + JSON.stringify(position[slot]);
      if (i < hashAt) head += part;
      else tail += part;
    }
    tail += runs[slots.length] as string;
    const hash = sha256String(`${position.previousHash}\n${head}${fixedBeforeHash}${tail}`, 'hex');
    // Stored as its own canonical form, so a verifier can hash the stored bytes as they are.
    const text = `${head}${beforeHash}"${hash}"${tail}`;
    return { entry: { ...base, ...position, hash }, leaf: leafHash(text), text };
  };
}

/** Hashes a new entry and makes its leaf in one canonical pass (what appending costs per record). */
export function seal(base: Omit<AuditEntry, 'hash'>): SealedEntry {
  const { sequence, previousHash, occurredAt, ...rest } = base;
  return chainable(rest)({ sequence, previousHash, occurredAt });
}

/**
 * Both hashes of an entry straight from its stored text, when that text is the canonical form
 * (as every entry stored by `seal` is): the leaf is the text's hash, and the chain hash is over
 * the text without its `hash` member. Null when the text is not canonical (entries written
 * before records were stored canonically, or tampered formatting): then `entryHashes` decides.
 */
export function storedHashes(text: string, entry: AuditEntry): { chain: string; leaf: Buffer } | null {
  // Byte offsets into one UTF-8 copy: both hashes read slices of it, no string is rebuilt.
  const bytes = Buffer.from(text, 'utf8');
  const member = Buffer.from(`,"hash":${JSON.stringify(entry.hash)}`, 'utf8');
  const at = bytes.indexOf(member);
  const after = at + member.length;
  // In canonical order `hash` is followed by `id`, which every entry has.
  if (at < 0 || bytes.toString('utf8', after, after + 6) !== ',"id":') return null;
  const chain = createHash('sha256')
    .update(`${entry.previousHash}\n`)
    .update(bytes.subarray(0, at))
    .update(bytes.subarray(after))
    .digest('hex');
  return chain === entry.hash ? { chain, leaf: leafHash(bytes) } : null;
}

/** sha256(previousHash + canonical(entry without its hash)): editing any entry breaks every later link. */
export function chainHash(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(`${entry.previousHash}\n${canonical(entry)}`)
    .digest('hex');
}

/** The entry's RFC 6962 leaf: SHA-256(0x00 ‖ canonical JSON of the whole stored entry). */
export function entryLeaf(entry: AuditEntry): Buffer {
  return leafHash(canonical(entry));
}

/** A stored entry as readers see it: personal fields opened, or null and flagged once erased. */
export interface ReadableEntry {
  /** As stored (what the hashes and proofs are over). */
  readonly entry: AuditEntry;
  readonly details: Record<string, unknown> | null;
  readonly personalDataErased: boolean;
}
