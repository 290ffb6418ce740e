import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import { AuditTrail } from '../lib/auditTrail.js';
import type { Config } from '../lib/config.js';
import { PlatformError } from '../lib/errors.js';
import { sendError, sendJson } from '../lib/graphqlHttp.js';
import { hostForUrl, listen, type Listening } from '../lib/httpServer.js';
import type { Logger } from '../lib/logger.js';
import { signPrincipal, type Principal } from '../lib/principal.js';
import { handleGraphqlRequest, type HttpOperationContext } from './graphqlRoute.js';
import { GatewayMetrics } from './metrics.js';
import { createAuthenticator } from './pipeline/authenticate.js';
import { RequestPipeline, type PreparedOperation } from './pipeline/RequestPipeline.js';
import { ScopePolicy } from './pipeline/scopePolicy.js';
import { checkReadiness } from './readiness.js';
import { SubgraphDataSource } from './SubgraphDataSource.js';
import { OperationPlanner } from './subscriptions/OperationPlanner.js';
import { serveSubscriptions } from './subscriptions/SubscriptionServer.js';
import { SubscriptionHub } from './subscriptions/SubscriptionHub.js';
import { UpstreamPool } from './subscriptions/UpstreamPool.js';
import { forApolloGateway, readSupergraph } from './supergraph.js';
import { DOWNLOAD_PATH } from '../subgraphs/exports/download/signedUrl.js';
import { serveDownload } from '../subgraphs/exports/download/serveDownload.js';
import { createDestinations } from '../subgraphs/exports/destinations/createDestination.js';

export interface GatewayOptions {
  config: Config;
  logger: Logger;
  redis: Redis;
  neo4j: Driver;
  /** Where each subgraph answers, by name. */
  subgraphUrls: Readonly<Record<string, string>>;
  port?: number;
  supergraphSdl?: string;
}

export interface RunningGateway extends Listening {
  readonly url: string;
  readonly metrics: GatewayMetrics;
  readonly pipeline: RequestPipeline;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The composition root of the gateway process: wires pipeline, Apollo, routes and shutdown. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, logger } = options;
  const log = logger.child({ component: 'gateway' });
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const metrics = new GatewayMetrics();
  const audit = new AuditTrail(options.redis, config.REDIS_KEY_PREFIX);

  // One data source per subgraph, shared by the HTTP executor and the subscription executor.
  const services = Object.fromEntries(
    Object.entries(options.subgraphUrls).map(([name, url]) => [
      name,
      new SubgraphDataSource({ name, url, timeoutMs: config.SUBGRAPH_TIMEOUT_MS, metrics }),
    ]),
  );
  let apiSchema: GraphQLSchema | null = null;
  // @apollo/gateway otherwise exports usage telemetry and probes cloud metadata endpoints at
  // construction: this gateway talks to nothing but its subgraphs, Redis and Neo4j.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: forApolloGateway(supergraphSdl),
    buildService: ({ name }) => {
      const service = services[name];
      if (!service) throw new Error(`No URL for subgraph "${name}"`);
      return service;
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const pipeline = new RequestPipeline({
    authenticate: createAuthenticator({
      jwtSecret: config.AUTH_JWT_SECRET,
      jwksUrl: config.AUTH_JWKS_URL,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    }),
    policy: ScopePolicy.fromSupergraph(supergraphSdl),
    schema: () => {
      if (!apiSchema) throw new PlatformError('INTERNAL_SERVER_ERROR', 'Gateway schema not loaded yet');
      return apiSchema;
    },
    limits: {
      maxDepth: config.LIMIT_MAX_DEPTH,
      maxAliases: config.LIMIT_MAX_ALIASES,
      maxTokens: config.LIMIT_MAX_TOKENS,
      maxFields: config.LIMIT_MAX_FIELDS,
      maxInputDepth: config.LIMIT_MAX_INPUT_DEPTH,
    },
    introspection: config.ENABLE_INTROSPECTION,
    maskErrors: config.MASK_ERRORS,
    logger: log,
    metrics,
  });

  const shapeAndAudit: ApolloServerPlugin<HttpOperationContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { prepared } = contextValue;
          const result = pipeline.complete(prepared, response.body.singleResult);
          pipeline.observe(prepared, result);
          if (prepared.operationType === 'mutation')
            await recordMutation(audit, prepared, result.errors?.length ?? 0);
        },
      };
    },
  };

  const apollo = new ApolloServer<HttpOperationContext>({
    gateway,
    // The pipeline already enforced introspection policy, limits and validation.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // runtime/main.ts owns SIGTERM/SIGINT and closes everything in order.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), shapeAndAudit],
  });
  await apollo.start();

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

  const context = (prepared: PreparedOperation) => ({
    signedPrincipal: sign(prepared.principal),
    requestId: prepared.requestId,
  });

  const subgraphs = Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url }));
  // Export files are read where workers wrote them (EXPORTS_DIR, the S3 bucket); one S3 client.
  const exportDestinations = createDestinations(config);
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?', 1)[0];
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    switch (path) {
      case '/graphql':
        return handleGraphqlRequest(
          { apollo, pipeline, maxBodyBytes: config.LIMIT_MAX_BODY_BYTES, context },
          req,
          res,
          requestId,
        );
      case DOWNLOAD_PATH:
        // Export files: the signed, expiring URL from ExportJob.downloadUrl (docs/EXPORTS.md).
        return serveDownload(
          req,
          res,
          { destinations: exportDestinations, internalKey: config.INTERNAL_SIGNING_KEY },
          requestId,
        );
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
  const planner = new OperationPlanner(supergraphSdl);
  const pool = new UpstreamPool(options.subgraphUrls, sign);
  const hub = new SubscriptionHub({
    planner,
    pool,
    services,
    pipeline,
    metrics,
    queueSize: config.SUBSCRIPTION_QUEUE_SIZE,
    maxPerTenant: config.SUBSCRIPTIONS_MAX_PER_TENANT,
    context,
  });
  const websocket = serveSubscriptions({
    server,
    pipeline,
    planner,
    hub,
    services,
    metrics,
    logger: log,
    maxConnections: config.WS_MAX_CONNECTIONS,
    maxPerConnection: config.SUBSCRIPTIONS_MAX_PER_CONNECTION,
    maxPayloadBytes: config.LIMIT_MAX_BODY_BYTES,
    context,
    afterMutation: (prepared, errorCount) => recordMutation(audit, prepared, errorCount),
  });

  const listening = await listen(server, config.HOST, options.port ?? config.GATEWAY_PORT);
  const url = `http://${hostForUrl(config.HOST)}:${listening.port}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    ...listening,
    url,
    metrics,
    pipeline,
    close: async () => {
      await websocket.close();
      await pool.close();
      await listening.close();
      await apollo.stop();
      exportDestinations.close();
    },
  };
}

/** Every mutation lands in the tenant's tamper-evident audit trail. */
async function recordMutation(
  audit: AuditTrail,
  prepared: PreparedOperation,
  errorCount: number,
): Promise<void> {
  try {
    await audit.append({
      tenantId: prepared.principal.tenantId,
      actor: prepared.principal.subject,
      action: `graphql.mutation`,
      resource: prepared.operationName,
      outcome: errorCount === 0 ? 'SUCCESS' : 'FAILURE',
      details: { requestId: prepared.requestId, errorCount, transport: prepared.transport },
    });
  } catch (error) {
    prepared.log.error({ err: error }, 'audit append failed');
  }
}
