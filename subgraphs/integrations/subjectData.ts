import type { RedisClient } from '../../lib/redis.js';
import { collectRecords, type SubjectDataProvider } from '../../lib/compliance/subjectData.js';
import { TenantRecords } from '../../lib/tenantRecords.js';
import type { WebhookRecord } from './webhookStore.js';

/**
 * The webhooks a data subject created (docs/COMPLIANCE.md "Data-subject requests"): their
 * configuration without the signing secrets or header values (which may hold credentials).
 * Reads WebhookStore's records directly: the package needs no keyring.
 */
export function createIntegrationsSubjectData(redis: RedisClient, prefix: string): SubjectDataProvider {
  const records = new TenantRecords<WebhookRecord>(redis, prefix, 'integrations:webhooks');
  return {
    section: 'webhooks',
    collect: (tenantId, subjectId) =>
      collectRecords(
        records,
        tenantId,
        (webhook) => webhook.createdBy === subjectId,
        (webhook) => ({
          id: webhook.id,
          url: webhook.url,
          eventTypes: [...webhook.eventTypes],
          description: webhook.description,
          headerNames: Object.keys(webhook.headers),
          createdAt: webhook.createdAt,
          createdBy: webhook.createdBy,
          updatedAt: webhook.updatedAt,
        }),
      ),
  };
}
