import { createServer } from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Config } from '../lib/config.js';
import { sendJson } from '../lib/graphqlHttp.js';
import { listen, type Listening } from '../lib/httpServer.js';

/**
 * /healthz and Prometheus /metrics for a worker process (webhooks, exports, monitor), on
 * WORKER_HTTP_PORT. Process metrics only, prefixed by role: no tenant label ever, so the series
 * count does not grow with tenants (the gateway's /metrics likewise).
 */
export async function serveWorkerHttp(config: Config, role: string): Promise<Listening> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: `${role.replace(/[^a-zA-Z0-9_]/g, '_')}_` });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok', role });
    if (path === '/metrics') {
      void registry.metrics().then((text) => {
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(text);
      });
      return;
    }
    sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  return listen(server, config.HOST, config.WORKER_HTTP_PORT);
}
