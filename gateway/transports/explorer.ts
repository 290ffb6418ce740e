import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the explorer's scripts and styles are served (GET only, no credentials needed). */
export const EXPLORER_ASSETS_PREFIX = '/explorer/';

export interface Explorer {
  page(req: IncomingMessage, res: ServerResponse): void;
  asset(path: string, res: ServerResponse): void;
}

interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
}

const require = createRequire(import.meta.url);
const packageFile = (name: string, file: string) =>
  join(dirname(require.resolve(`${name}/package.json`)), file);

/** Browsers ask for HTML; GraphQL clients never do. */
export function wantsHtml(req: IncomingMessage): boolean {
  return req.headers.accept?.includes('text/html') ?? false;
}

// Everything from this origin; GraphiQL sets inline styles and data: fonts; the page talks to
// /graphql over fetch and WebSocket.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
].join('; ');

function asset(path: string, type: string): Asset {
  const body = readFileSync(path);
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * GraphiQL for people with a browser, served entirely from installed npm packages (graphiql 3's
 * UMD build with React 18 and graphql-ws's UMD client): nothing is fetched from a CDN, so it works
 * offline and under a strict Content-Security-Policy. The page asks for a token or API key and
 * sends it as a client would (`Authorization` / `x-api-key`, and in graphql-ws connection_init).
 */
export function createExplorer(): Explorer {
  const js = 'text/javascript; charset=utf-8';
  const assets = new Map<string, Asset>([
    ['react.js', asset(packageFile('react', 'umd/react.production.min.js'), js)],
    ['react-dom.js', asset(packageFile('react-dom', 'umd/react-dom.production.min.js'), js)],
    ['graphiql.js', asset(packageFile('graphiql', 'graphiql.min.js'), js)],
    ['graphiql.css', asset(packageFile('graphiql', 'graphiql.min.css'), 'text/css; charset=utf-8')],
    ['graphql-ws.js', asset(packageFile('graphql-ws', 'umd/graphql-ws.min.js'), js)],
    ['explorer.js', asset(new URL('./explorer/explorer.js', import.meta.url).pathname, js)],
    [
      'explorer.css',
      asset(new URL('./explorer/explorer.css', import.meta.url).pathname, 'text/css; charset=utf-8'),
    ],
  ]);
  const html = readFileSync(new URL('./explorer/index.html', import.meta.url));
  return {
    page: (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      res.end(html);
    },
    asset: (path, res) => {
      const found = assets.get(path.slice(EXPLORER_ASSETS_PREFIX.length));
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': found.type,
        etag: found.etag,
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
      });
      res.end(found.body);
    },
  };
}
