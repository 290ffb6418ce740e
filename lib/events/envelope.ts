import { PlatformError } from '../errors.js';

/** The one event envelope: streamed by Subscription.events and POSTed by webhooks. */
export interface PlatformEvent {
  readonly id: string;
  readonly type: string;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly data: unknown;
  /** Opaque resume point: pass as `since` to continue right after this event. */
  readonly cursor: string;
  /** Subject that published the event (a user, or a platform service). */
  readonly publishedBy: string;
  /** W3C traceparent of the publish, when it was traced (internal: never part of the API or a webhook body). */
  readonly traceparent?: string;
}

/** A Redis Stream entry id, `<ms>-<seq>`, compared numerically. */
export type StreamId = string;

export function compareStreamIds(a: StreamId, b: StreamId): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am !== bm ? am - bm : as - bs;
}

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

/** Cursors name their tenant, so one taken from another tenant is refused rather than reinterpreted. */
export function encodeCursor(tenantId: string, streamId: StreamId): string {
  return Buffer.from(`${tenantId}\n${streamId}`, 'utf8').toString('base64url');
}

export function decodeCursor(tenantId: string, cursor: string): StreamId {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const newline = raw.lastIndexOf('\n');
  const owner = raw.slice(0, newline);
  const streamId = raw.slice(newline + 1);
  if (newline < 0 || !STREAM_ID.test(streamId)) {
    throw new PlatformError('CURSOR_INVALID', 'Not a cursor this API issued', { field: 'since' });
  }
  if (owner !== tenantId) {
    throw new PlatformError('CURSOR_INVALID', 'This cursor belongs to another tenant', { field: 'since' });
  }
  return streamId;
}
