import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A secret encrypted at rest: AES-256-GCM under the key named by `keyId`. */
export interface SealedSecret {
  readonly keyId: string;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

/**
 * Encrypts secrets with the first configured key and decrypts with whichever key sealed them,
 * so keys rotate by prepending a new one and keeping the old until secrets are re-sealed.
 */
export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly currentKeyId: string;

  constructor(keys: ReadonlyArray<{ id: string; key: Buffer }>) {
    const first = keys[0];
    if (!first) throw new Error('SecretBox needs at least one key');
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    this.currentKeyId = first.id;
  }

  seal(plaintext: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId) as Buffer, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      keyId: this.currentKeyId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  open(sealed: SealedSecret): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new Error(`No encryption key with id ${sealed.keyId}`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  }
}
