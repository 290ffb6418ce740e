import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/scopes.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { collect, eventually, wsClient } from '../support/wsClient.js';
import {
  download,
  runToCompletion,
  temporaryExportsDir,
  waitFinal,
} from '../../subgraphs/exports/testing/exportTestKit.js';

// Compliance through the gateway (docs/COMPLIANCE.md): verdicts from a real platform run, signed
// reports per framework verified offline with the published key, transitions on the event path.
// This file deliberately does not import the project's signer or canonicalizer.

const FRAMEWORKS = ['SOX', 'SOC2', 'GDPR', 'PCI_DSS', 'CCPA', 'ISO27001', 'HIPAA'] as const;

interface Control {
  id: string;
  title: string;
  result: 'PASS' | 'FAIL' | 'NOT_APPLICABLE';
  reason: string;
  evidence: Array<{ kind: string; ref: string; value: string | null }>;
  clauses: string[];
}

interface Status {
  status: string;
  score: number | null;
  evaluationId: string;
  controls: Control[];
}

interface Report {
  id: string;
  framework: string;
  from: string;
  to: string;
  status: string;
  score: number | null;
  executiveSummary: string;
  controls: Control[];
  findings: Array<{ controlId: string; severity: string; reason: string; clauses: string[] }>;
  recommendations: string[];
  signature: { algorithm: string; keyName: string; keyId: string; value: string };
  signedPayload: string;
}

const CONTROL = 'id title result reason evidence { kind ref value } clauses';
const STATUS = `status score evaluationId controls { ${CONTROL} }`;
const REPORT = `id framework from to status score executiveSummary controls { ${CONTROL} }
  findings { controlId severity reason clauses } recommendations
  signature { algorithm keyName keyId value } signedPayload`;

describe('compliance: status, signed reports, transitions', () => {
  let t: TestPlatform;
  let tenant: string;
  let token: string;
  let exportsDir: Awaited<ReturnType<typeof temporaryExportsDir>>;
  let sox: Report | null = null;
  const keyIds: string[] = [];

  const status = async (framework: string): Promise<Status> => {
    const response = await t.gql<{ complianceStatus: Status }>(
      token,
      `query($f: ComplianceFramework!) { complianceStatus(framework: $f) { ${STATUS} } }`,
      { f: framework },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.complianceStatus as Status;
  };

  /** The alerting engine's alert for a failing control (fingerprint compliance-<id>). */
  const alertOf = async (controlId: string) => {
    const response = await t.gql<{
      alerts: {
        edges: Array<{ node: { source: string; state: string; severity: string; fingerprint: string } }>;
      };
    }>(token, '{ alerts(first: 50) { edges { node { source state severity fingerprint } } } }');
    return response.body.data?.alerts.edges
      .map((e) => e.node)
      .find((a) => a.fingerprint === `compliance-${controlId}`);
  };

  beforeAll(async () => {
    // A checkpoint every two records, so the checkpoint control has signed evidence to verify.
    exportsDir = await temporaryExportsDir();
    t = await startTestPlatform({
      AUDIT_CHECKPOINT_EVERY: '2',
      EXPORTS_DIR: exportsDir.dir,
      ALERT_EVAL_INTERVAL_SECONDS: '1',
    });
    tenant = t.tenant('compliance');
    token = await t.token(
      tenant,
      SCOPES.filter((s) => s !== 'platform:operator'),
    );
    // Real activity: an API key (a mutation, audited), a narrower key, reads of the trail.
    for (const scopes of [['audit:read', 'compliance:read'], ['audit:read']]) {
      const created = await t.gql<{ createApiKey: { apiKey: { id: string } } }>(
        token,
        'mutation($s: [String!]!) { createApiKey(input: { name: "ci", scopes: $s }) { apiKey { id } } }',
        { s: scopes },
      );
      expect(created.body.errors).toBeUndefined();
      keyIds.push(created.body.data?.createApiKey.apiKey.id as string);
    }
    await t.gql(token, '{ auditEvents(first: 5) { edges { node { id } } } }');
    await t.gql(token, '{ auditCheckpoint { treeSize } }');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await exportsDir?.remove();
  });

  it('publishes a transition on the event path when the tenant is first evaluated', async () => {
    const ws = wsClient(t.url, token);
    const sub = collect(
      ws,
      'subscription { events(types: ["compliance.check_completed", "compliance.violation_detected", "user.action_completed"]) { type data publishedBy { subject } } }',
    );
    const received = () =>
      sub.results.map(
        (r) =>
          r.data?.events as { type: string; data: Record<string, unknown>; publishedBy: { subject: string } },
      );
    try {
      // Live once a probe published after it started arrives.
      await eventually(
        async () => {
          await t.gql(
            token,
            'mutation { publishEvent(input: { type: "user.action_completed", data: { userId: "u", action: "probe" } }) { id } }',
          );
          return sub.results.length > 0;
        },
        15_000,
        'the event subscription to start',
      );
      const evaluated = await status('SOC2');
      await eventually(
        () => received().filter((e) => e.type === 'compliance.check_completed').length >= FRAMEWORKS.length,
        15_000,
        'a check_completed per framework',
      );
      const checks = received().filter((e) => e.type === 'compliance.check_completed');
      expect(new Set(checks.map((e) => e.data.framework))).toEqual(new Set(FRAMEWORKS));
      const soc2 = checks.find((e) => e.data.framework === 'SOC2');
      expect(soc2).toMatchObject({
        publishedBy: { subject: 'platform:compliance' },
        data: {
          status: evaluated.status,
          passed: evaluated.status === 'COMPLIANT',
          evaluationId: evaluated.evaluationId,
        },
      });
      // No SOX report was ever generated: SOX-01 fails, and its violation is on the path.
      await eventually(
        () => received().some((e) => e.type === 'compliance.violation_detected' && e.data.rule === 'SOX-01'),
        15_000,
        'the SOX-01 violation',
      );
      // …and reaches the alerting engine as a firing COMPLIANCE alert.
      await eventually(async () => (await alertOf('SOX-01'))?.state === 'FIRING', 15_000, 'the SOX-01 alert');
      expect(await alertOf('SOX-01')).toMatchObject({ source: 'COMPLIANCE', severity: 'WARNING' });
    } finally {
      sub.stop();
      await ws.dispose();
    }
  });

  it('answers complianceStatus for every framework with verdicts, reasons and evidence', async () => {
    for (const framework of FRAMEWORKS) {
      const s = await status(framework);
      expect(s.controls.length, framework).toBeGreaterThan(0);
      const applicable = s.controls.filter((c) => c.result !== 'NOT_APPLICABLE');
      const passed = applicable.filter((c) => c.result === 'PASS').length;
      expect(s.status).toBe(passed === applicable.length ? 'COMPLIANT' : 'NON_COMPLIANT');
      expect(s.score).toBe(Math.round((passed / applicable.length) * 1000) / 10);
      for (const c of s.controls) {
        expect(c.reason.length).toBeGreaterThan(0);
        expect(c.clauses.length).toBeGreaterThan(0);
      }
    }
    const pci = await status('PCI_DSS');
    const byId = new Map(pci.controls.map((c) => [c.id, c]));
    // Facts of this run: the trail has mutation records, reads are audited, checkpoints verify.
    expect(byId.get('AUDIT-01')).toMatchObject({ result: 'PASS', clauses: ['10.2.1'] });
    expect(byId.get('AUDIT-03')?.result).toBe('PASS');
    expect(byId.get('AUDIT-04')).toMatchObject({
      result: 'PASS',
      evidence: expect.arrayContaining([expect.objectContaining({ kind: 'CHECKPOINT' })]),
    });
    expect(byId.get('AUDIT-05')?.result).toBe('PASS');
    expect(byId.get('KEYS-01')).toMatchObject({ result: 'PASS' });
    expect(byId.get('KEYS-01')?.evidence.filter((e) => e.kind === 'API_KEY')).toHaveLength(2);
    const gdpr = await status('GDPR');
    expect(gdpr.controls.find((c) => c.id === 'DSR-01')).toMatchObject({
      result: 'NOT_APPLICABLE',
      reason: 'No data-subject requests',
    });
    expect(gdpr.controls.find((c) => c.id === 'TENANT-01')?.result).toBe('PASS');
  });

  it('re-evaluates the tenant when one of its API keys changes, without a request', async () => {
    const before = await status('SOC2');
    const revoked = keyIds[1] as string;
    expect(before.controls.find((c) => c.id === 'KEYS-01')?.evidence.map((e) => e.ref)).toContain(revoked);
    const response = await t.gql(token, `mutation { revokeApiKey(id: "${revoked}") { id } }`);
    expect(response.body.errors).toBeUndefined();
    // The schedule is 300 s away: only the key-change channel can bring a new evaluation this soon.
    await eventually(
      async () => (await status('SOC2')).evaluationId !== before.evaluationId,
      15_000,
      'the re-evaluation after the revocation',
    );
    const after = await status('SOC2');
    expect(after.controls.find((c) => c.id === 'KEYS-01')?.evidence.map((e) => e.ref)).not.toContain(revoked);
  });

  it('refuses status and reports without the compliance scopes', async () => {
    const reader = await t.token(tenant, ['audit:read']);
    const read = await t.gql(reader, '{ complianceStatus(framework: SOX) { status } }');
    expect(read.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const onlyRead = await t.token(tenant, ['compliance:read']);
    const write = await t.gql(onlyRead, 'mutation { generateComplianceReport(framework: SOX) { id } }');
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(
      token,
      'mutation { generateComplianceReport(framework: SOX, from: "2026-06-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { id } }',
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Verdicts are as of generation: a period ending yesterday would mislabel them.
    const past = await t.gql(
      token,
      'mutation($to: DateTime!) { generateComplianceReport(framework: SOX, to: $to) { id } }',
      { to: new Date(Date.now() - 86_400_000).toISOString() },
    );
    expect(past.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    // Verdicts are the platform's: nobody forges one onto the event path.
    const forged = await t.gql(
      token,
      'mutation { publishEvent(input: { type: "compliance.check_completed", data: { checkId: "x", passed: true } }) { id } }',
    );
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('generates a signed report per framework that verifies offline with the published key', async () => {
    const published = (await (await fetch(new URL('/.well-known/audit-keys', t.url))).json()) as {
      keys: Array<{ name: string; keyId: string; algorithm: string; publicKey: string }>;
    };
    const reports: Report[] = [];
    for (const framework of FRAMEWORKS) {
      const response = await t.gql<{ generateComplianceReport: Report }>(
        token,
        `mutation($f: ComplianceFramework!) { generateComplianceReport(framework: $f) { ${REPORT} } }`,
        { f: framework },
      );
      expect(response.body.errors).toBeUndefined();
      reports.push(response.body.data?.generateComplianceReport as Report);
    }
    for (const report of reports) {
      const key = published.keys.find(
        (k) => k.name === report.signature.keyName && k.keyId === report.signature.keyId,
      );
      expect(key?.algorithm).toBe('Ed25519');
      const publicKey = createPublicKey({
        key: Buffer.concat([
          Buffer.from('302a300506032b6570032100', 'hex'),
          Buffer.from(key?.publicKey ?? '', 'base64'),
        ]),
        format: 'der',
        type: 'spki',
      });
      const bytes = Buffer.from(report.signedPayload, 'utf8');
      expect(verify(null, bytes, publicKey, Buffer.from(report.signature.value, 'base64'))).toBe(true);
      // The signed bytes are the report: what the API shows is what was signed.
      const signed = JSON.parse(report.signedPayload) as Record<string, unknown> & { controls: Control[] };
      expect(signed).toMatchObject({
        id: report.id,
        tenantId: tenant,
        framework: report.framework,
        status: report.status,
        score: report.score,
        executiveSummary: report.executiveSummary,
        findings: report.findings,
        recommendations: report.recommendations,
      });
      expect(signed.controls.map((c) => [c.id, c.result])).toEqual(
        report.controls.map((c) => [c.id, c.result]),
      );
      expect(Object.keys(signed)).toEqual([...Object.keys(signed)].sort());
      // One altered byte and it no longer verifies.
      const tampered = Buffer.from(
        report.signedPayload.replace(`"status":"${report.status}"`, '"status":"COMPLIANT_"'),
        'utf8',
      );
      expect(verify(null, tampered, publicKey, Buffer.from(report.signature.value, 'base64'))).toBe(false);
      expect(report.findings.map((f) => f.controlId)).toEqual(
        report.controls.filter((c) => c.result === 'FAIL').map((c) => c.id),
      );
      expect(report.executiveSummary).toContain(report.framework);
      expect(report.executiveSummary).toMatch(/^As of \d{4}-\d{2}-\d{2}T/);
    }

    const listed = await t.gql<{
      complianceReports: { totalCount: number; edges: Array<{ node: { id: string; framework: string } }> };
    }>(token, '{ complianceReports(first: 3) { totalCount edges { node { id framework } } } }');
    expect(listed.body.data?.complianceReports.totalCount).toBe(FRAMEWORKS.length);
    expect(listed.body.data?.complianceReports.edges.map((e) => e.node.id)).toEqual(
      reports
        .slice(-3)
        .reverse()
        .map((r) => r.id),
    );
    const one = await t.gql<{ complianceReport: { id: string; signature: { value: string } } | null }>(
      token,
      `{ complianceReport(id: "${reports[0]?.id}") { id signature { value } } }`,
    );
    expect(one.body.data?.complianceReport).toEqual({
      id: reports[0]?.id,
      signature: { value: reports[0]?.signature.value },
    });
    const foreign = await t.token(
      t.tenant('other'),
      SCOPES.filter((s) => s !== 'platform:operator'),
    );
    const walled = await t.gql(foreign, `{ complianceReport(id: "${reports[0]?.id}") { id } }`);
    expect(walled.body.data).toEqual({ complianceReport: null });

    sox = reports[0] ?? null;
    // The tenant's first SOX report is the reassessment itself: SOX-01 passes in it.
    expect(sox?.controls.find((c) => c.id === 'SOX-01')).toMatchObject({ result: 'PASS' });
    expect(sox?.findings.map((f) => f.controlId)).not.toContain('SOX-01');
    // The SOX report is the 90-day reassessment: SOX-01 passes on the next evaluation.
    await eventually(
      async () => (await status('SOX')).controls.find((c) => c.id === 'SOX-01')?.result === 'PASS',
      15_000,
      'SOX-01 to pass after the SOX report',
    );
    await eventually(
      async () => (await alertOf('SOX-01'))?.state === 'RESOLVED',
      15_000,
      'the SOX-01 alert to resolve',
    );
  });

  it('exports a stored report as its signed JSON and as a PDF (COMPLIANCE_REPORT)', async () => {
    expect(sox?.framework).toBe('SOX');
    const report = sox as Report;
    const json = await runToCompletion(t, token, {
      type: 'COMPLIANCE_REPORT',
      format: 'JSON',
      params: { reportId: report.id },
    });
    const stored = JSON.parse((await download(t, json)).toString('utf8')) as Record<string, unknown>;
    expect(stored).toMatchObject({ id: report.id, framework: 'SOX', signature: report.signature });
    // The documented recipe on the downloaded file alone, not on the server's signedPayload: drop
    // `signature`, canonicalise (this file's own canonicaliser), verify with the published key.
    const { signature, ...body } = stored as { signature: Report['signature'] } & Record<string, unknown>;
    const canonical = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      if (value !== null && typeof value === 'object')
        return `{${Object.keys(value)
          .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`;
      return JSON.stringify(value);
    };
    const published = (await (await fetch(new URL('/.well-known/audit-keys', t.url))).json()) as {
      keys: Array<{ name: string; keyId: string; publicKey: string }>;
    };
    const key = published.keys.find((k) => k.name === signature.keyName && k.keyId === signature.keyId);
    const publicKey = createPublicKey({
      key: Buffer.concat([
        Buffer.from('302a300506032b6570032100', 'hex'),
        Buffer.from(key?.publicKey ?? '', 'base64'),
      ]),
      format: 'der',
      type: 'spki',
    });
    const signatureBytes = Buffer.from(signature.value, 'base64');
    expect(verify(null, Buffer.from(canonical(body), 'utf8'), publicKey, signatureBytes)).toBe(true);
    expect(
      verify(null, Buffer.from(canonical({ ...body, score: -1 }), 'utf8'), publicKey, signatureBytes),
    ).toBe(false);
    const pdf = await runToCompletion(t, token, {
      type: 'COMPLIANCE_REPORT',
      format: 'PDF_REPORT',
      params: { reportId: report.id },
    });
    const bytes = await download(t, pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The document's Title (an indirect string object in PDFKit's output) names the framework.
    expect(bytes.toString('latin1')).toMatch(/\n\(SOX compliance report\)\nendobj/);
    // Refused up front: no report named, a format it has no writer for, a foreign report.
    const refused = async (input: Record<string, unknown>) =>
      (
        await t.gql(token, 'mutation($i: CreateExportInput!) { createExport(input: $i) { id } }', {
          i: input,
        })
      ).body.errors?.[0]?.extensions?.code;
    expect(await refused({ type: 'COMPLIANCE_REPORT', format: 'JSON' })).toBe('BAD_USER_INPUT');
    expect(await refused({ type: 'COMPLIANCE_REPORT', format: 'CSV', params: { reportId: report.id } })).toBe(
      'EXPORT_FORMAT_INCOMPATIBLE',
    );
    // Another tenant's report id is not found from here: the job fails NOT_FOUND.
    const other = t.tenant('neighbour');
    const otherToken = await t.token(
      other,
      SCOPES.filter((s) => s !== 'platform:operator'),
    );
    const created = await t.gql<{ createExport: { id: string } }>(
      otherToken,
      'mutation($i: CreateExportInput!) { createExport(input: $i) { id } }',
      { i: { type: 'COMPLIANCE_REPORT', format: 'JSON', params: { reportId: report.id } } },
    );
    const foreignJob = await waitFinal(t, otherToken, created.body.data?.createExport.id as string);
    expect(foreignJob).toMatchObject({ status: 'FAILED', error: { code: 'NOT_FOUND' } });
    const exportsOnly = await t.token(tenant, ['exports:write', 'exports:read']);
    const forbidden = await t.gql(
      exportsOnly,
      'mutation($i: CreateExportInput!) { createExport(input: $i) { id } }',
      { i: { type: 'COMPLIANCE_REPORT', format: 'JSON', params: { reportId: report.id } } },
    );
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
