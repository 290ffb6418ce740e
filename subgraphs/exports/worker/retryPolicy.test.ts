import { isRetriableError, Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ExportCancelled, ExportRetryLater } from './outcomes.js';
import { isRetryableNeo4jError, MAX_RETRY_DELAY_MS, retryDelayMs } from './retryPolicy.js';
import { fromProcessFailure, ExportProcessError, toProcessFailure } from './exportProcessProtocol.js';

const neo4jError = (code: string): Neo4jError => new Neo4jError('failed', code, '50N42', 'general error');

describe('isRetryableNeo4jError', () => {
  const retryable = [
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.ClientError.Security.AuthorizationExpired',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.TransientError.Transaction.LeaderSwitch',
    'Neo.TransientError.Database.DatabaseUnavailable',
  ];
  const permanent = [
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.ClientError.Transaction.Terminated',
    'Neo.ClientError.Transaction.LockClientStopped',
    'Neo.ClientError.Security.Unauthorized',
    'Neo.DatabaseError.General.UnknownError',
    'ProtocolError',
  ];

  it.each(retryable)('retries %s, as the driver would', (code) => {
    expect(isRetriableError(neo4jError(code))).toBe(true);
    expect(isRetryableNeo4jError(neo4jError(code))).toBe(true);
  });

  it.each(permanent)('does not retry %s, as the driver would not', (code) => {
    expect(isRetriableError(neo4jError(code))).toBe(false);
    expect(isRetryableNeo4jError(neo4jError(code))).toBe(false);
  });

  it('does not retry a transaction ended on purpose, even in its older TransientError spelling', () => {
    for (const code of [
      'Neo.TransientError.Transaction.Terminated',
      'Neo.TransientError.Transaction.LockClientStopped',
    ]) {
      expect(isRetryableNeo4jError(neo4jError(code))).toBe(false);
    }
  });

  it('reads only the code, so an error rebuilt after the process boundary classifies the same', () => {
    expect(
      isRetryableNeo4jError(new ExportProcessError('Connection was closed by server', 'ServiceUnavailable')),
    ).toBe(true);
    expect(isRetryableNeo4jError(new ExportProcessError('export process exited', null))).toBe(false);
    expect(isRetryableNeo4jError(new ExportCancelled('export cancelled'))).toBe(false);
    expect(isRetryableNeo4jError(null)).toBe(false);
    expect(isRetryableNeo4jError('ServiceUnavailable')).toBe(false);
  });
});

describe('across the process boundary', () => {
  it('a retryable Neo4j failure comes back as ExportRetryLater with its code, others as ExportProcessError', () => {
    const retry = fromProcessFailure(toProcessFailure(neo4jError('ServiceUnavailable')));
    expect(retry).toBeInstanceOf(ExportRetryLater);
    expect((retry as ExportRetryLater).code).toBe('ServiceUnavailable');
    const terminated = fromProcessFailure(
      toProcessFailure(neo4jError('Neo.ClientError.Transaction.Terminated')),
    );
    expect(terminated).toBeInstanceOf(ExportProcessError);
    expect((terminated as ExportProcessError).code).toBe('Neo.ClientError.Transaction.Terminated');
  });
});

describe('retryDelayMs', () => {
  const middle = (): number => 0.5;

  it('doubles from the base per retry', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 2_000, middle))).toEqual([2_000, 4_000, 8_000, 16_000]);
  });

  it('spreads by at most 20 % either way', () => {
    expect(retryDelayMs(2, 1_000, () => 0)).toBe(1_600);
    expect(retryDelayMs(2, 1_000, () => 0.999_999)).toBe(2_400);
  });

  it('never waits longer than MAX_RETRY_DELAY_MS', () => {
    expect(retryDelayMs(10, 2_000, () => 0.999_999)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(1_000, 2_000, middle)).toBe(MAX_RETRY_DELAY_MS);
  });
});
