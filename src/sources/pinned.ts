// A connection dispatcher that resolves each host once, checks that answer and connects to exactly that address.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { forbiddenAddressError, isForbiddenAddress, resolveHost, type HostLookup } from './address';

export interface PinnedAgentOptions {
  /** The URL as the user gave it (and the redirect being followed), for error messages. */
  label: () => string;
  allowPrivate?: boolean;
  lookup?: HostLookup;
  /** Which addresses are off limits; tests narrow it to tell two loopback servers apart. */
  isForbidden?: (address: string) => boolean;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Why not check first and fetch afterwards: the connection would resolve the name a second time, and a hostile
 * resolver can answer "public" to the check and "loopback" to the connection (DNS rebinding). Here the socket's
 * own lookup is the check: the addresses it connects to are the ones that were judged, on every redirect hop too.
 */
export function pinnedAgent(opts: PinnedAgentOptions): Agent {
  const forbidden = opts.isForbidden ?? isForbiddenAddress;
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolveHost(opts.label(), hostname, opts.lookup).then((answers) => {
      if (!opts.allowPrivate) {
        const bad = answers.find((a) => forbidden(a.address));
        if (bad) throw forbiddenAddressError(opts.label(), `${hostname} is ${bad.address}`);
      }
      const usable = answers.map((a) => ({ address: a.address, family: a.address.includes(':') ? 6 : 4 }))
        .filter((a) => !options.family || options.family === a.family);
      if (usable.length === 0) throw Object.assign(new Error(`${hostname} has no usable address`), { code: 'ENOTFOUND' });
      if (options.all) callback(null, usable);
      else callback(null, usable[0].address, usable[0].family);
    }).catch((err: NodeJS.ErrnoException) => callback(err, ''));
  };
  return new Agent({ connect: { lookup } });
}
