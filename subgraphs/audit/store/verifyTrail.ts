import { entryHashes, GENESIS, storedHashes, type AuditEntry, type AuditTrail } from './AuditTrail.js';
import { CanonicalText } from './canonicalText.js';
import { readCheckpointNote, type Checkpoint } from './checkpoints.js';
import { GrowingTree } from './merkle.js';

const HEX64 = /^[0-9a-f]{64}$/;
/** The link before the first event kept past retention: not checkable, any previousHash holds. */
const ANY_LINK = Symbol('any previousHash');

export type FindingKind =
  | 'MODIFIED'
  | 'DELETED'
  | 'INSERTED'
  | 'REORDERED'
  | 'TRUNCATED'
  | 'LINK_BROKEN'
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_SIGNATURE_INVALID';

export interface AuditFinding {
  readonly kind: FindingKind;
  /** Position in the stored log (0-based), where there is one. */
  readonly index: number | null;
  /** The sequence number concerned. */
  readonly sequence: number | null;
  readonly eventId: string | null;
  /** The checkpoint whose signed root or size proves it, when one does. */
  readonly checkpointTreeSize: number | null;
  readonly detail: string;
}

export interface TrailVerification {
  readonly valid: boolean;
  /** Events read. */
  readonly checked: number;
  /** Root (hex) over the events as read. */
  readonly rootHash: string;
  readonly checkpointsVerified: number;
  readonly findings: AuditFinding[];
}

export interface VerifyOptions {
  /** Checkpoints to check the log against: the store's own, and any the caller kept elsewhere. */
  checkpoints: readonly Checkpoint[];
  publicKeys: ReadonlyArray<{ name: string; publicKey: Buffer }>;
  /** The origin each of this tenant's notes must name. */
  origin: string;
}

/**
 * Sequences read so far: a bit per sequence up to the head's, a Set for any other value (only a
 * tampered log has one); a Set of a million numbers was a fifth of a microsecond per record.
 */
class SequenceSet {
  private readonly bits: Uint8Array;
  private readonly others = new Set<unknown>();

  constructor(limit: number) {
    this.bits = new Uint8Array(Math.floor(Math.max(limit, 0) / 8) + 1);
  }

  private inBits(sequence: unknown): sequence is number {
    return (
      Number.isInteger(sequence) && (sequence as number) >= 0 && (sequence as number) < this.bits.length * 8
    );
  }

  has(sequence: unknown): boolean {
    if (!this.inBits(sequence)) return this.others.has(sequence);
    return ((this.bits[sequence >>> 3] as number) & (1 << (sequence & 7))) !== 0;
  }

  add(sequence: unknown): void {
    if (!this.inBits(sequence)) this.others.add(sequence);
    else this.bits[sequence >>> 3] = (this.bits[sequence >>> 3] as number) | (1 << (sequence & 7));
  }
}

const finding = (
  kind: FindingKind,
  detail: string,
  at: { index?: number; sequence?: number; eventId?: string; checkpoint?: number } = {},
): AuditFinding => ({
  kind,
  index: at.index ?? null,
  sequence: at.sequence ?? null,
  eventId: at.eventId ?? null,
  checkpointTreeSize: at.checkpoint ?? null,
  detail,
});

/**
 * The `validate-logs` of this product: reads the whole log, recomputes every chain link and
 * Merkle leaf, and reports each modified, deleted, inserted, reordered or truncated event with
 * its position and, where a signed checkpoint proves it, that checkpoint. A checkpoint's size
 * beyond the log proves a truncated tail that the chain alone cannot see.
 */
export async function verifyTrail(
  trail: AuditTrail,
  tenantId: string,
  options: VerifyOptions,
): Promise<TrailVerification> {
  const findings: AuditFinding[] = [];
  const headSize = await trail.headSize(tenantId);
  const tree = new GrowingTree();
  // Roots are taken as the tree passes each checkpoint's size: nothing of the tree is kept.
  const signedSizes = [...new Set(options.checkpoints.map((c) => c.treeSize))]
    .filter((size) => Number.isSafeInteger(size) && size >= 0)
    .sort((a, b) => a - b);
  const roots = new Map<number, Buffer>();
  let nextSize = 0;
  const grow = (leaf: string | null): void => {
    if (leaf !== null) tree.add(leaf);
    for (; nextSize < signedSizes.length && (signedSizes[nextSize] as number) <= tree.size; nextSize += 1)
      if (signedSizes[nextSize] === tree.size) roots.set(tree.size, tree.root());
  };
  grow(null);
  const seen = new SequenceSet(headSize + 1);
  const leafMismatch: number[] = [];
  // The tree recorded each event's leaf at append time, by sequence: 32 bytes per event.
  const stored = await trail.storedLeaves(tenantId, 0, headSize);
  const storedLeaf = (sequence: number): string | null => {
    const offset = (sequence - 1) * 32;
    return offset >= 0 && stored.length >= offset + 32
      ? stored.toString('latin1', offset, offset + 32)
      : null;
  };
  // Events deleted past retention: the leaves the tree recorded stand in for them, so the roots of
  // checkpoints still check; the first kept event's link back cannot be checked (ANY_LINK).
  const first = await trail.firstPosition(tenantId);
  for (let i = 0; i < first && (i + 1) * 32 <= stored.length; i += 1) grow(storedLeaf(i + 1));
  let expected = first + 1;
  let index = first;
  // What the next record's previousHash must be: the hash of the record read before it.
  let link: unknown = first > 0 ? ANY_LINK : GENESIS;
  let linkIsHex = first === 0;

  /** Anything but an intact canonical record in its place: parsed, canonicalised if need be. */
  const judge = (text: string): { hash: unknown; leaf: string } => {
    const entry = JSON.parse(text) as AuditEntry;
    const { chain, leaf } = storedHashes(text, entry) ?? entryHashes(entry);
    const at = { index, sequence: entry.sequence, eventId: entry.id };
    if (chain !== entry.hash)
      findings.push(finding('MODIFIED', 'its content does not match its own hash', at));
    if (seen.has(entry.sequence)) {
      findings.push(finding('INSERTED', `sequence ${entry.sequence} appears twice`, at));
    } else if (entry.sequence < expected) {
      findings.push(
        finding('REORDERED', `sequence ${entry.sequence} stands after sequence ${expected - 1}`, at),
      );
    } else if (entry.sequence > expected) {
      for (let s = expected; s < entry.sequence; s += 1) {
        findings.push(
          finding('DELETED', `sequence ${s} is missing before sequence ${entry.sequence}`, {
            index,
            sequence: s,
          }),
        );
      }
    }
    seen.add(entry.sequence);
    expected = Math.max(expected, entry.sequence + 1);
    if (link !== ANY_LINK && entry.previousHash !== link) {
      findings.push(finding('LINK_BROKEN', 'its previousHash is not the hash of the event before it', at));
    }
    const own = storedLeaf(entry.sequence);
    const text32 = leaf.toString('latin1');
    if (own !== null && own !== text32) leafMismatch.push(index);
    return { hash: entry.hash, leaf: text32 };
  };

  // The common case read in place (CanonicalText): a canonical record, intact and in its place,
  // whose own hash is the chain hash recomputed. Anything else is judged by the general path.
  const text = new CanonicalText();
  for await (const page of trail.rawTextPages(tenantId, 2000)) {
    for (const raw of page) {
      let hash: unknown = null;
      let leaf: string | null = null;
      if (text.read(raw) && text.sequence === expected) {
        // previousHash as JSON.parse reads it: the hash before it, or else 64 lowercase hex.
        const linked = linkIsHex && text.previousIs(link as string);
        const previousHash = linked ? (link as string) : text.previousIsHex() ? text.previousHash() : null;
        const chain = previousHash === null ? null : text.chain(previousHash);
        if (chain !== null && text.hashIs(chain)) {
          if (!linked && link !== ANY_LINK) {
            findings.push(
              finding('LINK_BROKEN', 'its previousHash is not the hash of the event before it', {
                index,
                sequence: expected,
                eventId: text.id(),
              }),
            );
          }
          leaf = text.leaf();
          const own = storedLeaf(expected);
          if (own !== null && own !== leaf) leafMismatch.push(index);
          seen.add(expected);
          expected += 1;
          hash = chain;
          linkIsHex = true;
        }
      }
      if (leaf === null) {
        ({ hash, leaf } = judge(raw));
        linkIsHex = typeof hash === 'string' && HEX64.test(hash);
      }
      grow(leaf);
      link = hash;
      index += 1;
    }
  }

  let verified = 0;
  const sizes = new Map<number, string>();
  for (const checkpoint of [...options.checkpoints].sort((a, b) => a.treeSize - b.treeSize)) {
    const parsed = readCheckpointNote(checkpoint.note, options.publicKeys);
    const at = { checkpoint: checkpoint.treeSize };
    if (
      !parsed ||
      !parsed.signed ||
      parsed.origin !== options.origin ||
      parsed.treeSize !== checkpoint.treeSize
    ) {
      findings.push(
        finding('CHECKPOINT_SIGNATURE_INVALID', 'the note is not signed by a published key for this log', at),
      );
      continue;
    }
    const root = parsed.rootHash.toString('hex');
    const known = sizes.get(parsed.treeSize);
    if (known && known !== root) {
      findings.push(
        finding(
          'CHECKPOINT_MISMATCH',
          `two signed checkpoints of size ${parsed.treeSize} differ: the log forked`,
          at,
        ),
      );
    }
    sizes.set(parsed.treeSize, root);
    const lastSequence = expected - 1;
    if (parsed.treeSize > tree.size) {
      findings.push(
        lastSequence < parsed.treeSize
          ? finding(
              'TRUNCATED',
              `a checkpoint signed ${parsed.treeSize} events; the log ends at ${lastSequence}: events ${lastSequence + 1}–${parsed.treeSize} are gone`,
              { ...at, index: tree.size, sequence: lastSequence + 1 },
            )
          : finding(
              'CHECKPOINT_MISMATCH',
              `the log holds fewer than the ${parsed.treeSize} events signed`,
              at,
            ),
      );
      continue;
    }
    if (!(roots.get(parsed.treeSize) as Buffer).equals(parsed.rootHash)) {
      findings.push(
        finding(
          'CHECKPOINT_MISMATCH',
          `the first ${parsed.treeSize} events are not the ones this checkpoint signed`,
          at,
        ),
      );
      // Localise: leaves that differ from the tree recorded at append time.
      for (const i of leafMismatch.filter((i) => i < parsed.treeSize)) {
        if (!findings.some((f) => f.index === i && f.kind !== 'CHECKPOINT_MISMATCH')) {
          findings.push(
            finding('MODIFIED', 'rewritten with a consistent hash, but not the event the tree recorded', {
              index: i,
              ...at,
            }),
          );
        }
      }
      continue;
    }
    verified += 1;
  }
  if (headSize > expected - 1 && !findings.some((f) => f.kind === 'TRUNCATED')) {
    findings.push(
      finding('TRUNCATED', `the log head counts ${headSize} events; the log ends at ${expected - 1}`, {
        index: tree.size,
        sequence: expected,
      }),
    );
  }
  return {
    valid: findings.length === 0,
    checked: index - first,
    rootHash: tree.root().toString('hex'),
    checkpointsVerified: verified,
    findings,
  };
}
