import WebSocket from 'ws';

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

/**
 * Minimal graphql-ws clients (raw `ws`, one subscription each): cheaper than the full client, so
 * the load generator, which shares the machine with the gateway, spends less CPU per message.
 */
export async function openClients(
  url: string,
  token: string,
  count: number,
  query: string,
  stats: ClientStats,
  sampleEvery: number,
): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  const wsUrl = url.replace(/^http/, 'ws');
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, i) =>
        openOne(wsUrl, token, query, stats, (start + i) % sampleEvery === 0),
      ),
    );
    sockets.push(...opened);
  }
  return sockets;
}

function openOne(
  url: string,
  token: string,
  query: string,
  stats: ClientStats,
  sample: boolean,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    let probed = false;
    let ended = false;
    const end = (why: string): void => {
      if (ended) return;
      ended = true;
      stats.ended += 1;
      if (!probed) stats.endedBeforeLive += 1;
      stats.endedBy.set(why, (stats.endedBy.get(why) ?? 0) + 1);
    };
    socket.on('error', (error) => {
      stats.errors.set('SOCKET', (stats.errors.get('SOCKET') ?? 0) + 1);
      reject(error);
    });
    socket.once('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    });
    socket.on('message', (raw: Buffer) => {
      const text = raw.toString();
      if (text.startsWith('{"type":"connection_ack"')) {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        resolve(socket);
        return;
      }
      if (text.includes('"type":"next"')) {
        if (text.includes('"errors"')) {
          const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'UNKNOWN';
          stats.errors.set(code, (stats.errors.get(code) ?? 0) + 1);
          return;
        }
        if (text.includes(PROBE_MARK)) {
          if (!probed) stats.probed += 1;
          probed = true;
          return;
        }
        stats.delivered += 1;
        stats.lastDeliveryAt = performance.now();
        if (sample) {
          // Cheaper than JSON.parse on every message: the payload carries "sentAt":<ms>.
          const at = text.indexOf('"sentAt":');
          if (at >= 0) stats.latenciesMs.push(nowMs() - Number.parseFloat(text.slice(at + 9, at + 30)));
        }
      } else if (text.includes('"type":"complete"') || text.includes('"type":"error"')) {
        end(
          text.includes('"type":"complete"')
            ? 'complete'
            : (/"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'UNKNOWN'),
        );
      }
    });
    // A socket the server closes ends its subscription too, with no message to say so.
    socket.once('close', (code: number) => {
      end(`close:${code}`);
      // Closed before connection_ack (e.g. connection_init refused): fail rather than wait forever.
      reject(new Error(`socket closed (${code}) before connection_ack`));
    });
  });
}
