import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { labelModel, RELATIONSHIPS } from '../graph/graphModel.js';
import type { ExportJobRecord } from '../jobs/ExportJobRecord.js';
import { cypherWriter } from './cypherWriter.js';

const job = { id: 'e-1', type: 'FULL_KNOWLEDGE_GRAPH', tenantId: 't-1' } as ExportJobRecord;

async function script(write: (w: ReturnType<typeof cypherWriter>) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = cypherWriter({ out, job, exportedAt: '2026-01-01T00:00:00Z', excelMaxRows: 10 });
  await write(writer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('CYPHER script', () => {
  it('writes one replayable statement per line with typed literals', async () => {
    const entity = { kind: 'nodes' as const, name: 'Entity', model: labelModel('Entity') };
    const document = { kind: 'nodes' as const, name: 'Document', model: labelModel('Document') };
    const relatesTo = RELATIONSHIPS.find((r) => r.type === 'RELATES_TO');
    if (!relatesTo) throw new Error('model lost RELATES_TO');
    const rel = {
      kind: 'relationships' as const,
      name: 'RELATES_TO',
      model: relatesTo,
      fromId: 'enhanced_entity_id',
      toId: 'enhanced_entity_id',
    };
    const text = await script(async (w) => {
      await w.begin([entity, document, rel]);
      await w.beginSection(entity);
      w.write({ enhanced_entity_id: "e'1", tenant_id: 't-1', name: 'line\nbreak \\ "q"', confidence: 1 });
      await w.endSection();
      await w.beginSection(document);
      w.write({
        document_id: 'd1',
        tenant_id: 't-1',
        page_count: 12,
        processed_at: '2024-05-01T10:00:00Z',
        tags: ['a', 'b'],
      });
      await w.endSection();
      await w.beginSection(rel);
      w.write({ from: "e'1", to: 'e2', properties: { relation_type: 'REQUIRES', confidence: 0.5 } });
      await w.endSection();
      await w.finish();
    });
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('CREATE CONSTRAINT'))).toHaveLength(2);
    expect(lines.every((l) => l.startsWith('//') || l.endsWith(';'))).toBe(true);
    expect(text).toContain(
      "UNWIND [{enhanced_entity_id: 'e\\'1', tenant_id: 't-1', name: 'line\\nbreak \\\\ \"q\"', confidence: 1.0}] AS row MERGE (n:Entity {enhanced_entity_id: row.enhanced_entity_id}) SET n += row;",
    );
    expect(text).toContain(
      "page_count: 12, processed_at: datetime('2024-05-01T10:00:00Z'), tags: ['a', 'b']",
    );
    expect(text).toContain(
      "UNWIND [{f: 'e\\'1', t: 'e2', p: {relation_type: 'REQUIRES', confidence: 0.5}}] AS row MATCH (a:Entity {enhanced_entity_id: row.f}) MATCH (b:Entity {enhanced_entity_id: row.t}) MERGE (a)-[r:RELATES_TO]->(b) SET r += row.p;",
    );
  });
});
