import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { startTestPlatform, type TestPlatform } from './testPlatform.js';

export interface WebhookTestPlatform {
  t: TestPlatform;
  /** A loopback receiver closed with the platform. */
  receiver(...args: Parameters<typeof startWebhookReceiver>): Promise<WebhookReceiver>;
  close(): Promise<void>;
}

/** A platform whose webhooks may reach loopback receivers over http, with a compressed retry schedule. */
export async function startWebhookTestPlatform(
  overrides: Record<string, string> = {},
  options: Parameters<typeof startTestPlatform>[1] = {},
): Promise<WebhookTestPlatform> {
  const t = await startTestPlatform(
    {
      WEBHOOK_ALLOWED_CIDRS: '127.0.0.1/32',
      WEBHOOK_ALLOW_HTTP: 'true',
      // 5 s → 0.5 ms … 10 h → 3.6 s: the whole default schedule in about 10 s.
      WEBHOOK_RETRY_SCALE: '0.0001',
      ...overrides,
    },
    options,
  );
  const receivers: WebhookReceiver[] = [];
  return {
    t,
    receiver: async (...args) => {
      const r = await startWebhookReceiver(...args);
      receivers.push(r);
      return r;
    },
    close: async () => {
      await Promise.all(receivers.map((r) => r.close()));
      await t.close();
    },
  };
}
