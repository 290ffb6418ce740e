import { loadTest, type LoadResult } from '../lib/loadTest.js';
import { machineBusyCpuMs, peakRssMiB, processCpuMs, rssMiB } from '../lib/procStats.js';
import type { Teardown } from '../lib/Teardown.js';
import { GatewayChild } from './GatewayChild.js';
import type { GatewaySpec } from './protocol.js';
import { BENCH_BODY, looksClean, postGraphql, problemWith } from './query.js';
import { SubgraphTraffic } from './SubgraphTraffic.js';

export interface Workload {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Sent on every request to every gateway (ours authenticates with it; the peers ignore it). */
  headers: Record<string, string>;
  expectedJobs: number;
}

export interface Measurement {
  kind: GatewaySpec['kind'];
  responseBytes: number;
  load: LoadResult;
  /** The gateway process's user+system CPU over the measured run (until it went idle), per request sent. */
  cpuMsPerRequest: number;
  /** VmHWM of the gateway process at the end (start-up and warm-up included). */
  peakRssMiB: number;
  /** VmRSS of the gateway process once it answered the check query, before any load. */
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
  { ok: true; measurement: Measurement } | { ok: false; kind: GatewaySpec['kind']; reason: string };

/**
 * Serves the subgraphs through one gateway in its own process, checks one answer, warms up, then
 * loads it and reads the child's CPU and peak RSS from /proc around the measured run.
 */
export async function measureGateway(
  spec: GatewaySpec,
  env: NodeJS.ProcessEnv,
  workload: Workload,
  traffic: SubgraphTraffic,
  teardown: Teardown,
): Promise<Outcome> {
  let child: GatewayChild;
  const starting = performance.now();
  try {
    child = await GatewayChild.start(spec, env);
  } catch (error) {
    return { ok: false, kind: spec.kind, reason: error instanceof Error ? error.message : String(error) };
  }
  teardown.defer(`stop ${spec.kind} gateway`, () => child.stop());
  console.log(
    `${spec.kind}: gateway process ${child.pid} ready in ${((performance.now() - starting) / 1000).toFixed(1)} s`,
  );
  try {
    const reply = await postGraphql(child.url, workload.headers, BENCH_BODY);
    const problem = problemWith(reply, workload.expectedJobs);
    if (problem) return { ok: false, kind: spec.kind, reason: problem };
    const responseBytes = Buffer.byteLength(reply.text);
    const readyRssMiB = rssMiB(child.pid);

    const load = (durationSeconds: number): Promise<LoadResult> =>
      loadTest({
        url: child.url,
        connections: workload.connections,
        durationSeconds,
        headers: { 'content-type': 'application/json', ...workload.headers },
        body: BENCH_BODY,
        verifyBody: looksClean,
      });
    if (workload.warmupSeconds > 0) {
      await load(workload.warmupSeconds);
      // The warm-up's last requests must not spill into the measured window.
      await waitUntilIdle(child.pid, traffic);
    }

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
      ok: true,
      measurement: {
        kind: spec.kind,
        responseBytes,
        load: result,
        cpuMsPerRequest: (cpuAfter - cpuBefore) / sent,
        peakRssMiB: peakRssMiB(child.pid),
        readyRssMiB,
        subgraphRequestsPerRequest: total / sent,
        subgraphRequests: bySubgraph,
        parentCpuMsPerRequest: parentCpuMs / sent,
        otherCpuMsPerRequest: Math.max(0, machineCpuMs - parentCpuMs - (cpuAfter - cpuBefore)) / sent,
      },
    };
  } finally {
    await child.stop();
  }
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
