import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/scopes.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';
import { eventually } from '../support/wsClient.js';
import {
  download,
  runToCompletion,
  temporaryExportsDir,
} from '../../subgraphs/exports/testing/exportTestKit.js';

// AUDIT-02 (PCI DSS 10.2.2) over the records the platform writes outside the audit plugin: the
// gateway's per-flush API key use and signed-link download records, and the data-subject request
// service's domain records. Each must carry an origin or be the platform's own.

interface Control {
  id: string;
  result: string;
  reason: string;
}

describe('compliance: AUDIT-02 over platform-written records', () => {
  let t: TestPlatform;
  let tenant: string;
  let token: string;
  let exportsDir: Awaited<ReturnType<typeof temporaryExportsDir>>;

  beforeAll(async () => {
    exportsDir = await temporaryExportsDir();
    t = await startTestPlatform({ API_KEY_USE_FLUSH_MS: '100', EXPORTS_DIR: exportsDir.dir });
    tenant = t.tenant('origin');
    token = await t.token(
      tenant,
      SCOPES.filter((s) => s !== 'platform:operator'),
    );
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await exportsDir?.remove();
  });

  interface Recorded {
    action: string;
    actor: { subject: string };
    details: Record<string, unknown> | null;
  }
  const recordOf = async (action: string): Promise<Recorded | null> => {
    const response = await t.gql<{ auditEvents: { edges: Array<{ node: Recorded }> } }>(
      token,
      `{ auditEvents(filter: { actions: ["${action}"] }, first: 1) { edges { node { action actor { subject } details } } } }`,
    );
    return response.body.data?.auditEvents.edges[0]?.node ?? null;
  };
  const recorded = async (action: string) => (await recordOf(action)) !== null;

  it('passes after an API key use, an export download and a data-subject request', async () => {
    const created = await t.gql<{ createApiKey: { secret: string } }>(
      token,
      'mutation { createApiKey(input: { name: "origin", scopes: ["graph:read"] }) { secret } }',
    );
    expect(created.body.errors).toBeUndefined();
    const secret = created.body.data?.createApiKey.secret as string;
    const used = await t.gql(secret, '{ me { subject } }');
    expect(used.body.errors).toBeUndefined();
    await eventually(async () => await recorded('apiKey.use'), 15_000, 'the apiKey.use record');

    // A stored report's JSON: an export that needs no graph database.
    const sox = await t.gql<{ generateComplianceReport: { id: string } }>(
      token,
      'mutation { generateComplianceReport(framework: SOX) { id } }',
    );
    const job = await runToCompletion(t, token, {
      type: 'COMPLIANCE_REPORT',
      format: 'JSON',
      params: { reportId: sox.body.data?.generateComplianceReport.id },
    });
    await download(t, job);
    await eventually(async () => await recorded('export.download'), 15_000, 'the download record');

    const dsr = await t.gql(
      token,
      'mutation { createDataSubjectRequest(input: { type: ACCESS, subjectId: "user:carol", regime: GDPR }) { id } }',
    );
    expect(dsr.body.errors).toBeUndefined();
    await eventually(
      async () => await recorded('dataSubjectRequest.created'),
      15_000,
      'the dataSubjectRequest.created record',
    );

    // The gateway's records name the client's address; the service's are the platform's.
    expect((await recordOf('apiKey.use'))?.details).toMatchObject({ clientIp: expect.any(String) });
    expect((await recordOf('export.download'))?.details).toMatchObject({ clientIp: expect.any(String) });
    expect(await recordOf('dataSubjectRequest.created')).toMatchObject({
      actor: { subject: 'system:compliance' },
      details: { onBehalfOf: expect.any(String) },
    });

    const report = await t.gql<{ generateComplianceReport: { controls: Control[] } }>(
      token,
      'mutation { generateComplianceReport(framework: PCI_DSS) { controls { id result reason } } }',
    );
    expect(report.body.errors).toBeUndefined();
    const audit02 = report.body.data?.generateComplianceReport.controls.find((c) => c.id === 'AUDIT-02');
    expect(audit02).toMatchObject({ result: 'PASS' });
  });
});
