import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash, type AuditEntry } from '../../subgraphs/audit/auditApi.js';
import { startExportFixture, type ExportFixture } from '../support/exportFixture.js';
import {
  createExport,
  download,
  JOB_FIELDS,
  runToCompletion,
  waitFinal,
  type JobView,
} from '../../subgraphs/exports/testing/exportTestKit.js';
import { collect, wsClient } from '../support/wsClient.js';
import type { TestPlatform } from '../support/testPlatform.js';

// Export types, input errors, live progress and listing.
let f: ExportFixture;
let t: TestPlatform;
let tenantA: string;
let tenantB: string;
let tokenA: string;
let counts: ExportFixture['counts'];

beforeAll(async () => {
  // An empty EXPORTS_S3_BUCKET counts as unset, whatever the shell exports: S3 stays unconfigured.
  f = await startExportFixture({ EXPORTS_CUSTOM_QUERY_ENABLED: 'true', EXPORTS_S3_BUCKET: '' });
  ({ t, tenantA, tenantB, tokenA, counts } = f);
});

afterAll(async () => {
  await f.close();
});

const full = (format: string, params?: Record<string, unknown>) => ({
  type: 'FULL_KNOWLEDGE_GRAPH',
  format,
  params,
});

describe('export types', () => {
  it('DOCUMENT_PACKAGE holds only that package', async () => {
    const packageId = `${tenantA}-pkg-000001`;
    const job = await runToCompletion(t, tokenA, { type: 'DOCUMENT_PACKAGE', format: 'JSON', packageId });
    const lines = (await download(t, job))
      .toString('utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => JSON.parse(l) as { kind: string; label?: string });
    const packages = lines.filter((l) => l.kind === 'node' && l.label === 'DocumentPackage');
    expect(packages).toHaveLength(1);
    expect(lines.filter((l) => l.kind === 'node')).toHaveLength(counts.nodes / 2);
    expect(lines.filter((l) => l.kind === 'relationship')).toHaveLength(counts.relationships / 2);
  });

  it('DOCUMENT_PACKAGE of another tenant fails NOT_FOUND', async () => {
    const created = await createExport(t, tokenA, {
      type: 'DOCUMENT_PACKAGE',
      format: 'JSON',
      packageId: `${tenantB}-pkg-000001`,
    });
    const job = await waitFinal(t, tokenA, (created.job as JobView).id);
    expect(job.status).toBe('FAILED');
    expect(job.error?.code).toBe('NOT_FOUND');
  });

  it('MATRIX_DATA and ANALYTICS_REPORT are tables', async () => {
    const matrices = await runToCompletion(t, tokenA, { type: 'MATRIX_DATA', format: 'JSON' });
    expect(matrices.progress.processed).toBe(counts.byLabel.get('MatrixDocument'));
    const report = await runToCompletion(t, tokenA, {
      type: 'ANALYTICS_REPORT',
      format: 'JSON',
      params: { jsonLayout: 'document' },
    });
    const doc = JSON.parse((await download(t, report)).toString('utf8')) as {
      sections: Array<{ name: string; rows: Array<{ values: { label: string; count: number } }> }>;
    };
    const byLabel = doc.sections.find((s) => s.name === 'nodes_by_label');
    expect(byLabel?.rows.find((r) => r.values.label === 'Entity')?.values.count).toBe(
      counts.byLabel.get('Entity'),
    );
  });

  it('CUSTOM_QUERY runs read-only Cypher with the tenant forced', async () => {
    const job = await runToCompletion(t, tokenA, {
      type: 'CUSTOM_QUERY',
      format: 'CSV',
      query:
        'MATCH (e:Entity) WHERE e.tenant_id = $tenantId AND e.confidence >= $min AND NOT e.entity_type IN $skip ' +
        'RETURN e.name AS name, e.confidence AS confidence',
      // An empty list must stay a list on its way through the job record.
      params: { min: 0, skip: [], tenantId: tenantB },
    });
    const entities = counts.byLabel.get('Entity') ?? 0;
    expect(job.progress.processed).toBe(entities);
  });

  it('CUSTOM_QUERY refuses writes, admin procedures and untenanted queries up front', async () => {
    const cases: Array<[string, string]> = [
      ['MATCH (n) WHERE n.tenant_id = $tenantId DETACH DELETE n', 'DETACH'],
      ['MATCH (n) WHERE n.tenant_id = $tenantId SET n.x = 1 RETURN n', 'SET'],
      ['CALL dbms.listConfig() YIELD name RETURN name, $tenantId', 'dbms.listConfig'],
      [
        'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {}) YIELD batches RETURN $tenantId',
        'apoc.periodic.iterate',
      ],
      ['MATCH (n:Entity) RETURN n.name', '$tenantId'],
    ];
    for (const [query, mention] of cases) {
      const { errors } = await createExport(t, tokenA, { type: 'CUSTOM_QUERY', format: 'JSON', query });
      expect(errors[0]?.extensions?.code, query).toBe('EXPORT_QUERY_REJECTED');
      expect(errors[0]?.message).toContain(mention);
    }
  });

  it('CUSTOM_QUERY that reaches another tenant fails instead of leaking', async () => {
    const created = await createExport(t, tokenA, {
      type: 'CUSTOM_QUERY',
      format: 'JSON',
      query: 'MATCH (n:DocumentPackage) WHERE n.tenant_id = $tenantId OR n.tenant_id <> $tenantId RETURN n',
    });
    const job = await waitFinal(t, tokenA, (created.job as JobView).id);
    expect(job.status).toBe('FAILED');
    expect(job.error?.code).toBe('EXPORT_QUERY_REJECTED');
    expect(job.downloadUrl).toBeNull();
  });
});

describe('input errors', () => {
  it('an incompatible type and format lists what is allowed', async () => {
    const { errors } = await createExport(t, tokenA, { type: 'MATRIX_DATA', format: 'CYPHER' });
    expect(errors[0]?.extensions?.code).toBe('EXPORT_FORMAT_INCOMPATIBLE');
    expect(errors[0]?.extensions?.allowedFormats).toEqual([
      'JSON',
      'CSV',
      'EXCEL',
      'XML',
      'PARQUET',
      'PDF_REPORT',
    ]);
  });

  it('unimplemented and unconfigured destinations are NOT_AVAILABLE', async () => {
    // This platform has no EXPORTS_S3_BUCKET: S3 needs an operator first (test/e2e/exportsS3.e2e.ts has one).
    const s3 = await createExport(t, tokenA, { ...full('JSON'), destination: { kind: 'S3' } });
    expect(s3.errors[0]?.extensions).toMatchObject({
      code: 'NOT_AVAILABLE',
      field: 'destination',
      available: ['LOCAL'],
    });
    expect(s3.errors[0]?.message).toContain('EXPORTS_S3_BUCKET');
    const sftp = await createExport(t, tokenA, { ...full('JSON'), destination: { kind: 'SFTP' } });
    expect(sftp.errors[0]?.extensions).toMatchObject({ code: 'NOT_AVAILABLE', available: ['LOCAL'] });
  });
});

describe('AUDIT_LOG', () => {
  interface AuditRow {
    sequence: number;
    id: string;
    occurred_at: string;
    actor: string;
    action: string;
    event_type: string | null;
    resource_type: string | null;
    resource: string | null;
    outcome: 'SUCCESS' | 'FAILURE' | 'PARTIAL';
    risk_score: number | null;
    details: Record<string, unknown> | null;
    personal: Record<string, unknown> | null;
    previous_hash: string;
    hash: string;
  }

  async function auditRows(token: string): Promise<AuditRow[]> {
    const job = await runToCompletion(t, token, { type: 'AUDIT_LOG', format: 'JSON' });
    return (await download(t, job))
      .toString('utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => (JSON.parse(line) as { values: AuditRow }).values);
  }

  it('exports the tenant’s whole hash chain, oldest first, re-verifiable from the file', async () => {
    // Mutations are audited at the gateway: give tenant A a few entries of its own.
    await createExport(t, tokenA, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    await createExport(t, tokenA, { type: 'MATRIX_DATA', format: 'CSV' });
    const rows = await auditRows(tokenA);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.map((r) => r.action)).toContain('export.create');
    let previous = '0'.repeat(64);
    for (const row of rows) {
      expect(row.previous_hash).toBe(previous);
      const entry = {
        tenantId: tenantA,
        actor: row.actor,
        action: row.action,
        eventType: row.event_type ?? undefined,
        resourceType: row.resource_type ?? undefined,
        resource: row.resource,
        outcome: row.outcome,
        riskScore: row.risk_score ?? undefined,
        details: row.details,
        personal: (row.personal ?? undefined) as AuditEntry['personal'],
        id: row.id,
        sequence: row.sequence,
        occurredAt: row.occurred_at,
        previousHash: row.previous_hash,
      };
      expect(chainHash(entry)).toBe(row.hash);
      previous = row.hash;
    }
    // The same chain the audit subgraph serves.
    const res = await t.gql<{ auditEvents: { totalCount: number } }>(
      tokenA,
      '{ auditEvents(first: 1) { totalCount } }',
    );
    expect(res.body.data?.auditEvents.totalCount).toBeGreaterThanOrEqual(rows.length);
  });

  it('holds only the caller’s tenant, and needs audit:read besides exports:write', async () => {
    const tokenB = await t.token(tenantB);
    await createExport(t, tokenB, { type: 'ANALYTICS_REPORT', format: 'JSON' });
    const [ofA, ofB] = await Promise.all([auditRows(tokenA), auditRows(tokenB)]);
    const idsOfA = new Set(ofA.map((r) => r.id));
    expect(ofB.length).toBeGreaterThan(0);
    expect(ofB.filter((r) => idsOfA.has(r.id))).toEqual([]);

    const writerOnly = await t.token(tenantA, ['exports:read', 'exports:write']);
    const refused = await createExport(t, writerOnly, { type: 'AUDIT_LOG', format: 'CSV' });
    expect(refused.errors[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScopes: [['audit:read']],
    });
  });

  it('is tabular: CSV carries the chain columns, CYPHER is refused with the allowed formats', async () => {
    const job = await runToCompletion(t, tokenA, { type: 'AUDIT_LOG', format: 'CSV' });
    const zip = await download(t, job);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const cypher = await createExport(t, tokenA, { type: 'AUDIT_LOG', format: 'CYPHER' });
    expect(cypher.errors[0]?.extensions).toMatchObject({ code: 'EXPORT_FORMAT_INCOMPATIBLE' });
  });
});

describe('live progress', () => {
  it('exportJobUpdated streams status and progress until COMPLETED, and export.completed is published', async () => {
    const client = wsClient(t.url, tokenA);
    const events = collect(client, 'subscription { events(types: ["export.completed"]) { type data } }');
    const created = await createExport(t, tokenA, full('CSV'));
    const id = (created.job as JobView).id;
    const updates = collect(
      client,
      `subscription($id: ID!) { exportJobUpdated(id: $id) { ${JOB_FIELDS} } }`,
      { id },
    );
    await updates.ended;
    const jobs = updates.results.map((r) => r.data?.exportJobUpdated as JobView);
    expect(jobs.at(-1)?.status).toBe('COMPLETED');
    expect(jobs.at(-1)?.progress.percent).toBe(100);
    const order = ['QUEUED', 'PROCESSING', 'COMPLETED'];
    const seen = jobs.map((j) => order.indexOf(j.status));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const [event] = await events.waitFor(1);
    expect(event?.data?.events).toMatchObject({
      type: 'export.completed',
      data: { exportId: id, format: 'CSV' },
    });
    events.stop();
    await client.dispose();
  });

  it('exportJobs pages and filters', async () => {
    // A third COMPLETED CSV job, so a page of two leaves a next page.
    await runToCompletion(t, tokenA, { type: 'MATRIX_DATA', format: 'CSV' });
    const filter = { status: ['COMPLETED'], format: ['CSV'] };
    const page = await listJobs({ first: 2, filter });
    expect(page.edges).toHaveLength(2);
    expect(page.edges.every((e) => e.node.status === 'COMPLETED' && e.node.format === 'CSV')).toBe(true);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBeNull();
    const next = await listJobs({ first: 2, after: page.pageInfo.endCursor, filter });
    expect(next.edges.length).toBeGreaterThan(0);
    expect(next.edges.every((e) => e.node.status === 'COMPLETED' && e.node.format === 'CSV')).toBe(true);
    const firstIds = page.edges.map((e) => e.node.id);
    expect(next.edges.filter((e) => firstIds.includes(e.node.id))).toEqual([]);
  });

  it('exportJobs walks every job once, newest first, and bounds by creation time and package', async () => {
    const all: JobNode[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page = await listJobs({ first: 3, after });
      all.push(...page.edges.map((e) => e.node));
      expect(page.totalCount).toBeGreaterThanOrEqual(all.length);
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(all.length);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(new Set(all.map((j) => j.id)).size).toBe(all.length);
    const created = all.map((j) => Date.parse(j.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    const middle = all[Math.floor(all.length / 2)] as JobNode;
    const newer = await listJobs({ first: 100, filter: { createdAfter: middle.createdAt } });
    const expectedNewer = all.filter((j) => Date.parse(j.createdAt) > Date.parse(middle.createdAt));
    expect(newer.edges.map((e) => e.node.id)).toEqual(expectedNewer.map((j) => j.id));
    expect(newer.totalCount).toBe(expectedNewer.length);
    const older = await listJobs({ first: 100, filter: { createdBefore: middle.createdAt } });
    expect(older.edges.map((e) => e.node.id)).toEqual(
      all.filter((j) => Date.parse(j.createdAt) < Date.parse(middle.createdAt)).map((j) => j.id),
    );

    const packageId = `${tenantA}-pkg-000001`;
    const ofPackage = await listJobs({ first: 100, filter: { packageId } });
    expect(ofPackage.edges.length).toBeGreaterThan(0);
    expect(ofPackage.edges.map((e) => e.node.id)).toEqual(
      all.filter((j) => j.package?.packageId === packageId).map((j) => j.id),
    );
  });

  it('exportJobs refuses a page over 100, a bad date and a cursor it did not issue', async () => {
    const query =
      'query($first: Int, $after: String, $filter: ExportJobFilter) { exportJobs(first: $first, after: $after, filter: $filter) { totalCount } }';
    const codeOf = async (variables: Record<string, unknown>) =>
      (await t.gql(tokenA, query, variables)).body.errors?.[0]?.extensions;
    expect(await codeOf({ first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
    expect(await codeOf({ first: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await codeOf({ filter: { createdAfter: 'yesterday' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codeOf({ after: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      code: 'CURSOR_INVALID',
      field: 'after',
    });
  });
});

interface JobNode {
  id: string;
  status: string;
  format: string;
  createdAt: string;
  package: { packageId: string } | null;
}

interface JobsPage {
  edges: Array<{ cursor: string; node: JobNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | null;
}

async function listJobs(variables: {
  first: number;
  after?: string | null;
  filter?: Record<string, unknown>;
}): Promise<JobsPage> {
  const res = await t.gql<{ exportJobs: JobsPage }>(
    tokenA,
    `query($first: Int, $after: String, $filter: ExportJobFilter) {
      exportJobs(first: $first, after: $after, filter: $filter) {
        edges { cursor node { id status format createdAt package { packageId } } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }`,
    variables,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.exportJobs as JobsPage;
}
