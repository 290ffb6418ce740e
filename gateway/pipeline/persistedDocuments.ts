import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlatformError } from '../../lib/errors.js';

/** The parts of a GraphQL request that name its document. */
export interface DocumentRequest {
  readonly query?: unknown;
  readonly documentId?: unknown;
  readonly extensions?: unknown;
}

/** The document a request runs, and whether it is one of the registered (trusted) documents. */
export interface ResolvedDocument {
  readonly query: unknown;
  readonly trusted: boolean;
  /** The manifest hash (hex) when the document is registered. */
  readonly documentHash: string | null;
}

// Relative manifest paths are the repository's, whatever the working directory.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEX_SHA256 = /^[0-9a-f]{64}$/;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `sha256:<hex>` (graphql-codegen, the GraphQL-over-HTTP persisted documents draft) or bare hex (Apollo). */
function normaliseHash(value: unknown): string {
  if (typeof value !== 'string')
    throw new PlatformError('BAD_REQUEST', 'A persisted document hash must be a string');
  const hex = value.toLowerCase().replace(/^sha256:/, '');
  if (!HEX_SHA256.test(hex))
    throw new PlatformError('BAD_REQUEST', 'A persisted document hash must be "sha256:" and 64 hex digits');
  return hex;
}

function requestedHash(input: DocumentRequest): string | null {
  if (input.documentId !== undefined && input.documentId !== null) return normaliseHash(input.documentId);
  const extensions = input.extensions;
  if (!extensions || typeof extensions !== 'object' || Array.isArray(extensions)) return null;
  const persisted = (extensions as Record<string, unknown>).persistedQuery;
  if (persisted === undefined || persisted === null) return null;
  if (typeof persisted !== 'object' || Array.isArray(persisted))
    throw new PlatformError('BAD_REQUEST', 'extensions.persistedQuery must be an object');
  return normaliseHash((persisted as Record<string, unknown>).sha256Hash);
}

/**
 * Registered documents: the manifests graphql-codegen writes beside the partner client (hash →
 * document). A request may name one by hash instead of sending it (`documentId`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`), and an API key flagged `trustedDocumentsOnly` may run
 * nothing else. Unknown hashes are never registered from requests: the manifest is the allowlist.
 */
export class PersistedDocuments {
  private readonly byHash: ReadonlyMap<string, string>;
  private readonly texts: ReadonlySet<string>;

  constructor(entries: Iterable<readonly [string, string]>) {
    const byHash = new Map<string, string>();
    for (const [hash, text] of entries) {
      const hex = normaliseHash(hash);
      if (sha256(text) !== hex) throw new Error(`persisted document ${hash} does not hash to its key`);
      byHash.set(hex, text);
    }
    this.byHash = byHash;
    this.texts = new Set(byHash.values());
  }

  /** Reads comma-separated manifest paths (JSON objects of `"sha256:<hex>": "<document>"`). */
  static fromFiles(paths: string): PersistedDocuments {
    const entries: Array<[string, string]> = [];
    for (const path of paths.split(',').map((p) => p.trim())) {
      if (!path) continue;
      const file = isAbsolute(path) ? path : resolve(ROOT, path);
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const [hash, text] of Object.entries(manifest)) {
        if (typeof text !== 'string') throw new Error(`${path}: ${hash} is not a document string`);
        entries.push([hash, text]);
      }
    }
    return new PersistedDocuments(entries);
  }

  get size(): number {
    return this.byHash.size;
  }

  resolve(input: DocumentRequest): ResolvedDocument {
    const hash = requestedHash(input);
    if (hash === null) {
      const trusted = typeof input.query === 'string' && this.texts.has(input.query);
      return { query: input.query, trusted, documentHash: trusted ? sha256(input.query as string) : null };
    }
    const registered = this.byHash.get(hash);
    // A registered hash names its document, whatever text came beside it (clients may send both,
    // the text printed differently from the manifest's normalised one).
    if (registered !== undefined) return { query: registered, trusted: true, documentHash: hash };
    // Apollo's APQ sends hash and text together; the text then runs as any other, untrusted.
    if (typeof input.query === 'string' && input.query !== '') {
      if (sha256(input.query) !== hash)
        throw new PlatformError('BAD_REQUEST', 'The query does not match its persisted document hash');
      return { query: input.query, trusted: false, documentHash: null };
    }
    throw new PlatformError(
      'PERSISTED_QUERY_NOT_FOUND',
      'No registered document has this hash: send the full document, or update the client',
      { documentId: `sha256:${hash}` },
    );
  }
}
