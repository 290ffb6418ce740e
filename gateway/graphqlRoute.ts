import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { PlatformError } from '../lib/errors.js';
import { executeWithApollo, parseJsonBody, readBody, sendError, sendJson } from '../lib/graphqlHttp.js';
import type { GatewayContext } from './SubgraphDataSource.js';
import type { GraphQLRequestInput, PreparedOperation, RequestPipeline } from './pipeline/RequestPipeline.js';

/** Context of one HTTP operation inside Apollo Server. */
export interface HttpOperationContext extends GatewayContext {
  readonly prepared: PreparedOperation;
}

export interface GraphqlRouteOptions {
  apollo: ApolloServer<HttpOperationContext>;
  pipeline: RequestPipeline;
  maxBodyBytes: number;
  context: (prepared: PreparedOperation) => GatewayContext;
}

function readGetInput(url: URL): GraphQLRequestInput {
  const variables = url.searchParams.get('variables');
  let parsed: unknown;
  if (variables) {
    try {
      parsed = JSON.parse(variables);
    } catch {
      throw new PlatformError('BAD_REQUEST', 'variables must be JSON');
    }
  }
  return {
    query: url.searchParams.get('query') ?? undefined,
    operationName: url.searchParams.get('operationName') ?? undefined,
    variables: parsed,
  };
}

/**
 * POST/GET /graphql: the pipeline checks the request, Apollo Server and @apollo/gateway execute
 * the (possibly reduced) operation, and the pipeline shapes the result in Apollo's
 * willSendResponse hook (see createGateway).
 */
export async function handleGraphqlRequest(
  options: GraphqlRouteOptions,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<void> {
  const { pipeline } = options;
  let tenantId: string | undefined;
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: unknown;
    let input: GraphQLRequestInput;
    if (req.method === 'POST') {
      body = parseJsonBody(await readBody(req, options.maxBodyBytes));
      if (Array.isArray(body)) throw new PlatformError('BAD_REQUEST', 'Batched requests are not supported');
      if (body === null || typeof body !== 'object')
        throw new PlatformError('BAD_REQUEST', 'The body must be a JSON object');
      input = body as GraphQLRequestInput;
    } else if (req.method === 'GET') {
      input = readGetInput(url);
    } else {
      sendJson(
        res,
        405,
        { errors: [{ message: 'Use GET or POST', extensions: { code: 'BAD_REQUEST' } }] },
        { allow: 'GET, POST' },
      );
      return;
    }
    const principal = await pipeline.authenticate(req.headers.authorization);
    tenantId = principal.tenantId;
    const prepared = pipeline.prepare(principal, input, requestId, 'http');
    if (prepared.operationType === 'subscription') {
      throw new PlatformError(
        'BAD_REQUEST',
        'Subscriptions are served over WebSocket (graphql-ws) at this same URL',
      );
    }
    if (pipeline.nothingToExecute(prepared)) {
      const result = pipeline.complete(prepared, { data: {} });
      pipeline.observe(prepared, result);
      sendJson(res, 200, result, { 'x-request-id': requestId });
      return;
    }
    if (req.method === 'POST') {
      body = { ...(body as object), query: prepared.query };
    } else {
      url.searchParams.set('query', prepared.query);
      req.url = `${url.pathname}${url.search}`;
    }
    res.setHeader('x-request-id', requestId);
    const context: HttpOperationContext = { prepared, ...options.context(prepared) };
    await executeWithApollo(options.apollo, req, res, body, async () => context);
  } catch (error) {
    if (error instanceof PlatformError) {
      pipeline.rejected(error, { requestId, transport: 'http', tenantId });
      sendError(res, error, requestId);
      return;
    }
    throw error;
  }
}
