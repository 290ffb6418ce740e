import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHandler, type ExecutionResult, type RequestParams } from 'graphql-sse';
import { PlatformError } from '../../lib/errors.js';
import { readBody } from '../../lib/graphqlHttp.js';
import type { Logger } from '../../lib/logger.js';
import type { OperationRunner } from '../engine/OperationRunner.js';
import type { AuthenticatedPrincipal } from '../pipeline/authenticate.js';
import type { GraphQLRequestInput, PreparedOperation, RequestPipeline } from '../pipeline/RequestPipeline.js';
import type { ClientQueue, SubscriptionResult } from '../subscriptions/ClientQueue.js';
import type { SubscriptionHub } from '../subscriptions/SubscriptionHub.js';
import { clientOrigin, type TrustedProxies } from './clientOrigin.js';

export interface SseTransportOptions {
  pipeline: RequestPipeline;
  runner: OperationRunner;
  hub: SubscriptionHub;
  logger: Logger;
  maxBodyBytes: number;
  trustedProxies: TrustedProxies;
}

export interface SseTransport {
  /** Serves a request whose Accept is `text/event-stream` (graphql-sse, distinct connections mode). */
  handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void>;
  /** Ends the streams of this API key (revoked), as the WebSocket transport does. */
  endApiKey(keyId: string, error: PlatformError): number;
  /** Ends every stream with SHUTTING_DOWN: clients resume from their last cursor elsewhere. */
  close(): void;
}

interface OpenStream {
  readonly queue: ClientQueue;
  readonly principal: AuthenticatedPrincipal;
}

/** The request as graphql-sse's handler sees it: the raw message, our request id and a size cap. */
interface Raw {
  readonly req: IncomingMessage;
  readonly requestId: string;
}

/**
 * GraphQL over Server-Sent Events (the graphql-sse protocol, "distinct connections mode": one
 * stream per operation, no server-side reservation), for partners whose networks block
 * WebSockets. The protocol framing is graphql-sse's; everything else (authentication, limits,
 * scopes, rate limits, audit, cursors) is the same pipeline and subscription hub as WebSocket.
 */
export function serveSse(options: SseTransportOptions): SseTransport {
  const { pipeline, runner, hub } = options;
  const open = new Set<OpenStream>();
  // Once shutting down, new streams are refused (SHUTTING_DOWN) rather than started and then cut.
  let closing = false;

  /** The hub's queue as the stream graphql-sse writes; accounting when it ends, however it ends. */
  async function* stream(prepared: PreparedOperation, entry: OpenStream) {
    let last: SubscriptionResult = {};
    let ended: 'complete' | 'client' = 'client';
    try {
      for await (const result of entry.queue) {
        last = result;
        yield result as ExecutionResult;
      }
      ended = 'complete';
    } finally {
      open.delete(entry);
      runner.subscriptionEnded(prepared, last, ended);
    }
  }

  const refused = (error: PlatformError, requestId: string, tenantId?: string): ExecutionResult => {
    pipeline.rejected(error, { requestId, transport: 'sse', tenantId });
    return { errors: [error.toGraphQLError()] };
  };

  const handler = createHandler<Raw, undefined, undefined>({
    // No reservations: each stream carries its own credentials, so any gateway replica serves it.
    authenticate: () => null,
    onSubscribe: async (request, params: RequestParams) => {
      const { req, requestId } = request.raw;
      const origin = clientOrigin(req, options.trustedProxies);
      let tenantId: string | undefined;
      try {
        if (closing)
          throw new PlatformError('SHUTTING_DOWN', 'Gateway is shutting down; retry on another replica');
        const apiKey = req.headers['x-api-key'];
        const principal = await pipeline.authenticate(
          {
            authorization: req.headers.authorization,
            apiKey: typeof apiKey === 'string' ? apiKey : undefined,
          },
          origin,
        );
        tenantId = principal.tenantId;
        const prepared = pipeline.prepare(
          principal,
          params as unknown as GraphQLRequestInput,
          requestId,
          'sse',
          origin,
        );
        if (pipeline.nothingToExecute(prepared))
          return pipeline.complete(prepared, { data: {} }) as ExecutionResult;
        if (prepared.operationType !== 'subscription') {
          if (req.method === 'GET' && prepared.operationType === 'mutation')
            throw new PlatformError('METHOD_NOT_ALLOWED', 'Mutations must be sent with POST');
          return (await runner.run(prepared)) as ExecutionResult;
        }
        await runner.admit(prepared);
        const planned = await runner.plan(prepared);
        const entry: OpenStream = { queue: hub.subscribe(prepared, planned), principal };
        open.add(entry);
        runner.subscriptionStarted(prepared);
        return stream(prepared, entry);
      } catch (error) {
        if (!(error instanceof PlatformError)) throw error;
        return refused(error, requestId, tenantId);
      }
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    const [body, init] = await handler({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: {
        get(key: string) {
          const header = req.headers[key];
          const value = Array.isArray(header) ? header.join('\n') : header;
          // graphql-sse matches the media type exactly; browsers add parameters and q-values.
          if (key === 'accept' && value?.includes('text/event-stream')) return 'text/event-stream';
          return value;
        },
      },
      body: () => readBody(req, options.maxBodyBytes),
      raw: { req, requestId },
      context: undefined,
    });
    res.writeHead(init.status, init.statusText, { 'x-request-id': requestId, ...init.headers });
    if (!body || typeof body === 'string') {
      res.end(body);
      return;
    }
    // Closing the response (client gone) ends the iterator, which releases the subscription.
    const stop = () => void body.return(undefined);
    res.once('close', stop);
    try {
      for await (const chunk of body) {
        if (!res.writable) break;
        const flushed = res.write(chunk);
        if (!flushed) await new Promise((resolve) => res.once('drain', resolve));
      }
    } finally {
      res.off('close', stop);
      res.end();
    }
  };

  return {
    handle: async (req, res, requestId = randomUUID()) => {
      try {
        await handle(req, res, requestId);
      } catch (error) {
        if (!(error instanceof PlatformError)) throw error;
        // Before the stream started: a size or read problem of the request itself.
        if (res.headersSent) {
          res.destroy();
          return;
        }
        res.writeHead(error.httpStatus, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [error.toGraphQLError().toJSON()] }));
      }
    },
    endApiKey: (keyId, error) => {
      let ended = 0;
      for (const entry of open) {
        if (entry.principal.keyId !== keyId) continue;
        ended += 1;
        entry.queue.end(error, error.code.toLowerCase());
      }
      return ended;
    },
    close: () => {
      closing = true;
      for (const entry of open)
        entry.queue.end(
          new PlatformError(
            'SHUTTING_DOWN',
            'Gateway is shutting down; reconnect and resume with the last cursor',
          ),
          'shutting_down',
        );
    },
  };
}
