import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

// The GraphQL-over-HTTP spec's own audit suite (graphql-http's serverAudits) against the
// gateway's HTTP transport, authenticated as any client must be.
let t: TestPlatform;
let token: string;

beforeAll(async () => {
  t = await startTestPlatform();
  token = await t.token(t.tenant('http-audit'));
});
afterAll(() => t.close());

it('passes every MUST and SHOULD of the GraphQL-over-HTTP audit', async () => {
  const audits = serverAudits({
    url: t.url,
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  const results = await Promise.all(
    audits.map(async (audit) => ({ ...(await audit.fn()), name: audit.name })),
  );
  // MUSTs report 'error', SHOULDs 'warn', MAYs 'notice': all are met.
  const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}: ${r.reason}`);
  console.log(`[graphql-http audit] ${results.length - failed.length}/${results.length} ok`);
  expect(failed).toEqual([]);
});

it('answers GET queries that carry a credential, and refuses GET mutations with 405', async () => {
  const query = encodeURIComponent('{ me { subject tenantId } }');
  const res = await fetch(`${t.url}?query=${query}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { data: { me: { tenantId: string } } }).data.me.tenantId).toBe(
    t.tenant('http-audit'),
  );
  const mutation = encodeURIComponent('mutation { deleteAlertRule(id: "x") }');
  const refused = await fetch(`${t.url}?query=${mutation}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status).toBe(405);
  expect(refused.headers.get('allow')).toBe('POST');
});
