// Reading a stored record's canonical text in place, for verification at speed.
import { sha256String } from './merkle.js';

const HEX64 = /^[0-9a-f]{64}$/;
const HASH_AT = ',"hash":"';
const ID_AT = ',"id":"';
const PREVIOUS_AT = ',"previousHash":"';
const SEQUENCE_AT = ',"sequence":';
// `,"hash":"` + 64 hex + `"`: what the chain hash leaves out of the text.
const HASH_MEMBER = HASH_AT.length + 65;

/**
 * The last occurrence of `pattern` at or after `from`, or -1: forward searches, a tenth of the
 * cost of `lastIndexOf`'s backward one, and a pattern occurs once in a record or twice at most.
 */
function lastFrom(text: string, pattern: string, from: number): number {
  let at = text.indexOf(pattern, from);
  for (let next = at; next >= 0; next = text.indexOf(pattern, next + 1)) at = next;
  return at;
}

/**
 * One stored text as `seal` writes it, read without JSON.parse and without building a string per
 * member. In canonical order the members after `details` are `hash`, `id`, `occurredAt`,
 * `outcome`, `personal`, `previousHash`, …, `sequence`, `tenantId`, and no nested object of those
 * has a member of those names, so the last occurrence of each is the record's own (a `"` inside
 * a JSON string is escaped, so the patterns only match structure). `read` says whether the text
 * is in that form; a text that is not, or whose fields do not hold, is for the caller to parse
 * and judge slowly. One instance is reused for every record of a pass.
 */
export class CanonicalText {
  private text = '';
  private hashAt = 0;
  private idAt = 0;
  private previousAt = 0;
  /** The record's `sequence` (after a successful `read`). */
  sequence = 0;

  /** False when the text is not a canonical record with a well-formed hash, previousHash and sequence. */
  read(text: string): boolean {
    // The last of each, in this order, or the text is not in that form.
    const h = lastFrom(text, HASH_AT, 0);
    const i = h < 0 ? -1 : lastFrom(text, ID_AT, h + 1);
    const p = i < 0 ? -1 : lastFrom(text, PREVIOUS_AT, i + 1);
    const s = p < 0 ? -1 : lastFrom(text, SEQUENCE_AT, p + 1);
    if (s < 0) return false;
    // `"hash":"<64>"` directly followed by `,"id":`; `"previousHash":"<64>"` closed.
    if (text.charCodeAt(h + HASH_MEMBER - 1) !== 34 || !text.startsWith(',"id":', h + HASH_MEMBER))
      return false;
    if (text.charCodeAt(p + PREVIOUS_AT.length + 64) !== 34) return false;
    // A JSON integer, then the next member or the end: nothing JSON.parse would read otherwise.
    let at = s + SEQUENCE_AT.length;
    const digits = at;
    let sequence = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at))
      sequence = sequence * 10 + c - 48;
    const end = text.charCodeAt(at);
    if (at === digits || (text.charCodeAt(digits) === 48 && at > digits + 1) || (end !== 44 && end !== 125))
      return false;
    if (!Number.isSafeInteger(sequence)) return false;
    this.text = text;
    this.hashAt = h + HASH_AT.length;
    this.idAt = i + ID_AT.length;
    this.previousAt = p + PREVIOUS_AT.length;
    this.sequence = sequence;
    return true;
  }

  /** Whether the record's `previousHash` is `hash` (a 64-hex string), without a copy of it. */
  previousIs(hash: string): boolean {
    return hash.length === 64 && this.text.startsWith(hash, this.previousAt);
  }

  /** Whether the record's own `hash` is `hash`, without a copy of it. */
  hashIs(hash: string): boolean {
    return hash.length === 64 && this.text.startsWith(hash, this.hashAt);
  }

  previousHash(): string {
    return this.text.slice(this.previousAt, this.previousAt + 64);
  }

  /** Whether `previousHash` is lowercase hex (JSON.parse would read exactly those 64 characters). */
  previousIsHex(): boolean {
    return HEX64.test(this.previousHash());
  }

  hash(): string {
    return this.text.slice(this.hashAt, this.hashAt + 64);
  }

  id(): string {
    return this.text.slice(this.idAt, this.text.indexOf('"', this.idAt));
  }

  /**
   * sha256(previousHash + "\n" + the text without its `hash` member), hex: the chain hash the
   * record should carry. `previousHash` is the record's own (the caller passes it once it has
   * checked `previousIs`, sparing a copy).
   */
  chain(previousHash: string): string {
    const start = this.hashAt - HASH_AT.length;
    return sha256String(
      `${previousHash}\n${this.text.slice(0, start)}${this.text.slice(start + HASH_MEMBER)}`,
      'hex',
    );
  }

  /** The RFC 6962 leaf of the text as stored, SHA-256(0x00 ‖ UTF-8 text), as a latin1 string. */
  leaf(): string {
    return sha256String(`\u0000${this.text}`, 'latin1');
  }
}
