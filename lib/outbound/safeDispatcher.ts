import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP, type Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import type { AddressPolicy } from './addressPolicy.js';

/** Resolves a host name to every address, like dns.lookup with `all: true`. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    const options: LookupAllOptions = { all: true };
    dnsLookup(hostname, options, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/** The connection was refused by the SSRF wall; never retried into success, so permanent. */
export class AddressRefusedError extends Error {
  override name = 'AddressRefusedError';
  readonly code = 'WEBHOOK_ADDRESS_REFUSED';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

export interface SafeDispatcherOptions {
  readonly addresses: AddressPolicy;
  /** Plain-http connections are refused unless allowed (WEBHOOK_ALLOW_HTTP), even for old URLs. */
  readonly allowHttp: boolean;
  /** Injected by tests to make names resolve to internal addresses. */
  readonly resolver?: Resolver;
  readonly connections?: number;
}

/**
 * An undici Agent whose every connection is checked against the address policy at connect time:
 * the name is resolved once, the answers are checked, and the socket connects to exactly those
 * answers (net.connect's `lookup` hook), so DNS rebinding between a check and the connect cannot
 * happen. The connected socket's remote address is checked again, covering literal IPs, which
 * net.connect never looks up. Redirects are never followed (undici's default for `request`).
 */
export function createSafeDispatcher(options: SafeDispatcherOptions): Agent {
  const resolver = options.resolver ?? systemResolver;
  const guardedLookup = (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback) => {
    resolver(hostname).then(
      (answers) => {
        const refused = answers.map((a) => options.addresses.refusal(a.address)).find(Boolean);
        if (answers.length === 0 || refused) {
          callback(new AddressRefusedError(`${hostname} resolves to a refused address: ${refused}`), '');
          return;
        }
        if (lookupOptions.all) callback(null, answers);
        else callback(null, answers[0]?.address ?? '', answers[0]?.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
  const connect = buildConnector({ lookup: guardedLookup } as buildConnector.BuildOptions);
  return new Agent({
    connections: options.connections ?? 64,
    connect: (connectOptions, callback) => {
      const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
      const early =
        connectOptions.protocol === 'http:' && !options.allowHttp
          ? 'plain http is not allowed'
          : isIP(host)
            ? options.addresses.refusal(host)
            : null;
      if (early) {
        callback(new AddressRefusedError(`refused address: ${early}`), null);
        return;
      }
      connect(connectOptions, (error, socket) => {
        if (error || !socket) {
          callback(error ?? new Error('connect failed'), null);
          return;
        }
        const remote = (socket as Socket).remoteAddress;
        const late = remote ? options.addresses.refusal(remote) : 'no remote address';
        if (late) {
          socket.destroy();
          callback(new AddressRefusedError(`refused address: ${late}`), null);
          return;
        }
        callback(null, socket);
      });
    },
  });
}
