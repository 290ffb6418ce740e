import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  appendLeaves,
  consistencyProof,
  GrowingTree,
  inclusionProof,
  leafHash,
  nodesRead,
  rootHash,
  verifyConsistency,
  verifyInclusion,
  type NodeSource,
} from './merkle.js';

// An independent reading of RFC 6962 §2.1, straight from its definitions over the leaf data.
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
function mth(d: Buffer[]): Buffer {
  if (d.length === 0) return sha();
  if (d.length === 1) return sha(Buffer.from([0]), d[0] as Buffer);
  const split = k(d.length);
  return sha(Buffer.from([1]), mth(d.slice(0, split)), mth(d.slice(split)));
}
function rfcPath(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const split = k(d.length);
  return m < split
    ? [...rfcPath(m, d.slice(0, split)), mth(d.slice(split))]
    : [...rfcPath(m - split, d.slice(split)), mth(d.slice(0, split))];
}
function rfcSubproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const split = k(d.length);
  return m <= split
    ? [...rfcSubproof(m, d.slice(0, split), b), mth(d.slice(split))]
    : [...rfcSubproof(m - split, d.slice(split), false), mth(d.slice(0, split))];
}

/** A node store as the audit log keeps one: complete subtrees per level, built by appendLeaves. */
function store(data: Buffer[]): NodeSource {
  const levels: Buffer[][] = [];
  let frontier: Array<Buffer | null> = [];
  data.forEach((item, i) => {
    const result = appendLeaves(frontier, i, [leafHash(item)]);
    frontier = result.frontier;
    result.added.forEach((nodes, level) => (levels[level] ??= []).push(...nodes));
  });
  return {
    node: (level, index) => {
      const node = levels[level]?.[index];
      if (!node) throw new Error(`no node ${level}/${index}`);
      return node;
    },
  };
}

const data = Array.from({ length: 70 }, (_, i) => Buffer.from(`event-${i}`));
const tree = store(data);

describe('RFC 6962 Merkle tree', () => {
  it('computes the roots the RFC defines, for every size', () => {
    for (let n = 1; n <= data.length; n += 1)
      expect(rootHash(tree, n).equals(mth(data.slice(0, n)))).toBe(true);
  });

  it('gives the same roots from a growing frontier alone, at every size it passes', () => {
    const growing = new GrowingTree();
    expect(growing.root().equals(mth([]))).toBe(true);
    for (const item of data) {
      growing.add(leafHash(item).toString('latin1'));
      expect(growing.root().equals(mth(data.slice(0, growing.size)))).toBe(true);
    }
  });

  it('makes the RFC’s audit paths, which verify, and fail for another leaf or root', () => {
    for (const n of [1, 2, 3, 7, 8, 9, 33, 70]) {
      for (let m = 0; m < n; m += 1) {
        const proof = inclusionProof(tree, m, n);
        expect(proof.map((p) => p.toString('hex'))).toEqual(
          rfcPath(m, data.slice(0, n)).map((p) => p.toString('hex')),
        );
        const root = mth(data.slice(0, n));
        expect(verifyInclusion(leafHash(data[m] as Buffer), m, n, proof, root)).toBe(true);
        expect(verifyInclusion(leafHash(Buffer.from('forged')), m, n, proof, root)).toBe(false);
      }
    }
  });

  it('makes the RFC’s consistency proofs, which verify, and fail for a rewritten history', () => {
    for (const [m, n] of [
      [1, 1],
      [1, 2],
      [3, 7],
      [4, 8],
      [6, 8],
      [7, 70],
      [64, 70],
      [69, 70],
    ] as const) {
      const proof = consistencyProof(tree, m, n);
      expect(proof.map((p) => p.toString('hex'))).toEqual(
        rfcSubproof(m, data.slice(0, n), true).map((p) => p.toString('hex')),
      );
      const from = mth(data.slice(0, m));
      const to = mth(data.slice(0, n));
      expect(verifyConsistency(m, n, proof, from, to)).toBe(true);
      const rewritten = mth([Buffer.from('other'), ...data.slice(1, m)]);
      if (m < n) expect(verifyConsistency(m, n, proof, rewritten, to)).toBe(false);
    }
  });

  it('reads O(log² n) nodes for a proof', () => {
    const read = nodesRead((source) => inclusionProof(source, 12_345, 1_000_000));
    expect(read.length).toBeLessThan(20 * 20);
  });
});
