import type { KeyInfo } from '../../../lib/crypto/keyInfo.js';
import type { Keyring } from '../../../lib/crypto/keyring.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type {
  EncryptionKey,
  EncryptionKeyResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers.js';
import type { SecurityEvents } from '../securityEvents.js';

/** The API view of a key: metadata only (the keyring never hands out key material). */
export function toEncryptionKey(info: KeyInfo): EncryptionKey {
  return {
    id: info.id,
    purpose: info.purpose,
    version: info.version,
    status: info.status,
    createdAt: info.createdAt,
    rotatedAt: info.rotatedAt,
    nextRotationAt: info.nextRotationAt,
    minDecryptVersion: info.minDecryptVersion,
    versions: info.versions.map((v) => ({ ...v })),
    usageCount: info.usageCount,
    rewrap: info.rewrap ? { ...info.rewrap } : null,
    destroyedAt: info.destroyedAt,
  };
}

/** A key of the tenant by id, for SecurityEvent.encryptionKey and references; null when not the tenant's. */
export async function loadEncryptionKey(
  keyring: Keyring,
  tenantId: string,
  keyId: string,
): Promise<EncryptionKey | null> {
  const info = await keyring.describe(tenantId, keyId);
  return info ? toEncryptionKey(info) : null;
}

export interface KeyResolverOptions {
  readonly keyring: Keyring;
  readonly events: SecurityEvents;
}

export interface KeyResolvers {
  Query: Required<Pick<QueryResolvers, 'encryptionKeys'>>;
  Mutation: Required<
    Pick<MutationResolvers, 'rotateEncryptionKey' | 'retireEncryptionKeyVersions' | 'destroyEncryptionKey'>
  >;
  EncryptionKey: Required<Pick<EncryptionKeyResolvers, '__resolveReference'>>;
}

/**
 * Key management (docs/SECURITY.md "Encryption keys"). Every call works inside the caller's
 * tenant: a key id of another tenant is simply not found there. Changes are published as
 * KEY_ROTATED / KEY_DESTROYED; a failed publish is logged, never undoes the change.
 */
export function keyResolvers({ keyring, events }: KeyResolverOptions): KeyResolvers {
  const publish = (
    log: Logger,
    tenantId: string,
    type: 'KEY_ROTATED' | 'KEY_DESTROYED',
    data: Record<string, unknown>,
    by: string,
  ) =>
    events
      .publish(tenantId, type, data, by)
      .catch((error: unknown) =>
        log.warn({ err: error, type, keyId: data.keyId }, 'security event not published'),
      );

  return {
    Query: {
      // One per purpose; a purpose without a key yet gets one (what its first encryption would make).
      encryptionKeys: async (_root, _args, { principal }) =>
        (await keyring.list(principal.tenantId)).map(toEncryptionKey),
    },
    Mutation: {
      rotateEncryptionKey: async (_root, { id }, { principal, log }) => {
        const rotated = await keyring.rotate(principal.tenantId, id);
        // Only a scheduled rotation (`dueBy`) can come back empty.
        if (!rotated) throw new Error(`rotation of ${id} did not happen`);
        const { info, previousVersion } = rotated;
        await publish(
          log,
          principal.tenantId,
          'KEY_ROTATED',
          { keyId: info.id, purpose: info.purpose, version: info.version, previousVersion },
          principal.subject,
        );
        return toEncryptionKey(info);
      },
      retireEncryptionKeyVersions: async (_root, { id, minDecryptVersion }, { principal }) =>
        toEncryptionKey(await keyring.retire(principal.tenantId, id, minDecryptVersion)),
      destroyEncryptionKey: async (_root, { id, confirm }, { principal, log }) => {
        if (confirm !== id) {
          throw new PlatformError('BAD_USER_INPUT', 'confirm must equal the id of the key to destroy', {
            field: 'confirm',
          });
        }
        const before = await keyring.describe(principal.tenantId, id);
        if (!before) throw new PlatformError('NOT_FOUND', `No encryption key ${id}`, { field: 'id' });
        const info = await keyring.destroy(principal.tenantId, id);
        if (!before.destroyedAt) {
          await publish(
            log,
            principal.tenantId,
            'KEY_DESTROYED',
            { keyId: info.id, purpose: info.purpose, version: info.version },
            principal.subject,
          );
        }
        return toEncryptionKey(info);
      },
    },
    EncryptionKey: {
      __resolveReference: (ref, { principal }) => loadEncryptionKey(keyring, principal.tenantId, ref.id),
    },
  };
}
