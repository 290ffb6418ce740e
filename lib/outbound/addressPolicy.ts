import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Which IP addresses a webhook may reach. Only globally routable unicast is allowed by default:
 * loopback, private, link-local (cloud metadata at 169.254.169.254), CGNAT, ULA, IPv4-mapped and
 * NAT64 IPv6, multicast, unspecified, broadcast and reserved ranges are refused, so a tenant cannot
 * use webhooks to probe the platform's own network. Operators open ranges with allowed CIDRs.
 */
export class AddressPolicy {
  private readonly allowed: ReadonlyArray<[Address, number]>;

  constructor(allowedCidrs: string) {
    this.allowed = allowedCidrs
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)
      .map((c) => ipaddr.parseCIDR(c));
  }

  /** Null when the address may be reached, else why not. */
  refusal(address: string): string | null {
    const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
    if (!isIP(bare)) return `not an IP address: ${address}`;
    const parsed = ipaddr.parse(bare);
    if (this.allowed.some(([net, bits]) => net.kind() === parsed.kind() && parsed.match(net, bits))) {
      return null;
    }
    const range = parsed.range();
    // Mapped and NAT64 forms are refused outright: they are how IPv4 targets hide inside IPv6.
    return range === 'unicast' ? null : `${bare} is in a ${range} range`;
  }

  allows(address: string): boolean {
    return this.refusal(address) === null;
  }
}
