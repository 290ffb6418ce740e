import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';

// What the HTTP client and the subscription manager share.

/** How the client proves who it is: an API key, or a token it can fetch again when one expires. */
export type Credentials =
  | { readonly apiKey: string; readonly getToken?: never }
  | {
      readonly getToken: (context: { readonly forceRefresh: boolean }) => string | Promise<string>;
      readonly apiKey?: never;
    };

export interface RetryOptions {
  /** Attempts per request (RATE_LIMITED, refusals during an outage), and consecutive reconnects of a subscription. @default 5 */
  readonly maxAttempts?: number;
  /** Longest single wait, whatever Retry-After says. @default 30000 */
  readonly maxDelayMs?: number;
  /** First reconnect delay; doubled per failed attempt, with jitter. @default 250 */
  readonly baseDelayMs?: number;
}

/** Documents from graphql-codegen's client preset carry their manifest hash here. */
interface WithHash {
  readonly __meta__?: { readonly hash?: string };
}

export interface PreparedDocument {
  readonly text: string;
  readonly hash: string | null;
  readonly operationName: string | null;
  readonly operation: OperationDefinitionNode;
}

const prepared = new WeakMap<DocumentNode, PreparedDocument>();

/** The document's text, hash and operation, computed once per document object. */
export function prepareDocument(document: DocumentNode): PreparedDocument {
  let entry = prepared.get(document);
  if (!entry) {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (!operation) throw new TypeError('The document has no operation');
    const hash = (document as WithHash).__meta__?.hash ?? null;
    entry = { text: print(document), hash, operationName: operation.name?.value ?? null, operation };
    prepared.set(document, entry);
  }
  return entry;
}

/** Headers that carry the credential, asking for a fresh token when `forceRefresh`. */
export async function credentialHeaders(
  credentials: Credentials,
  forceRefresh = false,
): Promise<Record<string, string>> {
  if (credentials.apiKey !== undefined) return { 'x-api-key': credentials.apiKey };
  const token = await credentials.getToken({ forceRefresh });
  return { authorization: `Bearer ${token}` };
}

export function randomId(): string {
  return globalThis.crypto.randomUUID();
}

export function retryDelay(attempt: number, retry: Required<RetryOptions>): number {
  const exponential = retry.baseDelayMs * 2 ** Math.min(attempt, 16);
  return Math.min(retry.maxDelayMs, exponential * (0.5 + Math.random() / 2));
}
