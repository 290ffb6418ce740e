import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ServiceMap } from '@apollo/gateway';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { PlatformError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { GatewayMetrics } from '../metrics.js';
import type { AuthenticatedPrincipal } from '../pipeline/authenticate.js';
import type { PreparedOperation, RequestPipeline, ResultShape } from '../pipeline/RequestPipeline.js';
import type { GatewayContext } from '../SubgraphDataSource.js';
import type { ClientQueue } from './ClientQueue.js';
import { formatExecutorErrors } from './formatErrors.js';
import type { OperationPlanner } from './OperationPlanner.js';
import type { SubscriptionHub } from './SubscriptionHub.js';

export interface SubscriptionServerOptions {
  server: Server;
  pipeline: RequestPipeline;
  planner: OperationPlanner;
  hub: SubscriptionHub;
  services: ServiceMap;
  metrics: GatewayMetrics;
  logger: Logger;
  maxConnections: number;
  maxPerConnection: number;
  maxPayloadBytes: number;
  context: (prepared: PreparedOperation) => GatewayContext;
  /** Called after a mutation over WebSocket completes (audit). */
  afterMutation: (prepared: PreparedOperation, errorCount: number) => Promise<void>;
}

interface Connection {
  readonly id: string;
  readonly principal: AuthenticatedPrincipal;
  readonly socket: WebSocket;
  readonly queues: Map<string, ClientQueue>;
  expired: boolean;
  timer: NodeJS.Timeout | null;
}

interface OperationContext {
  prepared: PreparedOperation;
  queue: ClientQueue | null;
}

type Extra = { socket: WebSocket };

// A client whose queue overflowed and that has not read for this long is disconnected: its socket
// write is stuck, so the final error could never reach it anyway.
const STALLED_MS = 5_000;

function toError(error: PlatformError | GraphQLFormattedError): GraphQLError {
  if (error instanceof PlatformError) return error.toGraphQLError();
  return new GraphQLError(error.message, { extensions: error.extensions });
}

/**
 * graphql-ws on the gateway's /graphql. Connections authenticate in `connection_init`
 * (`{ authorization: "Bearer <jwt>" }`) through the same pipeline as HTTP; a bad token closes the
 * socket with 4403 (CloseCode.Forbidden). Subscriptions run through the SubscriptionHub; queries
 * and mutations through the same planner and executor as the subscription path.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { pipeline, metrics } = options;
  const wss = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    maxPayload: options.maxPayloadBytes,
  });
  const connections = new Map<Context<Record<string, unknown>, Extra>, Connection>();

  wss.on('connection', (socket) => {
    if (wss.clients.size > options.maxConnections)
      socket.close(1013, 'SUBSCRIPTION_LIMIT_REACHED: too many connections');
    metrics.wsConnections.set(wss.clients.size);
    socket.once('close', () => metrics.wsConnections.set(wss.clients.size));
  });

  const endAll = (connection: Connection, error: PlatformError) => {
    for (const queue of connection.queues.values()) queue.end(error, error.code.toLowerCase());
  };

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          const principal = await pipeline.authenticate(
            typeof authorization === 'string' ? authorization : undefined,
          );
          const connection: Connection = {
            id: randomUUID(),
            principal,
            socket: ctx.extra.socket,
            queues: new Map(),
            expired: false,
            timer: null,
          };
          // A token that lapses mid-stream ends the subscriptions; the client reconnects with a fresh one.
          connection.timer = setTimeout(
            () => {
              connection.expired = true;
              endAll(
                connection,
                new PlatformError('UNAUTHENTICATED', 'Token expired; reconnect with a fresh token'),
              );
            },
            Math.max(0, Math.min(principal.expiresAt - Date.now(), 2 ** 31 - 1)),
          );
          connections.set(ctx, connection);
          return true;
        } catch (error) {
          if (error instanceof PlatformError)
            pipeline.rejected(error, { requestId: 'ws-connect', transport: 'ws' });
          return false;
        }
      },
      onSubscribe: (ctx, id, payload) => {
        const connection = connections.get(ctx);
        if (!connection) return [new PlatformError('UNAUTHENTICATED', 'Not authenticated').toGraphQLError()];
        if (connection.expired)
          return [
            new PlatformError(
              'UNAUTHENTICATED',
              'Token expired; reconnect with a fresh token',
            ).toGraphQLError(),
          ];
        if (connection.queues.size >= options.maxPerConnection) {
          return [
            new PlatformError(
              'SUBSCRIPTION_LIMIT_REACHED',
              `At most ${options.maxPerConnection} operations per connection`,
            ).toGraphQLError(),
          ];
        }
        try {
          const prepared = pipeline.prepare(connection.principal, payload, `${connection.id}:${id}`, 'ws');
          if (pipeline.nothingToExecute(prepared)) {
            // Every root field was withheld: answer with the FORBIDDEN errors alone.
            const denied = pipeline.complete(prepared, { data: {} } as ResultShape);
            return (denied.errors ?? []).map(toError);
          }
          let queue: ClientQueue | null = null;
          if (prepared.operationType === 'subscription') {
            queue = options.hub.subscribe(prepared);
            connection.queues.set(id, queue);
          }
          const contextValue: OperationContext = { prepared, queue };
          const args: ExecutionArgs = {
            schema: options.planner.schema,
            document: prepared.document,
            operationName: prepared.operationName,
            variableValues: prepared.variables,
            contextValue,
          };
          return args;
        } catch (error) {
          if (error instanceof PlatformError) {
            pipeline.rejected(error, {
              requestId: `${connection.id}:${id}`,
              transport: 'ws',
              tenantId: connection.principal.tenantId,
            });
            return [error.toGraphQLError()];
          }
          throw error;
        }
      },
      subscribe: (args) => {
        const { queue } = args.contextValue as OperationContext;
        // Results carry already-formatted errors; graphql-ws only serialises them.
        return queue as unknown as AsyncGenerator<ExecutionResult>;
      },
      execute: async (args) => {
        const { prepared } = args.contextValue as OperationContext;
        const planned = options.planner.plan(prepared.document, prepared.query, prepared.operationName);
        const executed = await options.planner.execute(
          planned,
          options.services,
          { query: prepared.query, operationName: prepared.operationName, variables: prepared.variables },
          options.context(prepared),
        );
        const result = pipeline.complete(prepared, {
          data: (executed.data ?? null) as Record<string, unknown> | null,
          ...(executed.errors?.length ? { errors: formatExecutorErrors(executed.errors) } : {}),
        });
        pipeline.observe(prepared, result);
        if (prepared.operationType === 'mutation')
          await options.afterMutation(prepared, result.errors?.length ?? 0);
        return result as ExecutionResult;
      },
      // Results are shaped by the pipeline already (formatted errors, FORBIDDEN nulls): send as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result,
      onComplete: (ctx, id) => {
        const connection = connections.get(ctx);
        const queue = connection?.queues.get(id);
        if (!connection || !queue) return;
        connection.queues.delete(id);
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx);
        if (!connection) return;
        if (connection.timer) clearTimeout(connection.timer);
        for (const queue of connection.queues.values()) void queue.return();
        connections.delete(ctx);
      },
    },
    wss,
  );

  // Cut off sockets whose client stopped reading after its queue overflowed.
  const sweep = setInterval(() => {
    for (const connection of connections.values()) {
      const now = Date.now();
      const stalled = [...connection.queues.values()].some(
        (q) => q.overflowed && now - q.lastPullAt > STALLED_MS,
      );
      if (stalled) {
        options.logger.warn(
          { connection: connection.id, tenantId: connection.principal.tenantId },
          'closing stalled socket',
        );
        connection.socket.terminate();
      }
    }
  }, 1000);
  sweep.unref();

  return {
    close: async () => {
      clearInterval(sweep);
      // Tell every subscriber why, give the final messages a moment to flush, then close.
      for (const connection of connections.values()) {
        endAll(
          connection,
          new PlatformError(
            'SHUTTING_DOWN',
            'Gateway is shutting down; reconnect and resume with the last cursor',
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const socket of wss.clients) socket.close(1001, 'SHUTTING_DOWN');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
