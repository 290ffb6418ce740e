import { describe, expect, it } from 'vitest';
import * as ws from 'ws';
import type { SubscriptionResult } from '../subscriptions/ClientQueue.js';
import { frameBody, nextFrames, nextPrefix } from './nextFrames.js';

/** ws's frame parser, which ws exports and @types/ws does not declare. */
interface FrameReceiver {
  on(event: 'message', listener: (data: Buffer, binary: boolean) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  write(bytes: Buffer): void;
}
const { Receiver } = ws as unknown as {
  Receiver: new (options: { isServer: boolean; binaryType: 'nodebuffer' }) => FrameReceiver;
};

/** The messages a WebSocket client's own frame parser (ws's) reads from `bytes`. */
function clientReads(bytes: Buffer): { text: string; binary: boolean }[] {
  const messages: { text: string; binary: boolean }[] = [];
  const receiver = new Receiver({ isServer: false, binaryType: 'nodebuffer' });
  receiver.on('message', (data: Buffer, binary: boolean) => messages.push({ text: data.toString(), binary }));
  receiver.on('error', (error: Error) => {
    throw error;
  });
  receiver.write(bytes);
  return messages;
}

const result = (size: number): SubscriptionResult => ({ data: { events: { data: 'x'.repeat(size) } } });

describe('nextFrames', () => {
  // Frame bodies just under, at and over each length encoding's limit (125 / 65,535 bytes).
  const overhead = JSON.stringify({ id: '1', type: 'next', payload: result(0) }).length;
  const sizes = [0, 125 - overhead, 126 - overhead, 65_535 - overhead, 65_536 - overhead, 200_000];

  it.each(sizes)('frames a next message of %i payload bytes as one text frame a client reads', (size) => {
    const event = result(size);
    const frame = nextFrames()(nextPrefix('1'), event);
    const read = clientReads(frame);
    expect(read).toHaveLength(1);
    expect(read[0]?.binary).toBe(false);
    expect(JSON.parse(read[0]?.text ?? '')).toEqual({ id: '1', type: 'next', payload: event });
    expect(frameBody(frame).toString()).toBe(read[0]?.text);
  });

  it('shares one frame among subscribers with the same id and builds another for another id', () => {
    const nextFrame = nextFrames();
    const event = result(10);
    const first = nextFrame(nextPrefix('1'), event);
    expect(nextFrame(nextPrefix('1'), event)).toBe(first);
    const other = nextFrame(nextPrefix('op-"2"'), event);
    expect(other).not.toBe(first);
    expect(JSON.parse(clientReads(other)[0]?.text ?? '')).toMatchObject({ id: 'op-"2"', type: 'next' });
    // A new result is a new frame, even with the last id.
    const later = result(10);
    expect(nextFrame(nextPrefix('op-"2"'), later)).not.toBe(other);
  });

  it('keeps frames whole back to back, as a socket carries them', () => {
    const nextFrame = nextFrames();
    const events = [result(3), result(300), result(70_000)];
    const stream = Buffer.concat(events.map((event, i) => nextFrame(nextPrefix(String(i)), event)));
    expect(clientReads(stream).map((m) => JSON.parse(m.text) as { id: string })).toEqual(
      events.map((event, i) => ({ id: String(i), type: 'next', payload: event })),
    );
  });
});
