import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { PlatformError } from '../../../lib/errors.js';
import { sendJson } from '../../../lib/graphqlHttp.js';
import type { Destinations } from '../destinations/createDestination.js';
import { verifyDownloadToken, type DownloadGrant } from './signedUrl.js';

export interface DownloadOptions {
  /** This gateway's destinations (createDestinations), made once per process. */
  destinations: Destinations;
  internalKey: string;
  /** After a file was handed out (streamed, or redirected to): the gateway audits it. */
  onServed?(grant: DownloadGrant, how: 'streamed' | 'redirected', bytes: number): void;
}

/**
 * GET /exports/download?token=…: verifies the signed, expiring grant and streams the file of the
 * tenant it names from the destination it names. The token is the only input: no path or tenant
 * comes from the client, so one tenant's link can never reach another tenant's file.
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
    const destination = options.destinations.get(grant.destination ?? 'LOCAL');
    const gone = new PlatformError('NOT_FOUND', 'The export file no longer exists');
    if (!destination) throw gone;
    const redirect = await destination.redirectUrl?.({
      tenantId: grant.tenantId,
      key: grant.key,
      fileName: grant.fileName,
      contentType: grant.contentType,
      remainingSeconds: grant.exp - Math.floor(Date.now() / 1000),
    });
    if (redirect) {
      res.writeHead(302, {
        location: redirect,
        'cache-control': 'private, no-store',
        'x-request-id': requestId,
      });
      res.end();
      options.onServed?.(grant, 'redirected', 0);
      return;
    }
    const file = await destination.read(grant.tenantId, grant.key, req.method === 'GET');
    if (!file) throw gone;
    res.writeHead(200, {
      'content-type': grant.contentType,
      'content-length': String(file.size),
      'content-disposition': `attachment; filename="${grant.fileName.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'private, no-store',
      'x-request-id': requestId,
    });
    if (!file.body) {
      res.end();
      return;
    }
    await pipeline(file.body, res);
    if (req.method === 'GET') options.onServed?.(grant, 'streamed', file.size);
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
