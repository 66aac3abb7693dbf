// Downloads one URL safely: address checks on every redirect hop, a timeout, a size limit and a clear User-Agent.
import { STATUS_CODES } from 'node:http';
import ipaddr from 'ipaddr.js';
import { fetch, type Response } from 'undici';
import { DyadError } from '../shared/errors';
import { assertPublicHost, isForbiddenAddress, type HostLookup } from './address';
import { pinnedAgent } from './pinned';

export const DEFAULT_USER_AGENT = 'dyad/0.1 (+https://github.com/dyad; news relations extractor)';
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
  /** Resolver used for the address check and the connection; tests replace it, everyone else gets dns.lookup. */
  lookup?: HostLookup;
  /** Which addresses are off limits (default: all but global unicast); tests narrow it. */
  isForbidden?: (address: string) => boolean;
  /** Extra request headers, e.g. If-None-Match for a feed already seen. */
  headers?: Record<string, string>;
}

export interface FetchedResource {
  /** The URL as asked for. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  contentType?: string;
  body: Buffer;
  /** HTTP status of the final response: 200, or 304 when a conditional request found nothing new. */
  status: number;
  /** The response headers a later conditional request needs. */
  etag?: string;
  lastModified?: string;
}

/**
 * Fetches a URL. Redirects are followed by hand so that each hop's host is checked before connecting;
 * letting fetch follow them would let a public page bounce dyad into the local network.
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedResource> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const forbidden = opts.isForbidden ?? isForbiddenAddress;
  // One deadline for the whole exchange, redirects and body included.
  const signal = AbortSignal.timeout(timeoutMs);
  // Host names are resolved, checked and connected to in one step by this agent (see pinned.ts).
  let current = url;
  const describe = () => (current === url ? url : `${url} (redirected to ${current})`);
  const dispatcher = pinnedAgent({ label: describe, allowPrivate: opts.allowPrivate, lookup: opts.lookup, isForbidden: forbidden });

  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const target = parseHttpUrl(url, current);
      const label = describe();
      // An address written in the URL is never looked up, so the agent cannot see it: it is checked here.
      if (!opts.allowPrivate && ipaddr.isValid(target.hostname.replace(/^\[|\]$/g, ''))) {
        await assertPublicHost(label, target.hostname, opts.lookup, forbidden).catch((err) => { throw relabel(err, url); });
      }

      let response: Response;
      try {
        response = await fetch(target, {
          redirect: 'manual',
          signal,
          dispatcher,
          headers: { 'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5', ...opts.headers },
        });
      } catch (err) {
        throw networkError(url, label, err, timeoutMs);
      }

      const headers = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { url, finalUrl: current, status: 304, body: Buffer.alloc(0), ...headers };
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => undefined);
        current = new URL(response.headers.get('location')!, current).toString();
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel().catch(() => undefined);
        const text = response.statusText || STATUS_CODES[response.status] || '';
        throw new DyadError('http_status', `${label}: HTTP ${response.status}${text ? ` ${text}` : ''}`, { input: url });
      }

      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(url, label, maxBytes);
      }
      const body = await readLimited(response, url, label, maxBytes, timeoutMs);
      return { url, finalUrl: current, status: response.status, contentType: response.headers.get('content-type') ?? undefined, body, ...headers };
    }
    throw new DyadError('http_status', `${url}: too many redirects (more than ${MAX_REDIRECTS})`, { input: url });
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}

/** The same error, naming the URL the user gave. */
function relabel(err: unknown, url: string): unknown {
  return err instanceof DyadError ? new DyadError(err.code, err.message, { input: url, cause: err.cause }) : err;
}

function parseHttpUrl(input: string, value: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new DyadError('usage', `${input}: not a valid URL (${value})`, { input });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DyadError('unsupported', `${input}: only http and https URLs can be fetched (got ${parsed.protocol})`, { input });
  }
  return parsed;
}

/** Reads the body as a stream so a lying or missing Content-Length cannot make dyad buffer gigabytes. */
async function readLimited(response: Response, url: string, label: string, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(url, label, maxBytes);
      }
      chunks.push(Buffer.from(value));
    }
  } catch (err) {
    if (err instanceof DyadError) throw err;
    throw networkError(url, label, err, timeoutMs);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(url: string, label: string, maxBytes: number): DyadError {
  return new DyadError('too_large', `${label}: response is larger than the limit of ${formatBytes(maxBytes)}`, { input: url });
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Undici reports most failures as "fetch failed" with the real reason in `cause`; dig it out for the user. */
function networkError(url: string, label: string, err: unknown, timeoutMs: number): DyadError {
  // The pinned lookup refused the address (or could not resolve it): its own error says why.
  const cause = (err as { cause?: unknown })?.cause;
  if (cause instanceof DyadError) return relabel(cause, url) as DyadError;
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new DyadError('timeout', `${label}: no complete response within ${timeoutMs / 1000} s`, { input: url, cause: err });
  }
  const code = e?.cause?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed unexpectedly',
  };
  const reason = (code && reasons[code]) ?? e?.cause?.message ?? e?.message ?? 'request failed';
  return new DyadError('network', `${label}: ${reason}${code ? ` (${code})` : ''}`, { input: url, cause: err });
}
