import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/scopes.js';
import { eventually } from '../support/wsClient.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from '../support/webhookPlatform.js';

// Compliance transitions reach webhooks like any platform event (docs/COMPLIANCE.md "Evaluation
// schedule and events"), and a webhook is itself evidence (WEBHOOK-01, CRYPTO-01).

interface Status {
  status: string;
  controls: Array<{ id: string; result: string; evidence: Array<{ kind: string; ref: string }> }>;
}

describe('compliance events on webhooks', () => {
  let w: WebhookTestPlatform;

  beforeAll(async () => {
    w = await startWebhookTestPlatform();
  }, 120_000);
  afterAll(() => w?.close());

  it('delivers check_completed and violation_detected to a subscribed endpoint', async () => {
    const { t } = w;
    const tenant = t.tenant('compliance-hooks');
    const token = await t.token(
      tenant,
      SCOPES.filter((s) => s !== 'platform:operator'),
    );
    const r = await w.receiver();
    const created = await t.gql<{ createWebhook: { webhook: { id: string } } }>(
      token,
      'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }',
      { i: { url: r.url, eventTypes: ['compliance.check_completed', 'compliance.violation_detected'] } },
    );
    expect(created.body.errors).toBeUndefined();
    const hookId = created.body.data?.createWebhook.webhook.id as string;

    // The tenant's first evaluation: every framework's status is a transition; SOX-01 fails.
    const sox = await t.gql<{ complianceStatus: Status }>(
      token,
      '{ complianceStatus(framework: SOX) { status controls { id result evidence { kind ref } } } }',
    );
    expect(sox.body.errors).toBeUndefined();
    const bodies = () =>
      r.received.map(
        (g) => JSON.parse(g.body) as { type: string; tenantId: string; data: Record<string, unknown> },
      );
    const checks = () => bodies().filter((b) => b.type === 'compliance.check_completed');
    await eventually(
      () =>
        checks().length >= 7 &&
        bodies().some((b) => b.type === 'compliance.violation_detected' && b.data.rule === 'SOX-01'),
      20_000,
      'the transitions on the webhook',
    );
    expect(bodies().every((b) => b.tenantId === tenant)).toBe(true);
    expect(
      checks()
        .map((b) => b.data.framework)
        .sort(),
    ).toEqual(['CCPA', 'GDPR', 'HIPAA', 'ISO27001', 'PCI_DSS', 'SOC2', 'SOX']);
    expect(bodies()).toContainEqual(
      expect.objectContaining({
        type: 'compliance.violation_detected',
        data: expect.objectContaining({ rule: 'SOX-01', severity: 'MEDIUM' }),
      }),
    );

    // The endpoint just made is evidence: its secret is sealed and young.
    const soc2 = await t.gql<{ complianceStatus: Status }>(
      token,
      '{ complianceStatus(framework: SOC2) { status controls { id result evidence { kind ref } } } }',
    );
    const controls = new Map(soc2.body.data?.complianceStatus.controls.map((c) => [c.id, c]));
    expect(controls.get('WEBHOOK-01')).toMatchObject({
      result: 'PASS',
      evidence: expect.arrayContaining([{ kind: 'WEBHOOK', ref: hookId }]),
    });
    expect(controls.get('CRYPTO-01')?.result).toBe('PASS');
  });
});
