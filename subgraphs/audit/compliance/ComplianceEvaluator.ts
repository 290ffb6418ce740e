import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { raiseAlertSignal, type SignalSeverity } from '../../../lib/alertSignals.js';
import type { EventLog } from '../../../lib/events/EventLog.js';
import type { Logger } from '../../../lib/logger.js';
import { tenantKey } from '../../../lib/redis.js';
import { controlById, evaluateControls, frameworkStatus, type ControlEvaluation } from './catalogue.js';
import { collectFacts, type FactSources } from './collectFacts.js';
import type { Severity } from './controls/control.js';
import { FRAMEWORKS, type Framework } from './facts.js';

/** One evaluation of every control for one tenant, as stored (the latest per tenant). */
export interface StoredEvaluation {
  readonly id: string;
  readonly tenantId: string;
  readonly evaluatedAt: string;
  readonly controls: readonly ControlEvaluation[];
}

/** Who compliance events and alert signals are published as. */
export const COMPLIANCE_PUBLISHER = 'platform:compliance';

const ALERT_SEVERITY: Record<Severity, SignalSeverity> = {
  CRITICAL: 'CRITICAL',
  HIGH: 'ERROR',
  MEDIUM: 'WARNING',
  LOW: 'INFO',
};

export interface EvaluateOptions {
  /** The SOX report being generated: it is the reassessment SOX-01 looks for. */
  readonly soxAssessment?: { readonly id: string; readonly generatedAt: string };
}

export interface ComplianceEvaluatorOptions {
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly sources: FactSources;
  /** The platform event log (compliance.* events reach subscriptions and webhooks through it). */
  readonly events: EventLog;
  readonly logger: Logger;
}

/**
 * Evaluates a tenant's controls from fresh facts, stores the result as the tenant's latest, and
 * publishes what changed against what was last published (so a failed publish is retried): `compliance.check_completed` for a framework
 * whose status changed, `compliance.violation_detected` for a control that started failing, and
 * an alert signal (source COMPLIANCE) firing or resolving per failing control.
 */
export class ComplianceEvaluator {
  /** Per tenant, the evaluation in flight: concurrent triggers share it. */
  private readonly running = new Map<string, Promise<StoredEvaluation>>();

  constructor(private readonly options: ComplianceEvaluatorOptions) {}

  private latestKey(tenantId: string): string {
    return tenantKey(this.options.prefix, tenantId, 'compliance', 'latest');
  }

  /** Tenants ever evaluated (the schedule re-evaluates them with the audit log's tenants). */
  get tenantsKey(): string {
    return `${this.options.prefix}compliance:tenants`;
  }

  async latest(tenantId: string): Promise<StoredEvaluation | null> {
    const raw = await this.options.redis.get(this.latestKey(tenantId));
    return raw ? (JSON.parse(raw) as StoredEvaluation) : null;
  }

  /**
   * Evaluates the tenant now. With `soxAssessment`, the SOX report being generated counts as the
   * latest SOX assessment (SOX-01); such a run has its own facts, so it never joins one in flight.
   */
  evaluate(tenantId: string, options: EvaluateOptions = {}): Promise<StoredEvaluation> {
    if (options.soxAssessment) return this.run(tenantId, options);
    const inFlight = this.running.get(tenantId);
    if (inFlight) return inFlight;
    const run = this.run(tenantId, options).finally(() => this.running.delete(tenantId));
    this.running.set(tenantId, run);
    return run;
  }

  private async run(tenantId: string, options: EvaluateOptions): Promise<StoredEvaluation> {
    const assessment = options.soxAssessment;
    const sources: FactSources = assessment
      ? { ...this.options.sources, lastSoxReport: () => Promise.resolve(assessment) }
      : this.options.sources;
    const facts = await collectFacts(sources, tenantId);
    const evaluation: StoredEvaluation = {
      id: randomUUID(),
      tenantId,
      evaluatedAt: facts.at,
      controls: evaluateControls(facts),
    };
    const { redis } = this.options;
    const previousRaw = await redis.getset(this.latestKey(tenantId), JSON.stringify(evaluation));
    await redis.sadd(this.tenantsKey, tenantId);
    const previous = previousRaw ? (JSON.parse(previousRaw) as StoredEvaluation) : null;
    await this.publishTransitions(previous, evaluation).catch((error: unknown) =>
      this.options.logger.warn({ err: error, tenantId }, 'compliance transition publish failed'),
    );
    return evaluation;
  }

  /**
   * What subscribers were last told, per framework (`framework:<name>` → status) and control
   * (`control:<id>` → FAIL | OK). Transitions are diffed against it, not against the previous
   * evaluation, and each field moves only once its event and signal went out: a failed publish is
   * retried by the next evaluation instead of being lost.
   */
  private publishedKey(tenantId: string): string {
    return tenantKey(this.options.prefix, tenantId, 'compliance', 'published');
  }

  private async publishedState(tenantId: string, previous: StoredEvaluation | null) {
    const key = this.publishedKey(tenantId);
    const stored = await this.options.redis.hgetall(key);
    if (Object.keys(stored).length > 0) return new Map(Object.entries(stored));
    // Evaluated before this state was kept: what was published then is the previous evaluation.
    // Written at once (with a marker), so a publish failing below is not mistaken for this case.
    const seeded = new Map<string, string>([
      ['kept', '1'],
      ...(previous
        ? [
            ...FRAMEWORKS.map((f): [string, string] => [
              `framework:${f}`,
              frameworkStatus(previous.controls, f).status,
            ]),
            ...previous.controls.map((c): [string, string] => [
              `control:${c.id}`,
              c.result === 'FAIL' ? 'FAIL' : 'OK',
            ]),
          ]
        : []),
    ]);
    await this.options.redis.hset(key, Object.fromEntries(seeded));
    return seeded;
  }

  private async publishTransitions(previous: StoredEvaluation | null, next: StoredEvaluation): Promise<void> {
    const { events, redis, prefix } = this.options;
    const tenantId = next.tenantId;
    const published = await this.publishedState(tenantId, previous);
    const key = this.publishedKey(tenantId);
    for (const framework of FRAMEWORKS) {
      const now = frameworkStatus(next.controls, framework);
      const field = `framework:${framework}`;
      const before = published.get(field) ?? null;
      if (before === now.status) continue;
      await events.publish({
        tenantId,
        type: 'compliance.check_completed',
        data: {
          checkId: `${next.id}:${framework}`,
          passed: now.status === 'COMPLIANT',
          framework,
          status: now.status,
          ...(before ? { previousStatus: before } : {}),
          score: now.score,
          evaluationId: next.id,
        },
        publishedBy: COMPLIANCE_PUBLISHER,
      });
      await redis.hset(key, field, now.status);
    }
    for (const control of next.controls) {
      const definition = controlById(control.id);
      if (!definition) continue;
      const failing = control.result === 'FAIL';
      const field = `control:${control.id}`;
      const wasFailing = published.get(field) === 'FAIL';
      if (failing === wasFailing) continue;
      const frameworks = FRAMEWORKS.filter((f: Framework) => definition.clauses[f]);
      if (failing) {
        await events.publish({
          tenantId,
          type: 'compliance.violation_detected',
          data: {
            violationId: `${next.id}:${control.id}`,
            rule: control.id,
            severity: definition.severity,
            title: definition.title,
            reason: control.reason,
            frameworks,
            evaluationId: next.id,
          },
          publishedBy: COMPLIANCE_PUBLISHER,
        });
      }
      await raiseAlertSignal(redis, prefix, {
        tenantId,
        source: 'COMPLIANCE',
        fingerprint: control.id,
        state: failing ? 'firing' : 'resolved',
        severity: ALERT_SEVERITY[definition.severity],
        summary: `Compliance control ${control.id} failing: ${definition.title}`,
        description: control.reason,
        labels: { control: control.id, frameworks: frameworks.join(',') },
        at: next.evaluatedAt,
      });
      await redis.hset(key, field, failing ? 'FAIL' : 'OK');
    }
  }
}
