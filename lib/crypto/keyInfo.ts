import type { KeyPurpose } from './envelope.js';
import type { RewrapState, StoredKey, StoredVersion } from './keyStore.js';

export type KeyStatus = 'ENABLED' | 'DECRYPT_ONLY' | 'DESTROYED';

/** A key as the API shows it: metadata only, never key material. */
export interface KeyInfo {
  readonly id: string;
  readonly purpose: KeyPurpose;
  readonly version: number;
  readonly status: KeyStatus;
  readonly createdAt: string;
  readonly rotatedAt: string | null;
  readonly nextRotationAt: string;
  readonly minDecryptVersion: number;
  readonly destroyedAt: string | null;
  readonly versions: ReadonlyArray<{
    version: number;
    createdAt: string;
    wrappedBy: string;
    status: KeyStatus;
    encryptions: number;
  }>;
  readonly usageCount: number;
  readonly rewrap: {
    targetVersion: number;
    total: number;
    done: number;
    failed: number;
    startedAt: string;
    finishedAt: string | null;
  } | null;
}

/** The version new values are sealed with. */
export function newest(key: StoredKey): StoredVersion {
  return key.versions[key.versions.length - 1] as StoredVersion;
}

/**
 * A version is ENABLED (the newest), DECRYPT_ONLY (older, still decrypting) or DESTROYED (its
 * material deleted: retired below `minDecryptVersion`, or the whole key destroyed).
 */
export function toInfo(
  key: StoredKey,
  usage: ReadonlyMap<number, number> | undefined,
  progress: RewrapState | null,
): KeyInfo {
  const top = newest(key).version;
  const statusOf = (v: StoredVersion): KeyStatus =>
    key.destroyedAt || !v.wrapped ? 'DESTROYED' : v.version === top ? 'ENABLED' : 'DECRYPT_ONLY';
  const versions = key.versions.map((v) => ({
    version: v.version,
    createdAt: v.createdAt,
    wrappedBy: v.kekId,
    status: statusOf(v),
    encryptions: Math.max(0, usage?.get(v.version) ?? 0),
  }));
  return {
    id: key.id,
    purpose: key.purpose,
    version: top,
    status: key.destroyedAt ? 'DESTROYED' : 'ENABLED',
    createdAt: key.createdAt,
    rotatedAt: key.rotatedAt,
    nextRotationAt: key.nextRotationAt,
    minDecryptVersion: key.minDecryptVersion,
    destroyedAt: key.destroyedAt,
    versions,
    usageCount: versions.reduce((sum, v) => sum + v.encryptions, 0),
    rewrap: progress
      ? {
          targetVersion: progress.targetVersion,
          total: progress.total,
          done: progress.done,
          failed: progress.failed,
          startedAt: progress.startedAt,
          finishedAt: progress.finishedAt,
        }
      : null,
  };
}
