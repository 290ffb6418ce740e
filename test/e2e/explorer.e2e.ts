import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/processes.js';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// GraphiQL at GET /graphql, driven in a real headless Chromium (Debian's package; npm test
// installs it when missing). Screenshots are kept in test-artifacts/ for a human to look at.
const ARTIFACTS = path.resolve('test-artifacts');

function chromiumPath(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) return given;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not this one
    }
  }
  throw new Error("No Chromium found: npm test installs Debian's chromium; or set CHROMIUM_PATH");
}

let t: TestPlatform;
let browser: Browser;
let tenant: string;
let token: string;
// A partner's own web page on another origin, using the client package as a bundler would ship it.
let partnerOrigin: string;
let partnerSite: Server;

async function startPartnerSite(port: number): Promise<Server> {
  const bundle = await build({
    stdin: { contents: "export * from '@kg-platform/client';", resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    globalName: 'KgPlatform',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/client.js"></script></head><body>partner</body></html>';
  const server = createServer((req, res) => {
    const isScript = req.url === '/client.js';
    res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' });
    res.end(isScript ? script : page);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

beforeAll(async () => {
  const port = await freePort();
  partnerOrigin = `http://127.0.0.1:${port}`;
  partnerSite = await startPartnerSite(port);
  t = await startTestPlatform({ CORS_ORIGINS: partnerOrigin });
  tenant = t.tenant('explorer');
  token = await t.token(tenant, ['graph:read', 'events:read', 'events:publish']);
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => partnerSite?.close(resolve));
  await t?.close();
});

describe('GraphiQL explorer (GET /graphql in a browser)', () => {
  it('serves GraphiQL to browsers, offline, and runs a query and a subscription with a token', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // Nothing may come from anywhere but the gateway (no CDN).
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));

    const response = await page.goto(t.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.fill('#credential', token);
    await page.click('#apply');
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      (expected) => document.querySelector('.result-window')?.textContent?.includes(expected),
      tenant,
      { timeout: 20_000 },
    );
    const result = await page.textContent('.result-window');
    expect(result).toContain('"subject"');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-query.png'), fullPage: true });

    // A subscription through the same page: graphql-ws with the token in connection_init.
    await page.evaluate(() => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as {
        CodeMirror: { setValue(text: string): void };
      };
      editor.CodeMirror.setValue('subscription { events(types: ["document.processed"]) { type data } }');
    });
    await page.click('.graphiql-execute-button');
    let published = 0;
    await expect
      .poll(
        async () => {
          published += 1;
          await t.gql(token, 'mutation($i: PublishEventInput!) { publishEvent(input: $i) { id } }', {
            i: { type: 'document.processed', data: { documentId: `from-test-${published}` } },
          });
          return (await page.textContent('.result-window')) ?? '';
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain('from-test-');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-subscription.png'), fullPage: true });

    expect([...origins]).toEqual([new URL(t.url).origin]);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  for (const transport of ['websocket', 'sse'] as const) {
    it(`runs the client package in a browser page on another origin (CORS, ${transport})`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(partnerOrigin);
      const outcome = await page.evaluate(
        async ({ url, token, transport }) => {
          type Api = typeof import('@kg-platform/client');
          const api = (window as unknown as { KgPlatform: Api }).KgPlatform;
          const client = api.createPlatformClient({ url, getToken: () => token, transport });
          const me = await client.query(api.MeDocument);
          const event = new Promise<unknown>((resolve) => {
            client.subscribe(
              api.EventsDocument,
              { types: ['document.processed'] },
              { next: (data) => resolve(data.events.data) },
            );
          });
          let received: unknown = null;
          for (let i = 0; i < 40 && received === null; i += 1) {
            await client.mutate(api.PublishEventDocument, {
              input: { type: 'document.processed', data: { documentId: `browser-${i}` } },
            });
            received = await Promise.race([event, new Promise((r) => setTimeout(() => r(null), 250))]);
          }
          await client.close();
          return { tenantId: me.me.tenantId, received };
        },
        { url: t.url, token, transport },
      );
      expect(outcome.tenantId).toBe(tenant);
      expect(outcome.received).toMatchObject({ documentId: expect.stringMatching(/^browser-\d+$/) });
      expect(problems).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('answers CORS preflights for allowed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(t.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-api-key',
        },
      });
    const allowed = await preflight(partnerOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(partnerOrigin);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await preflight('http://127.0.0.1:1');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps answering GraphQL clients as before on the same URL', async () => {
    const html = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toContain('text/html');
    const json = await fetch(t.url, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(401);
    expect(
      ((await json.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });
});
