import { describe, expect, it } from 'vitest';
import { canonical, chainHash, entryLeaf, seal, storedHashes, type AuditEntry } from './entry.js';

const base = (details: Record<string, unknown>) => ({
  tenantId: 't-1',
  actor: 'user:ä',
  action: 'webhook.update',
  resource: 'w-1',
  resourceType: 'webhook',
  outcome: 'SUCCESS' as const,
  riskScore: 10,
  details,
  id: '5f0e7c9e-0000-4000-8000-000000000001',
  sequence: 42,
  occurredAt: '2026-12-01T00:00:00.000Z',
  previousHash: 'a'.repeat(64),
});

describe('storedHashes', () => {
  it('gives the chain hash and leaf of the text seal stored, nested look-alike members and non-ASCII included', () => {
    const { entry, leaf, text } = seal(
      base({ before: { hash: 'x', id: 'y', sequence: 7, previousHash: 'z' }, note: 'grüße "quoted"' }),
    );
    const hashes = storedHashes(text, JSON.parse(text) as AuditEntry);
    expect(hashes?.chain).toBe(entry.hash);
    expect(hashes?.leaf.equals(leaf)).toBe(true);
  });
});

describe('seal', () => {
  // The fast path (fixed runs around the position members) must write exactly the canonical form
  // and the chain hash the verifier recomputes from a parsed entry, whatever members a record has.
  it.each([
    [
      'all members',
      base({ note: 'grüße "quoted"', list: [1, 'two', { b: 2, a: 1 }], nested: { z: null, a: true } }),
    ],
    ['no details, no resource type', { ...base({}), details: null, resourceType: null }],
    [
      'eventType and personal present',
      {
        ...base({ requestId: 'r' }),
        eventType: 'permission_denied',
        personal: {
          fields: ['clientIp'],
          sealed: { keyId: 'k', version: 1, iv: 'i', ciphertext: 'c', tag: 't' },
        },
      },
    ],
    ['undefined members left out', { ...base({ a: undefined, b: 1 }), eventType: undefined }],
  ])('writes the canonical text and chain hash: %s', (_name, record) => {
    const { entry, leaf, text } = seal(record);
    expect(text).toBe(canonical(entry));
    const { hash, ...unhashed } = JSON.parse(text) as AuditEntry;
    expect(hash).toBe(entry.hash);
    expect(chainHash(unhashed)).toBe(entry.hash);
    expect(leaf.equals(entryLeaf(JSON.parse(text) as AuditEntry))).toBe(true);
  });
});
