import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { expect } from 'vitest';
import WebSocket from 'ws';

// A raw graphql-transport-ws client for protocol tests (test/e2e/graphqlWsProtocol.e2e.ts): it
// records every frame, close code and close reason the server sends, with every wait bounded.

/** Bound on every wait: a missing message or close fails the test instead of hanging it. */
export const WAIT_MS = 10_000;

export interface ServerMessage {
  type: string;
  id?: string;
  payload?: unknown;
}
export interface Closed {
  code: number;
  reason: string;
}
export type Outcome = { message: ServerMessage } | { closed: Closed };

function parse(data: Buffer, isBinary: boolean): ServerMessage {
  if (isBinary) return { type: '<binary frame>', payload: data.toString('base64') };
  try {
    return JSON.parse(data.toString('utf8')) as ServerMessage;
  } catch {
    return { type: '<not JSON>', payload: data.toString('utf8') };
  }
}

/** A raw graphql-transport-ws client: records what the server sends and waits on it, bounded. */
export class ProtocolClient {
  readonly received: ServerMessage[] = [];
  private cursor = 0;
  private closedWith: Closed | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      this.received.push(parse(data, isBinary));
      this.notify();
    });
    socket.once('close', (code: number, reason: Buffer) => {
      this.closedWith = { code, reason: reason.toString('utf8') };
      this.notify();
    });
    // A failed handshake is reported as 'error' then 'close'; the close is what tests look at.
    socket.on('error', () => undefined);
  }

  send(message: Record<string, unknown> | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next unread message, or the close if the socket closes before one arrives. */
  settle(what = 'the next message or a close'): Promise<Outcome> {
    return this.waitFor(what, () => {
      const message = this.received[this.cursor];
      if (message) {
        this.cursor += 1;
        return { message };
      }
      return this.closedWith ? { closed: this.closedWith } : undefined;
    });
  }

  /** The next unread message; fails if the socket closes first. */
  async next(): Promise<ServerMessage> {
    const [message] = await this.readUntil('the next message', () => true);
    return message as ServerMessage;
  }

  /** Every unread message up to and including the first that matches; fails if the socket closes first. */
  async readUntil(what: string, match: (message: ServerMessage) => boolean): Promise<ServerMessage[]> {
    const read: ServerMessage[] = [];
    const outcome = await this.waitFor<Outcome>(what, () => {
      for (let message = this.received[this.cursor]; message; message = this.received[this.cursor]) {
        this.cursor += 1;
        read.push(message);
        if (match(message)) return { message };
      }
      return this.closedWith ? { closed: this.closedWith } : undefined;
    });
    if ('closed' in outcome) {
      const { code, reason } = outcome.closed;
      throw new Error(
        `socket closed (${code} "${reason}") while waiting for ${what}; read ${JSON.stringify(read)}`,
      );
    }
    return read;
  }

  /** Ping, then every message the server sent before its pong (the pong last). */
  roundTrip(): Promise<ServerMessage[]> {
    this.send({ type: 'ping' });
    return this.readUntil('a pong', (message) => message.type === 'pong');
  }

  /** The close, whatever arrives before it. */
  closed(): Promise<Closed> {
    return this.waitFor('the socket to close', () => this.closedWith ?? undefined);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private waitFor<T>(what: string, check: () => T | undefined): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const listener = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(
          new Error(
            `timed out after ${WAIT_MS} ms waiting for ${what}; got ${JSON.stringify(this.received)}`,
          ),
        );
      }, WAIT_MS);
      this.listeners.add(listener);
    });
  }
}

/** The first close frame in `data` (server frames are unmasked), past any frame before it. */
function closeFrame(data: Buffer): Closed | undefined {
  let offset = 0;
  while (data.length >= offset + 2) {
    const opcode = data.readUInt8(offset) & 0x0f;
    let length = data.readUInt8(offset + 1) & 0x7f;
    let start = offset + 2;
    if (length === 126) {
      if (data.length < start + 2) return undefined;
      length = data.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (data.length < start + 8) return undefined;
      length = Number(data.readBigUInt64BE(start));
      start += 8;
    }
    if (data.length < start + length) return undefined;
    if (opcode === 0x8) {
      return {
        code: length >= 2 ? data.readUInt16BE(start) : 1005,
        reason: data.subarray(start + 2, start + length).toString('utf8'),
      };
    }
    offset = start + length;
  }
  return undefined;
}

/** Raw sockets to the gateway at `httpUrl`; `dispose` ends every one opened so far. */
export function rawGraphqlWs(httpUrl: string) {
  const leftovers: Array<() => void> = [];

  async function connect(protocols: string[] = [GRAPHQL_TRANSPORT_WS_PROTOCOL]): Promise<ProtocolClient> {
    const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), protocols);
    leftovers.push(() => socket.terminate());
    const client = new ProtocolClient(socket);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out opening the socket')), WAIT_MS);
      socket.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return client;
  }

  /** A socket past connection_ack, authenticated the way wsClient does it. */
  async function ready(token: string): Promise<ProtocolClient> {
    const client = await connect();
    client.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await client.settle('connection_ack')).toMatchObject({ message: { type: 'connection_ack' } });
    return client;
  }

  /**
   * A handshake offering only `protocol`, by hand: ws's client aborts by itself when the server
   * selects none of the offered subprotocols, so it never shows what the server sent next.
   */
  function upgradeOffering(protocol: string): Promise<{ selected: string | undefined; closed: Closed }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a close frame')), WAIT_MS);
      const req = request(httpUrl, {
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': randomBytes(16).toString('base64'),
          'sec-websocket-protocol': protocol,
        },
      });
      leftovers.push(() => req.destroy());
      req.once('error', reject);
      req.once('response', (res) => {
        res.resume();
        clearTimeout(timer);
        reject(new Error(`handshake answered with HTTP ${res.statusCode}`));
      });
      req.once('upgrade', (res, socket, head) => {
        leftovers.push(() => socket.destroy());
        socket.on('error', () => undefined);
        let buffered = head;
        const read = () => {
          const closed = closeFrame(buffered);
          if (!closed) return;
          clearTimeout(timer);
          socket.destroy();
          resolve({ selected: res.headers['sec-websocket-protocol'], closed });
        };
        socket.on('data', (chunk: Buffer) => {
          buffered = Buffer.concat([buffered, chunk]);
          read();
        });
        read();
      });
      req.end();
    });
  }

  return {
    connect,
    ready,
    upgradeOffering,
    dispose: () => {
      for (const dispose of leftovers.splice(0)) dispose();
    },
  };
}
