import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

export interface ReadOptions {
  database: string;
  /** Transaction timeout, ms. */
  timeoutMs: number;
  signal: AbortSignal;
}

/** Records fetched per round trip; the driver pauses the stream when the consumer lags behind. */
const FETCH_SIZE = 5_000;

/**
 * Streams one query's records from a READ transaction. The driver applies backpressure, so memory
 * stays at about FETCH_SIZE records however large the result. Aborting rolls the transaction back.
 */
export async function* readCypher(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOptions,
): AsyncGenerator<Neo4jRecord> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  const tx = await session.beginTransaction({ timeout: options.timeoutMs });
  let committed = false;
  try {
    for await (const record of tx.run(cypher, params)) {
      if (options.signal.aborted) break;
      yield record;
    }
    if (!options.signal.aborted) {
      await tx.commit();
      committed = true;
    }
  } finally {
    if (!committed) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

/** Runs a single-value count query in a READ transaction. */
export async function readCount(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOptions,
): Promise<number> {
  for await (const record of readCypher(driver, cypher, params, options)) {
    return Number(record.get(0));
  }
  return 0;
}
