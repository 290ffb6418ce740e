import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Cors {
  /** Adds CORS headers for an allowed Origin; true when the request was a preflight, now answered. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

const ALLOW_HEADERS = 'authorization, x-api-key, content-type, accept, x-request-id, traceparent';
// What a browser client may read: support ids, rate-limit state, where to back off.
const EXPOSE_HEADERS = 'x-request-id, retry-after, ratelimit, ratelimit-policy';

/**
 * CORS for browser partner apps on another origin (CORS_ORIGINS). The API's credentials are
 * request headers, never cookies, so no `Access-Control-Allow-Credentials`: a page on an allowed
 * origin can only act with a credential it holds itself.
 */
export function createCors(origins: string): Cors {
  const list = origins
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  const any = list.includes('*');
  const allowed = new Set(list);
  return {
    handle: (req, res) => {
      const origin = req.headers.origin;
      if (!origin || (!any && !allowed.has(origin))) return false;
      res.setHeader('access-control-allow-origin', any ? '*' : origin);
      if (!any) res.setHeader('vary', 'Origin');
      res.setHeader('access-control-expose-headers', EXPOSE_HEADERS);
      if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': '600',
      });
      res.end();
      return true;
    },
  };
}
