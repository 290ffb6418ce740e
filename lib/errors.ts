import { GraphQLError } from 'graphql';

/**
 * The one registry of error codes a client can see in `extensions.code`.
 * docs/ERROR_CODES.md is generated from it (`npm run docs:errors`) and a test fails on drift.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: {
    http: 401,
    meaning: 'No bearer token, or the token is malformed, badly signed, expired or lacks required claims.',
  },
  FORBIDDEN: {
    http: 200,
    meaning:
      'The principal lacks a scope a field requires. Only that field is withheld (null) and the rest of the operation runs; `extensions.requiredScopes` lists the alternatives.',
  },
  BAD_REQUEST: {
    http: 400,
    meaning:
      'The HTTP request is not a GraphQL request: malformed JSON, missing `query`, wrong content type.',
  },
  PAYLOAD_TOO_LARGE: { http: 413, meaning: 'The request body exceeds LIMIT_MAX_BODY_BYTES.' },
  METHOD_NOT_ALLOWED: {
    http: 405,
    meaning:
      'The HTTP method cannot carry this request: /graphql takes GET and POST, and mutations only POST.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    http: 415,
    meaning: 'A POST to /graphql whose Content-Type is not application/json.',
  },
  GRAPHQL_PARSE_FAILED: { http: 400, meaning: 'The document is not valid GraphQL syntax.' },
  GRAPHQL_VALIDATION_FAILED: { http: 400, meaning: 'The document does not validate against the schema.' },
  QUERY_TOO_COMPLEX: {
    http: 400,
    meaning:
      'The document exceeds a hardening limit (LIMIT_MAX_*): tokens, nesting, depth, aliases, fields with fragments expanded, or fields repeated too often; `extensions.limit` names it.',
  },
  OPERATION_RESOLUTION_FAILURE: {
    http: 400,
    meaning: 'The document has several operations and `operationName` does not pick one of them.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    http: 200,
    meaning:
      'The request named a document by hash (`documentId` or `extensions.persistedQuery.sha256Hash`) that is not in the registered manifest: send the full document, or regenerate the client.',
  },
  OPERATION_NOT_TRUSTED: {
    http: 403,
    meaning:
      'The API key is restricted to registered documents (`trustedDocumentsOnly`) and this document is not one of them.',
  },
  BAD_USER_INPUT: { http: 200, meaning: 'An argument or input value is invalid; the message says which.' },
  INVALID_TRANSITION: {
    http: 200,
    meaning:
      'The object cannot move to the requested status from its current one (a security incident’s or a data-subject request’s lifecycle, a request’s one extension); `extensions.from`, `to` and `allowed` say which moves exist.',
  },
  API_KEY_SUSPENDED: {
    http: 403,
    meaning:
      'The API key is suspended (by an administrator, or by a threat’s automatic response) until `extensions.until`; it is not a failed authentication and does not count towards a block.',
  },
  NOT_FOUND: { http: 200, meaning: 'The object does not exist in the caller’s tenant.' },
  SUBGRAPH_UNAVAILABLE: {
    http: 200,
    meaning:
      'A subgraph did not answer. Data from other subgraphs is still returned; `extensions.subgraph` names the one that failed.',
  },
  SERVICE_UNAVAILABLE: {
    http: 503,
    meaning:
      'A dependency (Redis, Neo4j) is down or unreachable; `extensions.dependency` names it and `extensions.retryable` is true. Answered at once while the dependency is known down.',
  },
  SUBGRAPH_ERROR: {
    http: 200,
    meaning: 'A subgraph returned an error without a code of its own; `extensions.subgraph` names it.',
  },
  SUBGRAPH_INVALID_RESPONSE: {
    http: 200,
    meaning:
      'A subgraph answered a value its type does not allow (a wrong scalar or enum value, a list for an object, an unknown `__typename`), as after a subgraph was deployed ahead of the supergraph; the field is null, as null propagation makes it, and `path` says where. Sent only when no subgraph reported an error itself.',
  },
  UNKNOWN_EVENT_TYPE: { http: 200, meaning: 'The event type is not in the catalogue (Query.eventTypes).' },
  EVENT_DATA_INVALID: {
    http: 200,
    meaning:
      'Event `data` does not match its type’s JSON Schema, or is too large; `extensions.problems` lists why.',
  },
  CURSOR_INVALID: {
    http: 200,
    meaning:
      'A cursor (`since` of an event stream, `after` of a page) was not issued by this API for the caller’s tenant.',
  },
  CURSOR_EXPIRED: {
    http: 200,
    meaning:
      'Events after the `since` cursor were trimmed by retention; resubscribe without `since` (and reconcile).',
  },
  SUBSCRIPTION_SLOW_CONSUMER: {
    http: 200,
    meaning:
      'The subscriber read slower than events arrived and its bounded queue overflowed; resume with the last cursor.',
  },
  SUBSCRIPTION_LIMIT_REACHED: {
    http: 200,
    meaning: 'Too many subscriptions on this connection or for this tenant, or too many connections.',
  },
  AUDIT_UNAVAILABLE: {
    http: 503,
    meaning:
      'The audit trail cannot be written, so the mutation is not accepted (AUDIT_FAIL_OPEN=false). If it was answered after execution, the change may have been applied: read it back before retrying. `extensions.retryable` is true.',
  },
  AUDIT_RETENTION_TOO_SHORT: {
    http: 400,
    meaning:
      'setAuditRetention asked for fewer days than the platform keeps at least (AUDIT_MIN_RETENTION_DAYS, in `extensions.minimumDays`).',
  },
  RATE_LIMITED: {
    http: 429,
    meaning:
      'The principal or tenant spent its points budget for the window (RATE_LIMIT_*); `extensions.retryAfterSeconds` and the Retry-After header say when to retry, `extensions.scope` which budget. Nothing already accepted is dropped.',
  },
  AUTH_BLOCKED: {
    http: 429,
    meaning:
      'Too many failed authentications from this client IP or with this credential (AUTH_BLOCK_*); the credential was not checked. Retry after `extensions.retryAfterSeconds`.',
  },
  SHUTTING_DOWN: {
    http: 503,
    meaning: 'The gateway is shutting down; reconnect (to another replica) and resume with the last cursor.',
  },
  WEBHOOK_URL_FORBIDDEN: {
    http: 200,
    meaning:
      'The webhook URL is not allowed: not https (unless WEBHOOK_ALLOW_HTTP), carries credentials, or names a loopback, private, link-local or otherwise internal address.',
  },
  WEBHOOK_ADDRESS_REFUSED: {
    http: 200,
    meaning:
      'A webhook delivery attempt was refused by the SSRF wall at connect time: the endpoint’s name resolved to a loopback, private, link-local or otherwise internal address (shown on the attempt, not thrown to API clients).',
  },
  WEBHOOK_DELIVERY_NOT_FOUND: {
    http: 200,
    meaning: 'The webhook delivery does not exist in the caller’s tenant, or is past retention.',
  },
  NOT_AVAILABLE: {
    http: 200,
    meaning:
      'The feature exists in the API but is not available on this platform: not implemented yet (SFTP/GCS/EMAIL export destinations) or not configured by the operator (S3 without EXPORTS_S3_BUCKET; `extensions.available` lists the usable destinations).',
  },
  EXPORT_FORMAT_INCOMPATIBLE: {
    http: 200,
    meaning:
      'The export format cannot represent this export type; `extensions.allowedFormats` lists the ones that can.',
  },
  EXPORT_QUERY_REJECTED: {
    http: 200,
    meaning:
      'A CUSTOM_QUERY is not a read-only, tenant-scoped Cypher query (write clause, admin procedure, no `$tenantId`, or it returned another tenant’s data).',
  },
  DSR_PACKAGE_TOO_LARGE: {
    http: 200,
    meaning:
      'A data-subject ACCESS / PORTABILITY package would exceed DSR_PACKAGE_MAX_BYTES; `extensions.byteSize` and `maxBytes` say by how much. The request stays IN_PROGRESS.',
  },
  EXPORT_TOO_LARGE: {
    http: 200,
    meaning:
      'The export exceeds a limit: rows (EXPORTS_QUERY_MAX_ROWS, or EXPORTS_EXCEL_MAX_ROWS per EXCEL sheet) or the memory budget of its job (EXPORTS_JOB_HEAP_MB).',
  },
  EXPORT_NOT_CANCELLABLE: { http: 200, meaning: 'The export job already reached a final state.' },
  EXPORT_NOT_DELETABLE: {
    http: 200,
    meaning:
      'The export job is still QUEUED or PROCESSING (`extensions.status`); cancel it first, then delete it.',
  },
  EXPORT_INTERRUPTED: {
    http: 200,
    meaning: 'The export job was interrupted by worker crashes more than EXPORTS_MAX_RECOVERIES times.',
  },
  EXPORT_NEO4J_UNAVAILABLE: {
    http: 200,
    meaning:
      'The export job met a transient Neo4j failure (restart, dropped connection, Neo.TransientError) on every run: it was retried EXPORTS_MAX_RETRIES times with backoff and failed again. Create the export again later.',
  },
  EXPORT_FAILED: { http: 200, meaning: 'The export job failed while reading the graph or writing the file.' },
  DOWNLOAD_LINK_INVALID: {
    http: 403,
    meaning: 'The download URL is malformed or its signature does not verify (forged or altered).',
  },
  DOWNLOAD_LINK_EXPIRED: {
    http: 410,
    meaning: 'The download URL expired; query `downloadUrl` again for a fresh one.',
  },
  KEY_DESTROYED: {
    http: 200,
    meaning:
      'The value was encrypted under a data-encryption key that was destroyed (`destroyEncryptionKey`, crypto-shredding): it can never be read again. A webhook gets a new secret with `rotateWebhookSecret` (then `resumeWebhook`); a notification channel must be created again.',
  },
  KEY_VERSION_RETIRED: {
    http: 200,
    meaning:
      'The value was encrypted under a key version below the key’s `minDecryptVersion` (`retireEncryptionKeyVersions`): that version’s key material is gone and the value cannot be read.',
  },
  KEY_VERSION_IN_USE: {
    http: 200,
    meaning:
      '`retireEncryptionKeyVersions` was refused: values are still encrypted under the versions it would retire, or a rewrap is still running. `extensions.inUse` counts them per version; wait for `EncryptionKey.rewrap` to finish and retry.',
  },
  INTERNAL_SERVER_ERROR: {
    http: 500,
    meaning: 'An unexpected failure. The message is hidden in production; logs keep it under the request id.',
  },
} as const satisfies Record<string, { http: number; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** A domain failure with a stable code; becomes a GraphQL error with `extensions.code`. */
export class PlatformError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  /** HTTP headers the transport sends with this error (Retry-After). */
  httpHeaders: Readonly<Record<string, string>> = {};

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'PlatformError';
    this.code = code;
    this.details = details;
  }

  withHeaders(headers: Record<string, string>): this {
    this.httpHeaders = { ...this.httpHeaders, ...headers };
    return this;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  toGraphQLError(path?: ReadonlyArray<string | number>): GraphQLError {
    return new GraphQLError(this.message, {
      path,
      extensions: { ...this.details, code: this.code },
    });
  }
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
