import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError } from '../../lib/errors.js';
import { AddressPolicy } from '../../lib/outbound/addressPolicy.js';
import { PermanentDeliveryError, RetryLaterError } from '../../subgraphs/integrations/delivery/outcomes.js';
import { createSafeDispatcher, type Resolver } from '../../lib/outbound/safeDispatcher.js';
import { sendWebhook } from '../../subgraphs/integrations/delivery/sendWebhook.js';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { validateWebhookUrl } from '../../subgraphs/integrations/urlPolicy.js';

// Names the test's resolver answers, standing in for attacker-controlled DNS.
const DNS: Record<string, string[]> = {
  'loopback.attacker.test': ['127.0.0.1'],
  'loopback-other.attacker.test': ['127.9.9.9'],
  'metadata.attacker.test': ['169.254.169.254'],
  'private10.attacker.test': ['10.1.2.3'],
  'private172.attacker.test': ['172.20.0.5'],
  'private192.attacker.test': ['192.168.0.10'],
  'cgnat.attacker.test': ['100.64.1.1'],
  'zero.attacker.test': ['0.0.0.0'],
  'multicast.attacker.test': ['224.0.0.251'],
  'v6-loopback.attacker.test': ['::1'],
  'v6-ula.attacker.test': ['fd00::5'],
  'v6-linklocal.attacker.test': ['fe80::1'],
  'v6-mapped.attacker.test': ['::ffff:192.168.0.1'],
  'v6-nat64.attacker.test': ['64:ff9b::a9fe:a9fe'],
  'mixed.attacker.test': ['93.184.216.34', '10.0.0.1'],
  'nothing.attacker.test': [],
  // Positive control: a public answer is let through by the policy (and then fails to connect).
  'public.example.test': ['127.0.0.1'],
};

const resolver: Resolver = async (hostname) =>
  (DNS[hostname] ?? []).map((address): LookupAddress => ({ address, family: isIP(address) }));

let receiver: WebhookReceiver;
let port: number;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  port = Number(new URL(receiver.url).port);
});

afterAll(async () => {
  await receiver.close();
});

function table(): string[] {
  const p = port;
  return [
    // IPv4 loopback in every spelling the URL parser accepts.
    `http://127.0.0.1:${p}/`,
    `http://127.1:${p}/`,
    `http://127.0.1:${p}/`,
    `http://2130706433:${p}/`,
    `http://0x7f000001:${p}/`,
    `http://0x7f.0.0.1:${p}/`,
    `http://0177.0.0.1:${p}/`,
    `http://127.255.255.254:${p}/`,
    // Unspecified, private, link-local (cloud metadata), CGNAT, multicast, broadcast, reserved.
    `http://0.0.0.0:${p}/`,
    `http://0:${p}/`,
    'http://10.0.0.1/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.254/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://169.254.0.1/',
    'http://100.64.0.1/',
    'http://100.127.255.254/',
    'http://224.0.0.1/',
    'http://239.255.255.250/',
    'http://255.255.255.255/',
    'http://240.0.0.1/',
    'http://198.18.0.1/',
    // IPv6: loopback, unspecified, mapped, NAT64, ULA, link-local, multicast, 6to4, Teredo.
    `http://[::1]:${p}/`,
    `http://[::]:${p}/`,
    `http://[::ffff:127.0.0.1]:${p}/`,
    `http://[::ffff:7f00:1]:${p}/`,
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[ff02::1]/',
    'http://[2002:7f00:1::1]/',
    'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
    // Names whose answers are internal: caught at connect time, after resolution.
    `http://localhost:${p}/`,
    ...Object.keys(DNS)
      .filter((name) => name.endsWith('.attacker.test'))
      .map((name) => `http://${name}:${p}/`),
  ];
}

describe('SSRF wall at connect time', () => {
  const blocked = createSafeDispatcher({
    addresses: new AddressPolicy(''),
    allowHttp: true,
    resolver: async (host) => (host === 'localhost' ? [{ address: '127.0.0.1', family: 4 }] : resolver(host)),
  });
  afterAll(() => blocked.close());

  it('refuses every variant of the table, and nothing reaches the receiver', async () => {
    const urls = table();
    expect(urls.length).toBeGreaterThanOrEqual(50);
    const outcomes = await Promise.all(
      urls.map(async (url) => {
        try {
          await sendWebhook(blocked, { url, body: '{}', headers: {}, timeoutMs: 3000 });
          return `${url}: delivered`;
        } catch (error) {
          if (error instanceof PermanentDeliveryError && /refuse/.test(error.facts.error ?? '')) return null;
          return `${url}: ${(error as Error).name} ${(error as Error).message}`;
        }
      }),
    );
    expect(outcomes.filter(Boolean)).toEqual([]);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses literal internal addresses and local names when the webhook is created', () => {
    const policy = { addresses: new AddressPolicy(''), allowHttp: true };
    const literal = table().filter((url) => {
      const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
      return isIP(host) || host === 'localhost';
    });
    expect(literal.length).toBeGreaterThanOrEqual(35);
    for (const url of literal) {
      expect(() => validateWebhookUrl(url, policy), url).toThrow(
        expect.objectContaining({ code: 'WEBHOOK_URL_FORBIDDEN' }) as unknown as Error,
      );
    }
    // Names are only judged at connect time (DNS can change): accepted here.
    expect(validateWebhookUrl('https://metadata.attacker.test/x', policy)).toBe(
      'https://metadata.attacker.test/x',
    );
  });

  it('is https only unless configured, and refuses credentials in the URL', () => {
    const strict = { addresses: new AddressPolicy(''), allowHttp: false };
    for (const url of ['http://example.com/hook', 'ftp://example.com/x', 'https://user:pw@example.com/']) {
      expect(() => validateWebhookUrl(url, strict), url).toThrow(PlatformError);
    }
    expect(validateWebhookUrl('https://example.com/hook', strict)).toBe('https://example.com/hook');
  });

  it('refuses plain http at connect time unless allowed, whatever the URL was created with', async () => {
    const strict = createSafeDispatcher({
      addresses: new AddressPolicy('127.0.0.1/32'),
      allowHttp: false,
      resolver,
    });
    try {
      await expect(
        sendWebhook(strict, { url: receiver.url, body: '{}', headers: {}, timeoutMs: 3000 }),
      ).rejects.toBeInstanceOf(PermanentDeliveryError);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });

  it('lets operators open ranges with WEBHOOK_ALLOWED_CIDRS (the same names now connect)', async () => {
    const open = createSafeDispatcher({
      addresses: new AddressPolicy('127.0.0.1/32'),
      allowHttp: true,
      resolver,
    });
    try {
      const facts = await sendWebhook(open, {
        url: `http://public.example.test:${port}/`,
        body: '{}',
        headers: {},
        timeoutMs: 3000,
      });
      expect(facts.statusCode).toBe(204);
      // Only the opened /32: the rest of 127/8 stays shut.
      await expect(
        sendWebhook(open, {
          url: `http://loopback-other.attacker.test:${port}/`,
          body: '{}',
          headers: {},
          timeoutMs: 3000,
        }),
      ).rejects.toBeInstanceOf(PermanentDeliveryError);
    } finally {
      await open.close();
    }
    receiver.received.length = 0;
  });

  it('defeats DNS rebinding: each connection is checked against the answer it connects to', async () => {
    let calls = 0;
    // First answer allowed, every later one internal: the classic check-then-rebind trick.
    const rebinding: Resolver = async () => {
      calls += 1;
      return [{ address: calls === 1 ? '127.0.0.1' : '127.9.9.9', family: 4 }];
    };
    const open = createSafeDispatcher({
      addresses: new AddressPolicy('127.0.0.1/32'),
      allowHttp: true,
      resolver: rebinding,
    });
    // The receiver closes each connection, so the next request must connect (and resolve) again.
    const closing = await startWebhookReceiver(() => ({ status: 204, headers: { connection: 'close' } }));
    const url = `http://rebind.attacker.test:${new URL(closing.url).port}/`;
    try {
      expect((await sendWebhook(open, { url, body: '{}', headers: {}, timeoutMs: 3000 })).statusCode).toBe(
        204,
      );
      await expect(
        sendWebhook(open, { url, body: '{}', headers: {}, timeoutMs: 3000 }),
      ).rejects.toBeInstanceOf(PermanentDeliveryError);
      expect(calls).toBe(2);
      expect(closing.received).toHaveLength(1);
    } finally {
      await closing.close();
      await open.close();
    }
  });

  it('follows no redirect, even to an allowed place', async () => {
    const open = createSafeDispatcher({
      addresses: new AddressPolicy('127.0.0.1/32'),
      allowHttp: true,
      resolver,
    });
    const redirecting = await startWebhookReceiver(() => ({
      status: 302,
      headers: { location: 'http://169.254.169.254/latest/meta-data/' },
    }));
    try {
      await expect(
        sendWebhook(open, { url: redirecting.url, body: '{}', headers: {}, timeoutMs: 3000 }),
      ).rejects.toSatisfy((e) => e instanceof RetryLaterError && e.facts.statusCode === 302);
      expect(redirecting.received).toHaveLength(1);
    } finally {
      await redirecting.close();
      await open.close();
    }
  });
});
