import { entryHashes, GENESIS, storedHashes, type AuditEntry, type AuditTrail } from './AuditTrail.js';
import { storedFields } from './entry.js';
import { readCheckpointNote, type Checkpoint } from './checkpoints.js';
import { nodeHash, rootHash, type NodeSource } from './merkle.js';

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
 * In-memory complete subtrees over recomputed leaves, for roots at any size: one growing buffer
 * per level (32 bytes a node), not millions of small Buffer objects for the collector to trace.
 */
class MemoryTree implements NodeSource {
  private readonly levels: Buffer[] = [];
  private readonly counts: number[] = [];
  size = 0;

  private put(level: number, node: Buffer): number {
    const count = this.counts[level] ?? 0;
    let buffer = this.levels[level] ?? Buffer.alloc(32 * 1024);
    if ((count + 1) * 32 > buffer.length) {
      const grown = Buffer.alloc(buffer.length * 2);
      buffer.copy(grown);
      buffer = grown;
    }
    node.copy(buffer, count * 32);
    this.levels[level] = buffer;
    this.counts[level] = count + 1;
    return count + 1;
  }

  /** A leaf, and every node it completes (a right child completes its parent). */
  add(leaf: Buffer): void {
    let node = leaf;
    for (let level = 0; ; level += 1) {
      const count = this.put(level, node);
      if (count % 2 === 1) break;
      node = nodeHash(this.node(level, count - 2), this.node(level, count - 1));
    }
    this.size += 1;
  }

  node(level: number, index: number): Buffer {
    return (this.levels[level] as Buffer).subarray(index * 32, index * 32 + 32);
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
  const tree = new MemoryTree();
  const seen = new Set<number>();
  let previous: Pick<AuditEntry, 'hash'> | null = null;
  let expected = 1;
  let index = 0;
  const leafMismatch: number[] = [];
  const headSize = await trail.headSize(tenantId);
  // The tree recorded each event's leaf at append time, by sequence: 32 bytes per event.
  const stored = await trail.storedLeaves(tenantId, 0, headSize);
  // Events deleted past retention: the leaves the tree recorded stand in for them, so the roots of
  // checkpoints still check; the first kept event's link back cannot be checked.
  const first = await trail.firstPosition(tenantId);
  for (let i = 0; i < first && (i + 1) * 32 <= stored.length; i += 1)
    tree.add(stored.subarray(i * 32, i * 32 + 32));
  expected = first + 1;
  index = first;
  for await (const page of trail.rawTextPages(tenantId, 2000)) {
    for (const text of page) {
      // The common case read without parsing: a canonical, intact record in its place. Anything
      // else is parsed and judged by the general path (canonicalised first if need be).
      let fast = storedFields(text);
      if (fast && (fast.chain !== fast.hash || fast.sequence !== expected)) fast = null;
      const entry: Pick<AuditEntry, 'sequence' | 'id' | 'hash' | 'previousHash'> =
        fast ?? (JSON.parse(text) as AuditEntry);
      const { chain, leaf } =
        fast ?? storedHashes(text, entry as AuditEntry) ?? entryHashes(entry as AuditEntry);
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
      if (entry.previousHash !== (previous ? previous.hash : first > 0 ? entry.previousHash : GENESIS)) {
        findings.push(finding('LINK_BROKEN', 'its previousHash is not the hash of the event before it', at));
      }
      const offset = (entry.sequence - 1) * 32;
      if (offset >= 0 && stored.length >= offset + 32 && !stored.subarray(offset, offset + 32).equals(leaf))
        leafMismatch.push(index);
      tree.add(leaf);
      previous = entry;
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
    if (!rootHash(tree, parsed.treeSize).equals(parsed.rootHash)) {
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
    rootHash: rootHash(tree, tree.size).toString('hex'),
    checkpointsVerified: verified,
    findings,
  };
}
