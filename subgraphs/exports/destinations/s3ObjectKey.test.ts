import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../lib/errors.js';
import { isTenantKey, parseClientPrefix, s3ObjectKey, tenantKeyPrefix } from './s3ObjectKey.js';

const ID = '00000000-0000-0000-0000-000000000001';

function refusal(raw: string): { code: string; field: unknown } | null {
  try {
    parseClientPrefix(raw);
    return null;
  } catch (error) {
    const { code, details } = error as PlatformError;
    return { code, field: details.field };
  }
}

describe('S3 object keys', () => {
  it('live under the root prefix and the base64url of the tenant', () => {
    const b64 = Buffer.from('acme/../x', 'utf8').toString('base64url');
    expect(tenantKeyPrefix('exports/', 'acme/../x')).toBe(`exports/${b64}/`);
    expect(
      s3ObjectKey({
        rootPrefix: 'exports/',
        tenantId: 'acme/../x',
        clientPrefix: null,
        exportId: ID,
        extension: 'csv.zip',
      }),
    ).toBe(`exports/${b64}/${ID}.csv.zip`);
    expect(
      s3ObjectKey({
        rootPrefix: '',
        tenantId: 't',
        clientPrefix: 'reports/2026',
        exportId: ID,
        extension: 'jsonl',
      }),
    ).toBe(`dA/reports/2026/${ID}.jsonl`);
  });

  it('belong to exactly one tenant', () => {
    const key = s3ObjectKey({
      rootPrefix: 'e/',
      tenantId: 't1',
      clientPrefix: 'a',
      exportId: ID,
      extension: 'xml',
    });
    expect(isTenantKey('e/', 't1', key)).toBe(true);
    expect(isTenantKey('e/', 't2', key)).toBe(false);
    expect(isTenantKey('other/', 't1', key)).toBe(false);
    expect(isTenantKey('e/', 't1', tenantKeyPrefix('e/', 't1'))).toBe(false);
    expect(isTenantKey('e/', 't1', `${tenantKeyPrefix('e/', 't1')}../x`)).toBe(false);
  });
});

describe('client prefixes', () => {
  it('are optional and normalised', () => {
    expect(parseClientPrefix(undefined)).toBeNull();
    expect(parseClientPrefix(null)).toBeNull();
    expect(parseClientPrefix('')).toBeNull();
    expect(parseClientPrefix('reports//2026/q1/')).toBe('reports/2026/q1');
    expect(parseClientPrefix('a.b_c-D9')).toBe('a.b_c-D9');
    expect(parseClientPrefix('x'.repeat(128))).toBe('x'.repeat(128));
  });

  it('refuse traversal, absolute paths, odd characters and length with BAD_USER_INPUT', () => {
    for (const bad of [
      '../x',
      'a/../b',
      'a..b',
      '/abs',
      'sp ace',
      'a\\b',
      'ü',
      'a?b',
      '%2e%2e',
      'x'.repeat(129),
    ]) {
      expect(refusal(bad), bad).toEqual({ code: 'BAD_USER_INPUT', field: 'destination.prefix' });
    }
  });
});
