import { createHmac, timingSafeEqual } from 'node:crypto';
import { PlatformError } from '../../../lib/errors.js';
import type { ExportDestinationKind } from '../jobs/ExportJobRecord.js';

/** What a download URL grants: one file of one tenant until `exp` (seconds). */
export interface DownloadGrant {
  /** Where the file is; tokens minted before S3 existed carry none and mean LOCAL. */
  destination?: ExportDestinationKind;
  tenantId: string;
  exportId: string;
  key: string;
  fileName: string;
  contentType: string;
  /** Who the download counts against (the export's requester): the threat detectors weigh it. */
  subject?: string;
  exp: number;
}

export const DOWNLOAD_PATH = '/exports/download';

// A key of its own, derived from the shared internal key, so a download token can never be
// replayed as a signed principal or the other way round.
function downloadKey(internalKey: string): Buffer {
  return createHmac('sha256', internalKey).update('kg-exports-download-v1').digest();
}

function mac(internalKey: string, body: string): Buffer {
  return createHmac('sha256', downloadKey(internalKey)).update(body).digest();
}

/** `<base>/exports/download?token=<payload>.<hmac>`; relative when no public base is configured. */
export function signDownloadUrl(
  grant: Omit<DownloadGrant, 'exp'>,
  options: { internalKey: string; ttlSeconds: number; publicUrl?: string; nowMs?: number },
): string {
  const exp = Math.floor((options.nowMs ?? Date.now()) / 1000) + options.ttlSeconds;
  const body = Buffer.from(JSON.stringify({ ...grant, exp })).toString('base64url');
  const token = `${body}.${mac(options.internalKey, body).toString('base64url')}`;
  const base = options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : '';
  return `${base}${DOWNLOAD_PATH}?token=${token}`;
}

/** DOWNLOAD_LINK_INVALID when forged, altered or malformed; DOWNLOAD_LINK_EXPIRED after `exp`. */
export function verifyDownloadToken(
  token: string | null,
  internalKey: string,
  nowMs = Date.now(),
): DownloadGrant {
  const invalid = (): never => {
    throw new PlatformError('DOWNLOAD_LINK_INVALID', 'Invalid download link');
  };
  if (!token) return invalid();
  const dot = token.indexOf('.');
  if (dot <= 0) return invalid();
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = mac(internalKey, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid();
  let grant: DownloadGrant;
  try {
    grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as DownloadGrant;
  } catch {
    return invalid();
  }
  if (
    typeof grant.exp !== 'number' ||
    typeof grant.tenantId !== 'string' ||
    typeof grant.key !== 'string' ||
    (grant.destination !== undefined && typeof grant.destination !== 'string')
  ) {
    return invalid();
  }
  if (grant.exp * 1000 < nowMs) {
    throw new PlatformError(
      'DOWNLOAD_LINK_EXPIRED',
      'This download link expired; query downloadUrl for a fresh one',
    );
  }
  return grant;
}
