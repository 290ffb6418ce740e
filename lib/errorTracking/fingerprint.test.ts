import { describe, expect, it } from 'vitest';
import { errorType, fingerprint, normaliseMessage, topFrames } from './fingerprint.js';

const stack = (...frames: string[]) => ['Error: boom', ...frames.map((f) => `    at ${f}`)].join('\n');

describe('normaliseMessage', () => {
  it('replaces UUIDs, emails, hex, ids and numbers', () => {
    expect(normaliseMessage('alert 3f2a9c1e-5b7d-4e2a-9c1e-5b7d4e2a9c1e not found')).toBe(
      'alert <uuid> not found',
    );
    expect(normaliseMessage('no account for ana.lopez+test@bank.example.com')).toBe('no account for <email>');
    expect(normaliseMessage('bad pointer 0x7ffee3b1c8 and hash 9f86d081884c7d65')).toBe(
      'bad pointer <hex> and hash <hex>',
    );
    expect(normaliseMessage('package pkg_8f3k2j9x4q missing')).toBe('package <id> missing');
    expect(normaliseMessage("Expected ',' or '}' after property value in JSON at position 45")).toBe(
      "Expected ',' or '}' after property value in JSON at position <n>",
    );
    expect(normaliseMessage('doc-42 took 12.5 ms, user_7 retried 3 times')).toBe(
      'doc-<n> took <n> ms, user_<n> retried <n> times',
    );
  });

  it('makes one message of occurrences that differ only in what varies', () => {
    const a = normaliseMessage(
      'Order 1234 of tenant-a (ops@a.example) failed: 3f2a9c1e-5b7d-4e2a-9c1e-5b7d4e2a9c1e',
    );
    const b = normaliseMessage(
      'Order 98 of tenant-a (dev@b.example) failed: 00000000-0000-4000-8000-000000000000',
    );
    expect(a).toBe(b);
    expect(normaliseMessage('connect ECONNREFUSED 10.0.0.7:6379')).toBe(
      normaliseMessage('connect ECONNREFUSED 192.168.1.50:6380'),
    );
  });

  it('keeps words that merely contain digits and different wording apart', () => {
    expect(normaliseMessage('utf8 and sha256 and base64url')).toBe('utf8 and sha256 and base64url');
    expect(normaliseMessage('Cannot read properties of undefined')).not.toBe(
      normaliseMessage('Cannot set properties of undefined'),
    );
  });
});

describe('topFrames', () => {
  it('keeps the top three frames as function and path, without lines, columns or the checkout', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const frames = topFrames(
      stack(
        'JSON.parse (<anonymous>)',
        `AlertStore.get (file://${root}subgraphs/observability/alerts/AlertStore.ts:105:30)`,
        `async Object.alert (${root}subgraphs/observability/index.ts:231:24)`,
        `Resolver (${root}node_modules/graphql/execution/execute.js:10:2)`,
      ),
    );
    expect(frames).toEqual([
      'JSON.parse (<anonymous>)',
      'AlertStore.get (subgraphs/observability/alerts/AlertStore.ts)',
      'Object.alert (subgraphs/observability/index.ts)',
    ]);
  });

  it('reads the same stack the same after an unrelated edit moved the lines, or from another checkout', () => {
    const here = topFrames(
      stack('f (/srv/app/node_modules/x/y.js:1:2)', 'g (/srv/app/node_modules/x/z.js:3:4)'),
    );
    const there = topFrames(
      stack('f (/opt/b/node_modules/x/y.js:9:9)', 'g (/opt/b/node_modules/x/z.js:7:1)'),
    );
    expect(here).toEqual(there);
    expect(here).toEqual(['f (node_modules/x/y.js)', 'g (node_modules/x/z.js)']);
  });

  it('has no frames without a stack', () => {
    expect(topFrames(undefined)).toEqual([]);
    expect(topFrames('Error: no frames')).toEqual([]);
  });
});

describe('fingerprint', () => {
  const message = normaliseMessage('alert 3f2a9c1e-5b7d-4e2a-9c1e-5b7d4e2a9c1e not found');
  const frames = ['a (lib/a.ts)', 'b (lib/b.ts)', 'c (lib/c.ts)'];

  it('is a SHA-256 over type, normalised message and top frames', () => {
    expect(fingerprint('TypeError', message, frames)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint('TypeError', message, frames)).toBe(fingerprint('TypeError', message, [...frames]));
  });

  it('differs with a different top frame, type or message, not with a fourth frame', () => {
    const base = fingerprint('TypeError', message, frames);
    expect(fingerprint('TypeError', message, ['a (lib/a.ts)', 'b (lib/b.ts)', 'd (lib/d.ts)'])).not.toBe(
      base,
    );
    expect(fingerprint('TypeError', message, ['z (lib/z.ts)', 'b (lib/b.ts)', 'c (lib/c.ts)'])).not.toBe(
      base,
    );
    expect(fingerprint('RangeError', message, frames)).not.toBe(base);
    expect(fingerprint('TypeError', `${message}!`, frames)).not.toBe(base);
    expect(fingerprint('TypeError', message, [...frames, 'e (lib/e.ts)'])).toBe(base);
  });

  it('groups errors thrown at the same place with different ids, apart from another place', () => {
    const at = (line: number, fn = 'load') =>
      stack(`${fn} (/srv/lib/store.ts:${line}:5)`, 'run (/srv/lib/run.ts:3:1)');
    const one = fingerprint('Error', normaliseMessage('record 17 is corrupt'), topFrames(at(10)));
    const two = fingerprint('Error', normaliseMessage('record 934 is corrupt'), topFrames(at(12)));
    const elsewhere = fingerprint(
      'Error',
      normaliseMessage('record 17 is corrupt'),
      topFrames(at(10, 'save')),
    );
    expect(one).toBe(two);
    expect(elsewhere).not.toBe(one);
  });
});

describe('errorType', () => {
  it('names the class', () => {
    class StoreCorrupted extends Error {}
    expect(errorType(new SyntaxError('x'))).toBe('SyntaxError');
    expect(errorType(new StoreCorrupted('x'))).toBe('StoreCorrupted');
    expect(errorType(new Error('x'))).toBe('Error');
    expect(errorType({ name: 'GraphQLError', message: 'x' })).toBe('GraphQLError');
    expect(errorType('a string')).toBe('string');
    expect(errorType(null)).toBe('null');
  });
});
