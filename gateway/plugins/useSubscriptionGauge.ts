import type { MetricsRecorder } from '../../lib/metrics/recorder.js';
import type { OperationHooks } from '../engine/OperationRunner.js';

export interface SubscriptionGaugeOptions {
  readonly recorder: MetricsRecorder;
  /** How often this gateway reports its open subscriptions per tenant. */
  readonly intervalMs: number;
}

/**
 * `subscriptions_open` per tenant: this gateway's count, reported as its share of the gauge (the
 * store adds the shares of every gateway). A tenant whose last subscription ended reports 0 once.
 */
export function useSubscriptionGauge(options: SubscriptionGaugeOptions): OperationHooks & { stop(): void } {
  const open = new Map<string, number>();
  const timer = setInterval(() => {
    for (const [tenantId, count] of open) {
      options.recorder.gauge(tenantId, 'subscriptions_open', count);
      if (count === 0) open.delete(tenantId);
    }
  }, options.intervalMs);
  timer.unref();
  return {
    subscriptionStarted: (prepared) => {
      const { tenantId } = prepared.principal;
      open.set(tenantId, (open.get(tenantId) ?? 0) + 1);
    },
    subscriptionEnded: (prepared) => {
      const { tenantId } = prepared.principal;
      open.set(tenantId, Math.max(0, (open.get(tenantId) ?? 1) - 1));
    },
    stop: () => clearInterval(timer),
  };
}
