import { PlatformError } from '../../../lib/errors.js';
import type { CreateExportInput, ExportDestinationKind } from '../generated/resolvers.js';
import { assertDestinationAvailable } from '../destinations/createDestination.js';
import { parseClientPrefix } from '../destinations/s3ObjectKey.js';
import { validateCustomQuery } from '../graph/customQuery.js';
import { assertCompatible } from './compatibility.js';

const MAX_PARAMS_BYTES = 64 * 1024;
export const MAX_QUERY_LENGTH = 20_000;

/** Everything createExport can refuse before a job exists, each with its stable code. */
export function validateCreateInput(
  input: CreateExportInput,
  options: {
    customQueryEnabled: boolean;
    destinations: readonly ExportDestinationKind[];
    /** The caller's scopes: exporting the audit trail needs the right to read it. */
    scopes: readonly string[];
  },
): Record<string, unknown> {
  if (input.type === 'CUSTOM_QUERY' && !options.customQueryEnabled) {
    throw new PlatformError(
      'NOT_AVAILABLE',
      'CUSTOM_QUERY exports are disabled on this platform (EXPORTS_CUSTOM_QUERY_ENABLED)',
      { field: 'type' },
    );
  }
  if (input.type === 'AUDIT_LOG' && !options.scopes.includes('audit:read')) {
    // exports:write alone must not become a way around audit:read.
    throw new PlatformError('FORBIDDEN', 'AUDIT_LOG exports need the audit:read scope', {
      field: 'type',
      requiredScopes: [['audit:read']],
    });
  }
  if (input.type === 'COMPLIANCE_REPORT') {
    if (!options.scopes.includes('compliance:read'))
      throw new PlatformError('FORBIDDEN', 'COMPLIANCE_REPORT exports need the compliance:read scope', {
        field: 'type',
        requiredScopes: [['compliance:read']],
      });
    const reportId = (input.params as Record<string, unknown> | null | undefined)?.reportId;
    if (typeof reportId !== 'string' || reportId.length === 0)
      throw new PlatformError('BAD_USER_INPUT', 'COMPLIANCE_REPORT exports need params.reportId', {
        field: 'params.reportId',
      });
  }
  assertCompatible(input.type, input.format);
  assertDestinationAvailable(input.destination?.kind ?? 'LOCAL', options.destinations);
  destinationPrefix(input);
  if (input.type === 'DOCUMENT_PACKAGE' && !input.packageId) {
    throw new PlatformError('BAD_USER_INPUT', 'DOCUMENT_PACKAGE exports need packageId', {
      field: 'packageId',
    });
  }
  if (input.type === 'CUSTOM_QUERY') validateCustomQuery(input.query, MAX_QUERY_LENGTH);
  else if (input.query) {
    throw new PlatformError('BAD_USER_INPUT', 'query is only used by CUSTOM_QUERY exports', {
      field: 'query',
    });
  }
  const params = input.params ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new PlatformError('BAD_USER_INPUT', 'params must be a JSON object', { field: 'params' });
  }
  if (Buffer.byteLength(JSON.stringify(params)) > MAX_PARAMS_BYTES) {
    throw new PlatformError('BAD_USER_INPUT', `params must be at most ${MAX_PARAMS_BYTES} bytes of JSON`, {
      field: 'params',
    });
  }
  const layout = (params as Record<string, unknown>).jsonLayout;
  if (layout !== undefined && layout !== 'lines' && layout !== 'document') {
    throw new PlatformError('BAD_USER_INPUT', 'params.jsonLayout must be "lines" or "document"', {
      field: 'params',
    });
  }
  return params as Record<string, unknown>;
}

/** The checked client folder of an S3 export; BAD_USER_INPUT for a bad one or one on another kind. */
export function destinationPrefix(input: Pick<CreateExportInput, 'destination'>): string | null {
  const prefix = parseClientPrefix(input.destination?.prefix);
  if (prefix !== null && (input.destination?.kind ?? 'LOCAL') !== 'S3') {
    throw new PlatformError('BAD_USER_INPUT', 'destination.prefix is only used by S3 destinations', {
      field: 'destination.prefix',
    });
  }
  return prefix;
}
