import { createCipheriv, randomBytes } from 'node:crypto';
import type { Kek, LegacySealedSecret } from '../../lib/crypto/envelope.js';

/**
 * A value as the platform sealed it before envelope encryption (the removed SecretBox): AES-256-GCM
 * directly under a KEK, no additional data, the KEK's id beside it. Stored data of that shape must
 * keep opening until the rewrap moves it.
 */
export function sealLegacy(kek: Kek, plaintext: string): LegacySealedSecret {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    keyId: kek.id,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}
