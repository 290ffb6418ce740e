import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { tenantKey } from '../../../lib/redis.js';
import type { AuditTrail } from './AuditTrail.js';
import { EMPTY_ROOT, rootHash } from './merkle.js';

/** Every tenant that appended to its trail (a platform set; checkpoints, sealing and sweeps scan it). */
export const auditTenantsKey = (prefix: string): string => `${prefix}audit:tenants`;

/**
 * Signed checkpoints in the C2SP tlog-checkpoint format: a signed note whose body is
 *
 *   <origin>\n<tree size>\n<base64 root hash>\n
 *
 * followed by a blank line and one signature line per key, `— <key name> <base64(key id ‖
 * Ed25519 signature)>`, the key id being the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public
 * key) (C2SP signed-note, algorithm 0x01). Any note verifier with the published key checks them.
 */
export interface SigningKey {
  readonly name: string;
  /** Hex of the 4-byte key id. */
  readonly keyId: string;
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  readonly privateKey: KeyObject;
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function keyFromSeed(name: string, seed: Buffer): SigningKey {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
  const keyId = createHash('sha256')
    .update(Buffer.concat([Buffer.from(name, 'utf8'), Buffer.from([0x0a, 0x01]), publicKey]))
    .digest()
    .subarray(0, 4)
    .toString('hex');
  return { name, keyId, publicKey: Buffer.from(publicKey), privateKey };
}

/**
 * Keys from AUDIT_SIGNING_KEYS (`name:base64(32-byte Ed25519 seed)`, newest first: the first
 * signs, all are published). Without it, one key derived (HKDF) from INTERNAL_SIGNING_KEY, which
 * every process already shares, so all sign alike with no extra secret to distribute.
 */
export function signingKeys(configured: string | undefined, internalKey: string): SigningKey[] {
  if (configured && configured.trim()) {
    return configured.split(',').map((entry) => {
      const [name, b64] = entry.trim().split(':', 2) as [string, string | undefined];
      const seed = Buffer.from(b64 ?? '', 'base64');
      if (!name || seed.length !== 32)
        throw new Error('AUDIT_SIGNING_KEYS: each entry is name:base64 of 32 bytes');
      return keyFromSeed(name, seed);
    });
  }
  const seed = Buffer.from(hkdfSync('sha256', internalKey, 'kg-audit-checkpoint', 'ed25519-seed', 32));
  return [keyFromSeed('kg-platform-audit', seed)];
}

export function checkpointBody(origin: string, size: number, root: Buffer): string {
  return `${origin}\n${size}\n${root.toString('base64')}\n`;
}

export function signNote(body: string, key: SigningKey): string {
  const signature = sign(null, Buffer.from(body, 'utf8'), key.privateKey);
  const blob = Buffer.concat([Buffer.from(key.keyId, 'hex'), signature]).toString('base64');
  return `${body}\n\u2014 ${key.name} ${blob}\n`;
}

export interface ParsedCheckpoint {
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: Buffer;
  /** True when a signature line verifies with one of the given public keys. */
  readonly signed: boolean;
}

/** Parses a checkpoint note and checks its signatures against `keys` (name + raw public key). */
export function readCheckpointNote(
  note: string,
  keys: ReadonlyArray<{ name: string; publicKey: Buffer }>,
): ParsedCheckpoint | null {
  const split = note.indexOf('\n\n');
  if (split < 0) return null;
  const body = note.slice(0, split + 1);
  const [origin, size, root] = body.split('\n');
  if (!origin || !size || !root || !/^\d+$/.test(size)) return null;
  let signed = false;
  for (const line of note.slice(split + 2).split('\n')) {
    const match = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!match) continue;
    const blob = Buffer.from(match[2] as string, 'base64');
    for (const key of keys.filter((k) => k.name === match[1])) {
      const publicKey = createPublicKey({
        key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key.publicKey]),
        format: 'der',
        type: 'spki',
      });
      if (verify(null, Buffer.from(body, 'utf8'), publicKey, blob.subarray(4))) signed = true;
    }
  }
  return { origin, treeSize: Number(size), rootHash: Buffer.from(root, 'base64'), signed };
}

export interface Checkpoint {
  readonly treeSize: number;
  /** Hex. */
  readonly rootHash: string;
  readonly note: string;
  readonly keyId: string;
  readonly createdAt: string;
}

export interface CheckpointOptions {
  keys: readonly SigningKey[];
  /** `<AUDIT_ORIGIN>/<tenant>` names each tenant's log in its notes. */
  origin: string;
  /** A checkpoint once this many events were appended since the last. */
  every: number;
}

/**
 * Each tenant's signed checkpoints, stored by tree size (a sorted set, so the same size is
 * signed once even when two processes race). Made when AUDIT_CHECKPOINT_EVERY events arrived
 * (by the appender) or on a timer (`sweep`, run by the audit subgraph) when anything did.
 */
export class AuditCheckpoints {
  private readonly lastSize = new Map<string, number>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly trail: AuditTrail,
    private readonly options: CheckpointOptions,
  ) {}

  private key(tenantId: string): string {
    return tenantKey(this.prefix, tenantId, 'audit', 'checkpoints');
  }

  /** Tenants with an audit log, for the timed sweep (one set for the platform). */
  private get tenantsKey(): string {
    return auditTenantsKey(this.prefix);
  }

  originOf(tenantId: string): string {
    return `${this.options.origin}/${tenantId}`;
  }

  /** The appender's hook: remembers the tenant and signs when `every` events arrived. */
  onAppended(tenantId: string, treeSize: number): void {
    if (!this.lastSize.has(tenantId)) {
      this.lastSize.set(tenantId, 0);
      void this.redis.sadd(this.tenantsKey, tenantId).catch(() => 0);
      void this.latest(tenantId).then(
        (latest) =>
          this.lastSize.set(tenantId, Math.max(this.lastSize.get(tenantId) ?? 0, latest?.treeSize ?? 0)),
        () => undefined,
      );
    }
    if (treeSize - (this.lastSize.get(tenantId) ?? 0) >= this.options.every)
      void this.create(tenantId).catch(() => undefined);
  }

  /** Signs the tenant's current tree; returns the stored checkpoint of that size. */
  async create(tenantId: string): Promise<Checkpoint | null> {
    if (this.pending.has(tenantId)) return null;
    this.pending.add(tenantId);
    try {
      const size = await this.trail.headSize(tenantId);
      if (size === 0) return null;
      const root =
        size === 0 ? EMPTY_ROOT : await this.trail.withTree(tenantId, (source) => rootHash(source, size));
      const key = this.options.keys[0] as SigningKey;
      const checkpoint: Checkpoint = {
        treeSize: size,
        rootHash: root.toString('hex'),
        note: signNote(checkpointBody(this.originOf(tenantId), size, root), key),
        keyId: key.keyId,
        createdAt: new Date().toISOString(),
      };
      await this.redis.zadd(this.key(tenantId), 'NX', size, JSON.stringify(checkpoint));
      this.lastSize.set(tenantId, Math.max(this.lastSize.get(tenantId) ?? 0, size));
      return checkpoint;
    } finally {
      this.pending.delete(tenantId);
    }
  }

  /** Checkpoints every tenant whose log grew since its last one (timer, bounded per pass). */
  async sweep(maxTenants = 10_000): Promise<number> {
    let made = 0;
    let cursor = '0';
    let seen = 0;
    do {
      const [next, tenants] = await this.redis.sscan(this.tenantsKey, cursor, 'COUNT', 500);
      cursor = next;
      for (const tenantId of tenants) {
        seen += 1;
        const [size, latest] = await Promise.all([this.trail.headSize(tenantId), this.latest(tenantId)]);
        if (size > (latest?.treeSize ?? 0) && (await this.create(tenantId))) made += 1;
      }
    } while (cursor !== '0' && seen < maxTenants);
    return made;
  }

  async latest(tenantId: string): Promise<Checkpoint | null> {
    const [raw] = await this.redis.zrevrange(this.key(tenantId), 0, 0);
    return raw ? (JSON.parse(raw) as Checkpoint) : null;
  }

  /** Checkpoints with tree sizes in [from, to], oldest first, at most `limit`. */
  async list(tenantId: string, from = 0, to = Number.MAX_SAFE_INTEGER, limit = 1000): Promise<Checkpoint[]> {
    const raws = await this.redis.zrangebyscore(this.key(tenantId), from, to, 'LIMIT', 0, limit);
    return raws.map((raw) => JSON.parse(raw) as Checkpoint);
  }

  publicKeys(): Array<{ name: string; keyId: string; publicKey: Buffer }> {
    return this.options.keys.map(({ name, keyId, publicKey }) => ({ name, keyId, publicKey }));
  }

  /** The published form (Query.auditSigningKeys, /.well-known/audit-keys). */
  describeKeys() {
    return this.options.keys.map(({ name, keyId, publicKey }) => ({
      name,
      keyId,
      algorithm: 'Ed25519',
      publicKey: publicKey.toString('base64'),
      // The signed-note verifier key: name+keyid+base64(algorithm 0x01 ‖ public key).
      verifierKey: `${name}+${keyId}+${Buffer.concat([Buffer.from([1]), publicKey]).toString('base64')}`,
    }));
  }
}
