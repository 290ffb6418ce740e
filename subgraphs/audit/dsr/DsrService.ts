import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../../lib/redis.js';
import { raiseAlertSignal } from '../../../lib/alertSignals.js';
import type { AuditRecorder } from '../../../lib/auditRecorder.js';
import { PlatformError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { CreateDataSubjectRequestInput } from '../generated/resolvers.js';
import { extendedDueAt, initialDueAt, isOpen } from './deadlines.js';
import type { DsrChange, DsrRecord, DsrStore, ErasureResult } from './DsrStore.js';
import { assertTransition } from './lifecycle.js';
import type { PackageBuilder } from './subjectPackage.js';
import { assertNoPersonalData } from './accountabilityText.js';

/** Who the service acts as when no person caused the change (the deadline check). */
export const COMPLIANCE_SYSTEM = 'system:compliance';

const MAX_TEXT = 2_000;
const DAY_MS = 86_400_000;

/** Trimmed text of at most `max` characters, null when empty; BAD_USER_INPUT names the field. */
function text(field: string, value: string | null | undefined, max = MAX_TEXT): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length > max)
    throw new PlatformError('BAD_USER_INPUT', `${field} is at most ${max} characters`, { field });
  return trimmed.length > 0 ? trimmed : null;
}

function required(field: string, value: string): string {
  const checked = text(field, value);
  if (!checked) throw new PlatformError('BAD_USER_INPUT', `${field} must not be empty`, { field });
  return checked;
}

/** The `compliance.dsr_*` event types (lib/events/catalogue.ts). */
export type DsrEventType =
  | 'compliance.dsr_created'
  | 'compliance.dsr_started'
  | 'compliance.dsr_extended'
  | 'compliance.dsr_completed'
  | 'compliance.dsr_rejected'
  | 'compliance.dsr_due_soon'
  | 'compliance.dsr_overdue';

/**
 * What a `compliance.dsr_*` event carries: the request's id, kind and timing, never the subject
 * (webhooks deliver events outside the platform; the subject is read through the API).
 */
function eventData(record: DsrRecord, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requestId: record.id,
    requestType: record.type,
    regime: record.regime,
    status: record.status,
    dueAt: record.dueAt,
    ...extra,
  };
}

/** Erases the subject's personal audit fields (the audit store's crypto-shredding). */
export type EraseSubject = (
  tenantId: string,
  subjectId: string,
) => Promise<{ eventsAffected: number; erasedAt: string; keyDestroyed: boolean }>;

export interface DsrServiceOptions {
  readonly store: DsrStore;
  readonly redis: RedisClient;
  readonly prefix: string;
  readonly logger: Logger;
  /** Every change lands in the tenant's audit trail (the actor is whoever made it). */
  readonly audit: AuditRecorder;
  /** Publishes a platform event; a failure is logged, never undoes the change. */
  publish(tenantId: string, type: DsrEventType, data: Record<string, unknown>, by: string): Promise<unknown>;
  readonly packages: PackageBuilder;
  readonly erase: EraseSubject;
  /** The other subgraphs' erasure of what they keep apart (SubjectDataProvider.erase); records deleted. */
  eraseElsewhere(tenantId: string, subjectId: string): Promise<number>;
  /** An open request this close to its due time raises the near-deadline alert. */
  readonly dueSoonDays: number;
}

/**
 * Data-subject requests: the regime's due time from receipt, the checked lifecycle with its
 * history, the one extension with notice, carrying a request out (package or erasure), and the
 * deadline check that raises a near-deadline alert and an overdue one. Every change is audited
 * and published as a `compliance.dsr_*` event.
 */
export class DsrService {
  constructor(private readonly options: DsrServiceOptions) {}

  private get store(): DsrStore {
    return this.options.store;
  }

  private async record(
    record: DsrRecord,
    actor: string,
    action: string,
    eventType: DsrEventType,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const { logger } = this.options;
    // The service writes these records, not the gateway: it has no client origin, so they are
    // the platform's (AUDIT-02) and name the person whose call caused them; the gateway's own
    // record of that mutation carries the person's address.
    await this.options.audit
      .append({
        tenantId: record.tenantId,
        actor: COMPLIANCE_SYSTEM,
        action: `dataSubjectRequest.${action}`,
        eventType: eventType.slice('compliance.'.length),
        resource: record.id,
        resourceType: 'dataSubjectRequest',
        outcome: 'SUCCESS',
        details: {
          requestType: record.type,
          regime: record.regime,
          status: record.status,
          dueAt: record.dueAt,
          ...(actor === COMPLIANCE_SYSTEM ? {} : { onBehalfOf: actor }),
          ...extra,
        },
      })
      .catch((error: unknown) => logger.warn({ err: error, id: record.id }, 'dsr audit record failed'));
    await Promise.resolve(
      this.options.publish(record.tenantId, eventType, eventData(record, extra), actor),
    ).catch((error: unknown) => logger.warn({ err: error, id: record.id }, 'dsr event publish failed'));
  }

  async create(
    tenantId: string,
    input: CreateDataSubjectRequestInput,
    actor: string,
    now = new Date(),
  ): Promise<DsrRecord> {
    const subjectId = required('subjectId', input.subjectId);
    if (subjectId.length > 200)
      throw new PlatformError('BAD_USER_INPUT', 'subjectId is at most 200 characters', {
        field: 'subjectId',
      });
    const at = now.toISOString();
    const record = await this.store.create({
      id: `dsr_${randomUUID()}`,
      tenantId,
      createdAt: at,
      type: input.type,
      regime: input.regime,
      subjectId,
      status: 'RECEIVED',
      dueAt: initialDueAt(input.regime, now).toISOString(),
      extension: null,
      note: assertNoPersonalData('note', text('note', input.note), subjectId),
      requestedBy: actor,
      completedAt: null,
      rejectedAt: null,
      rejectionReason: null,
      history: [{ at, actor, kind: 'created', toStatus: 'RECEIVED' }],
      dueSoonAt: null,
      overdueAt: null,
      packageSummary: null,
      erasure: null,
      updatedAt: at,
      revision: 1,
    });
    await this.record(record, actor, 'created', 'compliance.dsr_created');
    return record;
  }

  private async changeOrThrow(
    tenantId: string,
    id: string,
    change: (current: DsrRecord) => DsrRecord | null,
  ): Promise<{ record: DsrRecord; changed: boolean }> {
    const result = await this.store.change(tenantId, id, change);
    if (!result) throw new PlatformError('NOT_FOUND', `No data-subject request ${id}`, { field: 'id' });
    return result;
  }

  private moved(current: DsrRecord, to: DsrRecord['status'], actor: string, at: string, note?: string) {
    assertTransition(current.status, to);
    const entry: DsrChange = {
      at,
      actor,
      kind: 'status_changed',
      fromStatus: current.status,
      toStatus: to,
      ...(note ? { note } : {}),
    };
    return { ...current, status: to, updatedAt: at, history: [...current.history, entry] };
  }

  /**
   * Carries a request out: IN_PROGRESS, then the package (ACCESS / PORTABILITY) or the erasure
   * (ERASURE), then COMPLETED. A failure leaves it IN_PROGRESS (and throws): processing again
   * repeats the work, which is idempotent.
   */
  async process(tenantId: string, id: string, actor: string, now = new Date()): Promise<DsrRecord> {
    const at = now.toISOString();
    const started = await this.changeOrThrow(tenantId, id, (current) =>
      this.moved(current, 'IN_PROGRESS', actor, at),
    );
    let request = started.record;
    if (started.record.history.at(-1)?.fromStatus === 'RECEIVED')
      await this.record(request, actor, 'started', 'compliance.dsr_started');

    const outcome: Pick<DsrRecord, 'packageSummary' | 'erasure'> =
      request.type === 'ERASURE'
        ? { packageSummary: null, erasure: await this.eraseSubject(request) }
        : { packageSummary: await this.options.packages.build(request), erasure: null };

    const done = new Date().toISOString();
    const completed = await this.changeOrThrow(tenantId, id, (current) => ({
      ...this.moved(current, 'COMPLETED', actor, done),
      ...outcome,
      completedAt: done,
    }));
    request = completed.record;
    await this.record(request, actor, 'completed', 'compliance.dsr_completed', {
      answeredLate: Date.parse(done) > Date.parse(request.dueAt),
    });
    await this.clearAlert(request);
    return request;
  }

  /** The audit store's crypto-shredding, then every stored package of the subject in this tenant. */
  private async eraseSubject(request: DsrRecord): Promise<ErasureResult> {
    const erased = await this.options.erase(request.tenantId, request.subjectId);
    const subgraphRecordsErased = await this.options.eraseElsewhere(request.tenantId, request.subjectId);
    const packaged: string[] = [];
    for await (const page of this.store.all(request.tenantId)) {
      for (const other of page)
        if (other.subjectId === request.subjectId && other.packageSummary) packaged.push(other.id);
    }
    const packagesDeleted = await this.store.deletePackages(request.tenantId, packaged);
    return {
      erasedAt: erased.erasedAt,
      auditEventsAffected: erased.eventsAffected,
      keyDestroyed: erased.keyDestroyed,
      packagesDeleted,
      subgraphRecordsErased,
    };
  }

  async reject(
    tenantId: string,
    id: string,
    reason: string,
    actor: string,
    now = new Date(),
  ): Promise<DsrRecord> {
    const why = required('reason', reason);
    const at = now.toISOString();
    const { record } = await this.changeOrThrow(tenantId, id, (current) => {
      assertNoPersonalData('reason', why, current.subjectId);
      return { ...this.moved(current, 'REJECTED', actor, at, why), rejectedAt: at, rejectionReason: why };
    });
    await this.record(record, actor, 'rejected', 'compliance.dsr_rejected', {
      answeredLate: Date.parse(at) > Date.parse(record.dueAt),
    });
    await this.clearAlert(record);
    return record;
  }

  /** The regime's one extension, before the due time; records the notice and the new due time. */
  async extend(
    tenantId: string,
    id: string,
    reason: string,
    actor: string,
    now = new Date(),
  ): Promise<DsrRecord> {
    const why = required('reason', reason);
    const at = now.toISOString();
    let hadAlert = false;
    const { record } = await this.changeOrThrow(tenantId, id, (current) => {
      const refuse = (message: string) => {
        throw new PlatformError('INVALID_TRANSITION', message, {
          field: 'id',
          from: current.status,
          to: 'EXTENDED',
          allowed: [],
        });
      };
      if (!isOpen(current.status)) refuse(`A ${current.status} request cannot be extended`);
      if (current.extension) refuse('A request is extended once at most');
      if (Date.parse(current.dueAt) <= now.getTime())
        refuse('The due time has passed: an extension must be noticed before it');
      assertNoPersonalData('reason', why, current.subjectId);
      hadAlert = current.dueSoonAt !== null;
      const dueAt = extendedDueAt(current.regime, new Date(current.createdAt)).toISOString();
      return {
        ...current,
        dueAt,
        extension: { reason: why, noticeAt: at, previousDueAt: current.dueAt, extendedBy: actor },
        dueSoonAt: null,
        updatedAt: at,
        history: [...current.history, { at, actor, kind: 'extended', note: why }],
      };
    });
    await this.record(record, actor, 'extended', 'compliance.dsr_extended', {
      previousDueAt: record.extension?.previousDueAt,
    });
    if (hadAlert) await this.clearAlert(record, true);
    return record;
  }

  /**
   * The tenant's open requests near or past their due time: a history entry, an audit record, an
   * event and an alert, once per stage (due soon: WARNING; overdue: CRITICAL, same alert).
   */
  async checkDeadlines(tenantId: string, now = Date.now()): Promise<number> {
    let raised = 0;
    const soonMs = this.options.dueSoonDays * DAY_MS;
    for (const request of await this.store.open(tenantId)) {
      const due = Date.parse(request.dueAt);
      const stage = due <= now ? 'overdue' : due - now <= soonMs ? 'due_soon' : null;
      if (!stage || (stage === 'overdue' ? request.overdueAt : request.dueSoonAt)) continue;
      const at = new Date(now).toISOString();
      const result = await this.store.change(tenantId, request.id, (current) => {
        if (!isOpen(current.status) || current.dueAt !== request.dueAt) return null;
        if (stage === 'overdue' ? current.overdueAt : current.dueSoonAt) return null;
        return {
          ...current,
          ...(stage === 'overdue'
            ? { overdueAt: at, dueSoonAt: current.dueSoonAt ?? at }
            : { dueSoonAt: at }),
          updatedAt: at,
          history: [...current.history, { at, actor: COMPLIANCE_SYSTEM, kind: stage }],
        };
      });
      if (!result?.changed) continue;
      raised += 1;
      const record = result.record;
      const daysLeft = Math.max(0, Math.ceil((due - now) / DAY_MS));
      await this.record(
        record,
        COMPLIANCE_SYSTEM,
        stage === 'overdue' ? 'overdue' : 'dueSoon',
        stage === 'overdue' ? 'compliance.dsr_overdue' : 'compliance.dsr_due_soon',
        { daysLeft },
      );
      await raiseAlertSignal(this.options.redis, this.options.prefix, {
        tenantId,
        source: 'COMPLIANCE',
        fingerprint: `dsr-${record.id}`,
        state: 'firing',
        severity: stage === 'overdue' ? 'CRITICAL' : 'WARNING',
        summary:
          stage === 'overdue'
            ? `Data-subject request ${record.id} (${record.regime} ${record.type}) is overdue`
            : `Data-subject request ${record.id} (${record.regime} ${record.type}) is due in ${daysLeft} day(s)`,
        description: `Due at ${record.dueAt}`,
        labels: { request: record.id, regime: record.regime, type: record.type, stage },
        at,
      }).catch((error: unknown) =>
        this.options.logger.warn({ err: error, tenantId }, 'dsr deadline alert signal failed'),
      );
    }
    if (raised === 0) await this.store.forgetTenantIfIdle(tenantId);
    return raised;
  }

  /** Every tenant with open requests (the lease holder's cycle). */
  async checkAllDeadlines(now = Date.now()): Promise<number> {
    let raised = 0;
    for (const tenantId of await this.options.redis.smembers(this.store.tenantsKey)) {
      raised += await this.checkDeadlines(tenantId, now).catch((error: unknown) => {
        this.options.logger.warn({ err: error, tenantId }, 'dsr deadline check failed');
        return 0;
      });
    }
    return raised;
  }

  /** Resolves the request's near-deadline alert once it is answered (or extended). */
  private async clearAlert(record: DsrRecord, extended = false): Promise<void> {
    if (!record.dueSoonAt && !record.overdueAt && !extended) return;
    await raiseAlertSignal(this.options.redis, this.options.prefix, {
      tenantId: record.tenantId,
      source: 'COMPLIANCE',
      fingerprint: `dsr-${record.id}`,
      state: 'resolved',
      severity: 'WARNING',
      summary: `Data-subject request ${record.id} ${extended ? 'extended' : record.status.toLowerCase()}`,
      at: new Date().toISOString(),
    }).catch((error: unknown) => this.options.logger.warn({ err: error }, 'dsr alert clear failed'));
  }
}
