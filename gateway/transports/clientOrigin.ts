import { contextFromHeaders } from '../../lib/telemetry/tracing.js';
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import type { RequestOrigin } from '../pipeline/RequestPipeline.js';

export type TrustedProxies = ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

export function parseTrustedProxies(cidrs: string): TrustedProxies {
  return cidrs
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => ipaddr.parseCIDR(c));
}

function normalise(address: string): string {
  try {
    const parsed = ipaddr.parse(address);
    return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
      ? (parsed as ipaddr.IPv6).toIPv4Address().toString()
      : parsed.toString();
  } catch {
    return address;
  }
}

function trusted(address: string, proxies: TrustedProxies): boolean {
  if (proxies.length === 0 || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  return proxies.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case
 * the right-most X-Forwarded-For entry that is not itself a trusted proxy. An untrusted peer's
 * X-Forwarded-For is ignored: anyone can write that header.
 */
export function clientOrigin(
  req: IncomingMessage,
  proxies: TrustedProxies,
  connectionId?: string,
): RequestOrigin {
  let ip = normalise(req.socket.remoteAddress ?? 'unknown');
  if (trusted(ip, proxies)) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => normalise(s.trim()))
      .filter(Boolean);
    for (let i = forwarded.length - 1; i >= 0; i -= 1) {
      const hop = forwarded[i] as string;
      ip = hop;
      if (!trusted(hop, proxies)) break;
    }
  }
  const agent = req.headers['user-agent'];
  return {
    ip,
    userAgent: typeof agent === 'string' ? agent.slice(0, 512) : null,
    ...(connectionId ? { connectionId } : {}),
    // A client's trace is honoured: our operation span becomes a child of its span.
    ...(req.headers.traceparent ? { trace: contextFromHeaders(req.headers) } : {}),
  };
}
