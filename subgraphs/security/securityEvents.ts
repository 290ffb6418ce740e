import type { EventLog } from '../../lib/events/EventLog.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import type { SecurityEventType } from './generated/resolvers.js';

/** `THREAT_DETECTED` ↔ `security.threat_detected`: the API enum and the catalogue name are one list. */
export function eventTypeOf(type: SecurityEventType): string {
  return `security.${type.toLowerCase()}`;
}

export function securityTypeOf(eventType: string): SecurityEventType | null {
  if (!eventType.startsWith('security.')) return null;
  return eventType.slice('security.'.length).toUpperCase() as SecurityEventType;
}

/** Who the security service publishes as when no person caused the change. */
export const SECURITY_SYSTEM = 'system:security';

/**
 * Publishes a security change on the tenant's event path: Subscription.securityEvents streams it
 * and webhooks subscribed to `security.*` deliver it. A failed publish is logged by the caller,
 * never allowed to undo the change it reports.
 */
export class SecurityEvents {
  constructor(private readonly events: EventLog) {}

  publish(
    tenantId: string,
    type: SecurityEventType,
    data: Record<string, unknown>,
    publishedBy: string,
  ): Promise<PlatformEvent> {
    return this.events.publish({ tenantId, type: eventTypeOf(type), data, publishedBy });
  }
}
