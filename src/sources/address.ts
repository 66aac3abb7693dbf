// Decides whether dyad may connect to a host: public unicast addresses only, unless private fetching is allowed.
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { DyadError } from '../shared/errors';

export type HostLookup = (hostname: string) => Promise<{ address: string }[]>;

const defaultLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * True for addresses a news fetcher has no business reaching: loopback, private, link-local, unique-local,
 * unspecified, and every other special-purpose range. Only the global unicast range is allowed, which also
 * rejects IPv6 forms that embed an IPv4 address (6to4, Teredo, NAT64) since they could hide a private one.
 */
export function isForbiddenAddress(address: string): boolean {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() unwraps IPv4-mapped IPv6 (::ffff:127.0.0.1) so it is judged as the IPv4 it is.
    ip = ipaddr.process(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return true;
  }
  return ip.range() !== 'unicast';
}

export function forbiddenAddressError(url: string, detail?: string): DyadError {
  const where = detail ? ` (${detail})` : '';
  return new DyadError('forbidden_address',
    `${url}: refusing to fetch a private or loopback address${where} (use --allow-private)`, { input: url });
}

/** The addresses of a host name, or a 'network' error naming the URL when it does not resolve. */
export async function resolveHost(url: string, host: string, lookup: HostLookup = defaultLookup): Promise<{ address: string }[]> {
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'lookup failed';
    throw new DyadError('network', `${url}: cannot resolve host ${host} (${code})`, { input: url, cause: err });
  }
  if (addresses.length === 0) throw new DyadError('network', `${url}: host ${host} has no address`, { input: url });
  return addresses;
}

/** Throws 'forbidden_address' if the host is, or resolves to, any forbidden address; 'network' if it does not resolve. */
export async function assertPublicHost(url: string, hostname: string, lookup: HostLookup = defaultLookup,
  forbidden: (address: string) => boolean = isForbiddenAddress): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) {
    if (forbidden(host)) throw forbiddenAddressError(url, host);
    return;
  }
  const addresses = await resolveHost(url, host, lookup);
  // Every address is checked: a host with one public and one private record must not slip through.
  const bad = addresses.find((a) => forbidden(a.address));
  if (bad) throw forbiddenAddressError(url, `${host} is ${bad.address}`);
}
