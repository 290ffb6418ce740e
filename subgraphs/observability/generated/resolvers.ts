import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AlertView } from '../views.js';
import type { ErrorGroupView } from '../errors/views.js';
import type { SyntheticCheckView } from '../synthetic/views.js';
import type { SubgraphContext } from '../../../lib/subgraphServer.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * One condition: rule + labels make its fingerprint, so a condition is one alert however long it
 * lasts; after RESOLVED, the condition returning opens a new alert with the same fingerprint.
 */
export type Alert = {
  __typename?: 'Alert';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy: Maybe<Principal>;
  /** Set on subscription deliveries: pass as `since` to resume right after this change. */
  cursor: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  fingerprint: Scalars['String']['output'];
  firedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  labels: Array<Label>;
  lastEvaluatedAt: Maybe<Scalars['DateTime']['output']>;
  note: Maybe<Scalars['String']['output']>;
  rule: Maybe<AlertRule>;
  severity: AlertSeverity;
  /** Matched by an active silence: state still changes, notifications are not sent. */
  silenced: Scalars['Boolean']['output'];
  source: AlertSource;
  /** When the condition was first seen (PENDING). */
  startsAt: Scalars['DateTime']['output'];
  state: AlertState;
  summary: Scalars['String']['output'];
  /** The metric's value at the last evaluation. */
  value: Maybe<Scalars['Float']['output']>;
};

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: AlertPageInfo;
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

export type AlertFilter = {
  /** startsAt at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  severities?: InputMaybe<Array<AlertSeverity>>;
  states?: InputMaybe<Array<AlertState>>;
  /** startsAt before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AlertPageInfo = {
  __typename?: 'AlertPageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type AlertRule = {
  __typename?: 'AlertRule';
  aggregation: MetricAggregation;
  /** Notification channels (createNotificationChannel) besides the alert.* platform events. */
  channels: Array<Scalars['ID']['output']>;
  comparison: Comparison;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  description: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** Seconds the condition must hold before the alert fires (PENDING meanwhile). */
  for: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Seconds a firing alert keeps firing after its condition clears. */
  keepFiringFor: Scalars['Int']['output'];
  /** Only series whose labels all match. */
  labelFilter: Array<Label>;
  /** Added to the alert's labels (and its fingerprint). */
  labels: Array<Label>;
  lastEvaluatedAt: Maybe<Scalars['DateTime']['output']>;
  lastValue: Maybe<Scalars['Float']['output']>;
  metric: Scalars['String']['output'];
  name: Scalars['String']['output'];
  severity: AlertSeverity;
  /** Template: {{value}}, {{threshold}}, {{metric}}, {{name}} and {{labels.<name>}} are replaced. */
  summary: Scalars['String']['output'];
  threshold: Scalars['Float']['output'];
  /** Seconds of metric the aggregation covers. */
  window: Scalars['Int']['output'];
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type AlertSource =
  /** Raised by the audit subgraph: a data-subject request near or past its due time (docs/COMPLIANCE.md). */
  | 'COMPLIANCE'
  /** Raised by error tracking: an error group past its level's threshold per window. */
  | 'ERROR_TRACKING'
  /** Received from Prometheus Alertmanager (POST /alerts/alertmanager). */
  | 'EXTERNAL'
  | 'RULE'
  /** Raised by the security subgraph: an incident past its acknowledge or resolution due time. */
  | 'SECURITY'
  /** Raised by a synthetic check that failed; resolved by its next passing run. */
  | 'SYNTHETIC';

export type AlertState =
  | 'FIRING'
  /** The condition holds, for less than the rule's `for`. */
  | 'PENDING'
  | 'RESOLVED';

export type Comparison =
  | 'EQUAL'
  | 'GREATER_OR_EQUAL'
  | 'GREATER_THAN'
  | 'LESS_OR_EQUAL'
  | 'LESS_THAN'
  | 'NOT_EQUAL';

export type ComponentHealth = {
  __typename?: 'ComponentHealth';
  /** neo4j, redis, event-path, role:<role>, queue:<name>, export-storage, memory:<role>, cpu:<role>, overall. */
  name: Scalars['String']['output'];
  observedValue: Maybe<Scalars['Float']['output']>;
  reason: Scalars['String']['output'];
  /** When the component entered this status. */
  since: Scalars['DateTime']['output'];
  status: HealthStatus;
};

export type CreateAlertRuleInput = {
  aggregation?: InputMaybe<MetricAggregation>;
  channels?: InputMaybe<Array<Scalars['ID']['input']>>;
  comparison: Comparison;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  for?: InputMaybe<Scalars['Int']['input']>;
  keepFiringFor?: InputMaybe<Scalars['Int']['input']>;
  labelFilter?: InputMaybe<Array<LabelInput>>;
  labels?: InputMaybe<Array<LabelInput>>;
  metric: Scalars['String']['input'];
  name: Scalars['String']['input'];
  severity?: InputMaybe<AlertSeverity>;
  summary?: InputMaybe<Scalars['String']['input']>;
  threshold: Scalars['Float']['input'];
  window?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateNotificationChannelInput = {
  name: Scalars['String']['input'];
  /** PAGERDUTY: the integration key. */
  routingKey?: InputMaybe<Scalars['String']['input']>;
  /** EMAIL: recipients. */
  to?: InputMaybe<Array<Scalars['String']['input']>>;
  type: NotificationChannelType;
  /** SLACK: the incoming-webhook URL. PAGERDUTY: the events endpoint (default PAGERDUTY_EVENTS_URL). */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSilenceInput = {
  comment: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  matchers: Array<LabelInput>;
  /** Defaults to now. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CreateSyntheticCheckInput = {
  /** Default: NO_ERRORS. SUBSCRIPTION_ROUND_TRIP takes NO_ERRORS and MAX_DURATION_MS only. */
  assertions?: InputMaybe<Array<SyntheticAssertionInput>>;
  channels?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** At least SYNTHETIC_MIN_INTERVAL_SECONDS (30), at most 86400. */
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** OPERATION: one query (no mutation, no subscription), at most 10,000 characters. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /**
   * OPERATION: what its credential may do, a subset of the creator's (default: the creator's, less
   * platform:operator, which no check may carry). SUBSCRIPTION_ROUND_TRIP always runs with
   * events:read and events:publish, for its own probe only.
   */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  severity?: InputMaybe<AlertSeverity>;
  /** 100 to 30000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<SyntheticCheckType>;
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

export type DependencyHealth = {
  __typename?: 'DependencyHealth';
  error: Maybe<Scalars['String']['output']>;
  latencyMs: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  status: HealthStatus;
};

/**
 * Every unexpected error with one fingerprint: SHA-256 over its type, its message with ids and
 * numbers normalised, and its top three stack frames. A tenant's view holds only what its own
 * requests and jobs caused (its counts, operations and messages); operators see the platform's.
 */
export type ErrorGroup = {
  __typename?: 'ErrorGroup';
  /** The ERROR_TRACKING alert its threshold raised, while it is open. */
  alert: Maybe<Alert>;
  count: Scalars['Int']['output'];
  /** SHA-256 over the error type, the normalised message and the top 3 stack frames (hex). */
  fingerprint: Scalars['String']['output'];
  firstSeen: Scalars['DateTime']['output'];
  /** The fingerprint (the group's id). */
  id: Scalars['ID']['output'];
  /** Occurrences still ignored before the group is UNRESOLVED again. */
  ignoredRemaining: Maybe<Scalars['Int']['output']>;
  ignoredUntil: Maybe<Scalars['DateTime']['output']>;
  lastSeen: Scalars['DateTime']['output'];
  level: ErrorLevel;
  /** The latest occurrence's message: for tenants, what their client was shown. */
  message: Scalars['String']['output'];
  /** Operators only. */
  normalizedMessage: Maybe<Scalars['String']['output']>;
  operations: Array<Scalars['String']['output']>;
  /** Newest first; `first` ≤ 50. */
  recentOccurrences: Array<ErrorOccurrence>;
  regressedAt: Maybe<Scalars['DateTime']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  resolvedBy: Maybe<Principal>;
  status: ErrorGroupStatus;
  subgraphs: Array<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  /** Counts of the windows with occurrences in the last day, oldest first. */
  windows: Array<ErrorWindowCount>;
};


/**
 * Every unexpected error with one fingerprint: SHA-256 over its type, its message with ids and
 * numbers normalised, and its top three stack frames. A tenant's view holds only what its own
 * requests and jobs caused (its counts, operations and messages); operators see the platform's.
 */
export type ErrorGroupRecentOccurrencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ErrorGroupConnection = {
  __typename?: 'ErrorGroupConnection';
  edges: Array<ErrorGroupEdge>;
  pageInfo: ErrorGroupPageInfo;
};

export type ErrorGroupEdge = {
  __typename?: 'ErrorGroupEdge';
  cursor: Scalars['String']['output'];
  node: ErrorGroup;
};

export type ErrorGroupFilter = {
  /** lastSeen at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  levels?: InputMaybe<Array<ErrorLevel>>;
  /** Groups with occurrences of this operation. */
  operation?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ErrorGroupStatus>>;
  /** Groups with occurrences in this subgraph or role. */
  subgraph?: InputMaybe<Scalars['String']['input']>;
  /** lastSeen before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ErrorGroupPageInfo = {
  __typename?: 'ErrorGroupPageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ErrorGroupStatus =
  /** Counted but never alerted, until `ignoredUntil` or for `ignoredRemaining` more occurrences. */
  | 'IGNORED'
  /** Resolved, then seen again. */
  | 'REGRESSED'
  | 'RESOLVED'
  | 'UNRESOLVED';

/** Where an error group's errors were captured; it sets the group's alert threshold. */
export type ErrorLevel =
  /** A process-level failure: an unhandled promise rejection or an uncaught exception. */
  | 'CRITICAL'
  /** A worker job that failed unexpectedly (webhook delivery, export, alert notification). */
  | 'HIGH'
  /** A request (a resolver, the gateway) that failed unexpectedly. */
  | 'MEDIUM';

/**
 * One unexpected error. Tenants see their own occurrences only, with the message their client was
 * shown (masked when the platform masks errors) and no stack; platform operators see everything.
 */
export type ErrorOccurrence = {
  __typename?: 'ErrorOccurrence';
  at: Scalars['DateTime']['output'];
  /** Identical occurrences one process reported together (1 unless a burst). */
  count: Scalars['Int']['output'];
  /** Operators only: the top three frames the fingerprint hashes. */
  frames: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  /** Operators: the real message. Tenants: what their client was shown. */
  message: Scalars['String']['output'];
  /** Operators only: the message with ids, UUIDs, emails, hex and numbers replaced. */
  normalizedMessage: Maybe<Scalars['String']['output']>;
  /** The client's operation name. */
  operation: Maybe<Scalars['String']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
  /** Operators only. */
  stack: Maybe<Scalars['String']['output']>;
  /** The subgraph or role where it surfaced (gateway, worker-webhooks, …). */
  subgraph: Maybe<Scalars['String']['output']>;
  /** The tenant whose request or job failed; operators only. */
  tenantId: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type ErrorWindowCount = {
  __typename?: 'ErrorWindowCount';
  count: Scalars['Int']['output'];
  /** Start of the window (ERROR_TRACKING_WINDOW_SECONDS wide). */
  start: Scalars['DateTime']['output'];
};

export type HealthStatus =
  /** Down: requests fail. */
  | 'CRITICAL'
  /** Working, but slow or short of a replica (docs/OBSERVABILITY.md thresholds). */
  | 'DEGRADED'
  | 'DOWN'
  | 'HEALTHY'
  /** Failing in a way the platform survives (the cache). */
  | 'UNHEALTHY'
  | 'UP';

export type HealthTransition = {
  __typename?: 'HealthTransition';
  at: Scalars['DateTime']['output'];
  component: Scalars['String']['output'];
  /** Set on subscription deliveries: pass as `since` to resume right after this transition. */
  cursor: Maybe<Scalars['String']['output']>;
  observedValue: Maybe<Scalars['Float']['output']>;
  previousStatus: Maybe<HealthStatus>;
  reason: Scalars['String']['output'];
  status: HealthStatus;
};

export type IngestAlertsPayload = {
  __typename?: 'IngestAlertsPayload';
  /** Alerts that opened, fired or resolved here (repeats of a known state change nothing). */
  changed: Scalars['Int']['output'];
  /** Alerts in the payload. */
  received: Scalars['Int']['output'];
};

export type Label = {
  __typename?: 'Label';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type LabelInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** How a rule turns a metric's window into one number (docs/OBSERVABILITY.md). */
export type MetricAggregation =
  | 'AVG'
  | 'MAX'
  /** 95th percentile (histograms). */
  | 'P95'
  /** Per second over the window (counters, histogram observations). */
  | 'RATE'
  | 'SUM';

export type MetricDescriptor = {
  __typename?: 'MetricDescriptor';
  description: Scalars['String']['output'];
  /** counter, gauge or histogram. */
  kind: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** TENANT (the caller's own) or PLATFORM (shared, like a status page). */
  scope: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

export type MetricPoint = {
  __typename?: 'MetricPoint';
  at: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
};

export type MetricSeries = {
  __typename?: 'MetricSeries';
  labels: Array<Label>;
  name: Scalars['String']['output'];
  points: Array<MetricPoint>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A firing alert: recorded with the note; notified as alert.acknowledged. */
  acknowledgeAlert: Alert;
  createAlertRule: AlertRule;
  createNotificationChannel: NotificationChannel;
  createSilence: Silence;
  /**
   * A check the monitor runs every `intervalSeconds`, first within about a second. At most 100 per
   * tenant; bad input is BAD_USER_INPUT naming the field, scopes the creator lacks FORBIDDEN.
   */
  createSyntheticCheck: SyntheticCheck;
  deleteAlertRule: Scalars['Boolean']['output'];
  deleteNotificationChannel: Scalars['Boolean']['output'];
  /** Deletes the check and its results; its alert resolves. */
  deleteSyntheticCheck: Scalars['Boolean']['output'];
  expireSilence: Silence;
  /**
   * Marks the group IGNORED: still counted, never alerted, until `until` or for `count` more
   * occurrences (whichever ends first; forever with neither); its alert resolves.
   */
  ignoreErrorGroup: ErrorGroup;
  /**
   * Prometheus Alertmanager's webhook payload (version "4"), as POST /alerts/alertmanager receives
   * it: each alert becomes (or updates, or resolves) the tenant's EXTERNAL alert with its fingerprint.
   */
  ingestAlertmanagerAlerts: IngestAlertsPayload;
  /** Resolves an alert by hand (it opens again if its condition still holds at the next evaluation). */
  resolveAlert: Alert;
  /**
   * Marks the group RESOLVED (the tenant's view; the platform's for platform:operator) and resolves
   * its alert; an occurrence after this makes it REGRESSED.
   */
  resolveErrorGroup: ErrorGroup;
  /**
   * Has the monitor run the check now (even when disabled) and returns that run's result, recorded
   * like any other. SERVICE_UNAVAILABLE when no monitor ran it in time.
   */
  runSyntheticCheck: SyntheticCheckResult;
  /** Changes a check; disabling it resolves its alert. */
  updateSyntheticCheck: SyntheticCheck;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateAlertRuleArgs = {
  input: CreateAlertRuleInput;
};


export type MutationCreateNotificationChannelArgs = {
  input: CreateNotificationChannelInput;
};


export type MutationCreateSilenceArgs = {
  input: CreateSilenceInput;
};


export type MutationCreateSyntheticCheckArgs = {
  input: CreateSyntheticCheckInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSyntheticCheckArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExpireSilenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIgnoreErrorGroupArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationIngestAlertmanagerAlertsArgs = {
  payload: Scalars['JSON']['input'];
};


export type MutationResolveAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveErrorGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunSyntheticCheckArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateSyntheticCheckArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSyntheticCheckInput;
};

/** A channel; its URL and routing key are stored encrypted and never returned. */
export type NotificationChannel = {
  __typename?: 'NotificationChannel';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The URL's host, or the email addresses. */
  target: Scalars['String']['output'];
  type: NotificationChannelType;
};

/**
 * Where a rule's alerts are also sent. Webhooks need no channel: every tenant webhook subscribed to
 * alert.firing / alert.acknowledged / alert.resolved receives them, signed, with retries.
 */
export type NotificationChannelType =
  /** Mail through SMTP_URL. */
  | 'EMAIL'
  /** PagerDuty Events API v2 (trigger / acknowledge / resolve by dedup_key = the fingerprint). */
  | 'PAGERDUTY'
  /** A Slack incoming webhook: JSON `text` + `blocks`. */
  | 'SLACK';

export type PlatformHealth = {
  __typename?: 'PlatformHealth';
  checkedAt: Scalars['DateTime']['output'];
  components: Array<ComponentHealth>;
  /** @deprecated Use components; removal after 2027-06-01 */
  dependencies: Array<DependencyHealth>;
  /** The worst component (`overall`), as the monitor last checked. */
  status: HealthStatus;
};

export type Principal = {
  __typename?: 'Principal';
  subject: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  alert: Maybe<Alert>;
  alertRule: Maybe<AlertRule>;
  alertRules: Array<AlertRule>;
  /** Newest first (by startsAt); `first` ≤ 200. */
  alerts: AlertConnection;
  errorGroup: Maybe<ErrorGroup>;
  /**
   * Error groups, last seen first (keyset cursors; a group seen again meanwhile moves to the top).
   * observability:read: the groups the caller's tenant caused; platform:operator: every group,
   * with real messages and stacks. `first` ≤ 200.
   */
  errorGroups: ErrorGroupConnection;
  /** A component's transitions between `from` and `to` (default: the last 24 hours), oldest first. */
  healthHistory: Array<HealthTransition>;
  /** The metrics rules and `metrics` can use: the caller's tenant series and the platform's. */
  metricCatalogue: Array<MetricDescriptor>;
  /**
   * Series of the caller's tenant (and platform series) between `from` and `to` (default: the last
   * hour), one point per `step` seconds (≥ 60).
   */
  metrics: Array<MetricSeries>;
  notificationChannels: Array<NotificationChannel>;
  platformHealth: PlatformHealth;
  silences: Array<Silence>;
  syntheticCheck: Maybe<SyntheticCheck>;
  /** The tenant's synthetic checks, newest first (at most 100 exist). */
  syntheticChecks: Array<SyntheticCheck>;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryErrorGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryErrorGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ErrorGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHealthHistoryArgs = {
  component: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  names: Array<Scalars['String']['input']>;
  step?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySyntheticCheckArgs = {
  id: Scalars['ID']['input'];
};

/** Label matchers: an alert is silenced when every matcher equals one of its labels. */
export type Silence = {
  __typename?: 'Silence';
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  matchers: Array<Label>;
  startsAt: Scalars['DateTime']['output'];
  /** ACTIVE, PENDING (starts later) or EXPIRED. */
  status: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every alert change of the caller's tenant (pending, firing, acknowledged, resolved), at or above
   * `minSeverity`; with `since` (a cursor), every retained change after it first: no gap, no duplicate.
   */
  alerts: Alert;
  /**
   * One message per status transition of the named components (all when omitted, `overall`
   * included); with `since` (a cursor), every retained transition after it first.
   */
  healthChanged: HealthTransition;
};


export type SubscriptionAlertsArgs = {
  minSeverity?: InputMaybe<AlertSeverity>;
  since?: InputMaybe<Scalars['String']['input']>;
  states?: InputMaybe<Array<AlertState>>;
};


export type SubscriptionHealthChangedArgs = {
  components?: InputMaybe<Array<Scalars['String']['input']>>;
  since?: InputMaybe<Scalars['String']['input']>;
};

export type SyntheticAssertion = {
  __typename?: 'SyntheticAssertion';
  path: Maybe<Scalars['String']['output']>;
  type: SyntheticAssertionType;
  value: Maybe<Scalars['JSON']['output']>;
};

export type SyntheticAssertionInput = {
  /** JSON_PATH_EQUALS, JSON_PATH_EXISTS: a JSONPath starting at `$` (filter and script expressions are refused). */
  path?: InputMaybe<Scalars['String']['input']>;
  type: SyntheticAssertionType;
  /** MAX_DURATION_MS: milliseconds. JSON_PATH_EQUALS: the JSON value expected. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type SyntheticAssertionType =
  /** `path` (JSONPath over the response, e.g. `$.data.webhook.status`) selects one value equal to `value`. */
  | 'JSON_PATH_EQUALS'
  /** `path` selects at least one value (null counts). */
  | 'JSON_PATH_EXISTS'
  /** The run took at most `value` milliseconds. */
  | 'MAX_DURATION_MS'
  /** The response has no `errors` (and was answered at all). */
  | 'NO_ERRORS';

/**
 * An operation the monitor runs through the gateway every `intervalSeconds` as the tenant, with a
 * credential of its own (principal `synthetic:<id>`, the check's `scopes`), never a user's token.
 * Each run is recorded (the last 1,000 are kept), as metrics `synthetic_check_success` and
 * `synthetic_check_duration_ms` (label `check` = the id) that alert rules can use, and a failing run
 * opens a SYNTHETIC alert paged to `channels` until a run passes (docs/OBSERVABILITY.md).
 */
export type SyntheticCheck = {
  __typename?: 'SyntheticCheck';
  /** Its SYNTHETIC alert, while one is open. */
  alert: Maybe<Alert>;
  assertions: Array<SyntheticAssertion>;
  /** Notification channels its alert is paged to (besides the alert.* platform events). */
  channels: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Principal;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  intervalSeconds: Scalars['Int']['output'];
  lastResult: Maybe<SyntheticCheckResult>;
  name: Scalars['String']['output'];
  /**
   * When the monitor runs it next (null while disabled); while a run is under way, when it would
   * be taken again were that run lost with its monitor.
   */
  nextRunAt: Maybe<Scalars['DateTime']['output']>;
  /** OPERATION: the GraphQL document (one query). */
  operation: Maybe<Scalars['String']['output']>;
  /** Newest first; `first` ≤ 200. */
  results: SyntheticCheckResultConnection;
  /** What the check's credential may do: a subset of its creator's scopes. */
  scopes: Array<Scalars['String']['output']>;
  severity: AlertSeverity;
  status: SyntheticCheckStatus;
  /** A run that has no answer within this long fails. */
  timeoutMs: Scalars['Int']['output'];
  type: SyntheticCheckType;
  updatedAt: Scalars['DateTime']['output'];
  variables: Maybe<Scalars['JSON']['output']>;
};


/**
 * An operation the monitor runs through the gateway every `intervalSeconds` as the tenant, with a
 * credential of its own (principal `synthetic:<id>`, the check's `scopes`), never a user's token.
 * Each run is recorded (the last 1,000 are kept), as metrics `synthetic_check_success` and
 * `synthetic_check_duration_ms` (label `check` = the id) that alert rules can use, and a failing run
 * opens a SYNTHETIC alert paged to `channels` until a run passes (docs/OBSERVABILITY.md).
 */
export type SyntheticCheckResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Why a run failed: one failed assertion, or the run itself (no answer in time, an unreadable
 * answer, the round trip's event not arriving), when `assertion` is null. `actual` shows only what
 * the assertion names (error codes, a duration, the value at the path), never the rest of the answer.
 */
export type SyntheticCheckFailure = {
  __typename?: 'SyntheticCheckFailure';
  actual: Scalars['String']['output'];
  assertion: Maybe<SyntheticAssertionType>;
  expected: Scalars['String']['output'];
  path: Maybe<Scalars['String']['output']>;
};

export type SyntheticCheckResult = {
  __typename?: 'SyntheticCheckResult';
  /** When the run started. */
  at: Scalars['DateTime']['output'];
  /** Until the answer (or the event, for a round trip) arrived, or the run gave up. */
  durationMs: Scalars['Float']['output'];
  /** `extensions.code` of the answer's errors (at most 20, each once). */
  errorCodes: Array<Scalars['String']['output']>;
  failures: Array<SyntheticCheckFailure>;
  id: Scalars['ID']['output'];
  success: Scalars['Boolean']['output'];
};

export type SyntheticCheckResultConnection = {
  __typename?: 'SyntheticCheckResultConnection';
  edges: Array<SyntheticCheckResultEdge>;
  pageInfo: SyntheticCheckResultPageInfo;
};

export type SyntheticCheckResultEdge = {
  __typename?: 'SyntheticCheckResultEdge';
  cursor: Scalars['String']['output'];
  node: SyntheticCheckResult;
};

export type SyntheticCheckResultPageInfo = {
  __typename?: 'SyntheticCheckResultPageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type SyntheticCheckStatus =
  /** The last run failed: its `failures` say why. */
  | 'FAILING'
  /** The last run passed. */
  | 'PASSING'
  /** Never run yet. */
  | 'UNKNOWN';

export type SyntheticCheckType =
  /** Runs `operation` (one query) through the gateway and checks its assertions. */
  | 'OPERATION'
  /**
   * Built in: subscribes to `events(types: ["synthetic.ping"])` through the gateway, publishes a
   * `synthetic.ping` event and measures until it arrives.
   */
  | 'SUBSCRIPTION_ROUND_TRIP';

/** Fields left out stay as they are. */
export type UpdateSyntheticCheckInput = {
  assertions?: InputMaybe<Array<SyntheticAssertionInput>>;
  channels?: InputMaybe<Array<Scalars['ID']['input']>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  severity?: InputMaybe<AlertSeverity>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  variables?: InputMaybe<Scalars['JSON']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Alert: Alert;
  AlertRule: AlertRule;
  NotificationChannel: NotificationChannel;
  Silence: Silence;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Alert:
    ( { __typename: 'Alert' }
    & GraphQLRecursivePick<FederationTypes['Alert'], {"id":true}> );
  AlertRule:
    ( { __typename: 'AlertRule' }
    & GraphQLRecursivePick<FederationTypes['AlertRule'], {"id":true}> );
  NotificationChannel:
    ( { __typename: 'NotificationChannel' }
    & GraphQLRecursivePick<FederationTypes['NotificationChannel'], {"id":true}> );
  Silence:
    ( { __typename: 'Silence' }
    & GraphQLRecursivePick<FederationTypes['Silence'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alert: ResolverTypeWrapper<AlertView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AlertConnection: ResolverTypeWrapper<Omit<AlertConnection, 'edges'> & { edges: Array<ResolversTypes['AlertEdge']> }>;
  AlertEdge: ResolverTypeWrapper<Omit<AlertEdge, 'node'> & { node: ResolversTypes['Alert'] }>;
  AlertFilter: AlertFilter;
  AlertPageInfo: ResolverTypeWrapper<AlertPageInfo>;
  AlertRule: ResolverTypeWrapper<AlertRule>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AlertSeverity: AlertSeverity;
  AlertSource: AlertSource;
  AlertState: AlertState;
  Comparison: Comparison;
  ComponentHealth: ResolverTypeWrapper<ComponentHealth>;
  CreateAlertRuleInput: CreateAlertRuleInput;
  CreateNotificationChannelInput: CreateNotificationChannelInput;
  CreateSilenceInput: CreateSilenceInput;
  CreateSyntheticCheckInput: CreateSyntheticCheckInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DependencyHealth: ResolverTypeWrapper<DependencyHealth>;
  ErrorGroup: ResolverTypeWrapper<ErrorGroupView>;
  ErrorGroupConnection: ResolverTypeWrapper<Omit<ErrorGroupConnection, 'edges'> & { edges: Array<ResolversTypes['ErrorGroupEdge']> }>;
  ErrorGroupEdge: ResolverTypeWrapper<Omit<ErrorGroupEdge, 'node'> & { node: ResolversTypes['ErrorGroup'] }>;
  ErrorGroupFilter: ErrorGroupFilter;
  ErrorGroupPageInfo: ResolverTypeWrapper<ErrorGroupPageInfo>;
  ErrorGroupStatus: ErrorGroupStatus;
  ErrorLevel: ErrorLevel;
  ErrorOccurrence: ResolverTypeWrapper<ErrorOccurrence>;
  ErrorWindowCount: ResolverTypeWrapper<ErrorWindowCount>;
  HealthStatus: HealthStatus;
  HealthTransition: ResolverTypeWrapper<HealthTransition>;
  IngestAlertsPayload: ResolverTypeWrapper<IngestAlertsPayload>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Label: ResolverTypeWrapper<Label>;
  LabelInput: LabelInput;
  MetricAggregation: MetricAggregation;
  MetricDescriptor: ResolverTypeWrapper<MetricDescriptor>;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  MetricSeries: ResolverTypeWrapper<MetricSeries>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationChannel: ResolverTypeWrapper<NotificationChannel>;
  NotificationChannelType: NotificationChannelType;
  PlatformHealth: ResolverTypeWrapper<PlatformHealth>;
  Principal: ResolverTypeWrapper<Principal>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Silence: ResolverTypeWrapper<Silence>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SyntheticAssertion: ResolverTypeWrapper<SyntheticAssertion>;
  SyntheticAssertionInput: SyntheticAssertionInput;
  SyntheticAssertionType: SyntheticAssertionType;
  SyntheticCheck: ResolverTypeWrapper<SyntheticCheckView>;
  SyntheticCheckFailure: ResolverTypeWrapper<SyntheticCheckFailure>;
  SyntheticCheckResult: ResolverTypeWrapper<SyntheticCheckResult>;
  SyntheticCheckResultConnection: ResolverTypeWrapper<SyntheticCheckResultConnection>;
  SyntheticCheckResultEdge: ResolverTypeWrapper<SyntheticCheckResultEdge>;
  SyntheticCheckResultPageInfo: ResolverTypeWrapper<SyntheticCheckResultPageInfo>;
  SyntheticCheckStatus: SyntheticCheckStatus;
  SyntheticCheckType: SyntheticCheckType;
  UpdateSyntheticCheckInput: UpdateSyntheticCheckInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alert: AlertView;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  AlertConnection: Omit<AlertConnection, 'edges'> & { edges: Array<ResolversParentTypes['AlertEdge']> };
  AlertEdge: Omit<AlertEdge, 'node'> & { node: ResolversParentTypes['Alert'] };
  AlertFilter: AlertFilter;
  AlertPageInfo: AlertPageInfo;
  AlertRule: AlertRule | FederationReferenceTypes['AlertRule'];
  Int: Scalars['Int']['output'];
  ComponentHealth: ComponentHealth;
  CreateAlertRuleInput: CreateAlertRuleInput;
  CreateNotificationChannelInput: CreateNotificationChannelInput;
  CreateSilenceInput: CreateSilenceInput;
  CreateSyntheticCheckInput: CreateSyntheticCheckInput;
  DateTime: Scalars['DateTime']['output'];
  DependencyHealth: DependencyHealth;
  ErrorGroup: ErrorGroupView;
  ErrorGroupConnection: Omit<ErrorGroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['ErrorGroupEdge']> };
  ErrorGroupEdge: Omit<ErrorGroupEdge, 'node'> & { node: ResolversParentTypes['ErrorGroup'] };
  ErrorGroupFilter: ErrorGroupFilter;
  ErrorGroupPageInfo: ErrorGroupPageInfo;
  ErrorOccurrence: ErrorOccurrence;
  ErrorWindowCount: ErrorWindowCount;
  HealthTransition: HealthTransition;
  IngestAlertsPayload: IngestAlertsPayload;
  JSON: Scalars['JSON']['output'];
  Label: Label;
  LabelInput: LabelInput;
  MetricDescriptor: MetricDescriptor;
  MetricPoint: MetricPoint;
  MetricSeries: MetricSeries;
  Mutation: Record<PropertyKey, never>;
  NotificationChannel: NotificationChannel | FederationReferenceTypes['NotificationChannel'];
  PlatformHealth: PlatformHealth;
  Principal: Principal;
  Query: Record<PropertyKey, never>;
  Silence: Silence | FederationReferenceTypes['Silence'];
  Subscription: Record<PropertyKey, never>;
  SyntheticAssertion: SyntheticAssertion;
  SyntheticAssertionInput: SyntheticAssertionInput;
  SyntheticCheck: SyntheticCheckView;
  SyntheticCheckFailure: SyntheticCheckFailure;
  SyntheticCheckResult: SyntheticCheckResult;
  SyntheticCheckResultConnection: SyntheticCheckResultConnection;
  SyntheticCheckResultEdge: SyntheticCheckResultEdge;
  SyntheticCheckResultPageInfo: SyntheticCheckResultPageInfo;
  UpdateSyntheticCheckInput: UpdateSyntheticCheckInput;
}>;

export type AlertResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert'], FederationReferenceType extends FederationReferenceTypes['Alert'] = FederationReferenceTypes['Alert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Alert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['Principal']>, ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  lastEvaluatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['AlertRule']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  silenced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AlertSource'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AlertState'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AlertConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['AlertPageInfo'], ParentType, ContextType>;
}>;

export type AlertEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
}>;

export type AlertPageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertPageInfo'] = ResolversParentTypes['AlertPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AlertRuleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertRule'] = ResolversParentTypes['AlertRule'], FederationReferenceType extends FederationReferenceTypes['AlertRule'] = FederationReferenceTypes['AlertRule']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AlertRule']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aggregation?: Resolver<ResolversTypes['MetricAggregation'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  for?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keepFiringFor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labelFilter?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  lastEvaluatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComponentHealthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ComponentHealth'] = ResolversParentTypes['ComponentHealth']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DependencyHealthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DependencyHealth'] = ResolversParentTypes['DependencyHealth']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type ErrorGroupResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ErrorGroup'] = ResolversParentTypes['ErrorGroup']> = ResolversObject<{
  alert?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ignoredRemaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ignoredUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ErrorLevel'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalizedMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recentOccurrences?: Resolver<Array<ResolversTypes['ErrorOccurrence']>, ParentType, ContextType, RequireFields<ErrorGroupRecentOccurrencesArgs, 'first'>>;
  regressedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['Principal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErrorGroupStatus'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['ErrorWindowCount']>, ParentType, ContextType>;
}>;

export type ErrorGroupConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ErrorGroupConnection'] = ResolversParentTypes['ErrorGroupConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ErrorGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['ErrorGroupPageInfo'], ParentType, ContextType>;
}>;

export type ErrorGroupEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ErrorGroupEdge'] = ResolversParentTypes['ErrorGroupEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ErrorGroup'], ParentType, ContextType>;
}>;

export type ErrorGroupPageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ErrorGroupPageInfo'] = ResolversParentTypes['ErrorGroupPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ErrorOccurrenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ErrorOccurrence'] = ResolversParentTypes['ErrorOccurrence']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  normalizedMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stack?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subgraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenantId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErrorWindowCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ErrorWindowCount'] = ResolversParentTypes['ErrorWindowCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type HealthTransitionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HealthTransition'] = ResolversParentTypes['HealthTransition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  component?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['HealthStatus']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type IngestAlertsPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngestAlertsPayload'] = ResolversParentTypes['IngestAlertsPayload']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MetricDescriptorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricDescriptor'] = ResolversParentTypes['MetricDescriptor']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MetricPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MetricSeriesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricSeries'] = ResolversParentTypes['MetricSeries']> = ResolversObject<{
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationAcknowledgeAlertArgs, 'id'>>;
  createAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationCreateAlertRuleArgs, 'input'>>;
  createNotificationChannel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType, RequireFields<MutationCreateNotificationChannelArgs, 'input'>>;
  createSilence?: Resolver<ResolversTypes['Silence'], ParentType, ContextType, RequireFields<MutationCreateSilenceArgs, 'input'>>;
  createSyntheticCheck?: Resolver<ResolversTypes['SyntheticCheck'], ParentType, ContextType, RequireFields<MutationCreateSyntheticCheckArgs, 'input'>>;
  deleteAlertRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteAlertRuleArgs, 'id'>>;
  deleteNotificationChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNotificationChannelArgs, 'id'>>;
  deleteSyntheticCheck?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSyntheticCheckArgs, 'id'>>;
  expireSilence?: Resolver<ResolversTypes['Silence'], ParentType, ContextType, RequireFields<MutationExpireSilenceArgs, 'id'>>;
  ignoreErrorGroup?: Resolver<ResolversTypes['ErrorGroup'], ParentType, ContextType, RequireFields<MutationIgnoreErrorGroupArgs, 'id'>>;
  ingestAlertmanagerAlerts?: Resolver<ResolversTypes['IngestAlertsPayload'], ParentType, ContextType, RequireFields<MutationIngestAlertmanagerAlertsArgs, 'payload'>>;
  resolveAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationResolveAlertArgs, 'id'>>;
  resolveErrorGroup?: Resolver<ResolversTypes['ErrorGroup'], ParentType, ContextType, RequireFields<MutationResolveErrorGroupArgs, 'id'>>;
  runSyntheticCheck?: Resolver<ResolversTypes['SyntheticCheckResult'], ParentType, ContextType, RequireFields<MutationRunSyntheticCheckArgs, 'id'>>;
  updateSyntheticCheck?: Resolver<ResolversTypes['SyntheticCheck'], ParentType, ContextType, RequireFields<MutationUpdateSyntheticCheckArgs, 'id' | 'input'>>;
}>;

export type NotificationChannelResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NotificationChannel'] = ResolversParentTypes['NotificationChannel'], FederationReferenceType extends FederationReferenceTypes['NotificationChannel'] = FederationReferenceTypes['NotificationChannel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NotificationChannel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationChannelType'], ParentType, ContextType>;
}>;

export type PlatformHealthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlatformHealth'] = ResolversParentTypes['PlatformHealth']> = ResolversObject<{
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['ComponentHealth']>, ParentType, ContextType>;
  dependencies?: Resolver<Array<ResolversTypes['DependencyHealth']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
}>;

export type PrincipalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal']> = ResolversObject<{
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alert?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<QueryAlertArgs, 'id'>>;
  alertRule?: Resolver<Maybe<ResolversTypes['AlertRule']>, ParentType, ContextType, RequireFields<QueryAlertRuleArgs, 'id'>>;
  alertRules?: Resolver<Array<ResolversTypes['AlertRule']>, ParentType, ContextType>;
  alerts?: Resolver<ResolversTypes['AlertConnection'], ParentType, ContextType, RequireFields<QueryAlertsArgs, 'first'>>;
  errorGroup?: Resolver<Maybe<ResolversTypes['ErrorGroup']>, ParentType, ContextType, RequireFields<QueryErrorGroupArgs, 'id'>>;
  errorGroups?: Resolver<ResolversTypes['ErrorGroupConnection'], ParentType, ContextType, RequireFields<QueryErrorGroupsArgs, 'first'>>;
  healthHistory?: Resolver<Array<ResolversTypes['HealthTransition']>, ParentType, ContextType, RequireFields<QueryHealthHistoryArgs, 'component' | 'first'>>;
  metricCatalogue?: Resolver<Array<ResolversTypes['MetricDescriptor']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['MetricSeries']>, ParentType, ContextType, RequireFields<QueryMetricsArgs, 'names' | 'step'>>;
  notificationChannels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  platformHealth?: Resolver<ResolversTypes['PlatformHealth'], ParentType, ContextType>;
  silences?: Resolver<Array<ResolversTypes['Silence']>, ParentType, ContextType>;
  syntheticCheck?: Resolver<Maybe<ResolversTypes['SyntheticCheck']>, ParentType, ContextType, RequireFields<QuerySyntheticCheckArgs, 'id'>>;
  syntheticChecks?: Resolver<Array<ResolversTypes['SyntheticCheck']>, ParentType, ContextType>;
}>;

export type SilenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Silence'] = ResolversParentTypes['Silence'], FederationReferenceType extends FederationReferenceTypes['Silence'] = FederationReferenceTypes['Silence']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Silence']> | FederationReferenceType, FederationReferenceType, ContextType>;
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchers?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  alerts?: SubscriptionResolver<ResolversTypes['Alert'], "alerts", ParentType, ContextType, Partial<SubscriptionAlertsArgs>>;
  healthChanged?: SubscriptionResolver<ResolversTypes['HealthTransition'], "healthChanged", ParentType, ContextType, Partial<SubscriptionHealthChangedArgs>>;
}>;

export type SyntheticAssertionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticAssertion'] = ResolversParentTypes['SyntheticAssertion']> = ResolversObject<{
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SyntheticAssertionType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type SyntheticCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticCheck'] = ResolversParentTypes['SyntheticCheck']> = ResolversObject<{
  alert?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType>;
  assertions?: Resolver<Array<ResolversTypes['SyntheticAssertion']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastResult?: Resolver<Maybe<ResolversTypes['SyntheticCheckResult']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  results?: Resolver<ResolversTypes['SyntheticCheckResultConnection'], ParentType, ContextType, RequireFields<SyntheticCheckResultsArgs, 'first'>>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyntheticCheckStatus'], ParentType, ContextType>;
  timeoutMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SyntheticCheckType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type SyntheticCheckFailureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticCheckFailure'] = ResolversParentTypes['SyntheticCheckFailure']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assertion?: Resolver<Maybe<ResolversTypes['SyntheticAssertionType']>, ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SyntheticCheckResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticCheckResult'] = ResolversParentTypes['SyntheticCheckResult']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errorCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['SyntheticCheckFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SyntheticCheckResultConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticCheckResultConnection'] = ResolversParentTypes['SyntheticCheckResultConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SyntheticCheckResultEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['SyntheticCheckResultPageInfo'], ParentType, ContextType>;
}>;

export type SyntheticCheckResultEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticCheckResultEdge'] = ResolversParentTypes['SyntheticCheckResultEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SyntheticCheckResult'], ParentType, ContextType>;
}>;

export type SyntheticCheckResultPageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SyntheticCheckResultPageInfo'] = ResolversParentTypes['SyntheticCheckResultPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Alert?: AlertResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  AlertPageInfo?: AlertPageInfoResolvers<ContextType>;
  AlertRule?: AlertRuleResolvers<ContextType>;
  ComponentHealth?: ComponentHealthResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DependencyHealth?: DependencyHealthResolvers<ContextType>;
  ErrorGroup?: ErrorGroupResolvers<ContextType>;
  ErrorGroupConnection?: ErrorGroupConnectionResolvers<ContextType>;
  ErrorGroupEdge?: ErrorGroupEdgeResolvers<ContextType>;
  ErrorGroupPageInfo?: ErrorGroupPageInfoResolvers<ContextType>;
  ErrorOccurrence?: ErrorOccurrenceResolvers<ContextType>;
  ErrorWindowCount?: ErrorWindowCountResolvers<ContextType>;
  HealthTransition?: HealthTransitionResolvers<ContextType>;
  IngestAlertsPayload?: IngestAlertsPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Label?: LabelResolvers<ContextType>;
  MetricDescriptor?: MetricDescriptorResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MetricSeries?: MetricSeriesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationChannel?: NotificationChannelResolvers<ContextType>;
  PlatformHealth?: PlatformHealthResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Silence?: SilenceResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyntheticAssertion?: SyntheticAssertionResolvers<ContextType>;
  SyntheticCheck?: SyntheticCheckResolvers<ContextType>;
  SyntheticCheckFailure?: SyntheticCheckFailureResolvers<ContextType>;
  SyntheticCheckResult?: SyntheticCheckResultResolvers<ContextType>;
  SyntheticCheckResultConnection?: SyntheticCheckResultConnectionResolvers<ContextType>;
  SyntheticCheckResultEdge?: SyntheticCheckResultEdgeResolvers<ContextType>;
  SyntheticCheckResultPageInfo?: SyntheticCheckResultPageInfoResolvers<ContextType>;
}>;

