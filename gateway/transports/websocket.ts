import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import {
  CloseCode,
  GRAPHQL_TRANSPORT_WS_PROTOCOL,
  handleProtocols,
  MessageType,
  parseMessage,
  type Message,
} from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { PlatformError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { GatewayMetrics } from '../metrics.js';
import type { AuthenticatedPrincipal } from '../pipeline/authenticate.js';
import type { PreparedOperation, RequestPipeline, ResultShape } from '../pipeline/RequestPipeline.js';
import type { OperationRunner } from '../engine/OperationRunner.js';
import { clientOrigin, type TrustedProxies } from './clientOrigin.js';
import type { ClientQueue, SubscriptionResult } from '../subscriptions/ClientQueue.js';
import { frameBody, nextFrames, nextPrefix, type NextPrefix } from './nextFrames.js';
import { closeSocket, writeComplete, writeError, writeFrameNow, writeMessage } from './socketWrites.js';
import { Claim, sweepStalled, type Connection } from './wsConnection.js';
import type { SubscriptionHub } from '../subscriptions/SubscriptionHub.js';

export interface SubscriptionServerOptions {
  server: Server;
  pipeline: RequestPipeline;
  /** Queries and mutations sent over the socket run through the same engine as HTTP. */
  runner: OperationRunner;
  hub: SubscriptionHub;
  metrics: GatewayMetrics;
  logger: Logger;
  maxConnections: number;
  maxPerConnection: number;
  maxPayloadBytes: number;
  /** A socket that has not sent a valid connection_init by then is closed with 4408. */
  initTimeoutMs: number;
  trustedProxies: TrustedProxies;
}

export interface SubscriptionTransport {
  /** Ends every subscription of every socket authenticated with this API key (UNAUTHENTICATED). */
  endApiKey(keyId: string, error: PlatformError): number;
  close(): Promise<void>;
}

/**
 * The graphql-transport-ws protocol (graphql-ws's PROTOCOL.md; message parsing and close codes
 * from the graphql-ws library) on the gateway's /graphql. Served here rather than through
 * graphql-ws's `useServer` for the fan-out hot path: each event's payload is serialised once and
 * shared by every subscriber, and a write only waits when the socket is actually backed up.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): SubscriptionTransport {
  const { pipeline, metrics } = options;
  const wss = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    maxPayload: options.maxPayloadBytes,
    // Never negotiated: the fast path writes prebuilt uncompressed frames past ws's sender, which
    // only holds frames back (so order could change) while it compresses.
    perMessageDeflate: false,
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const connections = new Set<Connection>();
  // Once shutting down, new operations are refused with SHUTTING_DOWN instead of started and cut.
  let closing = false;
  const nextFrame = nextFrames();

  const sendNext = (connection: Connection, prefix: NextPrefix, result: SubscriptionResult) =>
    writeMessage(connection.socket, frameBody(nextFrame(prefix, result)));
  const sendError = (connection: Connection, id: string, errors: readonly GraphQLFormattedError[]) =>
    writeError(connection.socket, id, errors);
  const sendComplete = (connection: Connection, id: string) => writeComplete(connection.socket, id);

  const endAll = (connection: Connection, error: PlatformError) => {
    for (const slot of connection.operations.values())
      if (!(slot instanceof Claim)) slot.end(error, error.code.toLowerCase());
  };

  const authenticate = async (
    connection: Connection,
    payload: Record<string, unknown> | null | undefined,
  ) => {
    const text = (name: string) =>
      typeof payload?.[name] === 'string' ? (payload[name] as string) : undefined;
    try {
      const principal = await pipeline.authenticate(
        { authorization: text('authorization'), apiKey: text('x-api-key') ?? text('apiKey') },
        connection.origin,
      );
      connection.principal = principal;
      // A credential that lapses mid-stream ends the subscriptions; the client reconnects with a
      // fresh one. Timers are capped by Node at ~24.8 days: a later expiry arms none.
      const untilExpiry = Math.max(0, principal.expiresAt - Date.now());
      if (untilExpiry < 2 ** 31 - 1) {
        connection.timers.push(
          setTimeout(() => {
            connection.expired = true;
            endAll(
              connection,
              new PlatformError('UNAUTHENTICATED', 'Credential expired; reconnect with a fresh one'),
            );
          }, untilExpiry),
        );
      }
      connection.socket.send(JSON.stringify({ type: MessageType.ConnectionAck }));
    } catch (error) {
      if (!(error instanceof PlatformError)) {
        // Never the process: an unexpected failure closes this socket as an internal error.
        options.logger.error({ err: error, connection: connection.id }, 'connection_init failed');
        connection.socket.close(CloseCode.InternalServerError, 'Internal server error');
        return;
      }
      pipeline.rejected(error, { requestId: connection.id, transport: 'ws' });
      // An outage is not a verdict on the credential: 1013 (try again later), not 4403.
      if (error.code === 'SERVICE_UNAVAILABLE') connection.socket.close(1013, 'SERVICE_UNAVAILABLE');
      else closeSocket(connection.socket, CloseCode.Forbidden, `Forbidden: ${error.code}`);
    }
  };

  /** Streams one client subscription's results until it ends. */
  const pump = async (
    connection: Connection,
    id: string,
    queue: ClientQueue,
    prepared: PreparedOperation,
  ) => {
    let last: SubscriptionResult = {};
    const prefix = nextPrefix(id);
    for await (const result of queue) {
      last = result;
      const pending = sendNext(connection, prefix, result);
      if (pending) await pending;
    }
    const byServer = connection.operations.get(id) === queue;
    if (byServer) {
      connection.operations.delete(id);
      await sendComplete(connection, id);
    }
    options.runner.subscriptionEnded(prepared, last, byServer ? 'complete' : 'client');
  };

  const execute = async (connection: Connection, id: string, prepared: PreparedOperation, claim: Claim) => {
    let result: ResultShape;
    try {
      result = await options.runner.run(prepared);
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      // Refused before execution (e.g. the audit trail is unavailable): an error message, as for
      // any operation the server will not run.
      if (connection.operations.get(id) !== claim) return;
      connection.operations.delete(id);
      await sendError(connection, id, [error.toGraphQLError().toJSON()]);
      return;
    }
    if (connection.operations.get(id) !== claim) return;
    connection.operations.delete(id);
    await sendNext(connection, nextPrefix(id), result as SubscriptionResult);
    await sendComplete(connection, id);
  };

  const subscribe = async (connection: Connection, id: string, payload: Record<string, unknown>) => {
    const principal = connection.principal as AuthenticatedPrincipal;
    if (connection.operations.has(id)) {
      closeSocket(
        connection.socket,
        CloseCode.SubscriberAlreadyExists,
        `Subscriber for ${id} already exists`,
      );
      return;
    }
    const requestId = `${connection.id}:${id}`;
    let claim: Claim | undefined;
    try {
      if (closing)
        throw new PlatformError('SHUTTING_DOWN', 'Gateway is shutting down; reconnect and resume elsewhere');
      if (connection.expired)
        throw new PlatformError(
          'UNAUTHENTICATED',
          'Credential expired or revoked; reconnect with a fresh one',
        );
      if (connection.operations.size >= options.maxPerConnection) {
        throw new PlatformError(
          'SUBSCRIPTION_LIMIT_REACHED',
          `At most ${options.maxPerConnection} operations per connection`,
        );
      }
      const prepared = pipeline.prepare(principal, payload, requestId, 'ws', connection.origin);
      if (pipeline.nothingToExecute(prepared)) {
        // Every root field was withheld: answer with the FORBIDDEN errors alone.
        void sendError(connection, id, pipeline.complete(prepared, { data: {} } as ResultShape).errors ?? []);
        return;
      }
      // The id is taken while admission (rate limits) runs; a `complete` meanwhile cancels it.
      const taken = new Claim();
      claim = taken;
      connection.operations.set(id, taken);
      if (prepared.operationType !== 'subscription') {
        execute(connection, id, prepared, taken).catch((error: unknown) => {
          prepared.log.error({ err: error }, 'operation over WebSocket failed');
          if (connection.operations.get(id) !== taken) return;
          connection.operations.delete(id);
          void sendError(connection, id, [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ]);
        });
        return;
      }
      // A refusal here (rate limit, planning) is answered by the catch below, under this claim.
      await options.runner.admit(prepared);
      const planned = await options.runner.plan(prepared);
      if (connection.operations.get(id) !== taken || connection.socket.readyState !== connection.socket.OPEN)
        return;
      const queue = options.hub.subscribe(prepared, planned);
      const prefix = nextPrefix(id);
      const { socket, stream } = connection;
      queue.fastPath = (result) => writeFrameNow(socket, stream, nextFrame, prefix, result);
      connection.operations.set(id, queue);
      options.runner.subscriptionStarted(prepared);
      void pump(connection, id, queue, prepared);
    } catch (error) {
      if (!(error instanceof PlatformError)) throw error;
      // Before the claim no entry is this message's; after it, only that claim is (a complete
      // and a new subscribe may have taken the id meanwhile, and that one stays).
      if (claim !== undefined && connection.operations.get(id) !== claim) return;
      connection.operations.delete(id);
      pipeline.rejected(error, { requestId, transport: 'ws', tenantId: principal.tenantId });
      void sendError(connection, id, [error.toGraphQLError().toJSON()]);
    }
  };

  const onMessage = (connection: Connection, raw: string) => {
    let message: Message;
    try {
      message = parseMessage(raw);
    } catch (error) {
      closeSocket(
        connection.socket,
        CloseCode.BadRequest,
        `Invalid message received: ${(error as Error).message}`,
      );
      return;
    }
    switch (message.type) {
      case MessageType.ConnectionInit:
        if (connection.initialising || connection.principal) {
          connection.socket.close(
            CloseCode.TooManyInitialisationRequests,
            'Too many initialisation requests',
          );
          return;
        }
        connection.initialising = true;
        void authenticate(connection, message.payload);
        return;
      case MessageType.Ping:
        connection.socket.send(
          JSON.stringify({
            type: MessageType.Pong,
            ...(message.payload ? { payload: message.payload } : {}),
          }),
        );
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        if (!connection.principal) {
          connection.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return;
        }
        // An unexpected failure ends this operation with INTERNAL_SERVER_ERROR, never the process.
        subscribe(connection, message.id, message.payload as unknown as Record<string, unknown>).catch(
          (error: unknown) => {
            options.logger.error({ err: error, connection: connection.id }, 'subscribe failed');
            connection.operations.delete(message.id);
            void sendError(connection, message.id, [
              { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ]);
          },
        );
        return;
      case MessageType.Complete: {
        const slot = connection.operations.get(message.id);
        connection.operations.delete(message.id);
        if (slot && !(slot instanceof Claim)) void slot.return();
        return;
      }
      default:
        closeSocket(
          connection.socket,
          CloseCode.BadRequest,
          `Unexpected message of type ${message.type} received`,
        );
    }
  };

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    if (wss.clients.size > options.maxConnections) {
      socket.close(1013, 'SUBSCRIPTION_LIMIT_REACHED: too many connections');
      return;
    }
    const id = randomUUID();
    const connection: Connection = {
      id,
      socket,
      stream: request.socket,
      origin: clientOrigin(request, options.trustedProxies, id),
      principal: null,
      initialising: false,
      operations: new Map(),
      expired: false,
      timers: [],
    };
    connection.timers.push(
      setTimeout(() => {
        if (!connection.principal)
          socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
      }, options.initTimeoutMs),
    );
    connections.add(connection);
    metrics.wsConnections.set(connections.size);
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) socket.close(CloseCode.BadRequest, 'Binary messages are not supported');
      else onMessage(connection, data.toString('utf8'));
    });
    socket.on('error', (error) =>
      options.logger.debug({ err: error, connection: connection.id }, 'websocket error'),
    );
    socket.once('close', () => {
      for (const timer of connection.timers) clearTimeout(timer);
      for (const slot of connection.operations.values()) if (!(slot instanceof Claim)) void slot.return();
      connection.operations.clear();
      connections.delete(connection);
      metrics.wsConnections.set(connections.size);
    });
  });

  const sweep = sweepStalled(connections, options.logger);

  return {
    endApiKey: (keyId, error) => {
      let ended = 0;
      for (const connection of connections) {
        if (connection.principal?.keyId !== keyId) continue;
        ended += 1;
        connection.expired = true;
        endAll(connection, error);
      }
      return ended;
    },
    close: async () => {
      closing = true;
      clearInterval(sweep);
      // Tell every subscriber why, give the final messages a moment to flush, then close.
      for (const connection of connections) {
        endAll(
          connection,
          new PlatformError(
            'SHUTTING_DOWN',
            'Gateway is shutting down; reconnect and resume with the last cursor',
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const connection of connections) connection.socket.close(1001, 'SHUTTING_DOWN');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
