import { describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { shapeErrors } from './shapeResult.js';

const log = createLogger('silent', 'shape-test');

describe('shapeErrors', () => {
  it("hands the gateway's own unexpected errors to error tracking, masked as the client sees them", () => {
    const heard: Array<{ message: string; shown: string }> = [];
    const shaped = shapeErrors(
      [
        { message: 'Cannot return null for non-nullable field Query.x.', path: ['x'] },
        { message: 'boom', extensions: { serviceName: 'knowledge', code: 'INTERNAL_SERVER_ERROR' } },
        { message: 'No such alert', extensions: { code: 'NOT_FOUND' } },
      ],
      true,
      log,
      (error, shown) => heard.push({ message: error.message, shown }),
    );
    expect(shaped.map((e) => e.extensions?.code)).toEqual([
      'INTERNAL_SERVER_ERROR',
      'SUBGRAPH_ERROR',
      'NOT_FOUND',
    ]);
    expect(shaped[0]?.message).toBe('Internal server error');
    // A subgraph's errors are its own to report; domain errors are not unexpected.
    expect(heard).toEqual([
      { message: 'Cannot return null for non-nullable field Query.x.', shown: 'Internal server error' },
    ]);
  });

  it('shows the real message when not masking, and says so to error tracking', () => {
    const heard: string[] = [];
    shapeErrors([{ message: 'real' }], false, log, (_error, shown) => heard.push(shown));
    expect(heard).toEqual(['real']);
  });
});
