// The audited-mutation phase of bench:audit: a whole platform (real Redis, Neo4j, subgraphs) and
// gateway processes on one Redis, driven by autocannon; gateway CPU from /proc.
import { fileURLToPath } from 'node:url';
import { loadTest } from '../lib/loadTest.js';
import { processCpuMs } from '../lib/procStats.js';
import { createAuditLog } from '../../subgraphs/audit/auditApi.js';
import { startTestPlatform } from '../../test/support/testPlatform.js';

export interface GatewayFigures {
  /** Audited mutations answered per second, both gateways together, closed loop. */
  readonly mutationsPerSecond: number;
  /** Offered rate of the A/B below, both gateways together. */
  readonly abRate: number;
  /** Gateway CPU (both processes) per audited mutation at `abRate`, ms. */
  readonly cpuMsPerMutation: number;
  /** The same, through gateways whose trail append writes nothing (withoutAudit.mjs), ms. */
  readonly cpuMsPerUnauditedMutation: number;
  /** Rates the A/B achieved (below `abRate`: saturated, so the CPU figures compare less well). */
  readonly abAchieved: { readonly audited: number; readonly unaudited: number };
  /** Audit records that landed in the tenant's trail during the closed-loop run. */
  readonly recorded: number;
  readonly errors: number;
}

// An ingestion mutation (no per-tenant cap, unlike alert rules): one audit record each.
const MUTATION = JSON.stringify({
  query:
    'mutation { publishEvent(input: { type: "document.processed", data: { documentId: "bench" } }) { id } }',
});

const MUTATION_ACTION = 'event.publish';
const ok = (body: string) => !body.includes('"errors"');
const WITHOUT_AUDIT = fileURLToPath(new URL('./withoutAudit.mjs', import.meta.url));

async function drive(urls: readonly string[], token: string, seconds: number, pids: number[], rate?: number) {
  const before = pids.map((pid) => processCpuMs(pid));
  const results = await Promise.all(
    urls.map((url) =>
      loadTest({
        url,
        connections: 16,
        durationSeconds: seconds,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: MUTATION,
        verifyBody: ok,
        ...(rate !== undefined && { overallRate: rate / urls.length }),
      }),
    ),
  );
  const cpuMs = pids.reduce((sum, pid, i) => sum + processCpuMs(pid) - (before[i] as number), 0);
  const answered = results.reduce((sum, r) => sum + r.rps * r.seconds, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return { answered, cpuMs, errors, rps: results.reduce((sum, r) => sum + r.rps, 0) };
}

/**
 * Closed loop first (throughput, records landed), then an A/B at a fixed offered rate below both
 * pairs' capacity, so CPU per mutation is compared at the same load: two audited gateways, then
 * two whose trail append is a no-op. `BENCH_CPU_PROF=<module>` preloads a profiling module into
 * the audited pair.
 */
export async function measureGateways(seconds: number, abRate: number): Promise<GatewayFigures> {
  const t = await startTestPlatform({ AUDIT_CHECKPOINT_EVERY: '10000' });
  try {
    const preload = (module: string) => ({ NODE_OPTIONS: `--import ${module}` });
    const profiled = process.env.BENCH_CPU_PROF ? preload(process.env.BENCH_CPU_PROF) : {};
    const audited = [await t.secondGateway(profiled), await t.secondGateway(profiled)];
    const plain = [
      await t.secondGateway(preload(WITHOUT_AUDIT)),
      await t.secondGateway(preload(WITHOUT_AUDIT)),
    ];
    const tenant = t.tenant('bench-audit');
    const token = await t.token(tenant);
    const pair = (gateways: typeof audited) => ({
      urls: gateways.map((g) => g.url),
      pids: gateways.map((g) => g.child.pid as number),
    });
    const a = pair(audited);
    const b = pair(plain);
    // Warm all four (plans cached, connections open), then measure.
    await drive(a.urls, token, 2, a.pids);
    await drive(b.urls, token, 2, b.pids);
    const audit = createAuditLog(t.platform.connections.redis, t.config);
    const start = await audit.trail.headSize(tenant);
    const closed = await drive(a.urls, token, seconds, a.pids);
    const end = await audit.trail.headSize(tenant);
    const recorded = (await audit.trail.range(tenant, start, end - 1)).filter(
      (entry) => entry.action === MUTATION_ACTION,
    ).length;
    const signal = () => {
      if (process.env.BENCH_CPU_PROF) for (const pid of a.pids) process.kill(pid, 'SIGUSR2');
    };
    // Same warm-up for the reference pair, then the A/B twice, interleaved.
    await drive(b.urls, token, seconds, b.pids);
    let withAudit = { cpuMs: 0, answered: 0, errors: 0, rps: 0 };
    let withoutAudit = { cpuMs: 0, answered: 0, errors: 0, rps: 0 };
    const add = (sum: typeof withAudit, run: typeof withAudit) => ({
      cpuMs: sum.cpuMs + run.cpuMs,
      answered: sum.answered + run.answered,
      errors: sum.errors + run.errors,
      rps: sum.rps + run.rps / 2,
    });
    for (let round = 0; round < 2; round += 1) {
      signal();
      withAudit = add(withAudit, await drive(a.urls, token, seconds, a.pids, abRate));
      signal();
      // Mutations still in flight when the audited run ended land first.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const beforeB = await audit.trail.headSize(tenant);
      withoutAudit = add(withoutAudit, await drive(b.urls, token, seconds, b.pids, abRate));
      const afterB = await audit.trail.headSize(tenant);
      const leaked = (await audit.trail.range(tenant, beforeB, afterB - 1)).filter(
        (entry) => entry.action === MUTATION_ACTION,
      ).length;
      // The reference pair must really write nothing, or the difference means nothing. (Other
      // records, e.g. the threat detectors' own, may land meanwhile.)
      if (leaked > 0) throw new Error(`the no-audit gateways wrote ${leaked} audit records`);
    }
    await audit.close();
    return {
      mutationsPerSecond: Math.round(closed.rps),
      abRate,
      cpuMsPerMutation: withAudit.cpuMs / Math.max(1, withAudit.answered),
      cpuMsPerUnauditedMutation: withoutAudit.cpuMs / Math.max(1, withoutAudit.answered),
      abAchieved: { audited: Math.round(withAudit.rps), unaudited: Math.round(withoutAudit.rps) },
      recorded,
      errors: closed.errors + withAudit.errors + withoutAudit.errors,
    };
  } finally {
    await t.close();
  }
}
