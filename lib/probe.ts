/** One dependency check's outcome: whether it answered in time, and how long it took. */
export interface ProbeResult {
  readonly ok: boolean;
  readonly latencyMs: number;
  /** Why it failed (for logs and /readyz); never shown as a health reason. */
  readonly error?: string;
}

/**
 * The one way the platform probes a dependency (readiness, health model, platformHealth): the
 * check gets an AbortSignal and is abandoned after `timeoutMs`, so a hung dependency costs a
 * bounded wait, never a hung probe.
 */
export async function probe(
  check: (signal: AbortSignal) => Promise<unknown>,
  timeoutMs = 2_000,
): Promise<ProbeResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    await Promise.race([
      check(signal),
      new Promise((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error(`no answer in ${timeoutMs} ms`)), {
          once: true,
        }),
      ),
    ]);
    return { ok: true, latencyMs: elapsed() };
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), error: (error as Error).message };
  }
}
