import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../subgraphs/audit/compliance/catalogue.js';
import { FRAMEWORKS } from '../../subgraphs/audit/compliance/facts.js';

describe('docs/COMPLIANCE.md', () => {
  it('lists every control with its title, severity and clauses per framework', () => {
    const doc = readFileSync(new URL('../../docs/COMPLIANCE.md', import.meta.url), 'utf8');
    for (const c of CONTROLS) {
      const cells = FRAMEWORKS.map((f) => (c.clauses[f] ?? []).join(', ') || '—');
      expect(doc).toContain(`| ${c.id} | ${c.title} | ${c.severity} | ${cells.join(' | ')} |`);
    }
  });
});
