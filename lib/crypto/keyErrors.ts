import { PlatformError, type ErrorCode } from '../errors.js';

/**
 * A value that does not open. `permanent`: it never will (destroyed key, retired version, a
 * ciphertext that does not authenticate for this tenant and purpose); otherwise an operator can
 * fix it (a KEK missing from SECRETS_ENCRYPTION_KEYS). Messages never carry key material or
 * plaintext.
 */
export class KeyringError extends PlatformError {
  override name = 'KeyringError';

  constructor(
    code: ErrorCode,
    message: string,
    readonly permanent: boolean,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, details);
  }
}

export function keyDestroyed(keyId: string): KeyringError {
  return new KeyringError(
    'KEY_DESTROYED',
    `The encryption key ${keyId} was destroyed (crypto-shredding): the value can never be read again`,
    true,
    { keyId },
  );
}

export function versionRetired(keyId: string, version: number, minDecryptVersion: number): KeyringError {
  return new KeyringError(
    'KEY_VERSION_RETIRED',
    `Version ${version} of encryption key ${keyId} was retired (minDecryptVersion ${minDecryptVersion}): the value cannot be read`,
    true,
    { keyId, version, minDecryptVersion },
  );
}

/** Wrong tenant, wrong purpose, unknown key or altered bytes: GCM does not authenticate it. */
export function ciphertextInvalid(keyId: string): KeyringError {
  return new KeyringError(
    'INTERNAL_SERVER_ERROR',
    `An encrypted value under key ${keyId} does not authenticate for this tenant and purpose`,
    true,
    { keyId },
  );
}

export function kekUnavailable(kekId: string): KeyringError {
  return new KeyringError(
    'INTERNAL_SERVER_ERROR',
    `Key-encryption key ${kekId} is not in SECRETS_ENCRYPTION_KEYS of this process`,
    false,
    { kekId },
  );
}
