/**
 * The APOC side of the exports benchmark: the same tenant-scoped section queries the export worker
 * runs for FULL_KNOWLEDGE_GRAPH (buildPlan), each written to a file inside Neo4j by
 * apoc.export.json.query / apoc.export.csv.query, with Neo4j's own CPU time and RSS meanwhile.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ExportPlan } from '../../subgraphs/exports/graph/exportPlan.js';
import { processCpuMs, rssMiB } from '../lib/procStats.js';

/** Formats APOC can write that the platform also writes. */
export const APOC_FORMATS = { JSON: 'apoc.export.json.query', CSV: 'apoc.export.csv.query' } as const;
export type ApocFormat = keyof typeof APOC_FORMATS;

export interface Neo4jProcess {
  pid: number;
  /** Where APOC writes relative file names (NEO4J_HOME/import), if it exists. */
  importDir: string | null;
}

/**
 * The embedded launcher (tools/neo4j-launcher) serving Bolt on `port` of this machine, found by
 * scanning /proc; null for a Neo4j elsewhere (another host, a container) or without /proc.
 */
export function findNeo4jProcess(port: number): Neo4jProcess | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  for (const entry of entries) {
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('platform.Neo4jLauncher')) continue;
      const env = new Map(
        readFileSync(`/proc/${entry}/environ`, 'utf8')
          .split('\0')
          .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
      );
      if (Number(env.get('NEO4J_BOLT_PORT') || 7687) !== port) continue;
      // The launcher's defaults: NEO4J_HOME relative to its working directory.
      const home = path.resolve(readlinkSync(`/proc/${entry}/cwd`), env.get('NEO4J_HOME') || '.data/neo4j');
      return { pid: Number(entry), importDir: directoryOrNull(path.join(home, 'import')) };
    } catch {
      // Gone between listing and reading, or not ours to read.
    }
  }
  return null;
}

function directoryOrNull(dir: string): string | null {
  try {
    return statSync(dir).isDirectory() ? dir : null;
  } catch {
    return null; // a launcher built before APOC has no import directory
  }
}

/** Null when both export procedures are there; otherwise why the APOC run cannot happen. */
export async function apocMissing(driver: Driver, database: string): Promise<string | null> {
  try {
    const { records } = await driver.executeQuery(
      'SHOW PROCEDURES YIELD name WHERE name STARTS WITH $prefix RETURN collect(name) AS names',
      { prefix: 'apoc.export.' },
      { database, routing: neo4j.routing.READ },
    );
    const names = new Set<string>(records[0]?.get('names') ?? []);
    const absent = Object.values(APOC_FORMATS).filter((name) => !names.has(name));
    if (absent.length === 0) return null;
    return names.size === 0
      ? 'no apoc.export.* procedures are registered (APOC is loaded from tools/neo4j-launcher/target/plugins: rebuild the launcher and restart Neo4j)'
      : `${absent.join(', ')} not registered`;
  } catch (error) {
    return `SHOW PROCEDURES failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export interface ApocOutcome {
  format: ApocFormat;
  records: number;
  /** First CALL sent to last result received, as a client sees it. */
  wallMs: number;
  /** Sum of the files written, or null when Neo4j's import directory is not on this machine. */
  bytes: number | null;
  neo4jCpuMs: number | null;
  neo4jRssBefore: number | null;
  neo4jRssPeak: number | null;
  error: string | null;
}

/**
 * Runs every Cypher section of `plan` through one APOC export procedure, one file per section
 * (the worker also reads section by section), then deletes the files.
 */
export async function apocExport(
  driver: Driver,
  database: string,
  plan: ExportPlan,
  format: ApocFormat,
  neo4jProcess: Neo4jProcess | null,
): Promise<ApocOutcome> {
  const pid = neo4jProcess?.pid ?? null;
  const cpuBefore = pid === null ? null : processCpuMs(pid);
  const rssBefore = pid === null ? null : rssMiB(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    try {
      if (pid !== null) rssPeak = Math.max(rssPeak ?? 0, rssMiB(pid));
    } catch {
      // Neo4j may have stopped; the CALL fails and says so.
    }
  }, 100);
  const run = `bench-apoc-${randomUUID().slice(0, 8)}`;
  const files: string[] = [];
  let records = 0;
  let error: string | null = null;
  const started = performance.now();
  try {
    for (const [i, section] of plan.sections.entries()) {
      if (section.source !== 'cypher') continue;
      const file = `${run}-${i}.${format === 'JSON' ? 'jsonl' : 'csv'}`;
      files.push(file);
      const { records: rows } = await driver.executeQuery(
        `CALL ${APOC_FORMATS[format]}($cypher, $file, $config) YIELD rows RETURN rows`,
        {
          cypher: section.cypher,
          file,
          config: { params: plan.params, ...(format === 'CSV' ? { quotes: 'ifNeeded' } : {}) },
        },
        { database, routing: neo4j.routing.READ },
      );
      records += Number(rows[0]?.get('rows') ?? 0);
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  const cpuAfter = pid === null ? null : processCpuMs(pid);
  let bytes: number | null = null;
  const importDir = neo4jProcess?.importDir;
  if (importDir) {
    bytes = 0;
    for (const file of files) {
      const full = path.join(importDir, file);
      try {
        bytes += statSync(full).size;
        rmSync(full);
      } catch {
        // Not written (the CALL failed before it).
      }
    }
  } else if (files.length > 0) {
    console.error(`APOC files ${run}-*.* are left in Neo4j's import directory (not on this machine)`);
  }
  return {
    format,
    records,
    wallMs,
    bytes,
    neo4jCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    neo4jRssBefore: rssBefore,
    neo4jRssPeak: rssPeak,
    error,
  };
}
