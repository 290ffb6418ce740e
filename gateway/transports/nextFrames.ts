import type { SubscriptionResult } from '../subscriptions/ClientQueue.js';

const CLOSING_BRACE = 0x7d;
/** FIN and the text opcode: one whole, unfragmented text frame. */
const FIN_TEXT = 0x81;

/** A result's JSON as UTF-8, and the `next` frame last built from it (for `lastId`). */
interface EncodedResult {
  readonly payload: Buffer;
  lastId: string | null;
  lastFrame: Buffer | null;
}

/** `{"id":<id>,"type":"next","payload":` as UTF-8, built once per operation. */
export interface NextPrefix {
  readonly id: string;
  readonly bytes: Buffer;
}

export const nextPrefix = (id: string): NextPrefix => ({
  id,
  bytes: Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`),
});

/** Bytes of an unmasked (server-to-client) frame header for a body of `length` bytes (RFC 6455 §5.2). */
const headerLength = (length: number): number => (length < 126 ? 2 : length < 65_536 ? 4 : 10);

/** The graphql-ws message inside a frame built by `nextFrames`. */
export const frameBody = (frame: Buffer): Buffer => {
  const marker = (frame[1] as number) & 0x7f;
  return frame.subarray(marker < 126 ? 2 : marker === 126 ? 4 : 10);
};

/**
 * The `next` frame builder of one server: a function of (operation prefix, result) giving the
 * whole WebSocket text frame, header included, ready to be written to the TCP socket as it is.
 */
export function nextFrames(): (prefix: NextPrefix, result: SubscriptionResult) => Buffer {
  // One JSON text and one UTF-8 encoding per result object: a shared event is serialised once for
  // all its subscribers. Each `next` frame is the subscription's id spliced into those bytes behind
  // a frame header, and the last frame built is kept, so subscribers using the same id (graphql-ws
  // clients number their operations) share one buffer: a delivery then costs no serialisation,
  // encoding or framing of its own. Server frames are unmasked, so one frame serves every socket.
  const encoded = new WeakMap<SubscriptionResult, EncodedResult>();
  const encode = (result: SubscriptionResult): EncodedResult => {
    let entry = encoded.get(result);
    if (entry === undefined) {
      entry = { payload: Buffer.from(JSON.stringify(result)), lastId: null, lastFrame: null };
      encoded.set(result, entry);
    }
    return entry;
  };
  return (prefix, result) => {
    const entry = encode(result);
    if (entry.lastId === prefix.id && entry.lastFrame) return entry.lastFrame;
    const { payload } = entry;
    const length = prefix.bytes.length + payload.length + 1;
    const header = headerLength(length);
    const frame = Buffer.allocUnsafe(header + length);
    frame[0] = FIN_TEXT;
    if (header === 2) frame[1] = length;
    else if (header === 4) {
      frame[1] = 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 127;
      frame.writeUInt32BE(0, 2);
      frame.writeUInt32BE(length, 6);
    }
    prefix.bytes.copy(frame, header);
    payload.copy(frame, header + prefix.bytes.length);
    frame[frame.length - 1] = CLOSING_BRACE;
    entry.lastId = prefix.id;
    entry.lastFrame = frame;
    return frame;
  };
}
