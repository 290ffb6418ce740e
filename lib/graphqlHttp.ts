import type { IncomingMessage, ServerResponse } from 'node:http';
import { PlatformError } from './errors.js';

/** Reads a request body up to `maxBytes`; beyond it, PAYLOAD_TOO_LARGE without buffering the rest. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    req.resume();
    throw new PlatformError('PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw new PlatformError('PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a POST body as JSON; malformed JSON is BAD_REQUEST (HTTP 400), not a crash. */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0)
    throw new PlatformError('BAD_REQUEST', 'Empty request body: POST a JSON GraphQL request');
  try {
    return JSON.parse(text);
  } catch {
    throw new PlatformError('BAD_REQUEST', 'Malformed JSON in request body');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A GraphQL-shaped error response for failures before execution. */
export function sendError(res: ServerResponse, error: PlatformError, requestId?: string): void {
  const headers: Record<string, string> = {};
  if (requestId) headers['x-request-id'] = requestId;
  if (error.code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer';
  sendJson(res, error.httpStatus, { errors: [error.toGraphQLError().toJSON()] }, headers);
}
