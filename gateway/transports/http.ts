import type { IncomingMessage, ServerResponse } from 'node:http';
import { PlatformError } from '../../lib/errors.js';
import { parseJsonBody, readBody, sendJson } from '../../lib/graphqlHttp.js';
import type { OperationRunner } from '../engine/OperationRunner.js';
import type { GraphQLRequestInput, RequestPipeline, ResultShape } from '../pipeline/RequestPipeline.js';
import { clientOrigin, type TrustedProxies } from './clientOrigin.js';

export interface HttpTransportOptions {
  pipeline: RequestPipeline;
  runner: OperationRunner;
  maxBodyBytes: number;
  trustedProxies: TrustedProxies;
}

/**
 * The two response media types of GraphQL over HTTP. `application/graphql-response+json` answers
 * request errors (parse, validation, variables, limits) with 4xx; legacy `application/json`
 * answers every well-formed request with 200, as the spec's compatibility rules say.
 */
type Media = 'graphql-response' | 'json';

const MEDIA_TYPES: Record<Media, string> = {
  'graphql-response': 'application/graphql-response+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * `application/graphql-response+json` only when the client names it; anything else (missing,
 * `*\/*`, `application/json`) gets legacy `application/json`, as the spec's watershed rules say.
 */
function negotiate(accept: string | undefined): Media {
  return accept?.toLowerCase().includes('application/graphql-response+json') ? 'graphql-response' : 'json';
}

/** Codes of requests that are not well-formed GraphQL-over-HTTP requests: 4xx in both media. */
const MALFORMED = new Set(['BAD_REQUEST']);

function statusOf(error: PlatformError, media: Media): number {
  const registered = error.httpStatus;
  // Authentication, size, method, media type, rate limits, outages keep their own status.
  if (registered !== 200 && registered !== 400) return registered;
  if (media === 'json') return MALFORMED.has(error.code) ? 400 : 200;
  return 400;
}

function respond(
  res: ServerResponse,
  status: number,
  body: ResultShape | { errors: unknown[] },
  media: Media,
  headers: Record<string, string>,
): void {
  sendJson(res, status, body, { 'content-type': MEDIA_TYPES[media], ...headers });
}

function readGetInput(url: URL): GraphQLRequestInput {
  const variables = url.searchParams.get('variables');
  const extensions = url.searchParams.get('extensions');
  const json = (text: string | null, name: string): unknown => {
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new PlatformError('BAD_REQUEST', `${name} must be JSON`);
    }
  };
  return {
    query: url.searchParams.get('query') ?? undefined,
    documentId: url.searchParams.get('documentId') ?? undefined,
    operationName: url.searchParams.get('operationName') ?? undefined,
    variables: json(variables, 'variables'),
    extensions: json(extensions, 'extensions'),
  };
}

async function readPostInput(req: IncomingMessage, maxBodyBytes: number): Promise<GraphQLRequestInput> {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/graphql-response+json') {
    req.resume();
    throw new PlatformError(
      'UNSUPPORTED_MEDIA_TYPE',
      'POST a JSON GraphQL request with Content-Type: application/json',
    );
  }
  const body = parseJsonBody(await readBody(req, maxBodyBytes));
  if (Array.isArray(body)) throw new PlatformError('BAD_REQUEST', 'Batched requests are not supported');
  if (body === null || typeof body !== 'object')
    throw new PlatformError('BAD_REQUEST', 'The body must be a JSON object');
  return body as GraphQLRequestInput;
}

/**
 * POST/GET /graphql: a thin adapter. It reads the request, hands it to the pipeline (checks) and
 * the runner (the engine), and writes the GraphQL-over-HTTP response.
 */
export async function handleGraphqlRequest(
  options: HttpTransportOptions,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  /** A fixed operation over the request's JSON body (webhook-style endpoints), instead of GraphQL over HTTP. */
  asOperation?: (body: unknown) => GraphQLRequestInput,
): Promise<void> {
  const { pipeline } = options;
  const media = asOperation ? 'graphql-response' : negotiate(req.headers.accept);
  const headers: Record<string, string> = { 'x-request-id': requestId };
  let tenantId: string | undefined;
  try {
    let input: GraphQLRequestInput;
    if (asOperation) {
      if (req.method !== 'POST') {
        headers.allow = 'POST';
        throw new PlatformError('METHOD_NOT_ALLOWED', 'POST the payload as JSON');
      }
      input = asOperation(parseJsonBody(await readBody(req, options.maxBodyBytes)));
    } else if (req.method === 'POST') {
      input = await readPostInput(req, options.maxBodyBytes);
    } else if (req.method === 'GET') {
      input = readGetInput(new URL(req.url ?? '/', 'http://localhost'));
    } else {
      headers.allow = 'GET, POST';
      throw new PlatformError('METHOD_NOT_ALLOWED', 'Use GET or POST');
    }
    const origin = clientOrigin(req, options.trustedProxies);
    const apiKey = req.headers['x-api-key'];
    const principal = await pipeline.authenticate(
      { authorization: req.headers.authorization, apiKey: typeof apiKey === 'string' ? apiKey : undefined },
      origin,
    );
    tenantId = principal.tenantId;
    const prepared = pipeline.prepare(principal, input, requestId, 'http', origin);
    if (prepared.operationType === 'subscription') {
      throw new PlatformError(
        'BAD_REQUEST',
        'Subscriptions are served over WebSocket (graphql-ws) at this same URL',
      );
    }
    if (req.method === 'GET' && prepared.operationType === 'mutation') {
      headers.allow = 'POST';
      throw new PlatformError('METHOD_NOT_ALLOWED', 'Mutations must be sent with POST');
    }
    const result = await options.runner.run(prepared);
    // A webhook sender only reads the status: an operation that failed must not answer 2xx.
    const failed = asOperation ? result.errors?.[0]?.extensions?.code : undefined;
    const status =
      typeof failed === 'string'
        ? failed === 'FORBIDDEN'
          ? 403
          : failed === 'SERVICE_UNAVAILABLE'
            ? 503
            : 400
        : 200;
    respond(res, status, result, media, { ...headers, ...prepared.responseHeaders });
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    pipeline.rejected(error, { requestId, transport: 'http', tenantId });
    Object.assign(headers, error.httpHeaders);
    if (error.code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer';
    respond(res, statusOf(error, media), { errors: [error.toGraphQLError().toJSON()] }, media, headers);
  }
}
