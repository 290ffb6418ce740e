import type { Duplex } from 'node:stream';
import type { GraphQLFormattedError } from 'graphql';
import { MessageType } from 'graphql-ws';
import type { WebSocket } from 'ws';

// Writes of graphql-transport-ws messages to one socket, with the backpressure rule every sender
// of the WebSocket transport follows.

/** Above this many unsent bytes a sender waits for the socket before writing more. */
export const HIGH_WATER_BYTES = 256 * 1024;
/** Messages are sent as buffers or strings of UTF-8 JSON: still text frames, as the protocol requires. */
export const TEXT = { binary: false } as const;

/**
 * Writes `data` at once while the socket keeps up; once it is backed up past HIGH_WATER_BYTES,
 * the returned promise says when the write went out (the caller waits before sending more).
 * Nothing is written to a socket that is no longer open.
 */
export function writeMessage(socket: WebSocket, data: string | Buffer): Promise<void> | undefined {
  if (socket.readyState !== socket.OPEN) return undefined;
  if (socket.bufferedAmount < HIGH_WATER_BYTES) {
    socket.send(data, TEXT);
    return undefined;
  }
  return new Promise((resolve) => socket.send(data, TEXT, () => resolve()));
}

/**
 * The fan-out fast path: writes a whole prebuilt frame (nextFrames.ts) to the TCP socket under
 * `socket` with one write, when the socket is open and not backed up; false when the caller must
 * queue the result instead. No per-delivery framing, and one syscall instead of ws's corked
 * header-and-body pair. ws sends whole frames synchronously (no compression, which the server
 * never negotiates, and no fragmenting), so a frame written here never lands inside one of its
 * own; bufferedAmount counts both. The frame is built only once the socket can take it: for a
 * socket that is behind, the queue's slow path builds it when it is sent.
 */
export function writeFrameNow<P, R>(
  socket: WebSocket,
  stream: Duplex,
  frame: (prefix: P, result: R) => Buffer,
  prefix: P,
  result: R,
): boolean {
  if (socket.readyState !== socket.OPEN || socket.bufferedAmount >= HIGH_WATER_BYTES) return false;
  stream.write(frame(prefix, result));
  return true;
}

/** RFC 6455 §5.5: a close frame's body is at most 125 bytes, 2 of them the code. */
const MAX_CLOSE_REASON_BYTES = 123;

/**
 * A close reason that fits a close frame: a longer one (it may quote client input, such as an
 * operation id) is cut at a character boundary and ends with "…". `ws` throws on a reason over
 * 123 bytes, and it would throw inside the message handler.
 */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= MAX_CLOSE_REASON_BYTES) return reason;
  const room = MAX_CLOSE_REASON_BYTES - Buffer.byteLength('…');
  let cut = '';
  let bytes = 0;
  for (const character of reason) {
    bytes += Buffer.byteLength(character);
    if (bytes > room) break;
    cut += character;
  }
  return `${cut}…`;
}

/** Closes the socket with `code` and the reason, cut to fit (closeReason). */
export const closeSocket = (socket: WebSocket, code: number, reason: string): void =>
  socket.close(code, closeReason(reason));

export const writeError = (socket: WebSocket, id: string, errors: readonly GraphQLFormattedError[]) =>
  writeMessage(socket, JSON.stringify({ id, type: MessageType.Error, payload: errors }));

export const writeComplete = (socket: WebSocket, id: string) =>
  writeMessage(socket, JSON.stringify({ id, type: MessageType.Complete }));
