import neo4j, { type Record as Neo4jRecord, type Result } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createNeo4jDriver } from '../../../lib/neo4j.js';
import { testConfig } from '../../../test/support/testPlatform.js';
import { pumpRecords, readCount, readCypher } from './readCypher.js';

const config = testConfig();
const driver = createNeo4jDriver({
  uri: config.NEO4J_URI,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
});
afterAll(() => driver.close());

const options = () => ({
  database: config.NEO4J_DATABASE,
  timeoutMs: 30_000,
  signal: new AbortController().signal,
});

/** A session with a small fetch size, so a few thousand rows span many batches. */
function rows(count: number, fetchSize: number): { result: Result; close(): Promise<void> } {
  const session = driver.session({
    database: config.NEO4J_DATABASE,
    defaultAccessMode: neo4j.session.READ,
    fetchSize,
  });
  return {
    result: session.run('UNWIND range(1, $n) AS i RETURN i', { n: neo4j.int(count) }),
    close: () => session.close(),
  };
}

describe('pumpRecords (real Neo4j)', () => {
  it('delivers every record once, in order, when the consumer waits now and then', async () => {
    const seen: number[] = [];
    await readCypher(driver, 'UNWIND range(1, 12000) AS i RETURN i', {}, options(), (record) => {
      seen.push(Number(record.get('i')));
      // Every 997th record makes the pump pause and resume, as a full sink does.
      return seen.length % 997 === 0 ? new Promise((r) => setImmediate(r)) : undefined;
    });
    expect(seen).toHaveLength(12000);
    expect(seen.every((v, i) => v === i + 1)).toBe(true);
  });

  it('requests no further batch while the consumer waits', async () => {
    const { result, close } = rows(20_000, 500);
    let delivered = 0;
    // Counts what the driver hands over, whether or not the consumer has taken it yet.
    const counting = Object.create(result) as Result;
    counting._subscribe = (observer, paused) =>
      result._subscribe(
        {
          ...observer,
          onNext: (record: Neo4jRecord) => {
            delivered++;
            observer.onNext?.(record);
          },
        },
        paused,
      );
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let consumed = 0;
    const pumping = pumpRecords(
      counting,
      () => (++consumed === 1 ? gate : undefined),
      new AbortController().signal,
    );
    // Give the driver every chance to over-fetch: if the pause did not hold, all 20,000 rows
    // would arrive in this time.
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 25));
    expect(consumed).toBe(1);
    expect(delivered).toBeLessThanOrEqual(2 * 500);
    release();
    await pumping;
    expect(consumed).toBe(20_000);
    expect(delivered).toBe(20_000);
    await close();
  });

  it('stops with the consumer’s error and rolls back, leaving the driver usable', async () => {
    let taken = 0;
    const failure = new Error('sink broke');
    await expect(
      readCypher(driver, 'UNWIND range(1, 50000) AS i RETURN i', {}, options(), () => {
        if (++taken === 1234) throw failure;
        return undefined;
      }),
    ).rejects.toBe(failure);
    expect(taken).toBe(1234);
    expect(await readCount(driver, 'RETURN 7', {}, options())).toBe(7);
  });

  it('stops with an error raised while the stream is paused, and rolls back', async () => {
    const failure = new Error('upload refused');
    let taken = 0;
    await expect(
      readCypher(driver, 'UNWIND range(1, 50000) AS i RETURN i', {}, options(), () =>
        ++taken === 3000 ? Promise.reject(failure) : undefined,
      ),
    ).rejects.toBe(failure);
    expect(taken).toBe(3000);
    expect(await readCount(driver, 'RETURN 8', {}, options())).toBe(8);
  });

  it('stops when the signal aborts, with the abort reason', async () => {
    const controller = new AbortController();
    let taken = 0;
    await expect(
      readCypher(
        driver,
        'UNWIND range(1, 50000) AS i RETURN i',
        {},
        { ...options(), signal: controller.signal },
        () => {
          if (++taken === 100) controller.abort('cancelled');
          return undefined;
        },
      ),
    ).rejects.toBe('cancelled');
    expect(taken).toBe(100);
  });

  it('surfaces a Neo4j error from the query', async () => {
    await expect(
      readCypher(driver, 'RETURN 1/0 AS boom', {}, options(), () => undefined),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError/) });
  });
});
