import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/testPlatform.js';

let t: TestPlatform;
let token: string;

beforeAll(async () => {
  t = await startTestPlatform();
  token = await t.token(t.tenant('down'));
  await t.gql(
    token,
    'mutation { createAlertRule(input: { name: "r", metric: "graphql_errors_total", comparison: LESS_THAN, threshold: 1 }) { id } }',
  );
  // Take the exports subgraph away while everything else keeps running.
  await t.platform.subgraphs.find((s) => s.name === 'exports')?.close();
});

afterAll(async () => {
  await t.close();
});

it('answers with partial data and an error naming the missing subgraph', async () => {
  const res = await t.gql<{ alertRules: Array<{ name: string }>; exportJob: unknown }>(
    token,
    '{ alertRules { name } exportJob(id: "any") { id } }',
  );
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual({ alertRules: [{ name: 'r' }], exportJob: null });
  expect(res.body.errors).toEqual([
    expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'exports' } }),
  ]);
});

it('keeps serving and /readyz names the dependency', async () => {
  const ready = await fetch(new URL('/readyz', t.url));
  expect(ready.status).toBe(503);
  const body = (await ready.json()) as { ready: boolean; dependencies: Array<{ name: string; ok: boolean }> };
  expect(body.ready).toBe(false);
  expect(body.dependencies.filter((d) => !d.ok).map((d) => d.name)).toEqual(['subgraph:exports']);
  const again = await t.gql(token, '{ alertRules { name } }');
  expect(again.status).toBe(200);
  expect(again.body.errors).toBeUndefined();
});
