import type { Driver } from 'neo4j-driver';
import type { RedisClient } from '../lib/redis.js';
import { probe } from '../lib/probe.js';

export interface DependencyStatus {
  name: string;
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  dependencies: DependencyStatus[];
}

export interface ReadinessTargets {
  redis: RedisClient;
  neo4j: Driver;
  neo4jDatabase: string;
  subgraphs: ReadonlyArray<{ name: string; url: string }>;
  timeoutMs?: number;
}

async function dependency(
  name: string,
  timeoutMs: number,
  check: (signal: AbortSignal) => Promise<unknown>,
): Promise<DependencyStatus> {
  const result = await probe(check, timeoutMs);
  return { name, ...result };
}

/** Ready only when Redis, Neo4j and every subgraph answer. */
export async function checkReadiness(targets: ReadinessTargets): Promise<Readiness> {
  const timeoutMs = targets.timeoutMs ?? 2000;
  const dependencies = await Promise.all([
    dependency('redis', timeoutMs, () => targets.redis.ping()),
    dependency('neo4j', timeoutMs, () =>
      targets.neo4j.executeQuery('RETURN 1', {}, { database: targets.neo4jDatabase }),
    ),
    ...targets.subgraphs.map(({ name, url }) =>
      dependency(`subgraph:${name}`, timeoutMs, async (signal) => {
        const response = await fetch(new URL('/healthz', url), { signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await response.arrayBuffer();
      }),
    ),
  ]);
  return { ready: dependencies.every((d) => d.ok), dependencies };
}
