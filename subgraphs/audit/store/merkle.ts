import * as crypto from 'node:crypto';

const { createHash } = crypto;

/**
 * RFC 6962 (Certificate Transparency) Merkle trees: leaf = SHA-256(0x00 ‖ data), node =
 * SHA-256(0x01 ‖ left ‖ right), MTH(D[n]) splitting at the largest power of two below n.
 * Written here rather than taken from a package: the JavaScript Merkle libraries (merkletreejs
 * and kin) pair odd nodes their own way and omit the 0x00/0x01 domain separation, so their roots
 * and proofs are not RFC 6962's and no outside verifier would accept them.
 *
 * Trees are read through `NodeSource`: a node is the hash of the complete subtree at `level`
 * covering leaves [index·2^level, (index+1)·2^level). Every hash the algorithms need is such a
 * node, so a store that keeps complete subtrees per level answers any root or proof in
 * O(log² n) node reads.
 */
export interface NodeSource {
  node(level: number, index: number): Buffer;
}

// Node ≥ 20.12's one-shot hash is a third faster than a Hash object for inputs this small, and
// verification hashes every leaf and node of a log (millions): used where present.
type OneShot = {
  (algorithm: string, data: Buffer | string, encoding: 'buffer'): Buffer;
  (algorithm: string, data: Buffer | string, encoding: 'latin1' | 'hex'): string;
};
const oneShot = (crypto as { hash?: OneShot }).hash;

/**
 * SHA-256 (of a string: of its UTF-8) as a latin1 or hex string. A one-shot digest as a string
 * costs a third of one as a Buffer (no backing store per digest): verification's hashes use it.
 */
export function sha256String(data: Buffer | string, encoding: 'latin1' | 'hex'): string {
  if (oneShot) return oneShot('sha256', data, encoding);
  // 'binary' is Node's other name of latin1.
  return createHash('sha256')
    .update(data)
    .digest(encoding === 'latin1' ? 'binary' : 'hex');
}

export function leafHash(data: Buffer | string): Buffer {
  if (oneShot) {
    // A string is hashed as its UTF-8, and U+0000 is the single byte 0x00.
    if (typeof data === 'string') return oneShot('sha256', `\u0000${data}`, 'buffer');
    const input = Buffer.allocUnsafe(data.length + 1);
    input[0] = 0;
    data.copy(input, 1);
    return oneShot('sha256', input, 'buffer');
  }
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(data)
    .digest();
}

const NODE_INPUT = Buffer.alloc(65);

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  if (oneShot) {
    NODE_INPUT[0] = 1;
    left.copy(NODE_INPUT, 1);
    right.copy(NODE_INPUT, 33);
    return oneShot('sha256', NODE_INPUT, 'buffer');
  }
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(left)
    .update(right)
    .digest();
}

/** SHA-256 of the empty string: MTH of the empty tree. */
export const EMPTY_ROOT = createHash('sha256').digest();

/** The largest power of two strictly smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/** MTH(D[start : start + n]); `start` is aligned as RFC 6962's recursion keeps it. */
export function subtreeHash(source: NodeSource, start: number, n: number): Buffer {
  if (n === 0) return EMPTY_ROOT;
  if (isPowerOfTwo(n) && start % n === 0) return source.node(Math.log2(n), start / n);
  const k = split(n);
  return nodeHash(subtreeHash(source, start, k), subtreeHash(source, start + k, n - k));
}

export function rootHash(source: NodeSource, size: number): Buffer {
  return subtreeHash(source, 0, size);
}

/** RFC 6962 §2.1.1 PATH(m, D[start : start + n]). */
function path(source: NodeSource, m: number, start: number, n: number): Buffer[] {
  if (n <= 1) return [];
  const k = split(n);
  if (m < k) return [...path(source, m, start, k), subtreeHash(source, start + k, n - k)];
  return [...path(source, m - k, start + k, n - k), subtreeHash(source, start, k)];
}

/** Audit path of leaf `index` in the tree of `size` leaves, leaf side first. */
export function inclusionProof(source: NodeSource, index: number, size: number): Buffer[] {
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  return path(source, index, 0, size);
}

/** RFC 6962 §2.1.2 SUBPROOF(m, D[start : start + n], b). */
function subproof(source: NodeSource, m: number, start: number, n: number, complete: boolean): Buffer[] {
  if (m === n) return complete ? [] : [subtreeHash(source, start, n)];
  const k = split(n);
  if (m <= k) return [...subproof(source, m, start, k, complete), subtreeHash(source, start + k, n - k)];
  return [...subproof(source, m - k, start + k, n - k, false), subtreeHash(source, start, k)];
}

/** Proof that the tree of `fromSize` leaves is a prefix of the tree of `toSize` (0 < from ≤ to). */
export function consistencyProof(source: NodeSource, fromSize: number, toSize: number): Buffer[] {
  if (fromSize <= 0 || fromSize > toSize)
    throw new RangeError(`no consistency proof from ${fromSize} to ${toSize}`);
  return subproof(source, fromSize, 0, toSize, true);
}

/** The nodes a computation reads, in the order it reads them (to fetch them in one round trip). */
export function nodesRead(compute: (source: NodeSource) => unknown): Array<[number, number]> {
  const read: Array<[number, number]> = [];
  const zero = Buffer.alloc(32);
  compute({
    node: (level, index) => {
      read.push([level, index]);
      return zero;
    },
  });
  return read;
}

/** RFC 9162 §2.1.3.2: does `proof` take `leaf` at `index` to `root` in a tree of `size`? */
export function verifyInclusion(
  leaf: Buffer,
  index: number,
  size: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of `fromSize` (fromRoot) is a prefix of toSize's? */
export function verifyConsistency(
  fromSize: number,
  toSize: number,
  proof: readonly Buffer[],
  fromRoot: Buffer,
  toRoot: Buffer,
): boolean {
  if (fromSize <= 0 || fromSize > toSize) return false;
  if (fromSize === toSize) return proof.length === 0 && fromRoot.equals(toRoot);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : [...proof];
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = path[0] as Buffer;
  let sr = path[0] as Buffer;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && fr.equals(fromRoot) && sr.equals(toRoot);
}

const NODE_TEXT = Buffer.alloc(65);

/** `nodeHash` over hashes as latin1 strings. */
function nodeHashText(left: string, right: string): string {
  NODE_TEXT[0] = 1;
  NODE_TEXT.write(left, 1, 32, 'latin1');
  NODE_TEXT.write(right, 33, 32, 'latin1');
  return sha256String(NODE_TEXT, 'latin1');
}

/**
 * The root of a tree that only grows, at any size it passes through, from its frontier alone:
 * the complete subtrees of the sizes' binary digits, one per level (O(log n) memory, one node
 * hash per leaf on average, no node kept once it is inside a larger subtree). Hashes are latin1
 * strings of 32 characters: verification adds a leaf per record of a log of millions.
 */
export class GrowingTree {
  /** frontier[level]: the complete subtree of 2^level leaves where bit `level` of size is set, else ''. */
  private readonly frontier: string[] = [];
  size = 0;

  add(leaf: string): void {
    let node = leaf;
    let level = 0;
    // The size's low set bits are complete subtrees that the new leaf's subtree now completes.
    for (let n = this.size; n % 2 === 1; n = (n - 1) / 2) {
      node = nodeHashText(this.frontier[level] as string, node);
      this.frontier[level] = '';
      level += 1;
    }
    this.frontier[level] = node;
    this.size += 1;
  }

  /** MTH of the leaves added so far: the frontier folded from the smallest subtree up. */
  root(): Buffer {
    let root: string | null = null;
    for (const node of this.frontier) {
      if (node !== '') root = root === null ? node : nodeHashText(node, root);
    }
    return root === null ? EMPTY_ROOT : Buffer.from(root, 'latin1');
  }
}

/**
 * Complete-subtree nodes of a growing tree, in memory, level by level: what a store appends
 * when leaves arrive. `append` returns, per level, the nodes that became complete.
 */
export function appendLeaves(
  frontier: ReadonlyArray<Buffer | null>,
  size: number,
  leaves: readonly Buffer[],
) {
  const pending = [...frontier];
  const added: Buffer[][] = [];
  let n = size;
  for (const leaf of leaves) {
    let hash = leaf;
    let level = 0;
    let index = n;
    for (;;) {
      (added[level] ??= []).push(hash);
      if (index % 2 === 0) {
        pending[level] = hash;
        break;
      }
      const left = pending[level];
      if (!left) throw new Error(`frontier is missing the left node at level ${level}`);
      pending[level] = null;
      hash = nodeHash(left, hash);
      level += 1;
      index = (index - 1) / 2;
    }
    n += 1;
  }
  return { added, frontier: pending };
}
