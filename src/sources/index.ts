// The sources stage: turns what the user named (files, folders, URLs, feeds, "-") into loadable documents.
import { stat } from 'node:fs/promises';
import { asDyadError, DyadError } from '../shared/errors';
import type { RawDocument } from '../shared/types';
import { DEFAULT_MAX_BYTES, fetchUrl, type FetchedResource, type FetchOptions } from './fetch';
import { looksLikeFeed, parseFeedLinks } from './feed';
import {
  contentTypeForPath, fileError, fileTooLarge, isSupportedFile, listFolder, readFileLimited, readStreamLimited,
  SUPPORTED_EXTENSIONS,
} from './files';
import { paceHost } from './pace';
import type { FeedVisit, SourceFailure, SourceItem, SourceOptions } from './types';

export type { FeedState, FeedVisit, SourceFailure, SourceItem, SourceMemory, SourceOptions } from './types';

const SUPPORTED_LIST = Object.keys(SUPPORTED_EXTENSIONS).join(', ');

/**
 * Expands every input into items, in the order given (folders sorted). A bad input becomes a failure naming
 * it and the reason, and the others go on. URLs are fetched here already, because only the response tells
 * an article from a feed; the article's bytes are kept so loading it does not fetch it again.
 */
export async function expandInputs(inputs: string[], opts: SourceOptions = {}):
  Promise<{ items: SourceItem[]; failures: SourceFailure[]; feeds: FeedVisit[] }> {
  const items: SourceItem[] = [];
  const failures: SourceFailure[] = [];
  const feeds: FeedVisit[] = [];
  const seen = new Set<string>();
  const add = (item: SourceItem) => {
    if (seen.has(item.source)) return;
    seen.add(item.source);
    items.push(item);
  };

  for (const input of inputs) {
    try {
      if (input === '-') add(stdinItem(opts));
      else if (/^https?:\/\//i.test(input)) (await expandUrl(input, opts, feeds)).forEach(add);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
        throw new DyadError('unsupported', `${input}: only http and https URLs can be fetched`, { input });
      } else (await expandPath(input, opts)).forEach(add);
    } catch (err) {
      failures.push({ source: input, error: asDyadError(err, input) });
    }
  }
  return { items, failures, feeds };
}

function maxBytesOf(opts: SourceOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_BYTES;
}

function fetchOptions(opts: SourceOptions): FetchOptions {
  return { allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, userAgent: opts.userAgent };
}

/** Fetches after the host's pause (`hostIntervalMs`), so one server is never asked faster than allowed. */
async function politeFetch(url: string, opts: SourceOptions, extra: Partial<FetchOptions> = {}): Promise<FetchedResource> {
  let host = '';
  try { host = new URL(url).host; } catch { /* fetchUrl names the bad URL */ }
  await paceHost(host, opts.hostIntervalMs ?? 0);
  return fetchUrl(url, { ...fetchOptions(opts), ...extra });
}

function withDate(doc: RawDocument, opts: SourceOptions): RawDocument {
  return opts.date ? { ...doc, dateOverride: opts.date } : doc;
}

function stdinItem(opts: SourceOptions): SourceItem {
  return {
    source: '-',
    kind: 'stdin',
    async load() {
      const body = await readStreamLimited(opts.stdin ?? process.stdin, 'standard input', maxBytesOf(opts));
      return withDate({ source: '-', kind: 'stdin', body }, opts);
    },
  };
}

async function expandPath(input: string, opts: SourceOptions): Promise<SourceItem[]> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    throw fileError(input, err);
  }
  if (info.isDirectory()) {
    let files: string[];
    try {
      files = await listFolder(input);
    } catch (err) {
      throw fileError(input, err);
    }
    if (files.length === 0) throw new DyadError('not_found', `${input}: folder has no ${SUPPORTED_LIST} files`, { input });
    return files.map((path) => fileItem(path, opts));
  }
  if (!isSupportedFile(input)) {
    throw new DyadError('unsupported', `${input}: unsupported file type (dyad reads ${SUPPORTED_LIST})`, { input });
  }
  // Size is checked now so the failure is reported with the others, and again on load in case the file grew.
  if (info.size > maxBytesOf(opts)) throw fileTooLarge(input, info.size, maxBytesOf(opts));
  return [fileItem(input, opts)];
}

function fileItem(path: string, opts: SourceOptions): SourceItem {
  return {
    source: path,
    kind: 'file',
    async load() {
      const body = await readFileLimited(path, maxBytesOf(opts));
      return withDate({ source: path, kind: 'file', body, contentType: contentTypeForPath(path) }, opts);
    },
  };
}

/**
 * A URL is an article or a feed. A feed read before is asked for with its validators (If-None-Match,
 * If-Modified-Since): 304 means no new items, and of the links it lists only those not stored yet are kept.
 */
async function expandUrl(url: string, opts: SourceOptions, feeds: FeedVisit[]): Promise<SourceItem[]> {
  const before = await opts.memory?.feedState(url);
  const conditional: Record<string, string> = {};
  if (before?.etag) conditional['if-none-match'] = before.etag;
  if (before?.lastModified) conditional['if-modified-since'] = before.lastModified;
  const fetched = await politeFetch(url, opts, { headers: conditional });
  if (fetched.status === 304) {
    feeds.push({ url, etag: before?.etag, lastModified: before?.lastModified, notModified: true, known: 0, items: [] });
    return [];
  }
  if (!looksLikeFeed(fetched.contentType, fetched.body)) return [urlItem(url, opts, fetched)];
  const links = parseFeedLinks(fetched.body, fetched.finalUrl);
  if (links.length === 0) throw new DyadError('bad_feed', `${url}: feed has no item links`, { input: url });
  const known = (await opts.memory?.knownSources(links)) ?? new Set<string>();
  const fresh = links.filter((link) => !known.has(link));
  feeds.push({ url, etag: fetched.etag, lastModified: fetched.lastModified, notModified: false, known: links.length - fresh.length, items: fresh });
  return fresh.map((link) => urlItem(link, opts));
}

function urlItem(url: string, opts: SourceOptions, prefetched?: FetchedResource): SourceItem {
  let cached = prefetched;
  return {
    source: url,
    kind: 'url',
    async load() {
      const res = cached ?? (await politeFetch(url, opts));
      cached = undefined; // the bytes are handed over once; a second load fetches afresh
      return withDate({ source: url, kind: 'url', body: res.body, contentType: res.contentType }, opts);
    },
  };
}
