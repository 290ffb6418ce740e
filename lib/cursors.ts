import { PlatformError } from './errors.js';

/**
 * Keyset cursors for connections: the position's parts, the kind of list and the tenant, opaque
 * to clients. A cursor from another list or tenant is CURSOR_INVALID, never reinterpreted.
 * (Event-stream cursors are lib/events/envelope's, which name a stream id.)
 */
export function encodeKeyset(kind: string, tenantId: string, parts: readonly string[]): string {
  return Buffer.from([kind, tenantId, ...parts].join('\n'), 'utf8').toString('base64url');
}

export function decodeKeyset(
  kind: string,
  tenantId: string,
  cursor: string,
  arity: number,
  field = 'after',
): string[] {
  const [ownKind, owner, ...parts] = Buffer.from(cursor, 'base64url').toString('utf8').split('\n');
  if (ownKind !== kind || parts.length !== arity)
    throw new PlatformError('CURSOR_INVALID', 'Not a cursor this API issued for this list', { field });
  if (owner !== tenantId)
    throw new PlatformError('CURSOR_INVALID', 'This cursor belongs to another tenant', { field });
  return parts;
}
