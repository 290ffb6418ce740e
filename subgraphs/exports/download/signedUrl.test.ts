import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../lib/errors.js';
import { signDownloadUrl, verifyDownloadToken } from './signedUrl.js';

const KEY = 'k'.repeat(48);
const grant = {
  tenantId: 't-1',
  exportId: '00000000-0000-0000-0000-000000000001',
  key: '00000000-0000-0000-0000-000000000001.jsonl',
  fileName: 'export.jsonl',
  contentType: 'application/x-ndjson',
};
const tokenOf = (url: string) => new URL(url, 'http://x').searchParams.get('token');
const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as PlatformError).code;
  }
  return 'none';
};

describe('signed download URLs', () => {
  it('round-trips a grant until it expires', () => {
    const now = Date.UTC(2026, 0, 1);
    const url = signDownloadUrl(grant, { internalKey: KEY, ttlSeconds: 60, nowMs: now });
    expect(url.startsWith('/exports/download?token=')).toBe(true);
    expect(verifyDownloadToken(tokenOf(url), KEY, now + 59_000)).toMatchObject(grant);
    expect(code(() => verifyDownloadToken(tokenOf(url), KEY, now + 61_000))).toBe('DOWNLOAD_LINK_EXPIRED');
  });

  it('carries the destination; tokens from before destinations had none and mean LOCAL', () => {
    const s3 = signDownloadUrl({ ...grant, destination: 'S3' }, { internalKey: KEY, ttlSeconds: 60 });
    expect(verifyDownloadToken(tokenOf(s3), KEY).destination).toBe('S3');
    expect(
      verifyDownloadToken(tokenOf(signDownloadUrl(grant, { internalKey: KEY, ttlSeconds: 60 })), KEY),
    ).not.toHaveProperty('destination');
  });

  it('is refused under another key, altered, or malformed', () => {
    const url = signDownloadUrl(grant, {
      internalKey: KEY,
      ttlSeconds: 60,
      publicUrl: 'https://api.example.com/',
    });
    expect(url.startsWith('https://api.example.com/exports/download?token=')).toBe(true);
    const token = tokenOf(url) as string;
    expect(code(() => verifyDownloadToken(token, 'x'.repeat(48)))).toBe('DOWNLOAD_LINK_INVALID');
    const [body, mac] = token.split('.') as [string, string];
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), tenantId: 't-2' }),
    ).toString('base64url');
    expect(code(() => verifyDownloadToken(`${other}.${mac}`, KEY))).toBe('DOWNLOAD_LINK_INVALID');
    for (const bad of [null, '', 'abc', `.${mac}`, `${body}.`]) {
      expect(code(() => verifyDownloadToken(bad, KEY))).toBe('DOWNLOAD_LINK_INVALID');
    }
  });
});
