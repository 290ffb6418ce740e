import { randomUUID } from 'node:crypto';
import { buildFederatedSchema, readSchema } from '../../lib/buildSchema.js';
import { PlatformError } from '../../lib/errors.js';
import { EventLog } from '../../lib/events/EventLog.js';
import { mapEvents } from '../../lib/events/mapEvents.js';
import type { PlatformEvent } from '../../lib/events/envelope.js';
import { METRICS, metricDefinition } from '../../lib/metrics/catalogue.js';
import { MetricStore } from '../../lib/metrics/MetricStore.js';
import { PLATFORM_TENANT } from '../../lib/principal.js';
import { probe } from '../../lib/probe.js';
import type { SubgraphDefinition, SubgraphDeps } from '../../lib/subgraphServer.js';
import { createAlerting } from './alerting.js';
import { healthStreamKey, readHealth, worst, type HealthTransition } from './health/health.js';
import { ingestExternalAlerts, parseAlertmanagerPayload } from './alerts/alertmanager.js';
import { channelFromInput } from './notify/channels.js';
import { ErrorGroupAlerts } from './errors/errorAlerts.js';
import { ErrorGroupStore, errorTrackingSettings } from './errors/ErrorGroupStore.js';
import { errorGroupResolvers } from './errors/resolvers.js';
import { syntheticResolvers } from './synthetic/resolvers.js';
import { SyntheticAlerts } from './synthetic/syntheticAlerts.js';
import { SyntheticStore } from './synthetic/SyntheticStore.js';
import { alertStreamKey, type AlertRecord } from './alerts/AlertStore.js';
import { ruleFromInput, SEVERITY_RANK, type Labels } from './alerts/rules.js';
import {
  toAlert,
  toChannel,
  toLabels,
  toRule,
  toSilence,
  toTransition,
  type AlertView,
  type HealthTransitionView,
} from './views.js';
import type { Alert, AlertSeverity, AlertState, DependencyHealth, Resolvers } from './generated/resolvers.js';

async function timed(name: string, check: () => Promise<unknown>): Promise<DependencyHealth> {
  const result = await probe(check);
  return {
    name,
    status: result.ok ? 'UP' : 'DOWN',
    latencyMs: result.latencyMs,
    error: result.ok ? null : 'unreachable',
  };
}

const MAX_POINTS = 10_000;
const MAX_RULES = 1_000;
/** Silences the monitor reads each cycle (newest first); expired ones past that are ignored. */
const MAX_SILENCES = 500;

export function createObservabilitySubgraph(deps: SubgraphDeps): SubgraphDefinition {
  const { config } = deps;
  const alerting = createAlerting(deps);
  const { rules, alerts } = alerting;
  const metricStore = new MetricStore(
    deps.redis,
    config.REDIS_KEY_PREFIX,
    config.METRICS_RETENTION_DAYS,
    config.METRICS_RESOLUTION_SECONDS,
  );
  const alertStream = EventLog.fromConfig(config, deps.redis, deps.logger, alertStreamKey);
  const errorTracking = errorTrackingSettings(config);
  const errorGroups = errorGroupResolvers({
    store: new ErrorGroupStore(deps.redis, config.REDIS_KEY_PREFIX, errorTracking),
    alerts: new ErrorGroupAlerts({
      alerts,
      notify: (alert, change) => alerting.notifier.enqueue(alert, change),
      settings: errorTracking,
    }),
  });
  const synthetic = syntheticResolvers({
    store: new SyntheticStore(deps.redis, config.REDIS_KEY_PREFIX),
    alerts: new SyntheticAlerts({ alerts, notify: (alert, kind) => alerting.notifier.enqueue(alert, kind) }),
    channels: alerting.channels,
    metrics: metricStore,
    minIntervalSeconds: config.SYNTHETIC_MIN_INTERVAL_SECONDS,
  });
  const healthStream = EventLog.fromConfig(config, deps.redis, deps.logger, (prefix) =>
    healthStreamKey(prefix),
  );

  const ownedAlert = async (tenantId: string, id: string): Promise<AlertRecord> => {
    const alert = await alerts.get(tenantId, id);
    if (!alert) throw new PlatformError('NOT_FOUND', 'No such alert', { field: 'id' });
    return alert;
  };

  /** A person's change to an alert, retried if the monitor changed it meanwhile. */
  const change = async (
    tenantId: string,
    id: string,
    apply: (alert: AlertRecord) => { next: AlertRecord; change: 'acknowledged' | 'resolved' } | null,
    note: string | null,
    by: string,
  ): Promise<AlertRecord> => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const alert = await ownedAlert(tenantId, id);
      const planned = apply(alert);
      if (!planned) return alert;
      const stored = await alerts.apply(alert, planned.next, planned.change, { event: true, note, by });
      if (stored) {
        await alerting.notifier.enqueue(stored, planned.change);
        return stored;
      }
    }
    throw new PlatformError('SERVICE_UNAVAILABLE', 'The alert keeps changing; try again', {
      retryable: true,
    });
  };

  const resolvers: Resolvers = {
    Query: {
      ...errorGroups.Query,
      ...synthetic.Query,
      platformHealth: async () => {
        const [dependencies, stored] = await Promise.all([
          Promise.all([
            timed('redis', () => deps.redis.ping()),
            timed('neo4j', () =>
              deps.neo4j.executeQuery('RETURN 1', {}, { database: config.NEO4J_DATABASE }),
            ),
          ]),
          readHealth(deps.redis, config.REDIS_KEY_PREFIX).catch(() => ({ components: [], checkedAt: null })),
        ]);
        const now = Date.now();
        const stale =
          !stored.checkedAt || now - Date.parse(stored.checkedAt) > 3 * config.HEALTH_INTERVAL_SECONDS * 1000;
        const components = stored.components.filter((c) => c.name !== 'overall');
        if (stale) {
          // No monitor has checked lately: that is itself the most important fact.
          components.push({
            name: 'role:worker-monitor',
            status: 'CRITICAL',
            observedValue: 0,
            reason: stored.checkedAt
              ? `no health check since ${stored.checkedAt}`
              : 'no monitor has checked yet',
            since: stored.checkedAt ?? new Date(now).toISOString(),
          });
          for (const d of dependencies)
            if (d.status === 'DOWN')
              components.push({
                name: d.name,
                status: d.name === 'neo4j' ? 'CRITICAL' : 'UNHEALTHY',
                observedValue: null,
                reason: 'unreachable',
                since: new Date(now).toISOString(),
              });
        }
        return {
          status: worst(components.map((c) => c.status)),
          checkedAt: stored.checkedAt ?? new Date(now).toISOString(),
          components,
          dependencies,
        };
      },
      healthHistory: async (_root, { component, from, to, first }) => {
        const end = to ? Date.parse(to) : Date.now();
        const start = from ? Date.parse(from) : end - 86_400_000;
        if (!Number.isFinite(start) || !Number.isFinite(end) || start > end)
          throw new PlatformError('BAD_USER_INPUT', 'from must be before to', { field: 'from' });
        const size = first ?? 100;
        if (size < 1 || size > 1000)
          throw new PlatformError('BAD_USER_INPUT', 'first must be 1 to 1000', { field: 'first' });
        const transitions = [];
        let cursor = String(start);
        // The stream is ordered by time: read forward from `from`, keep the component's entries.
        for (let round = 0; round < 20 && transitions.length < size; round += 1) {
          const rows = await deps.redis.xrange(
            healthStreamKey(config.REDIS_KEY_PREFIX),
            cursor,
            String(end),
            'COUNT',
            500,
          );
          if (rows.length === 0) break;
          for (const [id, fields] of rows) {
            const data = (JSON.parse(fields[1] as string) as { data: HealthTransition }).data;
            if (data.component === component) transitions.push(toTransition(data, null));
            if (transitions.length === size) break;
            cursor = `(${id}`;
          }
          if (rows.length < 500) break;
        }
        return transitions;
      },
      metricCatalogue: () =>
        METRICS.map((m) => ({
          name: m.name,
          kind: m.kind,
          scope: m.scope === 'tenant' ? 'TENANT' : 'PLATFORM',
          unit: m.unit,
          description: m.description,
          labels: [...m.labels],
        })),
      metrics: async (_root, { names, from, to, step }, { principal }) => {
        const end = to ? Date.parse(to) : Date.now();
        const start = from ? Date.parse(from) : end - 3_600_000;
        const stepSeconds = step ?? 60;
        if (!Number.isFinite(start) || !Number.isFinite(end) || start >= end)
          throw new PlatformError('BAD_USER_INPUT', 'from must be before to', { field: 'from' });
        if (stepSeconds < 60)
          throw new PlatformError('BAD_USER_INPUT', 'step is at least 60 seconds', { field: 'step' });
        if ((end - start) / (stepSeconds * 1000) > MAX_POINTS)
          throw new PlatformError('BAD_USER_INPUT', `at most ${MAX_POINTS} points per series: widen step`, {
            field: 'step',
          });
        const series = [];
        for (const name of names) {
          const definition = metricDefinition(name);
          if (!definition)
            throw new PlatformError('BAD_USER_INPUT', `metric "${name}" is not in the catalogue`, {
              field: 'names',
              known: METRICS.map((m) => m.name),
            });
          // Tenant series are the caller's own; platform series are everyone's.
          const owner = definition.scope === 'tenant' ? principal.tenantId : PLATFORM_TENANT;
          for (const s of await metricStore.points(owner, name, {}, start, end, stepSeconds)) {
            series.push({
              name,
              labels: toLabels(s.labels),
              points: s.points.map((p) => ({ at: new Date(p.at).toISOString(), value: p.value })),
            });
          }
        }
        return series;
      },
      alertRules: async (_root, _args, { principal }) => {
        const [page, last] = await Promise.all([
          rules.list(principal.tenantId, 1000),
          alerting.lastEvaluations(principal.tenantId),
        ]);
        return page.items.map((r) => toRule(r, last.get(r.id)));
      },
      alertRule: async (_root, { id }, { principal }) => {
        const record = await rules.get(principal.tenantId, id);
        return record ? toRule(record, (await alerting.lastEvaluations(principal.tenantId)).get(id)) : null;
      },
      alerts: async (_root, { filter, first, after }, { principal }) => {
        const size = first ?? 50;
        if (size < 1 || size > 200)
          throw new PlatformError('BAD_USER_INPUT', 'first must be 1 to 200', { field: 'first' });
        const page = await alerts.list(principal.tenantId, filter ?? {}, size, after ?? null);
        return {
          edges: page.alerts.map((a, i) => ({
            node: toAlert(a),
            cursor: page.cursors[i] as string,
          })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        };
      },
      alert: async (_root, { id }, { principal }) => {
        const record = await alerts.get(principal.tenantId, id);
        return record ? toAlert(record) : null;
      },
      notificationChannels: async (_root, _args, { principal }) =>
        (await alerting.channels.list(principal.tenantId, 200)).items.map(toChannel),
      silences: async (_root, _args, { principal }) =>
        (await alerts.silences.list(principal.tenantId, 500)).items.map(toSilence),
    },
    Mutation: {
      ...errorGroups.Mutation,
      ...synthetic.Mutation,
      createAlertRule: async (_root, { input }, { principal }) => {
        const record = ruleFromInput(
          input,
          {
            id: randomUUID(),
            tenantId: principal.tenantId,
            createdAt: new Date().toISOString(),
            createdBy: principal.subject,
          },
          config.METRICS_RESOLUTION_SECONDS,
        );
        // The monitor evaluates up to this many rules per tenant each cycle: more are refused.
        const existing = await rules.list(principal.tenantId, 1);
        if (existing.totalCount >= MAX_RULES)
          throw new PlatformError('BAD_USER_INPUT', `At most ${MAX_RULES} alert rules per tenant`, {
            field: 'input',
          });
        const known = await alerting.channels.getMany(principal.tenantId, record.channels);
        const missing = record.channels.filter((_, i) => !known[i]);
        if (missing.length > 0)
          throw new PlatformError('BAD_USER_INPUT', `No such notification channel: ${missing.join(', ')}`, {
            field: 'channels',
          });
        await rules.put(record);
        await alerting.addRuleTenant(principal.tenantId);
        return toRule(record);
      },
      deleteAlertRule: (_root, { id }, { principal }) => rules.delete(principal.tenantId, id),
      createNotificationChannel: async (_root, { input }, { principal }) => {
        const record = await channelFromInput(
          input,
          alerting.keyring,
          {
            id: randomUUID(),
            tenantId: principal.tenantId,
            createdAt: new Date().toISOString(),
            createdBy: principal.subject,
          },
          { pagerDutyUrl: config.PAGERDUTY_EVENTS_URL, allowHttp: config.WEBHOOK_ALLOW_HTTP },
        );
        await alerting.addChannelTenant(principal.tenantId);
        return toChannel(await alerting.channels.put(record));
      },
      ingestAlertmanagerAlerts: async (_root, { payload }, { principal }) => {
        const external = parseAlertmanagerPayload(payload);
        const changed = await ingestExternalAlerts(alerts, principal.tenantId, external, (alert, kind) =>
          alerting.notifier.enqueue(alert, kind),
        );
        return { received: external.length, changed };
      },
      deleteNotificationChannel: (_root, { id }, { principal }) =>
        alerting.channels.delete(principal.tenantId, id),
      acknowledgeAlert: async (_root, { id, note }, { principal }) => {
        const now = new Date().toISOString();
        const record = await change(
          principal.tenantId,
          id,
          (alert) => {
            if (alert.state !== 'FIRING')
              throw new PlatformError(
                'BAD_USER_INPUT',
                `Only a firing alert can be acknowledged (it is ${alert.state})`,
                {
                  field: 'id',
                },
              );
            if (alert.acknowledgedAt) return null;
            return {
              next: {
                ...alert,
                acknowledgedAt: now,
                acknowledgedBy: principal.subject,
                note: note ?? alert.note,
              },
              change: 'acknowledged',
            };
          },
          note ?? null,
          principal.subject,
        );
        return toAlert(record);
      },
      resolveAlert: async (_root, { id, note }, { principal }) => {
        const now = new Date().toISOString();
        const record = await change(
          principal.tenantId,
          id,
          (alert) =>
            alert.state === 'RESOLVED'
              ? null
              : {
                  next: { ...alert, state: 'RESOLVED', endsAt: now, note: note ?? alert.note },
                  change: 'resolved',
                },
          note ?? null,
          principal.subject,
        );
        return toAlert(record);
      },
      createSilence: async (_root, { input }, { principal }) => {
        const now = Date.now();
        const startsAt = input.startsAt ? Date.parse(input.startsAt) : now;
        const endsAt = Date.parse(input.endsAt);
        if (!Number.isFinite(startsAt))
          throw new PlatformError('BAD_USER_INPUT', 'startsAt is not a time', { field: 'startsAt' });
        if (!Number.isFinite(endsAt) || endsAt <= Math.max(now, startsAt))
          throw new PlatformError('BAD_USER_INPUT', 'endsAt must be after now and after startsAt', {
            field: 'endsAt',
          });
        if (input.matchers.length === 0)
          throw new PlatformError('BAD_USER_INPUT', 'a silence needs at least one matcher', {
            field: 'matchers',
          });
        const comment = input.comment.trim();
        if (comment.length === 0 || comment.length > 1000)
          throw new PlatformError('BAD_USER_INPUT', 'comment must be 1 to 1000 characters', {
            field: 'comment',
          });
        const current = await alerts.silences.list(principal.tenantId, MAX_SILENCES);
        if (current.items.filter((x) => Date.parse(x.endsAt) > now).length >= MAX_SILENCES)
          throw new PlatformError('BAD_USER_INPUT', `At most ${MAX_SILENCES} active silences`, {
            field: 'input',
          });
        const matchers: Labels = {};
        for (const m of input.matchers) matchers[m.name] = m.value;
        const record = await alerts.silences.put({
          id: randomUUID(),
          tenantId: principal.tenantId,
          createdAt: new Date(now).toISOString(),
          matchers,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(endsAt).toISOString(),
          comment,
          createdBy: principal.subject,
        });
        return toSilence(record);
      },
      expireSilence: async (_root, { id }, { principal }) => {
        const record = await alerts.silences.get(principal.tenantId, id);
        if (!record) throw new PlatformError('NOT_FOUND', 'No such silence', { field: 'id' });
        const now = new Date().toISOString();
        const expired = record.endsAt > now ? await alerts.silences.put({ ...record, endsAt: now }) : record;
        return toSilence(expired);
      },
    },
    Subscription: {
      healthChanged: {
        // Platform-wide, like a status page: every tenant reads the same transitions.
        subscribe: async (_root, { components, since }) => {
          const stream = await healthStream.subscribe(PLATFORM_TENANT, { since: since ?? null });
          return transitionsOf(stream, components?.length ? new Set(components) : null);
        },
        resolve: (transition: HealthTransitionView) => transition,
      },
      alerts: {
        // Changes ride the event-path machinery: each is announced on the tenant's alert stream in
        // the same script that stores it, so the stream has no gap and resumes from a cursor.
        subscribe: async (_root, { minSeverity, states, since }, { principal }) => {
          const stream = await alertStream.subscribe(principal.tenantId, { since: since ?? null });
          return changesOf(stream, minSeverity ?? null, states ?? null);
        },
        resolve: (alert: AlertView) => alert,
      },
    },
    Alert: {
      // An open rule alert was evaluated whenever its rule was (steady alerts are not rewritten).
      lastEvaluatedAt: async (alert, _args, { principal }) => {
        if (!alert.ruleId || (alert.state !== 'PENDING' && alert.state !== 'FIRING'))
          return alert.lastEvaluatedAt ?? null;
        const last = await alerting.lastEvaluation(principal.tenantId, alert.ruleId);
        return last?.at ?? alert.lastEvaluatedAt ?? null;
      },
      rule: async (alert, _args, { principal }) => {
        const { ruleId } = alert;
        if (!ruleId) return null;
        const record = await rules.get(principal.tenantId, ruleId);
        return record ? toRule(record) : null;
      },
      __resolveReference: async (ref, { principal }) => {
        const record = await alerts.get(principal.tenantId, ref.id);
        return record ? toAlert(record) : null;
      },
    },
    AlertRule: {
      __resolveReference: async (ref, { principal }) => {
        const record = await rules.get(principal.tenantId, ref.id);
        return record ? toRule(record) : null;
      },
    },
    ErrorGroup: errorGroups.ErrorGroup,
    SyntheticCheck: synthetic.SyntheticCheck,
    Silence: {
      __resolveReference: async (ref, { principal }) => {
        const record = await alerts.silences.get(principal.tenantId, ref.id);
        return record ? toSilence(record) : null;
      },
    },
  };

  const transitionsOf = (stream: AsyncGenerator<PlatformEvent>, components: ReadonlySet<string> | null) =>
    mapEvents(stream, (event): HealthTransitionView | null => {
      const data = event.data as HealthTransition;
      return components && !components.has(data.component) ? null : toTransition(data, event.cursor);
    });

  const changesOf = (
    stream: AsyncGenerator<PlatformEvent>,
    minSeverity: AlertSeverity | null,
    states: readonly AlertState[] | null,
  ) =>
    mapEvents(stream, (event): AlertView | null => {
      const record = event.data as AlertRecord;
      if (minSeverity && SEVERITY_RANK[record.severity] < SEVERITY_RANK[minSeverity]) return null;
      if (states?.length && !states.includes(record.state)) return null;
      return toAlert(record, event.cursor);
    });

  return {
    name: 'observability',
    schema: buildFederatedSchema(readSchema(import.meta.url), resolvers),
    close: async () => {
      await healthStream.close();
      await alertStream.close();
      await alerting.close();
    },
  };
}
