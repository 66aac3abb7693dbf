// Ingest through the server: a URL through the pipeline, an uploaded file's bytes cleaned, extracted and stored.
import { extname } from 'node:path';
import { cleanDocument } from '../../cleaning/index';
import { extractFacts } from '../../extract/index';
import { ingest, type IngestEvent } from '../../pipeline/ingest';
import { asDyadError, DyadError } from '../../shared/errors';
import type { RawDocument } from '../../shared/types';
import { contentTypeForPath } from '../../sources/files';
import type { Store } from '../../storage/types';

export interface IngestResult {
  source: string;
  status: IngestEvent['status'];
  document: { id: number; name: string; title: string | null; date: string | null; version: number } | null;
  facts: number;
  skipped: string | null;
  error: { code: string; message: string } | null;
}

function toResult(event: IngestEvent): IngestResult {
  const d = event.document;
  return {
    source: event.source, status: event.status,
    document: d ? { id: d.id, name: d.name, title: d.title, date: d.date, version: d.version } : null,
    facts: event.facts ?? 0, skipped: event.skipped ?? null,
    error: event.error ? { code: event.error.code, message: event.error.message } : null,
  };
}

/** An article or feed URL, fetched with the address checks of `dyad ingest` (private addresses only if allowed). */
export async function ingestUrl(store: Store, url: string, opts: { date?: string; allowPrivate?: boolean }): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  await ingest([url], { date: opts.date, allowPrivate: opts.allowPrivate }, store, (event) => results.push(toResult(event)));
  return results;
}

export interface Upload {
  /** The file name the client sent; gives the document its name and, by its extension, its content type. */
  filename: string;
  body: Buffer;
  /** What the document is known by (a path or URL on the client's side); the file name when absent. */
  source?: string;
  kind?: RawDocument['kind'];
  /** MIME type as the client knows it (an HTTP response's); else from the file name. */
  contentType?: string;
  date?: string;
}

/** Stores one uploaded document the way the pipeline stores a file: clean, extract, save in one transaction. */
export async function ingestUpload(store: Store, upload: Upload): Promise<IngestResult> {
  const source = upload.source ?? upload.filename;
  const kind = upload.kind ?? 'file';
  const contentType = upload.contentType ?? contentTypeForPath(upload.filename) ?? (kind === 'url' ? 'text/html' : undefined);
  if (kind === 'file' && !contentType) {
    throw new DyadError('unsupported', `${upload.filename}: dyad reads .txt, .md, .html and .htm files, not ${extname(upload.filename) || 'files without an extension'}`,
      { input: upload.filename });
  }
  try {
    const raw: RawDocument = { source, kind, body: upload.body, contentType, ...(upload.date ? { dateOverride: upload.date } : {}) };
    const doc = cleanDocument(raw);
    const extraction = extractFacts(doc, {});
    const facts = extraction.skipped ? [] : extraction.facts;
    const outcome = await store.saveDocument(doc, extraction.sentences, facts);
    return toResult({ source, status: outcome.status, document: outcome.document, facts: facts.length,
      skipped: extraction.skipped });
  } catch (err) {
    throw asDyadError(err, source);
  }
}
