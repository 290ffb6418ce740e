// The audited-mutation phase of bench:audit: a whole platform (real Redis, Neo4j, subgraphs) and
// two gateway processes on one Redis, driven by autocannon; gateway CPU from /proc.
import { loadTest } from '../lib/loadTest.js';
import { processCpuMs } from '../lib/procStats.js';
import { createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { startTestPlatform } from '../../test/support/testPlatform.js';

export interface GatewayFigures {
  /** Audited mutations answered per second, both gateways together. */
  readonly mutationsPerSecond: number;
  /** Gateway CPU (both processes) per audited mutation, ms. */
  readonly cpuMsPerMutation: number;
  /** Gateway CPU per request of an unaudited query through the same gateways, ms. */
  readonly cpuMsPerQuery: number;
  /** Audit records that landed in the tenant's trail during the mutation run. */
  readonly recorded: number;
  readonly errors: number;
}

// An ingestion mutation (no per-tenant cap, unlike alert rules): one audit record each.
const MUTATION = JSON.stringify({
  query:
    'mutation { publishEvent(input: { type: "document.processed", data: { documentId: "bench" } }) { id } }',
});
const QUERY = JSON.stringify({ query: '{ alertRule(id: "00000000-0000-4000-8000-000000000000") { id } }' });

const ok = (body: string) => !body.includes('"errors"');

async function drive(urls: readonly string[], token: string, body: string, seconds: number, pids: number[]) {
  const before = pids.map((pid) => processCpuMs(pid));
  const results = await Promise.all(
    urls.map((url) =>
      loadTest({
        url,
        connections: 16,
        durationSeconds: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        verifyBody: ok,
      }),
    ),
  );
  const cpuMs = pids.reduce((sum, pid, i) => sum + processCpuMs(pid) - (before[i] as number), 0);
  const answered = results.reduce((sum, r) => sum + r.rps * r.seconds, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return { answered, cpuMs, errors, rps: results.reduce((sum, r) => sum + r.rps, 0) };
}

export async function measureGateways(seconds: number): Promise<GatewayFigures> {
  const t = await startTestPlatform({ AUDIT_CHECKPOINT_EVERY: '10000' });
  try {
    const gateways = [await t.secondGateway(), await t.secondGateway()];
    const tenant = t.tenant('bench-audit');
    const token = await t.token(tenant);
    const urls = gateways.map((g) => g.url);
    const pids = gateways.map((g) => g.child.pid as number);
    // Warm both (plans cached, connections open), then measure.
    await drive(urls, token, MUTATION, 2, pids);
    const audit = createAuditLog(t.platform.connections.redis, t.config);
    const start = await audit.trail.headSize(tenant);
    const mutations = await drive(urls, token, MUTATION, seconds, pids);
    const recorded = (await audit.trail.headSize(tenant)) - start;
    await audit.close();
    await drive(urls, token, QUERY, 2, pids);
    const queries = await drive(urls, token, QUERY, seconds, pids);
    return {
      mutationsPerSecond: Math.round(mutations.rps),
      cpuMsPerMutation: mutations.cpuMs / Math.max(1, mutations.answered),
      cpuMsPerQuery: queries.cpuMs / Math.max(1, queries.answered),
      recorded,
      errors: mutations.errors + queries.errors,
    };
  } finally {
    await t.close();
  }
}
