import { randomBytes } from 'node:crypto';
import { Webhook as Verifier } from 'standardwebhooks';
import { expect } from 'vitest';
import { unwrapDek, type Kek, type KeyPurpose } from '../../lib/crypto/envelope.js';
import { Keyring } from '../../lib/crypto/keyring.js';
import type { StoredKey } from '../../lib/crypto/keyStore.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { createRedis, scanKeys, tenantKey, type RedisClient } from '../../lib/redis.js';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '../../subgraphs/integrations/testing/webhookReceiver.js';
import type { PlatformProcess } from './processes.js';
import type { TestPlatform } from './testPlatform.js';
import { startWebhookTestPlatform, type WebhookTestPlatform } from './webhookPlatform.js';
import { eventually } from './wsClient.js';

// What the envelope-encryption e2e files (test/e2e/encryptionKeys*.e2e.ts) share: the platform in
// the test process without workers, the webhook worker (which opens and rewraps secrets) as its own
// OS process with its logs captured, the key API, and the scan for leaked secrets and key material.

/** `EncryptionKey.rewrap` as the e2e tests select it. */
export interface RewrapView {
  targetVersion: number;
  total: number;
  done: number;
  failed: number;
  finishedAt: string | null;
}

export interface KeyView {
  id: string;
  purpose: KeyPurpose;
  version: number;
  status: string;
  minDecryptVersion: number;
  usageCount: number;
  nextRotationAt: string;
  destroyedAt: string | null;
  versions: Array<{ version: number; wrappedBy: string; status: string; encryptions: number }>;
  rewrap: RewrapView | null;
}

const KEY_FIELDS = `id purpose version status createdAt rotatedAt nextRotationAt minDecryptVersion usageCount destroyedAt
  versions { version createdAt wrappedBy status encryptions }
  rewrap { targetVersion total done failed startedAt finishedAt }`;

export const RETIRE = `mutation($id: ID!, $min: Int!) { retireEncryptionKeyVersions(id: $id, minDecryptVersion: $min) { ${KEY_FIELDS} } }`;
export const DESTROY = `mutation($id: ID!, $confirm: String!) { destroyEncryptionKey(id: $id, confirm: $confirm) { ${KEY_FIELDS} } }`;

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

const kekList = (keks: Kek[]) => keks.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');

export function newKek(id: string): Kek {
  return { id, key: randomBytes(32) };
}

/** Whether the delivery carries a valid Standard Webhooks signature made with the secret. */
export function verifies(secret: string, got: ReceivedWebhook | undefined): boolean {
  if (!got) return false;
  try {
    new Verifier(secret).verify(got.body, got.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

export class KeysHarness {
  readonly logger: Logger = createLogger('silent', 'keys-e2e');
  /** Every API answer about keys, scanned for key material at the end. */
  readonly answers: string[] = [];
  /** Plaintext webhook secrets and DEKs seen during the run: none may be stored or logged. */
  readonly secrets = new Set<string>();
  readonly deks = new Map<string, Buffer>();
  readonly prefix = `test:keys-${randomBytes(4).toString('hex')}:`;
  redis!: RedisClient;
  t!: TestPlatform;
  private platform: WebhookTestPlatform | undefined;
  private worker: PlatformProcess | undefined;
  private readonly workerLogs: string[] = [];
  private readonly receivers: WebhookReceiver[] = [];
  private readonly keyrings: Keyring[] = [];
  private readonly shared = {
    AUTH_JWT_SECRET: randomBytes(36).toString('base64url'),
    INTERNAL_SIGNING_KEY: randomBytes(36).toString('base64url'),
    REDIS_KEY_PREFIX: this.prefix,
  };

  /** The platform and the webhook worker, both holding these KEKs (the first wraps). */
  async start(keks: Kek[]): Promise<void> {
    await this.startPlatform(keks);
    await this.startWorker(keks);
    this.redis ??= createRedis(this.t.config.REDIS_URL, 'keys-e2e', { autoPipelining: true });
  }

  async startPlatform(keks: Kek[]): Promise<void> {
    this.platform = await startWebhookTestPlatform(
      { ...this.shared, SECRETS_ENCRYPTION_KEYS: kekList(keks), ENCRYPTION_KEY_AUDIT_FLUSH_MS: '300' },
      { workers: [] },
    );
    this.t = this.platform.t;
  }

  async stopPlatform(): Promise<void> {
    await this.platform?.close();
    this.platform = undefined;
  }

  async startWorker(keks: Kek[]): Promise<void> {
    this.worker = await this.t.workerProcess('webhooks', {
      SECRETS_ENCRYPTION_KEYS: kekList(keks),
      ENCRYPTION_KEY_AUDIT_FLUSH_MS: '300',
      LOG_LEVEL: 'debug',
    });
  }

  async stopWorker(): Promise<void> {
    if (!this.worker) return;
    await this.worker.stop();
    this.workerLogs.push(this.worker.output());
    this.worker = undefined;
  }

  async close(): Promise<void> {
    await this.stopWorker();
    await Promise.all(this.receivers.map((r) => r.close()));
    await Promise.all(this.keyrings.map((k) => k.close()));
    await this.stopPlatform();
    if (!this.redis) return;
    for await (const keys of scanKeys(this.redis, `${this.prefix}*`)) await this.redis.del(...keys);
    this.redis.disconnect();
  }

  async receiver(): Promise<WebhookReceiver> {
    const r = await startWebhookReceiver();
    this.receivers.push(r);
    return r;
  }

  /** A keyring of the test's own over the platform's Redis, closed at the end. */
  keyring(keks: Kek[]): Keyring {
    const keyring = new Keyring(this.redis, this.prefix, keks, this.logger);
    this.keyrings.push(keyring);
    return keyring;
  }

  async call<T>(tenantId: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await this.t.gql<T>(await this.t.token(tenantId), query, variables);
    this.answers.push(JSON.stringify(res.body));
    return { data: res.body.data as T, errors: res.body.errors as Errors };
  }

  async ok<T>(tenantId: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { data, errors } = await this.call<T>(tenantId, query, variables);
    expect(errors).toBeUndefined();
    return data;
  }

  /** The `extensions.code` the request is refused with. */
  async refusal(tenantId: string, query: string, variables: Record<string, unknown>): Promise<string> {
    const { errors } = await this.call(tenantId, query, variables);
    return String(errors?.[0]?.extensions?.code);
  }

  async keys(tenantId: string): Promise<Record<KeyPurpose, KeyView>> {
    const data = await this.ok<{ encryptionKeys: KeyView[] }>(
      tenantId,
      `{ encryptionKeys { ${KEY_FIELDS} } }`,
    );
    return Object.fromEntries(data.encryptionKeys.map((k) => [k.purpose, k])) as Record<KeyPurpose, KeyView>;
  }

  async rotate(tenantId: string, id: string): Promise<KeyView> {
    const data = await this.ok<{ rotateEncryptionKey: KeyView }>(
      tenantId,
      `mutation($id: ID!) { rotateEncryptionKey(id: $id) { ${KEY_FIELDS} } }`,
      { id },
    );
    return data.rotateEncryptionKey;
  }

  /** Waits until the worker's rewrap of the key reached its newest version and finished. */
  async rewrapFinished(tenantId: string, purpose: KeyPurpose, version: number, timeoutMs = 30_000) {
    let key: KeyView | undefined;
    await eventually(
      async () => {
        key = (await this.keys(tenantId))[purpose];
        return key.rewrap?.targetVersion === version && key.rewrap.finishedAt !== null;
      },
      timeoutMs,
      `rewrap of ${tenantId} to version ${version}`,
    );
    return key as KeyView;
  }

  async createWebhook(tenantId: string, url: string, eventTypes = ['package.created']) {
    const data = await this.ok<{ createWebhook: { signingSecret: string; webhook: { id: string } } }>(
      tenantId,
      `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { signingSecret webhook { id } } }`,
      { input: { url, eventTypes } },
    );
    this.secrets.add(data.createWebhook.signingSecret);
    return { id: data.createWebhook.webhook.id, secret: data.createWebhook.signingSecret };
  }

  async publish(tenantId: string, packageId: string): Promise<void> {
    await this.ok(
      tenantId,
      `mutation($d: JSON!) { publishEvent(input: { type: "package.created", data: $d }) { id } }`,
      { d: { packageId } },
    );
  }

  /** Unwraps every DEK version of the tenant's keys with the KEKs, to know what must never appear. */
  async collectDeks(tenantId: string, keks: Kek[]): Promise<void> {
    const raws = await this.redis.hvals(tenantKey(this.prefix, tenantId, 'security', 'keys'));
    for (const key of raws.map((raw) => JSON.parse(raw) as StoredKey)) {
      for (const v of key.versions) {
        const kek = keks.find((k) => k.id === v.kekId);
        if (!v.wrapped || !kek) continue;
        const dek = unwrapDek(kek.key, v.wrapped, {
          tenantId,
          purpose: key.purpose,
          keyId: key.id,
          version: v.version,
        });
        this.deks.set(`${key.id}:${v.version}`, dek);
      }
    }
  }

  /**
   * Stops the worker and looks for every secret and every piece of key material (DEKs collected,
   * the KEKs given) in each value under the test's Redis prefix, in the worker's logs and, for key
   * material only, in the API's answers (which carry the secrets createWebhook returns once, by
   * design). Returns where anything was found and how many Redis keys were read.
   */
  async leaks(keks: Kek[]): Promise<{ found: string[]; scanned: number; logBytes: number }> {
    await this.stopWorker();
    /** By length: base64, base64url and hex of each secret's 32 bytes and of each key. */
    const needles = (all: Buffer[]) => {
      const out = new Map<number, Set<string>>();
      for (const bytes of all) {
        for (const text of [bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')]) {
          out.set(text.length, (out.get(text.length) ?? new Set()).add(text));
        }
      }
      return out;
    };
    const material = [...this.deks.values(), ...keks.map((k) => k.key)];
    const materialNeedles = needles(material);
    const everyNeedle = needles([
      ...material,
      ...[...this.secrets].map((s) => Buffer.from(s.slice('whsec_'.length), 'base64')),
    ]);

    const found: string[] = [];
    const scan = (where: string, value: Buffer, sets = everyNeedle) => {
      for (const bytes of material) if (value.includes(bytes)) found.push(`${where}: raw key bytes`);
      const text = value.toString('latin1');
      for (const run of text.matchAll(/[A-Za-z0-9+/=_-]{43,}/g)) {
        for (const [length, set] of sets) {
          for (let i = 0; i + length <= run[0].length; i += 1) {
            if (set.has(run[0].slice(i, i + length))) found.push(`${where}: ${run[0].slice(i, i + 8)}…`);
          }
        }
      }
    };

    let scanned = 0;
    const redis = this.redis;
    for await (const names of scanKeys(redis, `${this.prefix}*`)) {
      for (const name of names) {
        const type = await redis.type(name);
        const parts: Buffer[] = [];
        if (type === 'string') parts.push((await redis.getBuffer(name)) ?? Buffer.alloc(0));
        else if (type === 'hash')
          parts.push(
            ...Object.entries(await redis.hgetallBuffer(name)).flatMap(([f, v]) => [Buffer.from(f), v]),
          );
        else if (type === 'list') parts.push(...(await redis.lrangeBuffer(name, 0, -1)));
        else if (type === 'set') parts.push(...(await redis.smembersBuffer(name)));
        else if (type === 'zset') parts.push(...(await redis.zrangeBuffer(name, 0, -1)));
        else if (type === 'stream')
          for (const [, fields] of await redis.xrangeBuffer(name, '-', '+')) parts.push(...fields);
        parts.push(Buffer.from(name));
        for (const part of parts) scan(name, part);
        scanned += 1;
      }
    }
    for (const [i, answer] of this.answers.entries())
      scan(`answer ${i}`, Buffer.from(answer), materialNeedles);
    for (const [i, log] of this.workerLogs.entries()) scan(`worker log ${i}`, Buffer.from(log));
    return { found, scanned, logBytes: this.workerLogs.join('').length };
  }
}
