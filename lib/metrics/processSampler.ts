import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PLATFORM_TENANT } from '../principal.js';
import type { MetricsRecorder } from './recorder.js';

/** The memory this process may use: its cgroup's limit when it has one, else the machine's. */
function memoryLimit(): number {
  try {
    const text = readFileSync('/sys/fs/cgroup/memory.max', 'utf8').trim();
    const bytes = Number(text);
    if (Number.isFinite(bytes) && bytes > 0) return Math.min(bytes, totalmem());
  } catch {
    // no cgroup v2 limit
  }
  return totalmem();
}

/**
 * Records this process's resources as platform series, labelled by role: CPU (100 = one core),
 * resident memory as a share of its limit, and the event loop's p99 delay since the last sample.
 */
export function sampleProcess(recorder: MetricsRecorder, role: string, intervalMs: number): () => void {
  const limit = memoryLimit();
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  let cpu = process.cpuUsage();
  let at = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const labels = { role };
    recorder.gauge(
      PLATFORM_TENANT,
      'process_cpu_percent',
      ((used.user + used.system) / 1000 / (now - at)) * 100,
      labels,
    );
    recorder.gauge(
      PLATFORM_TENANT,
      'process_memory_percent',
      (process.memoryUsage.rss() / limit) * 100,
      labels,
    );
    recorder.gauge(PLATFORM_TENANT, 'event_loop_delay_ms', delay.percentile(99) / 1e6, labels);
    delay.reset();
    cpu = process.cpuUsage();
    at = now;
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    delay.disable();
  };
}
