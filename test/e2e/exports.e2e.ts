import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import parquet from '@dsnp/parquetjs';
import { create } from 'xmlbuilder2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COUNT_NODES as NODES,
  COUNT_RELATIONSHIPS as RELS,
  startExportFixture,
  type ExportFixture,
} from '../support/exportFixture.js';
import { download, runToCompletion } from '../../subgraphs/exports/testing/exportTestKit.js';
import type { TestPlatform } from '../support/testPlatform.js';

// Every format of a FULL_KNOWLEDGE_GRAPH export, read back with an independent parser.
let f: ExportFixture;
let t: TestPlatform;
let tenantA: string;
let tokenA: string;
let counts: ExportFixture['counts'];
let count: ExportFixture['count'];
const replayTenants: string[] = [];

beforeAll(async () => {
  f = await startExportFixture();
  ({ t, tenantA, tokenA, counts, count } = f);
});

afterAll(async () => {
  await f.close(replayTenants);
});

const full = (format: string, params?: Record<string, unknown>) => ({
  type: 'FULL_KNOWLEDGE_GRAPH',
  format,
  params,
});

describe('formats round-trip', () => {
  it('JSON Lines: one line per node and relationship, with a header', async () => {
    const job = await runToCompletion(t, tokenA, full('JSON'));
    expect(job.progress).toEqual({
      processed: counts.nodes + counts.relationships,
      total: counts.nodes + counts.relationships,
      percent: 100,
    });
    expect(job.sha256).toMatch(/^[0-9a-f]{64}$/);
    const lines = (await download(t, job))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; properties?: { tenant_id?: string } });
    expect(lines[0]?.kind).toBe('header');
    expect(lines.filter((l) => l.kind === 'node')).toHaveLength(counts.nodes);
    expect(lines.filter((l) => l.kind === 'relationship')).toHaveLength(counts.relationships);
    expect(lines.filter((l) => l.kind === 'node').every((l) => l.properties?.tenant_id === tenantA)).toBe(
      true,
    );
  });

  it('JSON document: one parseable document with every section', async () => {
    const job = await runToCompletion(t, tokenA, full('JSON', { jsonLayout: 'document' }));
    const doc = JSON.parse((await download(t, job)).toString('utf8')) as {
      sections: Array<{ kind: string; rows: unknown[] }>;
    };
    const rows = (kind: string) =>
      doc.sections.filter((s) => s.kind === kind).reduce((n, s) => n + s.rows.length, 0);
    expect(rows('nodes')).toBe(counts.nodes);
    expect(rows('relationships')).toBe(counts.relationships);
  });

  it('CSV: a zip with one file per label and relationship kind whose row counts match', async () => {
    const job = await runToCompletion(t, tokenA, full('CSV'));
    const zip = await JSZip.loadAsync(await download(t, job));
    for (const [label, n] of counts.byLabel) {
      const text = await zip.file(`nodes/${label}.csv`)?.async('string');
      expect(text?.trim().split('\r\n').length, label).toBe(n + 1);
    }
    let relationshipRows = 0;
    for (const name of Object.keys(zip.files).filter((f) => f.startsWith('relationships/'))) {
      relationshipRows += ((await zip.file(name)?.async('string')) ?? '').trim().split('\r\n').length - 1;
    }
    expect(relationshipRows).toBe(counts.relationships);
  });

  it('EXCEL: a sheet per label with every row', async () => {
    const job = await runToCompletion(t, tokenA, full('EXCEL'));
    const workbook = new ExcelJS.Workbook();
    const file = await download(t, job);
    // exceljs's typings predate Buffer<ArrayBufferLike>; hand it the bytes as an ArrayBuffer.
    await workbook.xlsx.load(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    );
    expect(workbook.getWorksheet('Entity')?.actualRowCount).toBe((counts.byLabel.get('Entity') ?? 0) + 1);
    expect(workbook.getWorksheet('RELATES_TO')?.getRow(1).getCell(1).value).toBe('from_enhanced_entity_id');
  });

  it('XML and GraphML parse and hold every node and relationship', async () => {
    const xml = (await download(t, await runToCompletion(t, tokenA, full('XML')))).toString('utf8');
    const graphml = (await download(t, await runToCompletion(t, tokenA, full('GRAPHML')))).toString('utf8');
    const tally = (text: string) => {
      const found = new Map<string, number>();
      create(text)
        .root()
        .each((n) => found.set(n.node.nodeName, (found.get(n.node.nodeName) ?? 0) + 1), false, true);
      return found;
    };
    const x = tally(xml);
    expect(x.get('node')).toBe(counts.nodes);
    expect(x.get('relationship')).toBe(counts.relationships);
    const g = tally(graphml);
    expect(g.get('node')).toBe(counts.nodes);
    expect(g.get('edge')).toBe(counts.relationships);
    expect(graphml).toMatch(/attr.name="confidence" attr.type="double"/);
  });

  it('PARQUET: every file reads back with its rows', async () => {
    const job = await runToCompletion(t, tokenA, full('PARQUET'));
    const zip = await JSZip.loadAsync(await download(t, job));
    const reader = await parquet.ParquetReader.openBuffer(
      await (zip.file('nodes/Document.parquet') as JSZip.JSZipObject).async('nodebuffer'),
    );
    expect(Number(reader.getRowCount())).toBe(counts.byLabel.get('Document'));
    const first = (await reader.getCursor().next()) as Record<string, unknown>;
    expect(first.tenant_id).toBe(tenantA);
    expect(typeof first.page_count).toBe('bigint');
    await reader.close();
  });

  it('CYPHER: replayed under a renamed tenant it recreates the same counts', async () => {
    const job = await runToCompletion(t, tokenA, full('CYPHER'));
    const script = (await download(t, job)).toString('utf8');
    // Ids start with the tenant id, and ids are unique database-wide (Community has one
    // database): renaming the tenant renames every id, so the replay creates a disjoint copy.
    const replay = `${tenantA}-replay`;
    replayTenants.push(replay);
    const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
    const { neo4j } = t.platform.connections;
    for (const statement of statements) {
      await neo4j.executeQuery(
        statement.split(tenantA).join(replay).replace(/;$/, ''),
        {},
        { database: t.config.NEO4J_DATABASE },
      );
    }
    expect(await count(NODES, replay)).toBe(counts.nodes);
    expect(await count(RELS, replay)).toBe(counts.relationships);
    const typed = await neo4j.executeQuery(
      'MATCH (d:Document) WHERE d.tenant_id = $tenantId RETURN d.processed_at AS at, d.page_count AS pages LIMIT 1',
      { tenantId: replay },
      { database: t.config.NEO4J_DATABASE },
    );
    expect(typeof typed.records[0]?.get('pages')).toBe('number');
    expect(String(typed.records[0]?.get('at'))).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('PDF_REPORT: a PDF document', async () => {
    const body = await download(
      t,
      await runToCompletion(t, tokenA, { type: 'ANALYTICS_REPORT', format: 'PDF_REPORT' }),
    );
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.subarray(-6).toString()).toMatch(/%%EOF/);
  });
});
