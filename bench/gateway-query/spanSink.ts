import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OTLP/HTTP endpoint for the traced runs: answers every export 200 and counts the spans
 * (JSON encoding), so exporting costs the gateway what it would against a collector.
 */
export async function startSpanSink(): Promise<{ url: string; received(): number; close(): Promise<void> }> {
  let spans = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Counting "spanId" keys is enough for a figure and far cheaper than parsing.
      spans += Buffer.concat(chunks).toString('utf8').split('"spanId"').length - 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
