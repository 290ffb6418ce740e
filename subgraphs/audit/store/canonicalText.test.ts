import { describe, expect, it } from 'vitest';
import { CanonicalText } from './canonicalText.js';
import { seal, storedHashes, type AuditEntry } from './entry.js';

const { text } = seal({
  tenantId: 't-1',
  actor: 'user:ä',
  action: 'webhook.update',
  resource: 'w-1',
  resourceType: 'webhook',
  outcome: 'SUCCESS',
  riskScore: 10,
  details: { before: { hash: 'x', id: 'y', sequence: 7, previousHash: 'z' }, note: 'grüße "quoted"' },
  id: '5f0e7c9e-0000-4000-8000-000000000001',
  sequence: 42,
  occurredAt: '2026-12-01T00:00:00.000Z',
  previousHash: 'a'.repeat(64),
});
const entry = JSON.parse(text) as AuditEntry;

describe('CanonicalText', () => {
  it('reads what JSON.parse and storedHashes read, nested look-alike members and non-ASCII included', () => {
    const read = new CanonicalText();
    expect(read.read(text)).toBe(true);
    expect(read.sequence).toBe(42);
    expect(read.id()).toBe(entry.id);
    expect(read.hash()).toBe(entry.hash);
    expect(read.previousIs(entry.previousHash)).toBe(true);
    expect(read.previousIsHex()).toBe(true);
    const slow = storedHashes(text, entry);
    expect(read.chain(read.previousHash())).toBe(entry.hash);
    expect(read.hashIs(read.chain(read.previousHash()))).toBe(true);
    expect(read.leaf()).toBe(slow?.leaf.toString('latin1'));
  });

  it('leaves to JSON.parse what it would read otherwise: a longer previousHash, a sequence not an integer', () => {
    const read = new CanonicalText();
    expect(
      read.read(text.replace(`"previousHash":"${'a'.repeat(64)}`, `"previousHash":"${'a'.repeat(65)}`)),
    ).toBe(false);
    for (const sequence of ['42.5', '042', '"42"', '-42', '4e1'])
      expect(read.read(text.replace('"sequence":42', `"sequence":${sequence}`))).toBe(false);
    expect(read.read('{"not":"an entry"}')).toBe(false);
  });

  it('gives a chain hash that no longer matches once the text is changed', () => {
    const read = new CanonicalText();
    expect(read.read(text.replace('webhook.update', 'webhook.updatE'))).toBe(true);
    expect(read.hashIs(read.chain(read.previousHash()))).toBe(false);
  });
});
