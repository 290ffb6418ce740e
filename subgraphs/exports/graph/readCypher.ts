import neo4j, { type Driver, type Record as Neo4jRecord, type Result } from 'neo4j-driver';

export interface ReadOptions {
  database: string;
  /** Transaction timeout, ms. */
  timeoutMs: number;
  signal: AbortSignal;
}

/** Takes one record; returns a promise only when the caller must wait (the sink is full). */
export type RecordConsumer = (record: Neo4jRecord) => Promise<void> | undefined;

/** Records fetched per round trip; at most this many wait in memory while the consumer is paused. */
const FETCH_SIZE = 2_000;

/**
 * Feeds a result's records to `consume` synchronously as the driver decodes them, pausing the
 * stream whenever `consume` returns a promise. The driver's async iterator does the same flow
 * control but costs several promises per record, which halved export throughput; this uses the
 * observer the iterator itself is built on (`_subscribe`, public in the typings of the pinned
 * driver), so backpressure is unchanged: a paused stream requests no further batch.
 */
export function pumpRecords(result: Result, consume: RecordConsumer, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Records that arrive while paused (the rest of the batch already requested).
    const backlog: Neo4jRecord[] = [];
    let next = 0;
    let waiting = false;
    let completed = false;
    let settled = false;
    let stream: { pause(): void; resume(): void; cancel(): void } | undefined;

    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      stop();
      reject(error);
    };
    // cancel() only marks the stream for discarding; a paused stream sends the DISCARD (and so
    // lets its transaction roll back) only once resumed.
    const stop = (): void => {
      stream?.cancel();
      stream?.resume();
    };
    const take = (record: Neo4jRecord): boolean => {
      if (signal.aborted) {
        fail(signal.reason);
        return false;
      }
      let wait: Promise<void> | undefined;
      try {
        wait = consume(record);
      } catch (error) {
        fail(error);
        return false;
      }
      if (!wait) return true;
      waiting = true;
      stream?.pause();
      wait.then(() => {
        waiting = false;
        if (settled) return;
        drain();
        if (!waiting && !completed) stream?.resume();
      }, fail);
      return false;
    };
    const drain = (): void => {
      while (next < backlog.length && !settled) {
        const record = backlog[next++] as Neo4jRecord;
        if (!take(record)) break;
      }
      if (next === backlog.length) {
        backlog.length = 0;
        next = 0;
      }
      if (completed && !waiting && backlog.length === 0 && !settled) {
        settled = true;
        resolve();
      }
    };

    result
      ._subscribe({
        onNext: (record: Neo4jRecord) => {
          if (settled) return;
          if (waiting || backlog.length > 0) backlog.push(record);
          else take(record);
        },
        onCompleted: () => {
          completed = true;
          if (!waiting) drain();
        },
        onError: fail,
      })
      .then((observer) => {
        stream = observer;
        if (settled) stop();
        else if (waiting) observer.pause();
      }, fail);
  });
}

/**
 * Streams one query's records from a READ transaction into `consume`. Memory stays at about
 * FETCH_SIZE records however large the result. Failure or abort rolls the transaction back.
 */
export async function readCypher(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOptions,
  consume: RecordConsumer,
): Promise<void> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  try {
    const tx = await session.beginTransaction({ timeout: options.timeoutMs });
    try {
      await pumpRecords(tx.run(cypher, params), consume, options.signal);
      await tx.commit();
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      throw error;
    }
  } finally {
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
  let count = 0;
  await readCypher(driver, cypher, params, options, (record) => {
    count = Number(record.get(0));
    return undefined;
  });
  return count;
}
