import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { mintToken } from '../../lib/devToken.js';
import { SCOPES } from '../../lib/scopes.js';
import { startPlatform, type Platform } from '../../runtime/startPlatform.js';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../subgraphs/integrations/testing/webhookReceiver.js';
import { eventually } from '../support/wsClient.js';

// One environment for the platform and the worker processes, as in production.
const env: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
  INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
  SECRETS_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString('base64')}`,
  REDIS_KEY_PREFIX: `test:${randomUUID().slice(0, 8)}:`,
  WEBHOOK_ALLOWED_CIDRS: '127.0.0.1/32',
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_LOCK_MS: '2000',
  WEBHOOK_CLAIM_IDLE_MS: '2000',
  WEBHOOK_WORKER_CONCURRENCY: '10',
};
const config = loadConfig({ ...process.env, ...env });

let platform: Platform;
let receiver: WebhookReceiver;
const children = new Set<ChildProcess>();

/** A worker as its own process group (npx → tsx → node), so SIGKILL takes all of it at once. */
async function startWorker(): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'runtime/main.ts', 'worker', 'webhooks'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('worker did not start')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('webhook worker started')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child;
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-(child.pid as number), signal);
  });
}

beforeAll(async () => {
  platform = await startPlatform(config, { ephemeralPorts: true, withWorkers: false });
  // Slow enough that the kill lands with deliveries in flight and events not yet fanned out.
  receiver = await startWebhookReceiver(
    () => new Promise((resolve) => setTimeout(() => resolve({ status: 200 }), 30)),
  );
});

afterAll(async () => {
  for (const child of children) process.kill(-(child.pid as number), 'SIGKILL');
  await receiver?.close();
  await platform?.close();
});

async function gql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(platform.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('durable delivery', () => {
  it('delivers every event to every endpoint although a worker is killed -9 mid-batch', async () => {
    const tenant = `durable-${randomUUID().slice(0, 8)}`;
    const token = await mintToken(config.AUTH_JWT_SECRET as string, {
      subject: 'u',
      tenantId: tenant,
      scopes: SCOPES,
    });
    const hooks: string[] = [];
    for (const path of ['a', 'b']) {
      const data = await gql<{ createWebhook: { webhook: { id: string } } }>(
        token,
        `mutation($u: String!) { createWebhook(input: { url: $u, eventTypes: ["package.created"] }) { webhook { id } } }`,
        { u: `${receiver.url}/${path}` },
      );
      hooks.push(data.createWebhook.webhook.id);
    }
    const publish = (i: number) =>
      gql<{ publishEvent: { id: string } }>(
        token,
        `mutation($d: JSON!) { publishEvent(input: { type: "package.created", data: $d }) { id } }`,
        { d: { packageId: `p${i}` } },
      ).then((d) => d.publishEvent.id);
    const publishRange = async (from: number, to: number) => {
      for (let i = from; i < to; i += 10) {
        ids.push(...(await Promise.all(Array.from({ length: 10 }, (_, j) => publish(i + j)))));
      }
    };
    const ids: string[] = [];
    // Published before any worker runs: held by the stream's consumer group, a backlog to cut into.
    await publishRange(0, 150);
    const first = await startWorker();
    await eventually(() => receiver.received.length >= 60, 20_000, 'first deliveries');
    await kill(first, 'SIGKILL');
    const atKill = receiver.received.length;
    // Published while no worker runs.
    await publishRange(150, 200);
    const second = await startWorker();
    const want = new Set(ids.flatMap((id) => ['/hook/a', '/hook/b'].map((p) => `${p} ${id}`)));
    const got = () => new Set(receiver.received.map((r) => `${r.path} ${String(r.headers['webhook-id'])}`));
    await eventually(() => [...want].every((k) => got().has(k)), 40_000, 'every delivery');
    expect(atKill).toBeLessThan(300);
    expect([...want].filter((k) => !got().has(k))).toEqual([]);
    await kill(second, 'SIGTERM');
  }, 90_000);
});
