import { loadTest, type LoadResult } from '../lib/loadTest.js';
import { machineBusyCpuMs, peakRssMiB, processCpuMs, rssMiB } from '../lib/procStats.js';
import type { Teardown } from '../lib/Teardown.js';
import { GatewayChild } from './GatewayChild.js';
import type { GatewaySpec } from './protocol.js';
import { looksClean, postGraphql, problemWith } from './query.js';
import { SubgraphTraffic } from './SubgraphTraffic.js';

/**
 * `identical`: every client sends the same query (in-flight merging can collapse it);
 * `varied`: every request pages from a different cursor over 1,000 packages (nothing to merge
 * but the requester, who is the same principal throughout).
 */
export const WORKLOAD_NAMES = ['identical', 'varied'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface Workload {
  name: WorkloadName;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Sent on every request to every gateway (ours authenticates with it; the peers ignore it). */
  headers: Record<string, string>;
  /** Request bodies, sent in turn (one for the identical workload). */
  bodies: readonly string[];
  expectedJobs: number;
}

export interface Measurement {
  kind: GatewaySpec['kind'];
  workload: WorkloadName;
  /** Bytes of the first checked answer. */
  responseBytes: number;
  load: LoadResult;
  /** The gateway process's user+system CPU over the measured run (until it went idle), per request sent. */
  cpuMsPerRequest: number;
  /** VmHWM of the gateway process after this workload (start-up, warm-up and earlier workloads included). */
  peakRssMiB: number;
  /** VmRSS of the gateway process once it answered the first check query, before any load. */
  readyRssMiB: number;
  /** Subgraph requests per client request sent, over the same interval as the CPU. */
  subgraphRequestsPerRequest: number;
  subgraphRequests: Map<string, number>;
  /** This process's CPU (subgraphs + autocannon) per request sent. */
  parentCpuMsPerRequest: number;
  /** CPU of every other process on the machine (Neo4j, Redis, anything else running) per request sent. */
  otherCpuMsPerRequest: number;
}

export type Outcome =
  { ok: true; measurements: Measurement[] } | { ok: false; kind: GatewaySpec['kind']; reason: string };

/** Bodies checked before a workload runs: its first ones, and a spread over the rest. */
const CHECKED_BODIES = 4;

/**
 * Serves the subgraphs through one gateway in its own process and runs each workload against it
 * in turn: checks a few answers, warms up, then loads it and reads the child's CPU and RSS from
 * /proc around the measured run.
 */
export async function measureGateway(
  spec: GatewaySpec,
  env: NodeJS.ProcessEnv,
  workloads: readonly Workload[],
  traffic: SubgraphTraffic,
  teardown: Teardown,
): Promise<Outcome> {
  let child: GatewayChild;
  const starting = performance.now();
  try {
    // BENCH_CPU_PROF=1: a V8 CPU profile of the gateway process in /tmp/prof.
    child = await GatewayChild.start(
      spec,
      env,
      env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
    );
  } catch (error) {
    return { ok: false, kind: spec.kind, reason: error instanceof Error ? error.message : String(error) };
  }
  teardown.defer(`stop ${spec.kind} gateway`, () => child.stop());
  console.log(
    `${spec.kind}: gateway process ${child.pid} ready in ${((performance.now() - starting) / 1000).toFixed(1)} s`,
  );
  try {
    let readyRssMiB: number | undefined;
    const measurements: Measurement[] = [];
    for (const workload of workloads) {
      let responseBytes = 0;
      const step = Math.max(1, Math.floor(workload.bodies.length / CHECKED_BODIES));
      for (let i = 0; i < workload.bodies.length; i += step) {
        const reply = await postGraphql(child.url, workload.headers, workload.bodies[i] ?? '');
        const problem = problemWith(reply, workload.expectedJobs);
        if (problem) return { ok: false, kind: spec.kind, reason: `${workload.name} workload: ${problem}` };
        if (i === 0) responseBytes = Buffer.byteLength(reply.text);
      }
      readyRssMiB ??= rssMiB(child.pid);
      measurements.push({
        ...(await measureWorkload(child, workload, traffic)),
        kind: spec.kind,
        responseBytes,
        readyRssMiB,
      });
    }
    return { ok: true, measurements };
  } finally {
    await child.stop();
  }
}

async function measureWorkload(
  child: GatewayChild,
  workload: Workload,
  traffic: SubgraphTraffic,
): Promise<Omit<Measurement, 'kind' | 'responseBytes' | 'readyRssMiB'>> {
  const load = (durationSeconds: number): Promise<LoadResult> =>
    loadTest({
      url: child.url,
      connections: workload.connections,
      durationSeconds,
      headers: { 'content-type': 'application/json', ...workload.headers },
      body: workload.bodies,
      verifyBody: looksClean,
    });
  if (workload.warmupSeconds > 0) await load(workload.warmupSeconds);
  // The warm-up's (or the previous workload's) last requests must not spill into the measured window.
  await waitUntilIdle(child.pid, traffic);

  const cpuBefore = processCpuMs(child.pid);
  const parentBefore = process.cpuUsage();
  const machineBefore = machineBusyCpuMs();
  const trafficBefore = traffic.snapshot();
  const result = await load(workload.durationSeconds);
  // Requests in flight when the clients stop still cost the gateway and the subgraphs: count
  // their work too, and divide by requests sent rather than completed.
  await waitUntilIdle(child.pid, traffic);
  const cpuAfter = processCpuMs(child.pid);
  const parentCpu = process.cpuUsage(parentBefore);
  const parentCpuMs = (parentCpu.user + parentCpu.system) / 1000;
  const machineCpuMs = machineBusyCpuMs() - machineBefore;
  const { total, bySubgraph } = SubgraphTraffic.delta(trafficBefore, traffic.snapshot());
  const sent = Math.max(result.sent, 1);
  return {
    workload: workload.name,
    load: result,
    cpuMsPerRequest: (cpuAfter - cpuBefore) / sent,
    peakRssMiB: peakRssMiB(child.pid),
    subgraphRequestsPerRequest: total / sent,
    subgraphRequests: bySubgraph,
    parentCpuMsPerRequest: parentCpuMs / sent,
    otherCpuMsPerRequest: Math.max(0, machineCpuMs - parentCpuMs - (cpuAfter - cpuBefore)) / sent,
  };
}

const IDLE_POLL_MS = 250;
const IDLE_BOUND_MS = 20_000;

/**
 * Waits until the gateway has finished the requests left in flight: no new subgraph request and at
 * most one clock tick of gateway CPU over two consecutive polls (bounded; idle Node uses ~none).
 */
async function waitUntilIdle(pid: number, traffic: SubgraphTraffic): Promise<void> {
  const deadline = performance.now() + IDLE_BOUND_MS;
  const sum = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);
  let cpu = processCpuMs(pid);
  let requests = sum(traffic.snapshot());
  let quietPolls = 0;
  while (quietPolls < 2 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    const nextCpu = processCpuMs(pid);
    const nextRequests = sum(traffic.snapshot());
    quietPolls = nextCpu - cpu <= 10 && nextRequests === requests ? quietPolls + 1 : 0;
    cpu = nextCpu;
    requests = nextRequests;
  }
}
