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

export const writeError = (socket: WebSocket, id: string, errors: readonly GraphQLFormattedError[]) =>
  writeMessage(socket, JSON.stringify({ id, type: MessageType.Error, payload: errors }));

export const writeComplete = (socket: WebSocket, id: string) =>
  writeMessage(socket, JSON.stringify({ id, type: MessageType.Complete }));
