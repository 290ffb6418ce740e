import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';

export interface ClientStats {
  delivered: number;
  latenciesMs: number[];
  ended: number;
  /** Why subscriptions ended: the code of an `error` message, `complete`, or `close:<code>`. */
  endedBy: Map<string, number>;
  errors: Map<string, number>;
  /** Clients that have received a probe event: their subscription reaches the event stream. */
  probed: number;
  /** Subscriptions that ended before any probe reached them: they will never go live. */
  endedBeforeLive: number;
  /** performance.now() of the last counted delivery. */
  lastDeliveryAt: number;
}

export function emptyStats(): ClientStats {
  return {
    delivered: 0,
    latenciesMs: [],
    ended: 0,
    endedBy: new Map(),
    errors: new Map(),
    probed: 0,
    endedBeforeLive: 0,
    lastDeliveryAt: 0,
  };
}

/** Milliseconds on a clock shared by processes of this machine. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

/** Marks the events published to learn that every subscription is live; never counted. */
export const PROBE_MARK = '"probe":true';

/** One bench client's connection: the run ends it with `terminate()`. */
export interface BenchClient {
  terminate(): void;
}

/**
 * graphql-ws clients (graphql-transport-ws over RFC 6455, one subscription each) that read frames
 * off the TCP socket themselves. The load generator shares the 2 cores with the gateway and has to
 * read every delivery: with ws's client it spent ~16 µs per message against the gateway's ~9, so
 * its own backlog, not the gateway, set the latency tail. Every message is still read and checked
 * (a text frame; a `next` with data, or with errors, which are counted by code), as before.
 */
export async function openClients(
  url: string,
  token: string,
  count: number,
  query: string,
  stats: ClientStats,
  sampleEvery: number,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  const target = new URL(url);
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, i) =>
        openOne(target, token, query, stats, (start + i) % sampleEvery === 0),
      ),
    );
    clients.push(...opened);
  }
  return clients;
}

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const NEXT = '"type":"next"';
const SENT_AT = '"sentAt":';

/** Counts one more `key` in a stats tally. */
const tally = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};
/** The `extensions.code` of an error message's first error. */
const errorCode = (text: string): string => /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'UNKNOWN';

/** A masked client frame (RFC 6455 §5.3: a client masks every frame it sends). */
function clientFrame(opcode: number, body: Buffer): Buffer {
  const header = body.length < 126 ? 2 : body.length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + 4 + body.length);
  frame[0] = 0x80 | opcode;
  if (header === 2) frame[1] = 0x80 | body.length;
  else if (header === 4) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(body.length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(body.length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, header);
  for (let i = 0; i < body.length; i += 1)
    frame[header + 4 + i] = (body[i] as number) ^ (mask[i & 3] as number);
  return frame;
}

function openOne(
  url: URL,
  token: string,
  query: string,
  stats: ClientStats,
  sample: boolean,
): Promise<BenchClient> {
  return new Promise((resolve, reject) => {
    const key = randomBytes(16).toString('base64');
    const upgrade = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': key,
        'Sec-WebSocket-Protocol': 'graphql-transport-ws',
      },
    });
    upgrade.once('response', (response) => {
      tally(stats.errors, 'SOCKET');
      response.resume();
      reject(new Error(`upgrade refused with HTTP ${response.statusCode}`));
    });
    upgrade.once('error', (error) => {
      tally(stats.errors, 'SOCKET');
      reject(error);
    });
    upgrade.once('upgrade', (response, socket: Socket, head: Buffer) => {
      const accept = createHash('sha1')
        .update(key + WS_GUID)
        .digest('base64');
      if (response.headers['sec-websocket-accept'] !== accept) {
        socket.destroy();
        reject(new Error('upgrade answered with a wrong Sec-WebSocket-Accept'));
        return;
      }
      if (response.headers['sec-websocket-protocol'] !== 'graphql-transport-ws') {
        socket.destroy();
        reject(new Error('upgrade did not choose the graphql-transport-ws subprotocol'));
        return;
      }
      socket.setNoDelay(true);
      const send = (text: string) => socket.write(clientFrame(OP_TEXT, Buffer.from(text)));
      let probed = false;
      let ended = false;
      const end = (why: string): void => {
        if (ended) return;
        ended = true;
        stats.ended += 1;
        if (!probed) stats.endedBeforeLive += 1;
        tally(stats.endedBy, why);
      };
      const onText = (message: Buffer): void => {
        if (message.indexOf(NEXT) >= 0) {
          if (message.indexOf('"errors"') >= 0) {
            tally(stats.errors, errorCode(message.toString()));
            return;
          }
          if (message.indexOf(PROBE_MARK) >= 0) {
            if (!probed) stats.probed += 1;
            probed = true;
            return;
          }
          stats.delivered += 1;
          stats.lastDeliveryAt = performance.now();
          if (sample) {
            const at = message.indexOf(SENT_AT);
            if (at >= 0)
              stats.latenciesMs.push(
                nowMs() - Number.parseFloat(message.toString('latin1', at + 9, at + 30)),
              );
          }
          return;
        }
        const text = message.toString();
        if (text.startsWith('{"type":"connection_ack"')) {
          // A UUID per subscription, as graphql-ws's client makes them: no two sockets share an id,
          // so the gateway builds each delivery's frame (it cannot share one buffer among them).
          send(JSON.stringify({ id: randomUUID(), type: 'subscribe', payload: { query } }));
          resolve({ terminate: () => socket.destroy() });
        } else if (text.includes('"type":"complete"')) end('complete');
        else if (text.includes('"type":"error"')) end(errorCode(text));
      };
      // Frames off the byte stream; a chunk usually holds whole frames, read in place.
      let pending: Buffer | null = null;
      let fragments: Buffer[] = [];
      let fragmentedText = false;
      const onFrame = (fin: boolean, opcode: number, body: Buffer): void => {
        if (opcode === OP_TEXT || (opcode === OP_CONTINUATION && fragmentedText)) {
          if (fin && fragments.length === 0) onText(body);
          else {
            fragments.push(Buffer.from(body));
            fragmentedText = !fin;
            if (fin) {
              const whole = Buffer.concat(fragments);
              fragments = [];
              onText(whole);
            }
          }
        } else if (opcode === OP_BINARY) {
          tally(stats.errors, 'BINARY_FRAME');
        } else if (opcode === OP_PING) {
          socket.write(clientFrame(0xa, Buffer.from(body)));
        } else if (opcode === OP_CLOSE) {
          end(`close:${body.length >= 2 ? body.readUInt16BE(0) : 1005}`);
          socket.end(clientFrame(OP_CLOSE, Buffer.from(body.subarray(0, 2))));
        }
      };
      const onData = (chunk: Buffer): void => {
        const bytes = pending ? Buffer.concat([pending, chunk]) : chunk;
        pending = null;
        let at = 0;
        for (;;) {
          if (bytes.length - at < 2) break;
          const b0 = bytes[at] as number;
          const b1 = bytes[at + 1] as number;
          let length = b1 & 0x7f;
          let header = 2;
          if (length === 126) {
            if (bytes.length - at < 4) break;
            length = bytes.readUInt16BE(at + 2);
            header = 4;
          } else if (length === 127) {
            if (bytes.length - at < 10) break;
            length = Number(bytes.readBigUInt64BE(at + 2));
            header = 10;
          }
          if (b1 & 0x80) {
            // A server never masks (RFC 6455 §5.1): the stream is not a WebSocket one.
            tally(stats.errors, 'MASKED_FRAME');
            socket.destroy();
            return;
          }
          if (bytes.length - at < header + length) break;
          onFrame((b0 & 0x80) !== 0, b0 & 0x0f, bytes.subarray(at + header, at + header + length));
          at += header + length;
        }
        if (at < bytes.length) pending = Buffer.from(bytes.subarray(at));
      };
      socket.on('data', onData);
      if (head.length > 0) onData(head);
      socket.on('error', () => tally(stats.errors, 'SOCKET'));
      // A socket the server closes ends its subscription too, with no message to say so.
      socket.once('close', () => {
        end('close:1006');
        // Closed before connection_ack (e.g. connection_init refused): fail rather than wait forever.
        reject(new Error('socket closed before connection_ack'));
      });
      send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    });
    upgrade.end();
  });
}
