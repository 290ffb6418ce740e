/**
 * Resources to release, in reverse order of acquisition (Node 20 has no AsyncDisposableStack).
 * A failing cleanup is reported and the rest still run.
 */
export class Teardown {
  private readonly steps: Array<{ label: string; run: () => Promise<void> | void }> = [];
  private running: Promise<void> | undefined;

  /** True once run() was called (e.g. on a signal): work in progress should stop, not report. */
  get started(): boolean {
    return this.running !== undefined;
  }

  defer(label: string, run: () => Promise<void> | void): void {
    this.steps.push({ label, run });
  }

  /** Runs every deferred step once; later calls wait for the same run. */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        try {
          await step.run();
        } catch (error) {
          console.error(`teardown: ${step.label} failed:`, error instanceof Error ? error.message : error);
        }
      }
    })();
    return this.running;
  }
}
