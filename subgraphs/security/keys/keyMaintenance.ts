import { createAuditLog, type AuditEntryInput, type AuditTrail } from '../../audit/auditApi.js';
import type { Keyring } from '../../../lib/crypto/keyring.js';
import type { SubgraphDeps } from '../../../lib/subgraphServer.js';
import { SECURITY_SYSTEM } from '../securityEvents.js';

/** Publishes a security event (SecurityEvents.publish bound to the system subject). */
export type KeyEventPublisher = (
  tenantId: string,
  type: 'KEY_ROTATED',
  data: { keyId: string; purpose: string; version: number; previousVersion: number },
) => Promise<unknown>;

/** Scheduled rotations one cycle applies at most; the rest wait for the next cycle. */
const ROTATIONS_PER_CYCLE = 500;

/**
 * One maintenance cycle of the tenants' data-encryption keys, run by the security worker:
 * - scheduled rotation: a live key whose `nextRotationAt` (ENCRYPTION_KEY_ROTATION_DAYS after its
 *   last version) passed gets a new version, published as KEY_ROTATED; the owners' rewrap sweeps
 *   then move the data up;
 * - KEK rotation: DEK versions wrapped by a KEK other than the first of SECRETS_ENCRYPTION_KEYS
 *   are unwrapped and wrapped again under it (no data is touched), so the old KEK can be removed.
 * Both are audited as `system:security`. Safe to run in several processes at once: every change
 * is a compare-and-set on the key record.
 */
export async function maintainKeys(
  deps: Pick<SubgraphDeps, 'config' | 'redis' | 'logger'>,
  keyring: Keyring,
  publish: KeyEventPublisher,
  now = Date.now(),
): Promise<{ rotated: number; rewrapped: number }> {
  const log = deps.logger.child({ component: 'key-maintenance' });
  let trail: AuditTrail | null = null;
  const audit = (entry: Omit<AuditEntryInput, 'actor' | 'outcome' | 'resourceType'>) => {
    trail ??= createAuditLog(deps.redis, deps.config).trail;
    return trail
      .append({ ...entry, actor: SECURITY_SYSTEM, outcome: 'SUCCESS', resourceType: 'encryptionKey' })
      .catch((error: unknown) =>
        log.warn({ err: error, action: entry.action }, 'key maintenance audit failed'),
      );
  };

  const due = await keyring.rotateDue(now, ROTATIONS_PER_CYCLE);
  for (const { tenantId, info, previousVersion } of due) {
    const data = { keyId: info.id, purpose: info.purpose, version: info.version, previousVersion };
    await publish(tenantId, 'KEY_ROTATED', data).catch((error: unknown) =>
      log.warn({ err: error, tenantId, keyId: info.id }, 'KEY_ROTATED not published'),
    );
    await audit({
      tenantId,
      action: 'encryptionKey.rotate',
      resource: info.id,
      details: { ...data, scheduled: true },
    });
  }

  let rewrapped = 0;
  for (const kekId of keyring.kekIds.filter((id) => id !== keyring.currentKekId)) {
    let tenants = 0;
    let failed = 0;
    for await (const page of keyring.store.wrappedTenants(kekId)) {
      for (const tenantId of page) {
        // Off the set first: a version another process wraps with this KEK meanwhile puts it back.
        if (!(await keyring.store.takeWrapped(kekId, tenantId))) continue;
        tenants += 1;
        try {
          const versions = await keyring.rewrapKeks(tenantId);
          rewrapped += versions;
          if (versions > 0) {
            await audit({
              tenantId,
              action: 'encryptionKey.rewrapKek',
              resource: null,
              details: { from: kekId, to: keyring.currentKekId, versions },
            });
          }
        } catch (error) {
          failed += 1;
          await keyring.store.noteWrapped(kekId, tenantId);
          log.warn({ err: error, tenantId, kekId }, 'DEK versions not rewrapped under the current KEK');
        }
      }
    }
    if (tenants > 0 && failed === 0) {
      log.info(
        { kekId, current: keyring.currentKekId, tenants },
        'no DEK version is wrapped by this KEK any more',
      );
    }
  }
  return { rotated: due.length, rewrapped };
}
