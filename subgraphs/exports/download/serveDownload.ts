import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { PlatformError } from '../../../lib/errors.js';
import { sendJson } from '../../../lib/graphqlHttp.js';
import { localPath } from '../destinations/LocalDestination.js';
import { verifyDownloadToken } from './signedUrl.js';

export interface DownloadOptions {
  exportsDir: string;
  internalKey: string;
}

/**
 * GET /exports/download?token=…: verifies the signed, expiring grant and streams the file of the
 * tenant it names. The token is the only input: no path or tenant comes from the client, so one
 * tenant's link can never reach another tenant's file.
 */
export async function serveDownload(
  req: IncomingMessage,
  res: ServerResponse,
  options: DownloadOptions,
  requestId: string,
): Promise<void> {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new PlatformError('BAD_REQUEST', 'Use GET to download an export');
    }
    const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
    const grant = verifyDownloadToken(token, options.internalKey);
    const path = localPath(options.exportsDir, grant.tenantId, grant.key);
    const info = path ? await stat(path).catch(() => null) : null;
    if (!path || !info?.isFile()) throw new PlatformError('NOT_FOUND', 'The export file no longer exists');
    res.writeHead(200, {
      'content-type': grant.contentType,
      'content-length': String(info.size),
      'content-disposition': `attachment; filename="${grant.fileName.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-request-id': requestId,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(createReadStream(path), res);
  } catch (error) {
    if (error instanceof PlatformError && !res.headersSent) {
      // A plain HTTP request, so NOT_FOUND is a real 404 here, not a GraphQL 200.
      const status = error.code === 'NOT_FOUND' ? 404 : error.httpStatus;
      sendJson(res, status, { errors: [error.toGraphQLError().toJSON()] }, { 'x-request-id': requestId });
      return;
    }
    throw error;
  }
}
