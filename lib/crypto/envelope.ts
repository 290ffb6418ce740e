// AES-256-GCM for envelope encryption: values under a tenant's data-encryption key (DEK), DEKs
// wrapped by the platform's key-encryption keys (KEKs), and the legacy format sealed directly
// under a KEK. Pure functions; the keyring decides which key is which.
import { createCipheriv, createDecipheriv, randomBytes, randomFillSync } from 'node:crypto';

/** What a tenant's data-encryption key protects; one key per tenant and purpose. */
export type KeyPurpose = 'WEBHOOK_SECRETS' | 'NOTIFICATION_CHANNELS' | 'AUDIT_PERSONAL';
export const KEY_PURPOSES: readonly KeyPurpose[] = [
  'WEBHOOK_SECRETS',
  'NOTIFICATION_CHANNELS',
  'AUDIT_PERSONAL',
];

/** A platform key-encryption key (SECRETS_ENCRYPTION_KEYS), 32 bytes. */
export interface Kek {
  readonly id: string;
  readonly key: Buffer;
}

/** A value encrypted under version `version` of the tenant's data-encryption key `keyId`. */
export interface SealedValue {
  readonly keyId: string;
  readonly version: number;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

/** A value sealed before envelope encryption: directly under the KEK `keyId`, no version. */
export interface LegacySealedSecret {
  readonly keyId: string;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

/** Anything stored sealed: envelope values, and legacy ones until the rewrap moves them. */
export type Sealed = SealedValue | LegacySealedSecret;

/** A DEK as stored: encrypted under the KEK `kekId`. */
export interface WrappedDek {
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export function isEnvelope(sealed: Sealed): sealed is SealedValue {
  return typeof (sealed as Partial<SealedValue>).version === 'number';
}

/**
 * Additional authenticated data: a ciphertext opens only for the tenant, purpose, key and version
 * it was sealed for, so a value copied into another tenant's (or purpose's) record fails. JSON
 * of an array, so no tenant id can forge a separator.
 */
export function dataAad(tenantId: string, purpose: KeyPurpose, keyId: string, version: number): Buffer {
  return Buffer.from(JSON.stringify(['kg-data/1', tenantId, purpose, keyId, version]), 'utf8');
}

export function dekAad(tenantId: string, purpose: KeyPurpose, keyId: string, version: number): Buffer {
  return Buffer.from(JSON.stringify(['kg-dek/1', tenantId, purpose, keyId, version]), 'utf8');
}

interface GcmParts {
  iv: string;
  ciphertext: string;
  tag: string;
}

const IV_BYTES = 12;
const IV_POOL_IVS = 1024;
let ivPool = Buffer.alloc(0);
let ivAt = 0;

/**
 * A fresh random 96-bit GCM nonce. Drawn from a pool the CSPRNG refills 1,024 nonces at a time:
 * as random as one randomBytes(12) call each (nothing is reused), at a fifth of the cost, which
 * matters where every audit record seals its personal fields.
 */
function randomIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    // A new pool each time: nonces handed out earlier stay valid (subarrays of the old one).
    ivPool = randomFillSync(Buffer.allocUnsafe(IV_BYTES * IV_POOL_IVS));
    ivAt = 0;
  }
  const iv = ivPool.subarray(ivAt, ivAt + IV_BYTES);
  ivAt += IV_BYTES;
  return iv;
}

function encrypt(key: Buffer, plaintext: Buffer, aad: Buffer | null): GcmParts {
  const iv = randomIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad) cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Throws when the tag does not verify (wrong key, wrong AAD, altered ciphertext). */
function decrypt(key: Buffer, parts: GcmParts, aad: Buffer | null): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts.iv, 'base64'));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(parts.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(parts.ciphertext, 'base64')), decipher.final()]);
}

export function sealWithDek(
  dek: Buffer,
  plaintext: string,
  at: { tenantId: string; purpose: KeyPurpose; keyId: string; version: number },
): SealedValue {
  const parts = encrypt(
    dek,
    Buffer.from(plaintext, 'utf8'),
    dataAad(at.tenantId, at.purpose, at.keyId, at.version),
  );
  return { keyId: at.keyId, version: at.version, ...parts };
}

export function openWithDek(dek: Buffer, sealed: SealedValue, tenantId: string, purpose: KeyPurpose): string {
  return decrypt(dek, sealed, dataAad(tenantId, purpose, sealed.keyId, sealed.version)).toString('utf8');
}

export function wrapDek(
  kek: Buffer,
  dek: Buffer,
  at: { tenantId: string; purpose: KeyPurpose; keyId: string; version: number },
): WrappedDek {
  return encrypt(kek, dek, dekAad(at.tenantId, at.purpose, at.keyId, at.version));
}

export function unwrapDek(
  kek: Buffer,
  wrapped: WrappedDek,
  at: { tenantId: string; purpose: KeyPurpose; keyId: string; version: number },
): Buffer {
  return decrypt(kek, wrapped, dekAad(at.tenantId, at.purpose, at.keyId, at.version));
}

/** The format SecretBox wrote before envelope encryption: no AAD, the KEK named by `keyId`. */
export function openLegacy(kek: Buffer, sealed: LegacySealedSecret): string {
  return decrypt(kek, sealed, null).toString('utf8');
}

export function newDek(): Buffer {
  return randomBytes(32);
}
