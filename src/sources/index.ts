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
import type { SourceFailure, SourceItem, SourceOptions } from './types';

export type { SourceFailure, SourceItem, SourceOptions } from './types';

const SUPPORTED_LIST = Object.keys(SUPPORTED_EXTENSIONS).join(', ');

/**
 * Expands every input into items, in the order given (folders sorted). A bad input becomes a failure naming
 * it and the reason, and the others go on. URLs are fetched here already, because only the response tells
 * an article from a feed; the article's bytes are kept so loading it does not fetch it again.
 */
export async function expandInputs(inputs: string[], opts: SourceOptions = {}): Promise<{ items: SourceItem[]; failures: SourceFailure[] }> {
  const items: SourceItem[] = [];
  const failures: SourceFailure[] = [];
  const seen = new Set<string>();
  const add = (item: SourceItem) => {
    if (seen.has(item.source)) return;
    seen.add(item.source);
    items.push(item);
  };

  for (const input of inputs) {
    try {
      if (input === '-') add(stdinItem(opts));
      else if (/^https?:\/\//i.test(input)) (await expandUrl(input, opts)).forEach(add);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
        throw new DyadError('unsupported', `${input}: only http and https URLs can be fetched`, { input });
      } else (await expandPath(input, opts)).forEach(add);
    } catch (err) {
      failures.push({ source: input, error: asDyadError(err, input) });
    }
  }
  return { items, failures };
}

function maxBytesOf(opts: SourceOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_BYTES;
}

function fetchOptions(opts: SourceOptions): FetchOptions {
  return { allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, userAgent: opts.userAgent };
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

async function expandUrl(url: string, opts: SourceOptions): Promise<SourceItem[]> {
  const fetched = await fetchUrl(url, fetchOptions(opts));
  if (!looksLikeFeed(fetched.contentType, fetched.body)) return [urlItem(url, opts, fetched)];
  const links = parseFeedLinks(fetched.body, fetched.finalUrl);
  if (links.length === 0) throw new DyadError('bad_feed', `${url}: feed has no item links`, { input: url });
  return links.map((link) => urlItem(link, opts));
}

function urlItem(url: string, opts: SourceOptions, prefetched?: FetchedResource): SourceItem {
  let cached = prefetched;
  return {
    source: url,
    kind: 'url',
    async load() {
      const res = cached ?? (await fetchUrl(url, fetchOptions(opts)));
      cached = undefined; // the bytes are handed over once; a second load fetches afresh
      return withDate({ source: url, kind: 'url', body: res.body, contentType: res.contentType }, opts);
    },
  };
}
