import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// Before/after state of updates and the mutation's arguments, redacted (docs/AUDIT.md "Changes").
let t: TestPlatform;
let tenant: string;
let admin: string;

interface AuditNode {
  action: string;
  resourceId: string | null;
  details: Record<string, unknown>;
}

async function lastEvent(action: string): Promise<AuditNode> {
  const res = await t.gql<{ auditEvents: { edges: Array<{ node: AuditNode }> } }>(
    admin,
    'query($a: [String!]) { auditEvents(first: 1, filter: { actions: $a }) { edges { node { action resourceId details } } } }',
    { a: [action] },
  );
  expect(res.body.errors).toBeUndefined();
  const node = res.body.data?.auditEvents.edges[0]?.node;
  if (!node) throw new Error(`no ${action} event`);
  return node;
}

beforeAll(async () => {
  t = await startTestPlatform({ WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_CIDRS: '127.0.0.0/8' });
  tenant = t.tenant('changes');
  admin = await t.token(tenant);
});

afterAll(async () => {
  await t?.close();
});

describe('audited updates', () => {
  it('record the webhook before and after, arguments and state redacted, free text sealed', async () => {
    const created = await t.gql<{ createWebhook: { webhook: { id: string }; signingSecret: string } }>(
      admin,
      'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } signingSecret } }',
      {
        input: {
          url: 'http://127.0.0.1:9/hooks/first',
          eventTypes: ['document.processed'],
          description: 'first hook',
          headers: { Authorization: 'Bearer header-secret-1' },
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data?.createWebhook.webhook.id as string;
    const signingSecret = created.body.data?.createWebhook.signingSecret as string;
    const createEvent = await lastEvent('webhook.create');
    // The created secret (in the result) is never recorded; the header value is redacted.
    expect(JSON.stringify(createEvent)).not.toContain('header-secret-1');
    expect(JSON.stringify(createEvent)).not.toContain(signingSecret);
    expect(createEvent.details.arguments).toMatchObject({
      input: { headers: { Authorization: '[REDACTED]' }, description: '[PERSONAL]' },
    });

    const updated = await t.gql(
      admin,
      'mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { id } }',
      {
        id,
        input: {
          url: 'http://127.0.0.1:9/hooks/second?token=query-secret-2',
          description: 'second hook',
          rateLimitPerSecond: 7,
        },
      },
    );
    expect(updated.body.errors).toBeUndefined();
    const event = await lastEvent('webhook.update');
    expect(event.resourceId).toBe(id);
    expect(JSON.stringify(event)).not.toContain('query-secret-2');
    expect(JSON.stringify(event)).not.toContain('header-secret-1');
    expect(event.details).toMatchObject({
      arguments: {
        id,
        input: { url: 'http://127.0.0.1:9/…', rateLimitPerSecond: 7, description: '[PERSONAL]' },
      },
      before: {
        id,
        url: 'http://127.0.0.1:9/…',
        rateLimitPerSecond: null,
        description: '[PERSONAL]',
        // The webhook store keeps header names lower-cased.
        headers: { authorization: '[REDACTED]' },
      },
      after: { id, rateLimitPerSecond: 7, description: '[PERSONAL]' },
      // Free text rides the personal fields: readable until the actor is erased.
      freeText: {
        'arguments.input.description': 'second hook',
        'before.description': 'first hook',
        'after.description': 'second hook',
      },
    });
  });

  it('record security settings before and after', async () => {
    const read = await t.gql<{ securitySettings: { passwordSprayThreshold: number } }>(
      admin,
      '{ securitySettings { passwordSprayThreshold } }',
    );
    const was = read.body.data?.securitySettings.passwordSprayThreshold as number;
    const res = await t.gql(
      admin,
      'mutation($i: SecuritySettingsInput!) { updateSecuritySettings(input: $i) { passwordSprayThreshold } }',
      { i: { passwordSprayThreshold: was + 3 } },
    );
    expect(res.body.errors).toBeUndefined();
    const event = await lastEvent('securitySettings.update');
    expect(event.details).toMatchObject({
      arguments: { input: { passwordSprayThreshold: was + 3 } },
      before: { passwordSprayThreshold: was },
      after: { passwordSprayThreshold: was + 3 },
    });
  });

  it('a mutation without a state query records its arguments only', async () => {
    await t.gql(
      admin,
      'mutation { createAlertRule(input: { name: "changes rule", metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
    );
    const event = await lastEvent('alertRule.create');
    expect(event.details.arguments).toMatchObject({ input: { name: 'changes rule', threshold: 1 } });
    expect(event.details).not.toHaveProperty('before');
  });
});
