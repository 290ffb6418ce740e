import { WORKLOAD_NAMES, type Measurement, type Outcome } from './measureGateway.js';

const LABELS: Record<Measurement['kind'], string> = {
  ours: 'ours (gateway/createGateway), JWT, no rate limits',
  'ours-key': 'ours, API key + rate/cost limits',
  'ours-traced': 'ours, JWT, tracing on, 100 % sampled',
  'ours-traced-10': 'ours, JWT, tracing on, 10 % sampled',
  apollo: '@apollo/gateway 2.14.4 + Apollo Server 5',
  hive: '@graphql-hive/gateway 2.15.1, defaults',
  floor: 'bare ws fan-out (bench:subscriptions only)',
};

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function errorCell({ load }: Measurement): string {
  const parts = [
    load.timeouts ? `${load.timeouts} timeouts` : '',
    load.non2xx ? `${load.non2xx} non-2xx` : '',
    load.badBodies ? `${load.badBodies} with errors` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${load.errors} (${parts.join(', ')})` : String(load.errors);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The comparison tables (one per workload), ratios and subgraph traffic, as Markdown. */
export function formatReport(outcomes: readonly Outcome[]): string {
  const all = outcomes.flatMap((o) => (o.ok ? o.measurements : []));
  const out: string[] = [];
  for (const workload of WORKLOAD_NAMES) {
    const measured = all.filter((m) => m.workload === workload);
    if (measured.length === 0) continue;
    out.push(`\n### ${workload} workload\n`);
    out.push(
      table(
        [
          'gateway',
          'req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'errors',
          'CPU ms/req',
          'subgraph req/req',
          'RSS ready MiB',
          'peak RSS MiB',
        ],
        measured.map((m) => [
          LABELS[m.kind],
          fixed(m.load.rps, 1),
          fixed(m.load.p50, 0),
          fixed(m.load.p95, 0),
          fixed(m.load.p99, 0),
          errorCell(m),
          fixed(m.cpuMsPerRequest, 2),
          fixed(m.subgraphRequestsPerRequest, 2),
          fixed(m.readyRssMiB, 0),
          fixed(m.peakRssMiB, 0),
        ]),
      ),
    );
    const ratios = ratiosOf(measured);
    if (ratios.length > 0) out.push(`\n${ratios.join('   ')}`);
  }
  for (const failed of outcomes.flatMap((o) => (o.ok ? [] : [o]))) {
    out.push(`\n${LABELS[failed.kind]}: not measured: ${failed.reason}`);
  }

  out.push(
    '\n' +
      table(
        [
          'gateway',
          'workload',
          'sent',
          'completed',
          'response bytes',
          'by subgraph (req/req)',
          'subgraphs+autocannon CPU ms/req',
          'other processes CPU ms/req',
        ],
        all.map((m) => [
          m.kind,
          m.workload,
          String(m.load.sent),
          String(m.load.completed),
          String(m.responseBytes),
          [...m.subgraphRequests]
            .map(([name, n]) => `${name} ${fixed(n / Math.max(m.load.sent, 1), 2)}`)
            .join(', '),
          fixed(m.parentCpuMsPerRequest, 2),
          fixed(m.otherCpuMsPerRequest, 2),
        ]),
      ),
  );
  out.push(
    '\nreq/s counts clean 2xx answers; latencies are of 2xx answers (p50/p99 autocannon, p95 from the same samples).' +
      '\nCPU and subgraph requests are per request sent, measured until the gateway went idle after the run;' +
      '\n"other processes" is the machine\'s busy CPU minus the gateway and this process (Neo4j, Redis, anything else).' +
      '\nRSS when ready: after the first check answer, before any load; peak RSS: VmHWM after the workload.',
  );
  return out.join('\n');
}

/** Ours against each peer, and what key auth and tracing add to ours, within one workload. */
function ratiosOf(measured: readonly Measurement[]): string[] {
  const ours = measured.find((m) => m.kind === 'ours');
  if (!ours) return [];
  const ratios = measured
    .filter((m) => !m.kind.startsWith('ours'))
    .map(
      (m) =>
        `ours/${m.kind} req/s = ${m.load.rps > 0 ? fixed(ours.load.rps / m.load.rps, 2) : '–'}, ` +
        `CPU/req = ${m.cpuMsPerRequest > 0 ? fixed(ours.cpuMsPerRequest / m.cpuMsPerRequest, 2) : '–'}`,
    );
  const keyed = measured.find((m) => m.kind === 'ours-key');
  if (keyed)
    ratios.push(
      `API key + limits: ${fixed(keyed.cpuMsPerRequest - ours.cpuMsPerRequest, 3)} ms CPU/req over JWT`,
    );
  for (const traced of measured.filter((m) => m.kind.startsWith('ours-traced'))) {
    ratios.push(
      `${traced.kind}: ${fixed(100 * (1 - traced.load.rps / ours.load.rps), 1)} % fewer req/s, ` +
        `${fixed(traced.cpuMsPerRequest - ours.cpuMsPerRequest, 3)} ms CPU/req over untraced`,
    );
  }
  return ratios;
}
