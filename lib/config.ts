import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/** Subgraph names, in port order (SUBGRAPH_PORT_BASE + index). */
export const SUBGRAPH_NAMES = [
  'knowledge',
  'integrations',
  'exports',
  'observability',
  'audit',
  'security',
] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();
const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().int().positive();

/**
 * Every environment variable the platform reads. This module is the only place that reads
 * `process.env`; everything else receives a `Config`.
 */
const schema = z
  .object({
    /** @default development */
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** pino level. @default info */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Interface the gateway and subgraphs listen on. @default 127.0.0.1 */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** @default 4000 */
    GATEWAY_PORT: port.default(4000),
    /** Subgraph i (in SUBGRAPH_NAMES order) listens on base + 1 + i. @default 4000 */
    SUBGRAPH_PORT_BASE: port.default(4000),
    /** Comma-separated name=url pairs overriding where the gateway finds subgraphs. */
    SUBGRAPH_URLS: z.string().optional(),
    /** @default redis://127.0.0.1:6379 */
    REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
    /**
     * Seed nodes of a Redis Cluster, comma-separated host:port. Set: every Redis client of every
     * process runs in cluster mode (credentials and TLS still from REDIS_URL). @default unset (one server at REDIS_URL)
     */
    REDIS_CLUSTER_NODES: z
      .string()
      .regex(/^\s*[^\s:,]+:\d{1,5}\s*(,\s*[^\s:,]+:\d{1,5}\s*)*$/, 'must be a comma-separated host:port list')
      .optional(),
    /** Prefix of every Redis key; tests use a unique one. @default kg: */
    REDIS_KEY_PREFIX: z.string().default('kg:'),
    /** @default bolt://127.0.0.1:7687 */
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt:// or neo4j://')
      .default('bolt://127.0.0.1:7687'),
    /** @default neo4j */
    NEO4J_USER: z.string().default('neo4j'),
    /** @default localdevpassword */
    NEO4J_PASSWORD: z.string().default('localdevpassword'),
    /** @default neo4j */
    NEO4J_DATABASE: z.string().default('neo4j'),
    /** HS256 secret for client JWTs (dev/test). One of AUTH_JWT_SECRET or AUTH_JWKS_URL is required. */
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** JWKS endpoint for RS256/ES256 client JWTs. */
    AUTH_JWKS_URL: z.string().url().optional(),
    /** Expected `iss` claim, checked when set. */
    AUTH_ISSUER: z.string().optional(),
    /** Expected `aud` claim, checked when set. */
    AUTH_AUDIENCE: z.string().optional(),
    /** HMAC key shared by gateway and subgraphs for the signed principal header. */
    INTERNAL_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters'),
    /** Lifetime of a signed principal header, seconds. @default 60 */
    INTERNAL_PRINCIPAL_TTL_SECONDS: positive.default(60),
    /**
     * Keys that encrypt secrets at rest (AES-256-GCM): `id:base64(32 bytes)`, comma-separated,
     * newest first; older keys only decrypt.
     */
    SECRETS_ENCRYPTION_KEYS: z.string().min(1),
    /** Days a data-encryption key version encrypts new values before the security worker rotates the key. @default 90 */
    ENCRYPTION_KEY_ROTATION_DAYS: positive.default(90),
    /**
     * How long a process trusts a key record and its unwrapped data-encryption keys without a
     * Redis read, ms; rotation, retirement and destruction are announced and dropped at once. @default 30000
     */
    ENCRYPTION_KEY_CACHE_MS: positive.default(30_000),
    /** Each process audits its use of each key once per this interval (encryption_key_accessed), ms. @default 60000 */
    ENCRYPTION_KEY_AUDIT_FLUSH_MS: positive.default(60_000),
    /** @default on unless NODE_ENV=production */
    ENABLE_INTROSPECTION: bool,
    /** Hide internal error messages from clients. @default on when NODE_ENV=production */
    MASK_ERRORS: bool,
    /**
     * Browser origins allowed to call the API cross-origin (CORS), comma-separated, or `*`.
     * Credentials are headers (Authorization / x-api-key), never cookies. @default none
     */
    CORS_ORIGINS: z.string().default(''),
    /** How often each gateway sends its coalesced activity (requests, failures, downloads) to the threat detectors, ms. @default 5000 */
    SECURITY_ACTIVITY_FLUSH_MS: positive.default(5000),
    /** Width of a principal's baseline window for the volume detectors, seconds. @default 3600 */
    SECURITY_BASELINE_WINDOW_SECONDS: positive.default(3600),
    /** Closed windows before a principal's baseline (and "new IP / user agent") counts: one day. @default 24 */
    SECURITY_BASELINE_MIN_WINDOWS: positive.default(24),
    /** A window below these is never "far above" its baseline: requests, objects read, bytes downloaded. @default 600 */
    SECURITY_MIN_REQUESTS_PER_WINDOW: positive.default(600),
    /** @default 10000 */
    SECURITY_MIN_RECORDS_PER_WINDOW: positive.default(10_000),
    /** @default 104857600 (100 MiB) */
    SECURITY_MIN_BYTES_PER_WINDOW: positive.default(104_857_600),
    /** How often the security worker checks incident due times and key rotation, seconds. @default 15 */
    SECURITY_CYCLE_SECONDS: positive.default(15),
    /**
     * OpenTelemetry collector base URL (OTLP/HTTP; spans go to `<url>/v1/traces`). Unset: tracing
     * is off and costs nothing. The standard OTEL_SERVICE_NAME and OTEL_TRACES_SAMPLER(_ARG) apply.
     */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    /** @default `kg-<role>` (kg-gateway, kg-platform, kg-worker-webhooks, …) */
    OTEL_SERVICE_NAME: z.string().min(1).optional(),
    /** always_on, always_off, traceidratio, parentbased_* (the spec's values). @default parentbased_always_on */
    OTEL_TRACES_SAMPLER: z.string().default('parentbased_always_on'),
    /** The ratio for traceidratio samplers, 0–1. @default 1 */
    OTEL_TRACES_SAMPLER_ARG: z.string().optional(),
    /** Put operation variables (JSON, truncated) on the gateway's operation spans. @default off */
    TRACING_INCLUDE_VARIABLES: bool,
    /** Days of minute-resolution tenant and platform metrics kept in Redis. @default 14 */
    METRICS_RETENTION_DAYS: positive.default(14),
    /** Width of a metrics bucket, seconds: the smallest window a rule can use. @default 60 */
    METRICS_RESOLUTION_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** How often each process flushes its aggregated metrics, ms: part of an alert's delay. @default 1000 */
    METRICS_FLUSH_MS: positive.default(1000),
    /** /healthz and /metrics of a `main.ts worker <name>` process. @default 9464 */
    WORKER_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    /** A firing alert's first notification waits this long (Alertmanager's group_wait). @default 30 */
    ALERT_GROUP_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    /** A firing, unacknowledged alert is notified again this often. @default 14400 (4 h) */
    ALERT_REPEAT_INTERVAL_SECONDS: positive.default(14_400),
    /** PagerDuty Events API v2 endpoint for PAGERDUTY channels without their own url. */
    PAGERDUTY_EVENTS_URL: z.string().url().default('https://events.pagerduty.com/v2/enqueue'),
    /** SMTP for EMAIL channels, e.g. smtp://user:pass@mail.example.com:587. @default none */
    SMTP_URL: z.string().optional(),
    /** @default alerts@kg-platform.local */
    SMTP_FROM: z.string().default('alerts@kg-platform.local'),
    /** How often every process heartbeats in Redis, ms; 3 missed beats make an instance silent. @default 5000 */
    HEARTBEAT_INTERVAL_MS: positive.default(5000),
    /** How often the monitor leader checks every component's health, seconds. @default 15 */
    HEALTH_INTERVAL_SECONDS: positive.default(15),
    /** A dependency slower than this is DEGRADED. @default 1000 */
    HEALTH_LATENCY_DEGRADED_MS: positive.default(1000),
    /** Resource use (memory, CPU, disk) above this percentage is DEGRADED. @default 80 */
    HEALTH_RESOURCE_DEGRADED_PERCENT: positive.default(80),
    /** @default 90 */
    HEALTH_CPU_CRITICAL_PERCENT: positive.default(90),
    /** @default 95 */
    HEALTH_MEMORY_CRITICAL_PERCENT: positive.default(95),
    /** @default 95 */
    HEALTH_DISK_CRITICAL_PERCENT: positive.default(95),
    /** A queue whose oldest waiting job is older than this (seconds) is DEGRADED; 6× is UNHEALTHY. @default 300 */
    HEALTH_QUEUE_AGE_DEGRADED_SECONDS: positive.default(300),
    /** How often the monitor leader evaluates alert rules, seconds. @default 15 */
    ALERT_EVAL_INTERVAL_SECONDS: positive.default(15),
    // Error tracking (docs/OBSERVABILITY.md "Error tracking").
    /** Width of an error group's count window, seconds; the thresholds below are per window. @default 300 */
    ERROR_TRACKING_WINDOW_SECONDS: positive.default(300),
    /** Occurrences per window that raise a CRITICAL group's alert (unhandled rejections, uncaught exceptions). @default 1 */
    ERROR_TRACKING_CRITICAL_THRESHOLD: positive.default(1),
    /** …a HIGH group's (worker jobs failing unexpectedly). @default 5 */
    ERROR_TRACKING_HIGH_THRESHOLD: positive.default(5),
    /** …a MEDIUM group's (requests failing unexpectedly). @default 20 */
    ERROR_TRACKING_MEDIUM_THRESHOLD: positive.default(20),
    /** How often each process sends its coalesced error occurrences, ms: part of an alert's delay. @default 1000 */
    ERROR_TRACKING_FLUSH_MS: positive.default(1000),
    /** Occurrences kept in the platform's occurrence stream (approximate trim). @default 100000 */
    ERROR_TRACKING_STREAM_RETENTION: positive.default(100_000),
    /** Days an error group is kept after it was last seen. @default 30 */
    ERROR_TRACKING_RETENTION_DAYS: positive.default(30),
    // Synthetic checks (docs/OBSERVABILITY.md "Synthetic checks").
    /**
     * The gateway synthetic checks run through: the monitor posts their operations there and opens
     * their subscriptions on it (ws://). @default http://<HOST>:<GATEWAY_PORT>/graphql, or the
     * gateway `npm start` / `main.ts all` started in the same process
     */
    SYNTHETIC_GATEWAY_URL: z
      .string()
      .url()
      .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
      .optional(),
    /** Shortest interval a synthetic check may have, seconds. @default 30 */
    SYNTHETIC_MIN_INTERVAL_SECONDS: positive.default(30),
    /** Synthetic check runs the monitor leader has in flight at once. @default 8 */
    SYNTHETIC_CONCURRENCY: positive.max(256).default(8),
    /** GraphiQL at GET /graphql for browsers (Accept: text/html). @default on unless NODE_ENV=production */
    GRAPHIQL_ENABLED: bool,
    /**
     * Manifests of registered documents (hash → document, as graphql-codegen's persisted-documents
     * output), comma-separated paths. @default client/src/generated/persisted-documents.json
     */
    PERSISTED_DOCUMENTS: z.string().default('client/src/generated/persisted-documents.json'),
    /** @default 15 */
    LIMIT_MAX_DEPTH: positive.default(15),
    /** @default 30 */
    LIMIT_MAX_ALIASES: positive.default(30),
    /** @default 3000 */
    LIMIT_MAX_TOKENS: positive.default(3000),
    /** Fields per operation with fragments expanded (refuses fragment bombs). @default 2000 */
    LIMIT_MAX_FIELDS: positive.default(2000),
    /** Nesting of JSON input (body, variables, event data) and of literals in a document. @default 32 */
    LIMIT_MAX_INPUT_DEPTH: positive.max(1000).default(32),
    /** @default 1048576 */
    LIMIT_MAX_BODY_BYTES: positive.default(1_048_576),
    /** Longest a query plan may take; planning runs in a worker thread, past this it is QUERY_TOO_COMPLEX. @default 2000 */
    PLAN_BUDGET_MS: positive.default(2_000),
    /** Consecutive failures of a subgraph or of Neo4j that open its circuit breaker. @default 3 */
    CIRCUIT_BREAKER_FAILURES: positive.default(3),
    /** An open circuit fails fast this long before one request probes again, ms. @default 5000 */
    CIRCUIT_BREAKER_HALF_OPEN_MS: positive.default(5_000),
    /** How long the Neo4j driver retries a transaction on transient failures, ms. @default 2000 */
    NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(2_000),
    /** Gateway → subgraph request timeout, ms. @default 10000 */
    SUBGRAPH_TIMEOUT_MS: positive.default(10_000),
    // API keys, rate and cost limits, brute force (docs/SECURITY.md).
    /** Longest lifetime of an API key; a key created without `expiresAt` gets it. @default 365 */
    API_KEY_MAX_LIFETIME_DAYS: positive.default(365),
    /** How often each gateway writes the API keys' coalesced last-use times, ms. @default 10000 */
    API_KEY_USE_FLUSH_MS: positive.default(10_000),
    /** Longest overlap of `rotateApiKey`, seconds. @default 604800 (7 days) */
    API_KEY_MAX_OVERLAP_SECONDS: positive.default(604_800),
    /** Count operations against the budgets below; off only to measure what limits cost. @default true */
    RATE_LIMIT_ENABLED: bool,
    /** Points each principal may spend per window (an API key's `rateLimit` overrides it). @default 1000000 */
    RATE_LIMIT_PRINCIPAL_POINTS: positive.default(1_000_000),
    /** Points each tenant may spend per window, all principals together. @default 5000000 */
    RATE_LIMIT_TENANT_POINTS: positive.default(5_000_000),
    /** @default 60 */
    RATE_LIMIT_WINDOW_SECONDS: positive.default(60),
    /** Per-tenant budgets: `tenant=points/seconds,…`. @default none */
    RATE_LIMIT_TENANT_OVERRIDES: z
      .string()
      .default('')
      .refine(
        (v) => v.split(',').every((p) => p.trim() === '' || /^[^=\s]+=\d+\/\d+$/.test(p.trim())),
        'must be tenant=points/seconds, comma-separated',
      ),
    /** Largest requested cost of one operation (objects × list sizes). @default 50000 */
    COST_MAX_PER_OPERATION: positive.default(50_000),
    /** Items assumed for a list without first/last/limit. @default 10 */
    COST_DEFAULT_LIST_SIZE: positive.default(10),
    /** Cost added per mutation root field. @default 10 */
    COST_MUTATION: z.coerce.number().int().min(0).default(10),
    /** Failed authentications (per client IP, per credential) that block it. @default 5 */
    AUTH_BLOCK_FAILURES: positive.default(5),
    /** Window failed authentications are counted in, seconds. @default 900 */
    AUTH_BLOCK_WINDOW_SECONDS: positive.default(900),
    /** How long a brute-force block lasts, seconds. @default 900 */
    AUTH_BLOCK_SECONDS: positive.default(900),
    /** Proxies whose X-Forwarded-For is believed (CIDRs); others' is ignored. @default none */
    TRUSTED_PROXY_CIDRS: z
      .string()
      .default('')
      .refine(
        (v) => v.split(',').every((c) => c.trim() === '' || ipaddr.isValidCIDR(c.trim())),
        'must be comma-separated CIDRs',
      ),
    /**
     * Let mutations succeed when their audit record cannot be written (logged instead). Off by
     * default: mutations are refused with AUDIT_UNAVAILABLE rather than go unaudited. @default false
     */
    AUDIT_FAIL_OPEN: bool,
    /**
     * Action prefixes whose audit records are also platform events (compliance.audit_event_created),
     * for webhooks; Subscription.auditEvents streams every record. @default security-relevant ones
     */
    AUDIT_PUBLISHED_ACTIONS: z
      .string()
      // Not encryptionKey.access: each process audits its key use once a minute, which is trail
      // material, not news for a tenant's event subscribers.
      .default(
        'apiKey.,auth.block,permission.deny,encryptionKey.rotate,encryptionKey.retire,encryptionKey.destroy,encryptionKey.rewrapKek,securityIncident.',
      ),
    /** A signed checkpoint once this many events were appended since the last. @default 1000 */
    AUDIT_CHECKPOINT_EVERY: positive.default(1000),
    /** …and every this many seconds for tenants whose log grew. @default 60 */
    AUDIT_CHECKPOINT_SECONDS: positive.default(60),
    /**
     * Ed25519 checkpoint keys, `name:base64(32-byte seed)`, comma-separated, newest first (it
     * signs; all are published). @default one key derived from INTERNAL_SIGNING_KEY
     */
    AUDIT_SIGNING_KEYS: z.string().optional(),
    /** Origin line of checkpoint notes; each tenant's log is `<origin>/<tenant>`. @default kg-platform.audit */
    AUDIT_ORIGIN: z
      .string()
      .regex(/^[\x21-\x7e]{1,200}$/, 'must be printable ASCII without spaces')
      .default('kg-platform.audit'),
    /** How long audit events are kept, days (the seed's seven years); tenants may keep longer. @default 2555 */
    AUDIT_RETENTION_DAYS: positive.default(2555),
    /** The least retention a tenant may set for its own trail (setAuditRetention), days. @default 365 */
    AUDIT_MIN_RETENTION_DAYS: positive.default(365),
    /** Audit events younger than this stay in Redis; older ones are sealed into segments, days. @default 30 */
    AUDIT_HOT_DAYS: positive.default(30),
    /** Where sealed audit segments (gzip JSON Lines with their checkpoint) are written. @default .data/audit-segments */
    AUDIT_SEGMENTS_DIR: z.string().min(1).default('.data/audit-segments'),
    /**
     * Where sealed audit segments are stored: LOCAL (files under AUDIT_SEGMENTS_DIR) or S3 (objects
     * in AUDIT_SEGMENTS_S3_BUCKET, reached through the EXPORTS_S3_* endpoint and credentials).
     * @default LOCAL
     */
    AUDIT_SEGMENTS_STORE: z.enum(['LOCAL', 'S3']).default('LOCAL'),
    /** Bucket of audit segment objects (AUDIT_SEGMENTS_STORE=S3). @default EXPORTS_S3_BUCKET */
    AUDIT_SEGMENTS_S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
      .optional(),
    /**
     * Key prefix of audit segment objects, before the tenant's folder; in the exports' bucket it
     * must not overlap EXPORTS_S3_PREFIX (a lifecycle rule on exports would expire audit records).
     * @default audit-segments/
     */
    AUDIT_SEGMENTS_S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9/_.-]{0,128}$/, 'must be at most 128 characters of A-Z a-z 0-9 / _ . -')
      .refine((v) => !v.startsWith('/') && !v.includes('..'), 'must not start with / or contain ..')
      .default('audit-segments/'),
    /** How often one audit subgraph replica seals and expires segments, seconds. @default 3600 */
    AUDIT_SEAL_SECONDS: positive.default(3600),
    /** Most events one segment holds. @default 50000 */
    AUDIT_SEGMENT_MAX_EVENTS: positive.default(50_000),
    // Data-subject requests (docs/COMPLIANCE.md "Data-subject requests").
    /** An open data-subject request this many days from its due time raises the near-deadline alert. @default 7 */
    DSR_DUE_SOON_DAYS: positive.default(7),
    /** How often one audit subgraph replica checks data-subject request deadlines, seconds. @default 300 */
    DSR_CHECK_SECONDS: positive.default(300),
    /** Largest ACCESS / PORTABILITY package, bytes of JSON (DSR_PACKAGE_TOO_LARGE beyond). @default 16777216 */
    DSR_PACKAGE_MAX_BYTES: positive.default(16 * 1024 * 1024),
    // Compliance (docs/COMPLIANCE.md).
    /** How often one replica (lib/lease) re-evaluates every tenant's compliance controls, seconds. @default 300 */
    COMPLIANCE_EVALUATE_SECONDS: positive.default(300),
    /** Webhook signing secrets older than this fail control WEBHOOK-01, days. @default 90 */
    COMPLIANCE_WEBHOOK_SECRET_MAX_AGE_DAYS: positive.default(90),
    /** graphql-ws `connection_init` must arrive within this many ms (graphql-ws's default). @default 3000 */
    WS_INIT_TIMEOUT_MS: positive.default(3000),
    /** Events retained per tenant stream (cursors older than this expire). @default 100000 */
    EVENTS_RETENTION: positive.default(100_000),
    /** Events a subgraph buffers per upstream subscription before cutting it off. @default 10000 */
    EVENTS_SUBSCRIBER_BUFFER: positive.default(10_000),
    /** Events the gateway queues per client subscription before SUBSCRIPTION_SLOW_CONSUMER. @default 1000 */
    SUBSCRIPTION_QUEUE_SIZE: positive.default(1000),
    /** @default 100 */
    SUBSCRIPTIONS_MAX_PER_CONNECTION: positive.default(100),
    /** Per gateway process. @default 10000 */
    SUBSCRIPTIONS_MAX_PER_TENANT: positive.default(10_000),
    /** Open graphql-ws connections per gateway process. @default 20000 */
    WS_MAX_CONNECTIONS: positive.default(20_000),
    // Outbound webhooks (docs/WEBHOOKS.md).
    /** CIDRs webhook deliveries may reach despite the SSRF wall (e.g. `10.1.0.0/16,127.0.0.1/32`). @default none */
    WEBHOOK_ALLOWED_CIDRS: z
      .string()
      .default('')
      .refine(
        (v) => v.split(',').every((c) => c.trim() === '' || ipaddr.isValidCIDR(c.trim())),
        'must be comma-separated CIDRs',
      ),
    /** Allow `http:` endpoint URLs (tests, internal receivers); https only otherwise. @default false */
    WEBHOOK_ALLOW_HTTP: bool,
    /** Per-attempt timeout, ms (at most 30000). @default 15000 */
    WEBHOOK_TIMEOUT_MS: positive.max(30_000).default(15_000),
    /** Multiplies every webhook retry delay; tests compress the schedule with e.g. 0.0001. @default 1 */
    WEBHOOK_RETRY_SCALE: z.coerce.number().positive().max(1).default(1),
    /** Largest Retry-After honoured, seconds. @default 3600 */
    WEBHOOK_RETRY_AFTER_MAX_SECONDS: positive.default(3600),
    /** Continuous failure after which an endpoint is disabled, seconds. @default 432000 (5 days) */
    WEBHOOK_DISABLE_AFTER_SECONDS: positive.default(432_000),
    /** Deliveries one worker process sends at once. @default 200 */
    WEBHOOK_WORKER_CONCURRENCY: positive.default(200),
    /** Fan-out entries a crashed worker held are reclaimed after this idle time, ms. @default 30000 */
    WEBHOOK_CLAIM_IDLE_MS: positive.default(30_000),
    /** Lock on an in-flight delivery; a crashed worker's deliveries restart after it, ms. @default 30000 */
    WEBHOOK_LOCK_MS: positive.default(30_000),
    /** Days webhook delivery records and attempts are kept (replay reaches back this far). @default 30 */
    WEBHOOK_DELIVERY_RETENTION_DAYS: positive.default(30),
    // Export jobs (docs/EXPORTS.md).
    /**
     * Allow CUSTOM_QUERY exports. Off by default: Neo4j Community cannot confine an arbitrary
     * read query to one tenant (results are checked for other tenants' nodes, but plain values
     * and filters are not), so only enable it where exports:write holders are trusted. @default false
     */
    EXPORTS_CUSTOM_QUERY_ENABLED: bool,
    /** Directory of LOCAL export files; gateways, exports subgraphs and export workers must share it. @default .data/exports */
    EXPORTS_DIR: z.string().min(1).default('.data/exports'),
    /** Export jobs one process runs at once; 0 runs none here (use `main.ts worker exports`). @default 2 */
    EXPORTS_WORKER_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(2),
    /** Lifetime of a signed download URL, seconds. @default 900 */
    EXPORTS_URL_TTL_SECONDS: positive.default(900),
    /** Public origin of the gateway for absolute download URLs; relative URLs when unset. @default none */
    EXPORTS_PUBLIC_URL: z.string().url().optional(),
    /** CUSTOM_QUERY read-transaction timeout, ms. @default 60000 */
    EXPORTS_QUERY_TIMEOUT_MS: positive.default(60_000),
    /** Most rows a CUSTOM_QUERY export may return before it fails with EXPORT_TOO_LARGE. @default 1000000 */
    EXPORTS_QUERY_MAX_ROWS: positive.default(1_000_000),
    /** Most data rows per EXCEL sheet (Excel itself stops at 1048575). @default 1000000 */
    EXPORTS_EXCEL_MAX_ROWS: positive.max(1_048_575).default(1_000_000),
    /**
     * Heap of the thread each export job runs in, MiB. Bounds a job's memory whatever the graph
     * size; a job that needs more fails with EXPORT_TOO_LARGE instead of crashing the worker. @default 96
     */
    EXPORTS_JOB_HEAP_MB: z.coerce.number().int().min(64).max(65_536).default(96),
    /** Job lock; a crashed worker's job is taken over by another worker after about this long, ms. @default 30000 */
    EXPORTS_LOCK_MS: positive.default(30_000),
    /** Restarts of a job interrupted by a worker crash before it is FAILED (EXPORT_INTERRUPTED). @default 2 */
    EXPORTS_MAX_RECOVERIES: z.coerce.number().int().min(0).default(2),
    /**
     * Retries of a job whose run failed transiently in Neo4j (restart, dropped connection,
     * Neo.TransientError) before it is FAILED (EXPORT_NEO4J_UNAVAILABLE). @default 3
     */
    EXPORTS_MAX_RETRIES: z.coerce.number().int().min(0).default(3),
    /** Wait before the first such retry, ms; doubled per retry (±20 %), at most 60 s. @default 2000 */
    EXPORTS_RETRY_BASE_MS: positive.default(2_000),
    /**
     * Hours a finished export job and its file are kept after completion; fractions allowed
     * (0.5 = 30 minutes). Applies to jobs already finished. @default 168 (7 days)
     */
    EXPORTS_RETENTION_HOURS: z.coerce.number().positive().default(168),
    /** S3-compatible endpoint for S3 export destinations (MinIO, Ceph, R2, …). @default AWS for the region */
    EXPORTS_S3_ENDPOINT: z.string().url().optional(),
    /** @default us-east-1 */
    EXPORTS_S3_REGION: z.string().min(1).default('us-east-1'),
    /** Bucket of S3 export files; the S3 destination is available only when it is set. @default none */
    EXPORTS_S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
      .optional(),
    /** Static credentials; when unset the AWS SDK's default chain (env, profile, IAM role) is used. @default none */
    EXPORTS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    /** Secret of EXPORTS_S3_ACCESS_KEY_ID; never logged. @default none */
    EXPORTS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Path-style URLs (`<endpoint>/<bucket>/<key>`). @default true when EXPORTS_S3_ENDPOINT is set, else false */
    EXPORTS_S3_FORCE_PATH_STYLE: bool,
    /** Key prefix of every export object, before the tenant's folder. @default exports/ */
    EXPORTS_S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9/_.-]{0,128}$/, 'must be at most 128 characters of A-Z a-z 0-9 / _ . -')
      .refine((v) => !v.startsWith('/') && !v.includes('..'), 'must not start with / or contain ..')
      .default('exports/'),
    /**
     * The gateway answers S3 download links with a redirect to a presigned S3 GET URL instead of
     * streaming the object itself (clients must reach the S3 endpoint). @default false
     */
    EXPORTS_S3_PRESIGNED_DOWNLOADS: bool,
  })
  .superRefine((v, ctx) => {
    if (!v.AUTH_JWT_SECRET && !v.AUTH_JWKS_URL) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['AUTH_JWT_SECRET'],
        message: 'set AUTH_JWT_SECRET (HS256, e.g. a 48-character random string) or AUTH_JWKS_URL',
      });
    }
    if (v.AUDIT_SEGMENTS_STORE === 'S3') {
      const bucket = v.AUDIT_SEGMENTS_S3_BUCKET ?? v.EXPORTS_S3_BUCKET;
      const exportsPrefix = v.EXPORTS_S3_PREFIX;
      const auditPrefix = v.AUDIT_SEGMENTS_S3_PREFIX;
      if (!bucket) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['AUDIT_SEGMENTS_S3_BUCKET'],
          message:
            'AUDIT_SEGMENTS_STORE=S3 needs a bucket: set AUDIT_SEGMENTS_S3_BUCKET or EXPORTS_S3_BUCKET',
        });
      } else if (
        bucket === v.EXPORTS_S3_BUCKET &&
        (auditPrefix.startsWith(exportsPrefix) || exportsPrefix.startsWith(auditPrefix))
      ) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['AUDIT_SEGMENTS_S3_PREFIX'],
          message: `overlaps EXPORTS_S3_PREFIX ("${exportsPrefix}") in the same bucket: use disjoint prefixes (exports/ and audit-segments/) or AUDIT_SEGMENTS_S3_BUCKET`,
        });
      }
    }
    if (Boolean(v.EXPORTS_S3_ACCESS_KEY_ID) !== Boolean(v.EXPORTS_S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['EXPORTS_S3_SECRET_ACCESS_KEY'],
        message: 'set both EXPORTS_S3_ACCESS_KEY_ID and EXPORTS_S3_SECRET_ACCESS_KEY, or neither',
      });
    }
  });

export type RawConfig = z.infer<typeof schema>;
export interface Config extends Omit<
  RawConfig,
  | 'ENABLE_INTROSPECTION'
  | 'MASK_ERRORS'
  | 'GRAPHIQL_ENABLED'
  | 'SUBGRAPH_URLS'
  | 'SECRETS_ENCRYPTION_KEYS'
  | 'WEBHOOK_ALLOW_HTTP'
  | 'AUDIT_FAIL_OPEN'
  | 'TRACING_INCLUDE_VARIABLES'
  | 'RATE_LIMIT_TENANT_OVERRIDES'
  | 'RATE_LIMIT_ENABLED'
  | 'EXPORTS_CUSTOM_QUERY_ENABLED'
  | 'EXPORTS_S3_FORCE_PATH_STYLE'
  | 'EXPORTS_S3_PRESIGNED_DOWNLOADS'
  | 'REDIS_CLUSTER_NODES'
> {
  /** Empty: a single Redis at REDIS_URL. */
  REDIS_CLUSTER_NODES: ReadonlyArray<{ host: string; port: number }>;
  SECRETS_ENCRYPTION_KEYS: ReadonlyArray<{ id: string; key: Buffer }>;
  EXPORTS_CUSTOM_QUERY_ENABLED: boolean;
  EXPORTS_S3_FORCE_PATH_STYLE: boolean;
  EXPORTS_S3_PRESIGNED_DOWNLOADS: boolean;
  ENABLE_INTROSPECTION: boolean;
  MASK_ERRORS: boolean;
  GRAPHIQL_ENABLED: boolean;
  WEBHOOK_ALLOW_HTTP: boolean;
  AUDIT_FAIL_OPEN: boolean;
  TRACING_INCLUDE_VARIABLES: boolean;
  RATE_LIMIT_ENABLED: boolean;
  RATE_LIMIT_TENANT_OVERRIDES: ReadonlyMap<string, { points: number; windowSeconds: number }>;
  SUBGRAPH_URLS: Partial<Record<SubgraphName, string>>;
}

const EXAMPLES: Record<string, string> = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  REDIS_CLUSTER_NODES: '10.0.0.11:6379,10.0.0.12:6379,10.0.0.13:6379',
  NEO4J_URI: 'bolt://127.0.0.1:7687',
  INTERNAL_SIGNING_KEY: 'a 48-character random string',
  AUTH_JWT_SECRET: 'a 48-character random string',
  AUTH_JWKS_URL: 'https://idp.example.com/.well-known/jwks.json',
  SECRETS_ENCRYPTION_KEYS: 'k1:<base64 of 32 random bytes>',
  SUBGRAPH_URLS: 'knowledge=http://knowledge:4001/graphql,exports=http://exports:4003/graphql',
  GATEWAY_PORT: '4000',
  SYNTHETIC_GATEWAY_URL: 'http://gateway:4000/graphql',
  WEBHOOK_ALLOWED_CIDRS: '10.20.0.0/16,127.0.0.1/32',
  TRUSTED_PROXY_CIDRS: '10.0.0.0/8',
  AUDIT_SIGNING_KEYS: 'audit-2026:<base64 of a 32-byte Ed25519 seed>',
  RATE_LIMIT_TENANT_OVERRIDES: 'acme=200000/60,beta=5000/60',
  EXPORTS_S3_ENDPOINT: 'https://minio.internal:9000',
  EXPORTS_S3_BUCKET: 'kg-exports',
  EXPORTS_S3_PREFIX: 'exports/',
  EXPORTS_S3_SECRET_ACCESS_KEY: '<the secret of EXPORTS_S3_ACCESS_KEY_ID>',
  AUDIT_SEGMENTS_STORE: 'S3',
  AUDIT_SEGMENTS_S3_BUCKET: 'kg-audit',
  AUDIT_SEGMENTS_S3_PREFIX: 'audit-segments/',
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseSubgraphUrls(raw: string | undefined): Partial<Record<SubgraphName, string>> {
  const out: Partial<Record<SubgraphName, string>> = {};
  if (!raw) return out;
  for (const pair of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, url] = pair.split('=', 2);
    if (!name || !url || !(SUBGRAPH_NAMES as readonly string[]).includes(name) || !URL.canParse(url)) {
      throw new ConfigError(
        `SUBGRAPH_URLS: "${pair}" is not name=url with name one of ${SUBGRAPH_NAMES.join(', ')}; example: ${EXAMPLES.SUBGRAPH_URLS}`,
      );
    }
    out[name as SubgraphName] = url;
  }
  return out;
}

function parseHostPorts(raw: string | undefined): Array<{ host: string; port: number }> {
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const [host, port] = entry.trim().split(':') as [string, string];
    if (Number(port) < 1 || Number(port) > 65535) {
      throw new ConfigError(
        `REDIS_CLUSTER_NODES: "${entry.trim()}" has no valid port; example: REDIS_CLUSTER_NODES=${EXAMPLES.REDIS_CLUSTER_NODES}`,
      );
    }
    return { host, port: Number(port) };
  });
}

function parseKeys(raw: string): Array<{ id: string; key: Buffer }> {
  return raw.split(',').map((entry) => {
    const [id, b64] = entry.trim().split(':', 2);
    const key = Buffer.from(b64 ?? '', 'base64');
    if (!id || key.length !== 32) {
      throw new ConfigError(
        `SECRETS_ENCRYPTION_KEYS: "${id ?? ''}:…" must be id:base64 of exactly 32 bytes; example: SECRETS_ENCRYPTION_KEYS=${EXAMPLES.SECRETS_ENCRYPTION_KEYS}`,
      );
    }
    return { id, key };
  });
}

/** Parses the set variables with `parser`; the error names each bad variable with a valid example. */
function parseEnvironment<T>(parser: z.ZodType<T, z.ZodTypeDef, unknown>, env: NodeJS.ProcessEnv): T {
  const candidate = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = parser.safeParse(candidate);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const example = EXAMPLES[name] ? ` (example: ${name}=${EXAMPLES[name]})` : '';
      return `  ${name}: ${issue.message}${example}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

const storageSchema = schema.innerType().pick({
  LOG_LEVEL: true,
  NEO4J_URI: true,
  NEO4J_USER: true,
  NEO4J_PASSWORD: true,
  NEO4J_DATABASE: true,
  REDIS_URL: true,
  REDIS_KEY_PREFIX: true,
  EVENTS_RETENTION: true,
});
/** What a script that only talks to Neo4j and Redis needs (e.g. `npm run seed`). */
export type StorageConfig = z.infer<typeof storageSchema>;

/**
 * The storage variables only, validated and defaulted exactly as loadConfig does, for scripts
 * that must not demand the secrets of the services (the knowledge seed).
 */
export function loadStorageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  return parseEnvironment(storageSchema, env);
}

/** Validates the environment once; the error names each bad variable with a valid example. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = parseEnvironment(schema, env);
  const production = raw.NODE_ENV === 'production';
  return {
    ...raw,
    ENABLE_INTROSPECTION: raw.ENABLE_INTROSPECTION ?? !production,
    MASK_ERRORS: raw.MASK_ERRORS ?? production,
    GRAPHIQL_ENABLED: raw.GRAPHIQL_ENABLED ?? !production,
    WEBHOOK_ALLOW_HTTP: raw.WEBHOOK_ALLOW_HTTP ?? false,
    AUDIT_FAIL_OPEN: raw.AUDIT_FAIL_OPEN ?? false,
    TRACING_INCLUDE_VARIABLES: raw.TRACING_INCLUDE_VARIABLES ?? false,
    RATE_LIMIT_ENABLED: raw.RATE_LIMIT_ENABLED ?? true,
    RATE_LIMIT_TENANT_OVERRIDES: new Map(
      raw.RATE_LIMIT_TENANT_OVERRIDES.split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [tenant, budget] = p.split('=') as [string, string];
          const [points, seconds] = budget.split('/').map(Number) as [number, number];
          return [tenant, { points, windowSeconds: seconds }] as const;
        }),
    ),
    SUBGRAPH_URLS: parseSubgraphUrls(raw.SUBGRAPH_URLS),
    REDIS_CLUSTER_NODES: parseHostPorts(raw.REDIS_CLUSTER_NODES),
    SECRETS_ENCRYPTION_KEYS: parseKeys(raw.SECRETS_ENCRYPTION_KEYS),
    EXPORTS_CUSTOM_QUERY_ENABLED: raw.EXPORTS_CUSTOM_QUERY_ENABLED ?? false,
    EXPORTS_S3_FORCE_PATH_STYLE: raw.EXPORTS_S3_FORCE_PATH_STYLE ?? Boolean(raw.EXPORTS_S3_ENDPOINT),
    EXPORTS_S3_PRESIGNED_DOWNLOADS: raw.EXPORTS_S3_PRESIGNED_DOWNLOADS ?? false,
  };
}

export function subgraphPort(config: Pick<Config, 'SUBGRAPH_PORT_BASE'>, name: SubgraphName): number {
  if (config.SUBGRAPH_PORT_BASE === 0) return 0;
  return config.SUBGRAPH_PORT_BASE + 1 + SUBGRAPH_NAMES.indexOf(name);
}
