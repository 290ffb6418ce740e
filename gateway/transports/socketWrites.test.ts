import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { nextFrames, nextPrefix } from './nextFrames.js';
import { writeFrameNow, writeMessage } from './socketWrites.js';

// writeFrameNow writes past ws's sender; that is only sound while ws writes each of its own frames
// whole and at once. This holds the installed ws to it, on a real socket, with writes big enough
// to back the socket up.
describe('writeFrameNow beside ws.send', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it('keeps every message whole and in order when both write to one socket', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server, perMessageDeflate: false });
    closers.push(
      () => new Promise<void>((resolve) => server.close(() => resolve())),
      () => new Promise<void>((resolve) => wss.close(() => resolve())),
    );
    const count = 200;
    // The even ones (ws.send) are 2 KB, which a sender that held frames back (as ws does while
    // it compresses) would let the odd ones (written past it) overtake; every 10th odd one is
    // 300 KiB, past the high-water mark, so the socket backs up and later ones queue in Node.
    const size = (i: number) => (i % 2 === 0 ? 2_000 : i % 10 === 9 ? 300_000 : i);
    const body = (i: number) => ({ data: { i, pad: 'x'.repeat(size(i)) } });
    wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
      const frame = nextFrames();
      for (let i = 0; i < count; i += 1) {
        const result = body(i);
        if (i % 2 === 0)
          void writeMessage(socket, JSON.stringify({ id: 'a', type: 'next', payload: result }));
        else if (!writeFrameNow(socket, request.socket, frame, nextPrefix('a'), result))
          socket.send(JSON.stringify({ id: 'a', type: 'next', payload: result }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
    closers.push(async () => client.terminate());
    const received = await new Promise<number[]>((resolve, reject) => {
      const seen: number[] = [];
      client.on('message', (data: Buffer, binary: boolean) => {
        if (binary) reject(new Error('binary frame'));
        const message = JSON.parse(data.toString()) as { payload: { data: { i: number; pad: string } } };
        expect(message.payload.data.pad).toHaveLength(body(message.payload.data.i).data.pad.length);
        seen.push(message.payload.data.i);
        if (seen.length === count) resolve(seen);
      });
      client.on('error', reject);
    });
    expect(received).toEqual(Array.from({ length: count }, (_, i) => i));
  });
});
