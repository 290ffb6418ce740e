import { describe, expect, it } from 'vitest';
import { seal, storedHashes, type AuditEntry } from './entry.js';

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
