import { describe, expect, it } from 'vitest';
import { seal, storedFields, storedHashes, type AuditEntry } from './entry.js';

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

describe('storedFields', () => {
  it('reads what JSON.parse and storedHashes read, nested look-alike members and non-ASCII included', () => {
    const { text } = seal(
      base({ before: { hash: 'x', id: 'y', sequence: 7, previousHash: 'z' }, note: 'grüße "quoted"' }),
    );
    const entry = JSON.parse(text) as AuditEntry;
    const fast = storedFields(text);
    const slow = storedHashes(text, entry);
    expect(fast).toMatchObject({
      hash: entry.hash,
      previousHash: entry.previousHash,
      sequence: 42,
      id: entry.id,
      chain: entry.hash,
    });
    expect(fast?.leaf.equals(slow?.leaf as Buffer)).toBe(true);
  });

  it('gives a chain hash that no longer matches once the text is changed', () => {
    const { text } = seal(base({ field: 'updateWebhook' }));
    const fast = storedFields(text.replace('updateWebhook', 'updateWebhooK'));
    expect(fast?.chain).not.toBe(fast?.hash);
    expect(storedFields('{"not":"an entry"}')).toBeNull();
  });
});
