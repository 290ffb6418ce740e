import type { SubscriptionResult } from '../subscriptions/ClientQueue.js';

const CLOSING_BRACE = 0x7d;

/** A result's JSON as UTF-8, and the `next` message last built from it (for `lastId`). */
interface EncodedResult {
  readonly payload: Buffer;
  lastId: string | null;
  lastMessage: Buffer | null;
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

/** The `next` message builder of one server: a function of (operation prefix, result). */
export function nextMessages(): (prefix: NextPrefix, result: SubscriptionResult) => Buffer {
  // One JSON text and one UTF-8 encoding per result object: a shared event is serialised once for
  // all its subscribers. Each `next` message is the subscription's id spliced into those bytes,
  // and the last message built is kept, so subscribers using the same id (graphql-ws clients
  // number their operations) share one buffer and a delivery costs no serialisation, string
  // concatenation or encoding of its own.
  const encoded = new WeakMap<SubscriptionResult, EncodedResult>();
  const encode = (result: SubscriptionResult): EncodedResult => {
    let entry = encoded.get(result);
    if (entry === undefined) {
      entry = { payload: Buffer.from(JSON.stringify(result)), lastId: null, lastMessage: null };
      encoded.set(result, entry);
    }
    return entry;
  };
  const nextMessage = (prefix: NextPrefix, result: SubscriptionResult): Buffer => {
    const entry = encode(result);
    if (entry.lastId === prefix.id && entry.lastMessage) return entry.lastMessage;
    const { payload } = entry;
    const message = Buffer.allocUnsafe(prefix.bytes.length + payload.length + 1);
    prefix.bytes.copy(message, 0);
    payload.copy(message, prefix.bytes.length);
    message[message.length - 1] = CLOSING_BRACE;
    entry.lastId = prefix.id;
    entry.lastMessage = message;
    return message;
  };
  return nextMessage;
}
