// `dyad ingest` through a running `dyad serve`: inputs are read here and each document is uploaded to the server.
import { basename, resolve } from 'node:path';
import { tally, type IngestEvent, type IngestListener, type IngestOptions, type IngestSummary } from '../../pipeline/ingest';
import { asDyadError, DyadError, type ErrorCode } from '../../shared/errors';
import { expandInputs } from '../../sources/index';
import type { StoredDocument } from '../../storage/types';
import { DEFAULT_DATA_DIR } from '../../storage/index';
import type { IngestResult } from '../data/ingest';
import { readServerNote, type ServerNote } from './registry';

/** The server running on the embedded store the options point at; none with PostgreSQL, which admits many. */
export function runningServer(options: { db?: string }): ServerNote | null {
  if (process.env.DATABASE_URL) return null;
  return readServerNote(resolve(options.db ?? process.env.DYAD_DB ?? DEFAULT_DATA_DIR));
}

async function upload(server: ServerNote, form: FormData): Promise<IngestResult> {
  const headers: Record<string, string> = server.token ? { authorization: `Bearer ${server.token}` } : {};
  let res: Response;
  try {
    res = await fetch(new URL('/api/v1/ingest', server.url), { method: 'POST', body: form, headers });
  } catch (err) {
    throw new DyadError('network', `cannot reach the dyad server at ${server.url}: ${(err as Error).message}`, { input: server.url });
  }
  const body = await res.json().catch(() => null) as { items?: IngestResult[]; error?: { code: ErrorCode; message: string } } | null;
  if (!res.ok || !body?.items?.[0]) {
    throw new DyadError(body?.error?.code ?? 'internal', body?.error?.message ?? `the server answered HTTP ${res.status}`);
  }
  return body.items[0];
}

function toEvent(r: IngestResult): IngestEvent {
  return {
    source: r.source, status: r.status, facts: r.facts, skipped: r.skipped ?? undefined,
    // The CLI prints name, title and version; the rest of a stored document stays on the server.
    document: r.document ? { ...r.document, source: r.source } as unknown as StoredDocument : undefined,
    error: r.error ? new DyadError(r.error.code as ErrorCode, r.error.message, { input: r.source }) : undefined,
  };
}

/** Same inputs, events and summary as the pipeline's ingest, with the store behind the server. */
export async function ingestThroughServer(server: ServerNote, inputs: string[], options: IngestOptions,
  onEvent: IngestListener = () => {}): Promise<IngestSummary> {
  const { onStart, ...sourceOptions } = options;
  const { items, failures, feeds } = await expandInputs(inputs, sourceOptions);
  const total = items.length + failures.length;
  onStart?.(total);
  const { summary, report } = tally(total, feeds, onEvent);
  for (const failure of failures) report({ source: failure.source, status: 'failed', error: failure.error });
  for (const item of items) {
    try {
      const raw = await item.load();
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(raw.body)]), item.kind === 'file' ? basename(raw.source) : 'document');
      form.set('source', raw.source);
      form.set('kind', raw.kind);
      if (raw.contentType) form.set('contentType', raw.contentType);
      const date = raw.dateOverride ?? options.date;
      if (date) form.set('date', date);
      report(toEvent(await upload(server, form)));
    } catch (err) {
      report({ source: item.source, status: 'failed', error: asDyadError(err, item.source) });
    }
  }
  return summary;
}
