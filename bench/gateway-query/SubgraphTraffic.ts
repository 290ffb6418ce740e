import diagnostics from 'node:diagnostics_channel';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Counts HTTP requests reaching the subgraphs, by subgraph. Node publishes every server request of
 * this process on `http.server.request.start`; only subgraph servers listen in this process (the
 * gateway under test runs in a child), and requests are attributed by the port they arrived on.
 */
export class SubgraphTraffic {
  private readonly byPort = new Map<number, string>();
  private readonly portOf = new WeakMap<Server, number>();
  private readonly counts = new Map<string, number>();
  private readonly listener = (message: unknown): void => {
    const server = (message as { server?: Server }).server;
    if (!server) return;
    let port = this.portOf.get(server);
    if (port === undefined) {
      port = (server.address() as AddressInfo | null)?.port ?? -1;
      this.portOf.set(server, port);
    }
    const name = this.byPort.get(port);
    if (name) this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  };

  constructor(subgraphUrls: Readonly<Record<string, string>>) {
    for (const [name, url] of Object.entries(subgraphUrls)) this.byPort.set(Number(new URL(url).port), name);
    diagnostics.subscribe('http.server.request.start', this.listener);
  }

  /** Requests per subgraph since the start. */
  snapshot(): Map<string, number> {
    return new Map(this.counts);
  }

  /** Requests per subgraph between two snapshots, and their sum. */
  static delta(
    before: Map<string, number>,
    after: Map<string, number>,
  ): { total: number; bySubgraph: Map<string, number> } {
    const bySubgraph = new Map<string, number>();
    let total = 0;
    for (const [name, count] of after) {
      const delta = count - (before.get(name) ?? 0);
      if (delta > 0) bySubgraph.set(name, delta);
      total += delta;
    }
    return { total, bySubgraph };
  }

  close(): void {
    diagnostics.unsubscribe('http.server.request.start', this.listener);
  }
}
