import { collectDefaultMetrics, Registry } from 'prom-client';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isBrokenCircuitError, type DependencyBreaker } from './circuitBreaker.js';
import { DEPENDENCY_LABELS, type Dependency } from './dependencyErrors.js';
import { PlatformError } from './errors.js';
import { MASKED_MESSAGE, type ErrorReporter } from './errorTracking/ErrorReporter.js';
import { formatPlatformError, unexpectedError } from './formatError.js';
import { executeWithApollo } from './apolloHttp.js';
import { parseJsonBody, readBody, sendError, sendJson } from './graphqlHttp.js';
import { hostForUrl, listen, type Listening } from './httpServer.js';
import type { Logger } from './logger.js';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER, verifyPrincipal, type Principal } from './principal.js';
import { contextFromHeaders, inSpan, linkTo, ROOT_CONTEXT, SpanKind } from './telemetry/tracing.js';

/** What every subgraph resolver receives: the principal the gateway verified and signed. */
export interface SubgraphContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly log: Logger;
}

export interface SubgraphDefinition {
  readonly name: string;
  readonly schema: GraphQLSchema;
  /** Extra per-request context (e.g. the JWT claims @neo4j/graphql reads). */
  extendContext?(base: SubgraphContext): Record<string, unknown>;
  /** Closes the subgraph's own resources (drivers, workers). */
  close?(): Promise<void>;
  /**
   * A breaker on the one dependency every request of this subgraph needs (knowledge: Neo4j).
   * While it is open, requests are answered SERVICE_UNAVAILABLE at once instead of each waiting
   * for the driver to give up.
   */
  breaker?: { dependency: Dependency; policy: DependencyBreaker };
}

/**
 * Set by the response hook when a request failed because `breaker.dependency` was down. A holder
 * object, so it survives Apollo Server copying the context.
 */
interface DependencyOutcome {
  failed: boolean;
}
const OUTCOME = Symbol('dependencyOutcome');

class DependencyFailed extends Error {}

export interface SubgraphServerOptions {
  host: string;
  port: number;
  signingKey: string;
  maxBodyBytes: number;
  maskErrors: boolean;
  logger: Logger;
  /** Where unexpected resolver errors are captured (lib/errorTracking); none when omitted. */
  errors?: ErrorReporter;
}

/** Unexpected errors of one operation to error tracking, with its tenant, operation and request. */
function reportUnexpected(
  options: SubgraphServerOptions,
  subgraph: string,
  errors: readonly unknown[],
  context: SubgraphContext,
  operationName: string | null | undefined,
): void {
  if (!options.errors) return;
  for (const error of errors) {
    const original = unexpectedError(error);
    if (original === null) continue;
    options.errors.capture(original, {
      source: 'request',
      tenantId: context.principal.tenantId,
      // The query planner names a subgraph fetch `<client operation>__<subgraph>__<n>`.
      operation: operationName?.replace(new RegExp(`__${subgraph}__\\d+$`), '') ?? null,
      subgraph,
      requestId: context.requestId,
      shownMessage: options.maskErrors ? MASKED_MESSAGE : (original as Error | null)?.message,
    });
  }
}

export interface RunningSubgraph extends Listening {
  readonly name: string;
  readonly url: string;
}

/**
 * Serves one subgraph over HTTP. Every GraphQL request must carry a valid gateway signature;
 * without one the answer is UNAUTHENTICATED (401) and nothing executes.
 */
export async function startSubgraphServer(
  definition: SubgraphDefinition,
  options: SubgraphServerOptions,
): Promise<RunningSubgraph> {
  const log = options.logger.child({ subgraph: definition.name });
  const apollo = new ApolloServer<SubgraphContext>({
    schema: definition.schema,
    introspection: true,
    // runtime/main.ts owns SIGTERM/SIGINT and closes everything in order.
    stopOnTerminationSignals: false,
    // Inline tracing (ftv1) and cache-control hints (a hook around every field resolver) cost
    // every request, and nothing here reads them: no SDL has @cacheControl, the gateway caches none.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue, operationName }) {
              reportUnexpected(options, definition.name, errors, contextValue, operationName);
            },
            async willSendResponse({ response, contextValue }) {
              const guarded = definition.breaker?.dependency;
              if (!guarded || response.body.kind !== 'single') return;
              const failed = response.body.singleResult.errors?.some(
                (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.dependency === guarded,
              );
              const outcome = (contextValue as unknown as Record<symbol, DependencyOutcome | undefined>)[
                OUTCOME
              ];
              if (failed && outcome) outcome.failed = true;
            },
          };
        },
      },
    ],
    formatError: (formatted, error) => {
      const out = formatPlatformError(formatted, error, options.maskErrors);
      if (out.extensions?.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error }, 'resolver failed');
      return out;
    },
  });
  await apollo.start();

  // Made on the first scrape: processes running several subgraphs (main.ts all) pay nothing.
  let registry: Registry | null = null;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok', subgraph: definition.name });
      return;
    }
    if (path === '/metrics') {
      // Process metrics only: no tenant label, so cardinality never grows with tenants.
      if (!registry) {
        registry = new Registry();
        collectDefaultMetrics({ register: registry, prefix: `subgraph_${definition.name}_` });
      }
      const scraped = registry;
      void scraped.metrics().then((text) => {
        res.writeHead(200, { 'content-type': scraped.contentType });
        res.end(text);
      });
      return;
    }
    if (path !== '/graphql') {
      sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const requestId = String(req.headers[REQUEST_ID_HEADER] ?? randomUUID());
    // The subgraph's server span: a child of the gateway's fetch span (its traceparent), so one
    // trace runs gateway → subgraph → Neo4j / Redis.
    void inSpan(
      `graphql ${definition.name}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'kg.subgraph': definition.name, 'kg.request_id': requestId },
        parent: req.headers.traceparent ? contextFromHeaders(req.headers) : ROOT_CONTEXT,
      },
      async () => {
        try {
          const principal = verifyPrincipal(
            req.headers[PRINCIPAL_HEADER] as string | undefined,
            options.signingKey,
          );
          const body =
            req.method === 'POST' ? parseJsonBody(await readBody(req, options.maxBodyBytes)) : undefined;
          const base: SubgraphContext = {
            principal,
            requestId,
            log: log.child({ requestId, tenantId: principal.tenantId }),
          };
          const outcome: DependencyOutcome = { failed: false };
          const context = { ...base, ...definition.extendContext?.(base), [OUTCOME]: outcome };
          const run = () => executeWithApollo(apollo, req, res, body, async () => context);
          const breaker = definition.breaker;
          if (!breaker) {
            await run();
            return;
          }
          await breaker.policy
            .execute(async () => {
              await run();
              // The response is already sent; throwing only tells the breaker it was a failure.
              if (outcome.failed) throw new DependencyFailed();
            })
            .catch((error: unknown) => {
              if (error instanceof DependencyFailed) return;
              if (isBrokenCircuitError(error)) {
                throw new PlatformError(
                  'SERVICE_UNAVAILABLE',
                  `${DEPENDENCY_LABELS[breaker.dependency]} is unavailable; retry shortly`,
                  {
                    dependency: breaker.dependency,
                    retryable: true,
                  },
                );
              }
              throw error;
            });
        } catch (error) {
          if (error instanceof PlatformError) {
            sendError(res, error, requestId);
            return;
          }
          log.error({ err: error, requestId }, 'subgraph request failed');
          options.errors?.capture(error, { source: 'request', subgraph: definition.name, requestId });
          if (!res.headersSent) {
            sendError(res, new PlatformError('INTERNAL_SERVER_ERROR', 'Internal server error'), requestId);
          } else {
            res.destroy();
          }
        }
      },
    );
  });

  const closeSubscriptions = serveSubscriptions(server, definition, options, log);
  const listening = await listen(server, options.host, options.port);
  const url = `http://${hostForUrl(options.host)}:${listening.port}/graphql`;
  let closing: Promise<void> | undefined;
  log.info({ url }, 'subgraph listening');
  return {
    ...listening,
    name: definition.name,
    url,
    // Idempotent: a test or an operator may stop one subgraph before the whole platform stops.
    close: () => {
      closing ??= (async () => {
        await closeSubscriptions();
        await listening.close();
        await apollo.stop();
        await definition.close?.();
      })();
      return closing;
    },
  };
}

/** A background worker process role (webhook delivery, export jobs), scalable by count. */
export interface RunningWorker {
  readonly name: string;
  /** Stops taking work, lets in-flight work finish or hand back, closes resources. */
  close(): Promise<void>;
}

/** Starts a worker role; lives in the subgraph that owns its data (runtime/workers.ts names them). */
export type WorkerFactory = (deps: SubgraphDeps) => Promise<RunningWorker>;

/** What a subgraph factory receives from the composition root. */
export interface SubgraphDeps {
  readonly redis: import('./redis.js').RedisClient;
  readonly neo4j: import('neo4j-driver').Driver;
  readonly logger: Logger;
  readonly config: import('./config.js').Config;
  /** Where this process records tenant metrics (lib/metrics). */
  readonly metrics: import('./metrics/recorder.js').MetricsRecorder;
  /**
   * Where this process captures unexpected errors (lib/errorTracking); tools that run one piece
   * of a role without runtime/connect have none.
   */
  readonly errors?: ErrorReporter;
}

/**
 * graphql-js's `subscribe`, plus tracing: an event that names the trace of its publish (a
 * PlatformEvent's `traceparent`) is executed in a span linked to it, and passes the traceparent on
 * to the gateway in the result's `extensions`, so the gateway's completion of the event links too.
 */
async function subscribeTraced(
  args: ExecutionArgs,
  subgraph: string,
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  return (async function* events() {
    for await (const event of source as AsyncIterable<unknown>) {
      const traceparent = (event as { traceparent?: unknown } | null)?.traceparent;
      if (typeof traceparent !== 'string') {
        yield await execute({ ...args, rootValue: event });
        continue;
      }
      const result = await inSpan(
        `subscription event ${subgraph}`,
        {
          kind: SpanKind.CONSUMER,
          links: linkTo(traceparent),
          parent: ROOT_CONTEXT,
          attributes: { 'kg.subgraph': subgraph },
        },
        async () => execute({ ...args, rootValue: event }),
      );
      yield { ...result, extensions: { ...result.extensions, traceparent } };
    }
  })();
}

/**
 * graphql-ws on the subgraph's /graphql, for the gateway's upstream subscriptions. The gateway
 * signs the principal into `connectionParams.principal`; without a valid one the socket is closed
 * with 4403 before any operation runs.
 */
function serveSubscriptions(
  server: import('node:http').Server,
  definition: SubgraphDefinition,
  options: SubgraphServerOptions,
  log: Logger,
): () => Promise<void> {
  if (!definition.schema.getSubscriptionType()) return async () => undefined;
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const principals = new WeakMap<object, Principal>();
  const disposable = useServer(
    {
      schema: definition.schema,
      subscribe: (args) => subscribeTraced(args, definition.name),
      onConnect: (ctx) => {
        try {
          principals.set(
            ctx,
            verifyPrincipal(ctx.connectionParams?.principal as string | undefined, options.signingKey),
          );
          return true;
        } catch {
          return false;
        }
      },
      // Same error contract as HTTP: every error leaves with a registered code.
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return result;
        reportUnexpected(
          options,
          definition.name,
          result.errors,
          args.contextValue as SubgraphContext,
          args.operationName,
        );
        return {
          ...result,
          errors: result.errors.map((e) => formatPlatformError(e.toJSON(), e, options.maskErrors)),
        };
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => formatPlatformError(e.toJSON(), e, options.maskErrors)),
      context: (ctx) => {
        const principal = principals.get(ctx) as Principal;
        const requestId = randomUUID();
        const base: SubgraphContext = {
          principal,
          requestId,
          log: log.child({ requestId, tenantId: principal.tenantId }),
        };
        return { ...base, ...definition.extendContext?.(base) };
      },
    },
    wss,
  );
  return async () => {
    await disposable.dispose();
    wss.close();
  };
}
