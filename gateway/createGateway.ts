import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { parse } from 'graphql';
import type { RedisClient } from '../lib/redis.js';
import { createAuditLog } from '../subgraphs/audit/auditApi.js';
import { DependencyBreaker } from '../lib/circuitBreaker.js';
import type { Config } from '../lib/config.js';
import { PlatformError } from '../lib/errors.js';
import { sendError, sendJson } from '../lib/graphqlHttp.js';
import { hostForUrl, listen, type Listening } from '../lib/httpServer.js';
import type { Logger } from '../lib/logger.js';
import type { MetricsRecorder } from '../lib/metrics/recorder.js';
import type { ErrorReporter } from '../lib/errorTracking/ErrorReporter.js';
import { signPrincipal, type Principal } from '../lib/principal.js';
import { FederatedExecutor } from './engine/FederatedExecutor.js';
import { OperationRunner } from './engine/OperationRunner.js';
import { GatewayMetrics } from './metrics.js';
import { createGatewaySecurity } from './gatewaySecurity.js';
import { useActivity } from './plugins/useActivity.js';
import { useSyntheticLimits } from './plugins/useSyntheticLimits.js';
import { RequestPipeline, type PreparedOperation } from './pipeline/RequestPipeline.js';
import { ScopePolicy } from './pipeline/scopePolicy.js';
import { PersistedDocuments } from './pipeline/persistedDocuments.js';
import { useAudit } from './plugins/useAudit.js';
import { useSubscriptionGauge } from './plugins/useSubscriptionGauge.js';
import { checkReadiness } from './readiness.js';
import { SubgraphDataSource } from './SubgraphDataSource.js';
import { SubscriptionHub } from './subscriptions/SubscriptionHub.js';
import { UpstreamPool } from './subscriptions/UpstreamPool.js';
import { readSupergraph } from './supergraph.js';
import { handleGraphqlRequest } from './transports/http.js';
import { clientOrigin, parseTrustedProxies } from './transports/clientOrigin.js';
import { serveSubscriptions } from './transports/websocket.js';
import { serveSse } from './transports/sse.js';
import { createCors } from './transports/cors.js';
import { createExplorer, EXPLORER_ASSETS_PREFIX, wantsHtml } from './transports/explorer.js';
import { createDestinations, DOWNLOAD_PATH, serveDownload } from '../subgraphs/exports/gatewayApi.js';

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  redis: RedisClient;
  neo4j: Driver;
  /** Where each subgraph answers, by name. */
  subgraphUrls: Readonly<Record<string, string>>;
  port?: number;
  supergraphSdl?: string;
  /** The process's metrics recorder (runtime/connect); tenant series are not recorded without one. */
  metrics?: MetricsRecorder;
  /** The process's error reporter (runtime/connect): the gateway's own unexpected errors. */
  errors?: ErrorReporter;
}

export interface RunningGateway extends Listening {
  readonly url: string;
  readonly metrics: GatewayMetrics;
  readonly pipeline: RequestPipeline;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The composition root of the gateway process: wires pipeline, engine, transports, routes and shutdown. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, logger } = options;
  const log = logger.child({ component: 'gateway' });
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const metrics = new GatewayMetrics();
  const auditLog = createAuditLog(options.redis, config, log);
  const audit = auditLog.trail;

  // One data source per subgraph, shared by every operation whatever its transport.
  const services = Object.fromEntries(
    Object.entries(options.subgraphUrls).map(([name, url]) => [
      name,
      new SubgraphDataSource({
        name,
        url,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        metrics,
        breaker: new DependencyBreaker({
          name: `subgraph:${name}`,
          failures: config.CIRCUIT_BREAKER_FAILURES,
          halfOpenAfterMs: config.CIRCUIT_BREAKER_HALF_OPEN_MS,
          probe: async () => {
            const res = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(1_000) });
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
          },
          logger: log,
        }),
      }),
    ]),
  );
  // The one engine: one supergraph, one planner and plan cache for HTTP and WebSocket.
  const executor = new FederatedExecutor(supergraphSdl, config.PLAN_BUDGET_MS);
  const plannerReady = executor.startPlanner();

  const security = createGatewaySecurity({ config, redis: options.redis, logger: log, audit });
  const trustedProxies = parseTrustedProxies(config.TRUSTED_PROXY_CIDRS);

  const pipeline = new RequestPipeline({
    authenticate: security.authenticate,
    policy: ScopePolicy.fromSupergraph(supergraphSdl),
    schema: () => executor.schema,
    limits: {
      maxDepth: config.LIMIT_MAX_DEPTH,
      maxAliases: config.LIMIT_MAX_ALIASES,
      maxTokens: config.LIMIT_MAX_TOKENS,
      maxFields: config.LIMIT_MAX_FIELDS,
      maxInputDepth: config.LIMIT_MAX_INPUT_DEPTH,
      maxCost: config.COST_MAX_PER_OPERATION,
    },
    cost: { defaultListSize: config.COST_DEFAULT_LIST_SIZE, mutationCost: config.COST_MUTATION },
    introspection: config.ENABLE_INTROSPECTION,
    maskErrors: config.MASK_ERRORS,
    documents: PersistedDocuments.fromFiles(config.PERSISTED_DOCUMENTS),
    logger: log,
    metrics,
    ...(options.metrics ? { tenantMetrics: options.metrics } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  });

  // Signed principals are reused while their 10 s expiry bucket lasts (see signPrincipal).
  const signatures = new Map<string, { header: string; until: number }>();
  const sign = (principal: Principal): string => {
    const key = `${principal.tenantId}\n${principal.subject}\n${principal.scopes.join(' ')}`;
    const now = Date.now();
    const cached = signatures.get(key);
    if (cached && cached.until > now) return cached.header;
    const header = signPrincipal(
      principal,
      config.INTERNAL_SIGNING_KEY,
      config.INTERNAL_PRINCIPAL_TTL_SECONDS,
      now,
    );
    if (signatures.size > 10_000) signatures.clear();
    signatures.set(key, { header, until: now + 5_000 });
    return header;
  };

  const context = (prepared: PreparedOperation, traceContext = prepared.traceContext) => ({
    signedPrincipal: sign(prepared.principal),
    requestId: prepared.requestId,
    ...(traceContext ? { traceContext } : {}),
  });

  const subscriptionGauge = options.metrics
    ? useSubscriptionGauge({
        recorder: options.metrics,
        intervalMs: Math.max(1_000, config.METRICS_FLUSH_MS),
      })
    : null;
  const runner = new OperationRunner({
    includeVariables: config.TRACING_INCLUDE_VARIABLES,
    executor,
    services,
    pipeline,
    context,
    hooks: [
      ...(config.RATE_LIMIT_ENABLED ? [security.rateLimit] : []),
      useSyntheticLimits(),
      useAudit({
        trail: audit,
        available: () => options.redis.status === 'ready',
        failOpen: config.AUDIT_FAIL_OPEN,
        // Before/after state of updates: a query run as the caller, straight through the engine.
        readState: async (prepared, query, variables) => {
          const planned = await executor.plan(parse(query), query, 'AuditState');
          const request = { query, operationName: 'AuditState', variables };
          const executed = await executor.execute(planned, services, request, context(prepared));
          return (executed.data as { state?: unknown } | null | undefined)?.state ?? null;
        },
      }),
      ...(subscriptionGauge ? [subscriptionGauge] : []),
      useActivity({ reporter: security.activity }),
    ],
  });

  const subgraphs = Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url }));
  // Export files are read where workers wrote them (EXPORTS_DIR, the S3 bucket); one S3 client.
  const exportDestinations = createDestinations(config);
  // GraphiQL for browsers (GRAPHIQL_ENABLED, off in production by default), from installed packages.
  const explorer = config.GRAPHIQL_ENABLED ? createExplorer() : null;
  const cors = createCors(config.CORS_ORIGINS);
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    if (cors.handle(req, res)) return;
    if (explorer && path.startsWith(EXPLORER_ASSETS_PREFIX)) return explorer.asset(path, res);
    switch (path) {
      case '/graphql/stream':
        return sse.handle(req, res, requestId);
      case '/graphql':
        if (req.headers.accept?.includes('text/event-stream')) return sse.handle(req, res, requestId);
        if (explorer && req.method === 'GET' && wantsHtml(req)) return explorer.page(req, res);
        return handleGraphqlRequest(
          { pipeline, runner, maxBodyBytes: config.LIMIT_MAX_BODY_BYTES, trustedProxies },
          req,
          res,
          requestId,
        );
      case '/alerts/alertmanager':
        // Prometheus Alertmanager's webhook receiver: the payload runs as ingestAlertmanagerAlerts
        // through the whole pipeline (authentication, observability:write, limits, audit).
        return handleGraphqlRequest(
          { pipeline, runner, maxBodyBytes: config.LIMIT_MAX_BODY_BYTES, trustedProxies },
          req,
          res,
          requestId,
          (payload) => ({
            query:
              'mutation IngestAlertmanager($payload: JSON!) { ingestAlertmanagerAlerts(payload: $payload) { received changed } }',
            variables: { payload },
          }),
        );
      case DOWNLOAD_PATH:
        // Export files: the signed, expiring URL from ExportJob.downloadUrl (docs/EXPORTS.md).
        return serveDownload(
          req,
          res,
          {
            destinations: exportDestinations,
            internalKey: config.INTERNAL_SIGNING_KEY,
            onServed: (grant, how, bytes) => {
              const origin = clientOrigin(req, trustedProxies);
              if (grant.subject)
                security.activity.use({
                  tenantId: grant.tenantId,
                  principal: grant.subject,
                  bytesDownloaded: bytes,
                });
              void audit
                .append({
                  tenantId: grant.tenantId,
                  // The principal the link was made for: its address is sealed under that
                  // subject's key (erasure shreds it), not under one shared by every link.
                  actor: grant.subject ?? 'signed-download-link',
                  action: 'export.download',
                  eventType: 'data_exported',
                  resource: grant.exportId,
                  resourceType: 'export',
                  outcome: 'SUCCESS',
                  details: {
                    how,
                    via: 'signed-download-link',
                    fileName: grant.fileName,
                    requestId,
                    // Origin (PCI DSS 10.2.2): who fetched the link, as the GraphQL path records it.
                    clientIp: origin.ip,
                    userAgent: origin.userAgent,
                  },
                })
                .catch((error: unknown) => log.warn({ err: error }, 'audit append failed'));
            },
          },
          requestId,
        );
      case '/.well-known/audit-keys':
        // Checkpoint verification keys, for auditors who check signed notes offline (docs/AUDIT.md).
        return sendJson(res, 200, { keys: auditLog.checkpoints.describeKeys() });
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz': {
        const readiness = await checkReadiness({
          redis: options.redis,
          neo4j: options.neo4j,
          neo4jDatabase: config.NEO4J_DATABASE,
          subgraphs,
        });
        return sendJson(res, readiness.ready ? 200 : 503, readiness);
      }
      case '/metrics': {
        const text = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
        return;
      }
      default:
        return sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    }
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendError(res, new PlatformError('INTERNAL_SERVER_ERROR', 'Internal server error'));
      else res.destroy();
    });
  });
  const pool = new UpstreamPool(options.subgraphUrls, sign);
  const hub = new SubscriptionHub({
    planner: executor,
    pool,
    services,
    pipeline,
    metrics,
    queueSize: config.SUBSCRIPTION_QUEUE_SIZE,
    maxPerTenant: config.SUBSCRIPTIONS_MAX_PER_TENANT,
    context,
  });
  const sse = serveSse({
    pipeline,
    runner,
    hub,
    logger: log,
    maxBodyBytes: config.LIMIT_MAX_BODY_BYTES,
    trustedProxies,
  });
  const websocket = serveSubscriptions({
    server,
    pipeline,
    runner,
    hub,
    metrics,
    logger: log,
    maxConnections: config.WS_MAX_CONNECTIONS,
    maxPerConnection: config.SUBSCRIPTIONS_MAX_PER_CONNECTION,
    maxPayloadBytes: config.LIMIT_MAX_BODY_BYTES,
    initTimeoutMs: config.WS_INIT_TIMEOUT_MS,
    trustedProxies,
  });
  // A revoked or suspended key ends its open subscriptions on every gateway (by channel).
  security.apiKeys.onChange((change) => {
    const error =
      change.reason === 'revoked'
        ? new PlatformError('UNAUTHENTICATED', 'API key revoked')
        : change.reason === 'suspended'
          ? new PlatformError('API_KEY_SUSPENDED', 'API key suspended')
          : null;
    if (!error) return;
    const ended = websocket.endApiKey(change.id, error) + sse.endApiKey(change.id, error);
    if (ended > 0)
      log.info(
        { keyId: change.id, connections: ended, reason: change.reason },
        'ended sockets of an API key',
      );
  });
  await security.apiKeys.whenListening();
  // Listen only once the planner can answer, so a first request never waits on its boot.
  await plannerReady;

  const listening = await listen(server, config.HOST, options.port ?? config.GATEWAY_PORT);
  const url = `http://${hostForUrl(config.HOST)}:${listening.port}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    ...listening,
    url,
    metrics,
    pipeline,
    close: async () => {
      subscriptionGauge?.stop();
      sse.close();
      await websocket.close();
      await security.close();
      await pool.close();
      await listening.close();
      await executor.close();
      exportDestinations.close();
      await auditLog.close();
    },
  };
}
