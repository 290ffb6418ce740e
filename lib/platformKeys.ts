/**
 * Names more than one module must agree on: who owns a queue or a registry keeps writing it, and
 * the monitor reads it for health. One definition each.
 */
export const QUEUE_NAMES = {
  webhookDeliveries: 'webhook-deliveries',
  exports: 'exports',
} as const;

/** Tenants that have webhooks: their event streams have a consumer group (integrations). */
export function webhookTenantsKey(prefix: string): string {
  return `${prefix}integrations:webhook-tenants`;
}
