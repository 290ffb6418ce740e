import type { AuditRecord } from '../auditRecorder.js';
import type { KeyPurpose } from './envelope.js';

/** One key's use by this process over a flush interval: what the audit record says. */
export interface KeyAccess {
  readonly tenantId: string;
  /** The DEK's id, or `legacy:<kek id>` for values sealed before envelope encryption. */
  readonly keyId: string;
  readonly purpose: KeyPurpose;
  readonly decryptions: number;
  readonly encryptions: number;
  readonly rewraps: number;
  readonly firstAt: number;
  readonly lastAt: number;
}

/**
 * The audit record of one key's use over a flush interval (`encryption_key_accessed`): counts and
 * the interval, never a value or key material. `component` names the process part, recorded as
 * the actor `system:<component>`.
 */
export function keyAccessRecord(access: KeyAccess, component: string): AuditRecord {
  return {
    tenantId: access.tenantId,
    actor: `system:${component}`,
    action: 'encryptionKey.access',
    eventType: 'encryption_key_accessed',
    resource: access.keyId,
    resourceType: 'encryptionKey',
    outcome: 'SUCCESS',
    details: {
      purpose: access.purpose,
      decryptions: access.decryptions,
      encryptions: access.encryptions,
      rewraps: access.rewraps,
      from: new Date(access.firstAt).toISOString(),
      to: new Date(access.lastAt).toISOString(),
    },
  };
}

/**
 * Counts key use in memory and hands it on once per key per interval (the audit record), so a
 * busy worker writes a handful of records, not one per decryption.
 */
export class KeyAccessCounter {
  private readonly pending = new Map<string, KeyAccess>();
  private readonly timer: NodeJS.Timeout | null;

  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly onAccess: ((access: KeyAccess) => unknown) | undefined,
    flushMs: number,
  ) {
    this.timer = onAccess ? setInterval(() => this.flush(), flushMs) : null;
    this.timer?.unref();
  }

  count(
    tenantId: string,
    keyId: string,
    purpose: KeyPurpose,
    kind: 'decryptions' | 'encryptions' | 'rewraps',
  ): void {
    if (!this.onAccess) return;
    const at = Date.now();
    const key = `${tenantId}\n${keyId}`;
    const known = this.pending.get(key) ?? {
      tenantId,
      keyId,
      purpose,
      decryptions: 0,
      encryptions: 0,
      rewraps: 0,
      firstAt: at,
      lastAt: at,
    };
    this.pending.set(key, { ...known, [kind]: known[kind] + 1, lastAt: at });
  }

  flush(): void {
    if (!this.onAccess || this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const access of batch) {
      const written = Promise.resolve(this.onAccess(access)).catch(() => undefined);
      this.inFlight.add(written);
      void written.finally(() => this.inFlight.delete(written));
    }
  }

  /** Stops the timer, hands on what was counted and waits until the records are written. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.flush();
    await Promise.all([...this.inFlight]);
  }
}
